package org.storyline.serve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inclusive range of days, open at either end when a bound is null. Immutable and thread-safe.
 *
 * @param from first day, or null
 * @param to   last day, or null
 */
record DateRange(LocalDate from, LocalDate to) {
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-W(\\d{2}))?");

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
        Matcher matcher = PERIOD.matcher(value);
        if (!matcher.matches()) {
            return false;
        }
        int year = Integer.parseInt(matcher.group(1));
        LocalDate first;
        LocalDate last;
        if (matcher.group(4) != null) {
            first = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(matcher.group(4)))
                    .with(DayOfWeek.MONDAY);
            last = first.plusDays(6);
        } else if (matcher.group(3) != null) {
            first = LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
            last = first;
        } else if (matcher.group(2) != null) {
            first = LocalDate.of(year, Integer.parseInt(matcher.group(2)), 1);
            last = first.with(TemporalAdjusters.lastDayOfMonth());
        } else {
            first = LocalDate.of(year, 1, 1);
            last = LocalDate.of(year, 12, 31);
        }
        return (from == null || !last.isBefore(from)) && (to == null || !first.isAfter(to));
    }
}
