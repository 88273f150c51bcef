package org.storyline.eval;

/**
 * Who did what to whom, as scored: actor country, PLOVER event type, recipient country. Immutable and thread-safe.
 *
 * @param actor     the actor's country, {@code IGO} for an intergovernmental organisation, {@code ---} when unknown
 * @param event     the PLOVER event type
 * @param recipient the recipient's country or {@code IGO}, or the empty string for an event without one
 */
public record Triple(String actor, String event, String recipient) {
    @Override
    public String toString() {
        return actor + " " + event + (recipient.isEmpty() ? "" : " " + recipient);
    }
}
