package org.storyline.code;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Sentence;

/**
 * The days a sentence speaks of, against which office terms are checked: a day, or every day of the month, week or
 * year the sentence names, else the publication date. Immutable and thread-safe.
 *
 * @param start first day
 * @param end   last day
 */
record OfficePeriod(LocalDate start, LocalDate end) {
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    static OfficePeriod day(LocalDate day) {
        return new OfficePeriod(day, day);
    }

    /** The period of a sentence; the publication date when the sentence names none we can read. */
    static OfficePeriod of(Sentence sentence, LocalDate published) {
        String value = sentence.date();
        if (value == null || sentence.dateSource() == DateSource.PUBLISHED) {
            return day(published);
        }
        try {
            Matcher day = DAY.matcher(value);
            if (day.matches()) {
                return day(LocalDate.parse(day.group(1)));
            }
            Matcher month = MONTH.matcher(value);
            if (month.matches()) {
                YearMonth yearMonth = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
                return new OfficePeriod(yearMonth.atDay(1), yearMonth.atEndOfMonth());
            }
            Matcher week = WEEK.matcher(value);
            if (week.matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                        .with(DayOfWeek.MONDAY);
                return new OfficePeriod(monday, monday.plusDays(6));
            }
            if (YEAR.matcher(value).matches()) {
                int year = Integer.parseInt(value);
                return new OfficePeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
        } catch (DateTimeException e) {
            return day(published);
        }
        return day(published);
    }

    /** Whether the entry named its actor on some day of the period. */
    boolean overlaps(ActorEntry entry) {
        return (entry.from() == null || !end.isBefore(entry.from()))
                && (entry.to() == null || !start.isAfter(entry.to()));
    }
}
