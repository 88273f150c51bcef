package org.storyline.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * A document of a temporal-normalisation gold corpus: the raw text to annotate, its creation time and its gold
 * temporal expressions. Immutable and thread-safe.
 *
 * @param name       the file it was read from
 * @param format     {@code timeml} or {@code meantime}
 * @param text       the raw text, as the annotator gets it
 * @param dct        the document creation time (a TIMEX3 with {@code functionInDocument="CREATION_TIME"}); its
 *                   offsets are -1 when it is not part of the text (TimeML puts it in {@code <DCT>})
 * @param published  the day of the creation time, the publication date the annotator is given
 * @param gold       the other gold temporal expressions that have an extent in the text, in text order
 * @param noExtent   gold temporal expressions without an extent (MEANTIME's empty TIMEX3), not scored: no system
 *                   can find an expression that is not written
 */
public record TimexDocument(String name, String format, String text, TimexGold dct, LocalDate published,
                            List<TimexGold> gold, int noExtent) {
    public TimexDocument {
        gold = List.copyOf(gold);
    }
}
