package org.storyline.pipeline;

/**
 * Told how long each piece of work of an ingest took, stage by stage. Called from the reading thread and from every
 * worker at once, so implementations must be safe to share between threads and should return quickly.
 */
@FunctionalInterface
public interface StageListener {
    /** Ignores the times. */
    StageListener NONE = (stage, nanos) -> {
    };

    /**
     * One piece of work of {@code stage} took {@code nanos} of wall time on its thread: one file read, one article
     * annotated, coded or stored. Time spent waiting for a free worker is no stage's.
     */
    void timed(Stage stage, long nanos);
}
