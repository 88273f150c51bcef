package org.storyline.eval;

/**
 * A gold temporal expression (a TIMEX3) with its extent in the document text. Immutable and thread-safe.
 *
 * @param id        its id in the gold file ({@code tid} in TimeML, {@code m_id} in MEANTIME)
 * @param text      the expression as written in the document text
 * @param type      {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value     the normalised TIMEX3 value, e.g. {@code 1998-01-08}, {@code P1W}, {@code PRESENT_REF}
 * @param charStart offset of its first character in the document text; -1 for a creation time outside the text
 * @param charEnd   offset after its last character; -1 for a creation time outside the text
 */
public record TimexGold(String id, String text, String type, String value, int charStart, int charEnd) {
}
