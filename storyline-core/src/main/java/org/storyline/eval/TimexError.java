package org.storyline.eval;

import org.storyline.annotate.Timex;

/**
 * A temporal expression the system got wrong. Immutable and thread-safe.
 *
 * @param document the document's file
 * @param kind     {@link Kind#MISSED} (gold without a system match), {@link Kind#SPURIOUS} (system expression
 *                 without a gold match) or {@link Kind#WRONG} (matched, with another type or value)
 * @param gold     the gold expression; null when spurious
 * @param system   the system expression; null when missed
 * @param sentence the sentence of the expression, as the annotator split the text
 */
public record TimexError(String document, Kind kind, TimexGold gold, Timex system, String sentence) {
    /** What went wrong. */
    public enum Kind { MISSED, SPURIOUS, WRONG }
}
