package org.storyline.util;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a TIMEX3 date value names: a day (with or without a time of day), an ISO week, a month or a year.
 * Immutable and thread-safe.
 *
 * @param first first day
 * @param last  last day, not before the first
 */
public record DateSpan(LocalDate first, LocalDate last) {
    private static final Pattern PERIOD =
            Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T.*)?)?|-W(\\d{2}))?");

    public DateSpan {
        Validate.isTrue(first != null && last != null && !last.isBefore(first), "a span needs first <= last");
    }

    /**
     * The span of a value ("2022-02-15", "2022-02-15T10:00", "2022-W07", "2022-02", "2022"), or null for any other
     * value and for a day or week the calendar does not have ("2022-02-30", "2021-W53").
     */
    public static DateSpan of(String value) {
        Matcher matcher = PERIOD.matcher(value);
        if (!matcher.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            if (matcher.group(4) != null) {
                LocalDate monday = monday(year, Integer.parseInt(matcher.group(4)));
                return new DateSpan(monday, monday.plusDays(6));
            }
            if (matcher.group(3) != null) {
                LocalDate day = LocalDate.of(year, Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
                return new DateSpan(day, day);
            }
            if (matcher.group(2) != null) {
                YearMonth month = YearMonth.of(year, Integer.parseInt(matcher.group(2)));
                return new DateSpan(month.atDay(1), month.atEndOfMonth());
            }
            return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The Monday of an ISO week ("2022-W07": 2022-02-14).
     *
     * @throws DateTimeException when the week-based year has no such week
     */
    public static LocalDate monday(int weekBasedYear, int week) {
        LocalDate mid = LocalDate.of(weekBasedYear, 6, 1);
        mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).checkValidValue(week, IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    /** The ISO week value of a day (2022-02-15: "2022-W07"). */
    public static String week(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Whether the span shares a day with the range from the first to the last day given, a null bound open. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (from == null || !last.isBefore(from)) && (to == null || !first.isAfter(to));
    }
}
