package org.storyline.eval;

/**
 * The counts of a temporal-expression evaluation and the TempEval-3 scores computed from them (see
 * {@link TimexMetrics} for the definitions). A score whose denominator is zero is 0. Immutable and thread-safe.
 *
 * @param documents     documents scored
 * @param gold          gold expressions
 * @param system        system expressions
 * @param strictGold    gold expressions with a system expression of identical extent
 * @param strictSystem  system expressions with a gold expression of identical extent
 * @param relaxedGold   gold expressions that a system expression overlaps
 * @param relaxedSystem system expressions that overlap a gold expression
 * @param typeGold      relaxed-matched gold expressions whose matched system expression has the same type
 * @param typeSystem    relaxed-matched system expressions whose matched gold expression has the same type
 * @param valueGold     relaxed-matched gold expressions whose matched system expression has the same value
 * @param valueSystem   relaxed-matched system expressions whose matched gold expression has the same value
 */
public record TimexScores(int documents, int gold, int system, int strictGold, int strictSystem, int relaxedGold,
                          int relaxedSystem, int typeGold, int typeSystem, int valueGold, int valueSystem) {
    /** No documents, nothing counted. */
    public static final TimexScores NONE = new TimexScores(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public double strictPrecision() {
        return fraction(strictSystem, system);
    }

    public double strictRecall() {
        return fraction(strictGold, gold);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
        return fraction(relaxedSystem, system);
    }

    public double relaxedRecall() {
        return fraction(relaxedGold, gold);
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    public double typePrecision() {
        return fraction(typeSystem, system);
    }

    public double typeRecall() {
        return fraction(typeGold, gold);
    }

    public double typeF1() {
        return f1(typePrecision(), typeRecall());
    }

    /** Relaxed-matched gold expressions with the right type, as a fraction of the relaxed-matched ones. */
    public double typeAccuracy() {
        return fraction(typeGold, relaxedGold);
    }

    public double valuePrecision() {
        return fraction(valueSystem, system);
    }

    public double valueRecall() {
        return fraction(valueGold, gold);
    }

    public double valueF1() {
        return f1(valuePrecision(), valueRecall());
    }

    /** Relaxed-matched gold expressions with the right value, as a fraction of the relaxed-matched ones. */
    public double valueAccuracy() {
        return fraction(valueGold, relaxedGold);
    }

    /** The counts of both evaluations together (micro average). */
    public TimexScores plus(TimexScores other) {
        return new TimexScores(documents + other.documents, gold + other.gold, system + other.system,
                strictGold + other.strictGold, strictSystem + other.strictSystem, relaxedGold + other.relaxedGold,
                relaxedSystem + other.relaxedSystem, typeGold + other.typeGold, typeSystem + other.typeSystem,
                valueGold + other.valueGold, valueSystem + other.valueSystem);
    }

    private static double fraction(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
