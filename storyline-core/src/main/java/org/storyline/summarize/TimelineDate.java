package org.storyline.summarize;

import java.time.LocalDate;
import java.util.List;

/**
 * A date of a timeline and what happened on it.
 *
 * @param date     the day
 * @param lines    the lines, most reported first
 * @param score    how much is reported about the day (higher is more)
 * @param why      a short explanation of the score
 * @param eventIds ids of coded events on that day (empty until events are coded)
 */
public record TimelineDate(LocalDate date, List<TimelineLine> lines, double score, String why, List<String> eventIds) {
    public TimelineDate {
        lines = List.copyOf(lines);
        eventIds = List.copyOf(eventIds);
    }
}
