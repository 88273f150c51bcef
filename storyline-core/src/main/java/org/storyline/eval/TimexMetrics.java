package org.storyline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.storyline.annotate.Timex;

/**
 * Scores system temporal expressions against gold ones as TempEval-3 Task A does (UzZaman et al., 2013, "SemEval-2013
 * Task 1: TempEval-3"), with extents compared as character offsets in the document text. Stateless and
 * thread-safe.
 *
 * <p>Definitions, for the gold expressions {@code Ref} and the system ones {@code Sys} of a document:
 * <ul>
 *   <li>Strict match: identical extent. Relaxed match: the extents overlap (share a character).</li>
 *   <li>Precision = system expressions that match a gold one / |Sys|; recall = gold expressions that match a
 *       system one / |Ref|; F1 = their harmonic mean. Each side is counted on its own, as the TE3 scorer does, so
 *       one long system expression over two gold ones counts once for precision and twice for recall.</li>
 *   <li>Attributes (type, value) are judged over relaxed matches: an expression's match is the expression of the
 *       other side that overlaps it most (the first in text order on a tie). Attribute precision = system expressions
 *       whose match has the same attribute / |Sys|; attribute recall = gold expressions whose match has the same
 *       attribute / |Ref|; attribute F1 = their harmonic mean. This is TE3's attribute F1, which rewards finding the
 *       expression and getting its attribute right together. Attribute accuracy = gold expressions with the right
 *       attribute / relaxed-matched gold expressions. Attributes are compared as exact strings.</li>
 *   <li>Over a corpus, the counts are added up before the scores are computed (micro average).</li>
 * </ul>
 */
public final class TimexMetrics {
    private TimexMetrics() {
    }

    /** The counts of one document, in text order or not. */
    public static TimexScores score(List<TimexGold> gold, List<Timex> system) {
        int strictGold = 0;
        int relaxedGold = 0;
        int typeGold = 0;
        int valueGold = 0;
        for (TimexGold expression : gold) {
            strictGold += system.stream().anyMatch(s -> sameExtent(expression, s)) ? 1 : 0;
            Timex match = match(expression, system);
            if (match != null) {
                relaxedGold++;
                typeGold += expression.type().equals(match.type()) ? 1 : 0;
                valueGold += expression.value().equals(match.value()) ? 1 : 0;
            }
        }
        int strictSystem = 0;
        int relaxedSystem = 0;
        int typeSystem = 0;
        int valueSystem = 0;
        for (Timex expression : system) {
            strictSystem += gold.stream().anyMatch(g -> sameExtent(g, expression)) ? 1 : 0;
            TimexGold match = match(expression, gold);
            if (match != null) {
                relaxedSystem++;
                typeSystem += match.type().equals(expression.type()) ? 1 : 0;
                valueSystem += match.value().equals(expression.value()) ? 1 : 0;
            }
        }
        return new TimexScores(1, gold.size(), system.size(), strictGold, strictSystem, relaxedGold, relaxedSystem,
                typeGold, typeSystem, valueGold, valueSystem);
    }

    /**
     * The mistakes of one document, by gold expression then by system expression: each gold expression without a
     * relaxed match is missed, each matched one whose match has another type or value is wrong, and each system
     * expression without a relaxed match is spurious.
     *
     * @param sentences the sentence of an offset in the document text
     */
    public static List<TimexError> errors(String document, List<TimexGold> gold, List<Timex> system,
                                          IntFunction<String> sentences) {
        List<TimexError> errors = new ArrayList<>();
        for (TimexGold expression : gold) {
            Timex match = match(expression, system);
            if (match == null) {
                errors.add(new TimexError(document, TimexError.Kind.MISSED, expression, null,
                        sentences.apply(expression.charStart())));
            } else if (!expression.type().equals(match.type()) || !expression.value().equals(match.value())) {
                errors.add(new TimexError(document, TimexError.Kind.WRONG, expression, match,
                        sentences.apply(expression.charStart())));
            }
        }
        for (Timex expression : system) {
            if (match(expression, gold) == null) {
                errors.add(new TimexError(document, TimexError.Kind.SPURIOUS, null, expression,
                        sentences.apply(expression.charStart())));
            }
        }
        return errors;
    }

    private static boolean sameExtent(TimexGold gold, Timex system) {
        return gold.charStart() == system.charStart() && gold.charEnd() == system.charEnd();
    }

    private static Timex match(TimexGold gold, List<Timex> system) {
        return match(gold.charStart(), gold.charEnd(), system, Timex::charStart, Timex::charEnd);
    }

    private static TimexGold match(Timex system, List<TimexGold> gold) {
        return match(system.charStart(), system.charEnd(), gold, TimexGold::charStart, TimexGold::charEnd);
    }

    private static <T> T match(int start, int end, List<T> candidates, ToIntFunction<T> startOf,
                               ToIntFunction<T> endOf) {
        T best = null;
        int bestOverlap = 0;
        for (T candidate : candidates) {
            int overlap = overlap(start, end, startOf.applyAsInt(candidate), endOf.applyAsInt(candidate));
            boolean earlier = best != null && startOf.applyAsInt(candidate) < startOf.applyAsInt(best);
            if (overlap > bestOverlap || overlap > 0 && overlap == bestOverlap && earlier) {
                best = candidate;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static int overlap(int start, int end, int otherStart, int otherEnd) {
        return Math.max(0, Math.min(end, otherEnd) - Math.max(start, otherStart));
    }
}
