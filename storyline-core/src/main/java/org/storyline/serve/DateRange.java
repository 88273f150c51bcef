package org.storyline.serve;

import java.time.LocalDate;
import org.storyline.util.DateSpan;

/**
 * An inclusive range of days, open at either end when a bound is null. Immutable and thread-safe.
 *
 * @param from first day, or null
 * @param to   last day, or null
 */
record DateRange(LocalDate from, LocalDate to) {
    /** Whether the day lies in the range. */
    boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /**
     * Whether the period a TIMEX3 value names (day, ISO week, month or year) overlaps the range; an unreadable value
     * overlaps only a range open at both ends.
     */
    boolean overlaps(String value) {
        if (from == null && to == null) {
            return true;
        }
        DateSpan span = DateSpan.of(value);
        return span != null && span.overlaps(from, to);
    }
}
