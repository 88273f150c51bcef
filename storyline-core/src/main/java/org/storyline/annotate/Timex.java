package org.storyline.annotate;

/**
 * A temporal expression, normalised against the article's publication date (TIMEX3 semantics).
 *
 * @param text        the expression as written
 * @param type        {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value       the normalised value, e.g. {@code 2022-02-01}, {@code 2022-01}, {@code 2022-W03}, {@code P2D}
 * @param sourceValue the value SUTime gave, before our corrections (equal to {@code value} when none applied)
 * @param rule        the correction that changed the value (e.g. {@code tense:past}), or null when none did
 * @param tokenStart  index of the first token in the sentence
 * @param tokenEnd    index after the last token
 * @param charStart   offset in the article text
 * @param charEnd     offset in the article text
 */
public record Timex(String text, String type, String value, String sourceValue, String rule,
                    int tokenStart, int tokenEnd, int charStart, int charEnd) {
}
