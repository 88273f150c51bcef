package org.storyline.eval.rouge;

/**
 * Precision, recall and F1. Immutable and thread-safe.
 *
 * @param precision precision
 * @param recall    recall
 * @param f1        harmonic mean of the two, 0 when both are 0
 */
public record Prf(double precision, double recall, double f1) {
    /** All zero. */
    public static final Prf ZERO = new Prf(0, 0, 0);

    /** Precision and recall with their F1. */
    public static Prf of(double precision, double recall) {
        double sum = precision + recall;
        return new Prf(precision, recall, sum == 0 ? 0 : 2 * precision * recall / sum);
    }

    /** {@code numerator / denominator}, or 0 when the denominator is 0. */
    static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }
}
