package org.storyline.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.storyline.pipeline.Stage;
import org.storyline.pipeline.StageListener;

/** Adds up the time and the number of pieces of work of each stage. Safe to share between threads. */
final class StageClock implements StageListener {
    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final Map<Stage, LongAdder> calls = new EnumMap<>(Stage.class);

    StageClock() {
        for (Stage stage : Stage.values()) {
            nanos.put(stage, new LongAdder());
            calls.put(stage, new LongAdder());
        }
    }

    @Override
    public void timed(Stage stage, long time) {
        nanos.get(stage).add(time);
        calls.get(stage).increment();
    }

    /** Time spent in {@code stage}, summed over threads, in seconds. */
    double seconds(Stage stage) {
        return nanos.get(stage).sum() / 1e9;
    }

    /** Pieces of work of {@code stage} timed so far. */
    long calls(Stage stage) {
        return calls.get(stage).sum();
    }
}
