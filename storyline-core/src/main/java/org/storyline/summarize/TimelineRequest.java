package org.storyline.summarize;

import java.time.LocalDate;
import org.storyline.util.Validate;

/**
 * What a timeline should cover.
 *
 * @param query           the text query that selected the articles (its terms favour matching sentences), or null
 * @param from            first date to include, or null
 * @param to              last date to include, or null
 * @param maxDates        how many dates to keep, the most reported first
 * @param maxLinesPerDate how many lines to keep under each date
 */
public record TimelineRequest(String query, LocalDate from, LocalDate to, int maxDates, int maxLinesPerDate) {
    /** Default number of dates. */
    public static final int DEFAULT_MAX_DATES = 10;
    /** Default number of lines under each date. */
    public static final int DEFAULT_MAX_LINES = 2;

    public TimelineRequest {
        Validate.isTrue(maxDates > 0, "maxDates must be positive, got " + maxDates);
        Validate.isTrue(maxLinesPerDate > 0, "maxLinesPerDate must be positive, got " + maxLinesPerDate);
        Validate.isTrue(from == null || to == null || !from.isAfter(to), "from " + from + " is after to " + to);
    }

    /** All dates of all articles, default sizes. */
    public static TimelineRequest all() {
        return new TimelineRequest(null, null, null, DEFAULT_MAX_DATES, DEFAULT_MAX_LINES);
    }

    /** Whether {@code date} lies inside [from, to]. */
    public boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
