package org.storyline.eval;

/**
 * Counts of one slice of an evaluation (all events, or one event type) and the scores computed from them.
 * A score whose denominator is zero is 0. Immutable and thread-safe.
 *
 * @param goldEvents       gold events
 * @param typeCorrect      gold events whose type the coder found (see {@link EventMetrics})
 * @param goldTriples      distinct (actor, type, recipient) triples of the gold, per record
 * @param predictedTriples distinct triples of the coder's asserted mentions, per record
 * @param matchedTriples   triples in both
 */
public record Score(int goldEvents, int typeCorrect, int goldTriples, int predictedTriples, int matchedTriples) {
    /** Gold events whose type the coder found, as a fraction of the gold events. */
    public double typeAccuracy() {
        return fraction(typeCorrect, goldEvents);
    }

    /** Matched triples as a fraction of the predicted ones. */
    public double precision() {
        return fraction(matchedTriples, predictedTriples);
    }

    /** Matched triples as a fraction of the gold ones. */
    public double recall() {
        return fraction(matchedTriples, goldTriples);
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(Score other) {
        return new Score(goldEvents + other.goldEvents, typeCorrect + other.typeCorrect,
                goldTriples + other.goldTriples, predictedTriples + other.predictedTriples,
                matchedTriples + other.matchedTriples);
    }

    private static double fraction(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
