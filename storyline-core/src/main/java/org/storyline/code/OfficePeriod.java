package org.storyline.code;

import java.time.LocalDate;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Sentence;
import org.storyline.util.DateSpan;

/**
 * The days a sentence speaks of, against which office terms are checked: a day, or every day of the month, week or
 * year the sentence names, else the publication date. Immutable and thread-safe.
 *
 * @param start first day
 * @param end   last day
 */
record OfficePeriod(LocalDate start, LocalDate end) {
    static OfficePeriod day(LocalDate day) {
        return new OfficePeriod(day, day);
    }

    /** The period of a sentence; the publication date when the sentence names none we can read. */
    static OfficePeriod of(Sentence sentence, LocalDate published) {
        String value = sentence.date();
        if (value == null || sentence.dateSource() == DateSource.PUBLISHED) {
            return day(published);
        }
        DateSpan span = DateSpan.of(value);
        return span == null ? day(published) : new OfficePeriod(span.first(), span.last());
    }

    /** Whether the entry named its actor on some day of the period. */
    boolean overlaps(ActorEntry entry) {
        return (entry.from() == null || !end.isBefore(entry.from()))
                && (entry.to() == null || !start.isAfter(entry.to()));
    }
}
