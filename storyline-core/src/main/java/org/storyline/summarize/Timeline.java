package org.storyline.summarize;

import java.util.List;

/**
 * A timeline: dates in chronological order, each with its cited lines.
 *
 * @param query    the query it answers, or null for all articles
 * @param articles how many articles it was built from
 * @param dates    the chosen dates, earliest first
 */
public record Timeline(String query, int articles, List<TimelineDate> dates) {
    public Timeline {
        dates = List.copyOf(dates);
    }
}
