package org.storyline.serve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.code.CodeTables;
import org.storyline.code.Event;
import org.storyline.util.DateSpan;

/**
 * Where a pair of actors is heading: their events that happened, dated to a day, counted per PLOVER quad class in
 * day or ISO-week buckets with the mean Goldstein score and mean PLOVER intensity of each bucket, a rolling mean of
 * the Goldstein score and a trend read from it. Immutable and thread-safe.
 *
 * @param actor     the first actor code
 * @param recipient the second actor code
 * @param direction {@code both} (either acting on the other) or {@code forward} (actor acting on recipient only)
 * @param bucket    {@code day} or {@code week}
 * @param from      first day of the series (the earliest event when not asked), or null when there is no event
 * @param to        last day of the series (the latest event when not asked), or null when there is no event
 * @param events    number of events counted
 * @param buckets   the buckets, earliest first, empty ones included
 * @param trend     the reading of the last window
 */
public record DyadSeries(String actor, String recipient, String direction, String bucket, LocalDate from,
                         LocalDate to, int events, List<Bucket> buckets, Trend trend) {
    /** Most buckets one series may have: three years of days. */
    static final int MAX_BUCKETS = 1100;
    /** A change of the mean Goldstein score smaller than this is read as steady. */
    static final double STEADY = 1.0;

    public DyadSeries {
        buckets = List.copyOf(buckets);
    }

    /**
     * One bucket of the series.
     *
     * @param start               its first day
     * @param label               the day ({@code 2022-02-01}) or ISO week ({@code 2022-W05})
     * @param events              events in it
     * @param verbalCooperation   events of quad class 1
     * @param materialCooperation events of quad class 2
     * @param verbalConflict      events of quad class 3
     * @param materialConflict    events of quad class 4
     * @param meanGoldstein       mean Goldstein score (-10 conflict to +10 cooperation) of its events, or null
     * @param meanIntensity       mean PLOVER intensity (event scale, -10 to +10) of its events, or null
     * @param rollingGoldstein    mean Goldstein score of the events of the window that ends with this bucket, or null
     */
    public record Bucket(LocalDate start, String label, int events, int verbalCooperation, int materialCooperation,
                         int verbalConflict, int materialConflict, Double meanGoldstein, Double meanIntensity,
                         Double rollingGoldstein) {
    }

    /**
     * The trend: the mean Goldstein score of the last window against that of the days before it in the series.
     *
     * @param windowDays       length of the window: 7 days for day buckets, 28 for weeks
     * @param recentGoldstein  mean Goldstein score of the window's events, or null when it has none
     * @param earlierGoldstein mean Goldstein score of the events before the window, or null when there are none
     * @param change           recent minus earlier, or null
     * @param direction        {@code escalating} (towards conflict), {@code de-escalating}, {@code steady} or
     *                         {@code unknown} when either side has no event
     * @param reading          the trend in plain words
     */
    public record Trend(int windowDays, Double recentGoldstein, Double earlierGoldstein, Double change,
                        String direction, String reading) {
    }

    /**
     * The series of {@code a} and {@code b} over {@code range}.
     *
     * @param events all events (only those of the pair that happened, dated to a day, are counted)
     * @param both   whether events of {@code b} acting on {@code a} count too
     * @param week   whether buckets are ISO weeks rather than days
     * @throws ApiException when the range would need more than {@link #MAX_BUCKETS} buckets
     */
    static DyadSeries of(List<Event> events, String a, String b, boolean both, DateRange range, boolean week) {
        List<Event> pair = new ArrayList<>();
        for (Event event : events) {
            LocalDate day = day(event);
            boolean forward = EventFilter.hasCode(event.actors(), a) && EventFilter.hasCode(event.recipients(), b);
            boolean backward = both && EventFilter.hasCode(event.actors(), b) && EventFilter.hasCode(event.recipients(), a);
            if (event.asserted() && day != null && (forward || backward) && range.covers(day)) {
                pair.add(event);
            }
        }
        String direction = both ? "both" : "forward";
        String bucketName = week ? "week" : "day";
        int window = week ? 28 : 7;
        if (pair.isEmpty() && (range.from() == null || range.to() == null)) {
            return new DyadSeries(a, b, direction, bucketName, range.from(), range.to(), 0, List.of(),
                    new Trend(window, null, null, null, "unknown", "No events between " + a + " and " + b + "."));
        }
        LocalDate from = range.from() != null ? range.from() : pair.stream().map(DyadSeries::day).min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate to = range.to() != null ? range.to() : pair.stream().map(DyadSeries::day).max(LocalDate::compareTo)
                .orElseThrow();
        LocalDate first = week ? from.with(DayOfWeek.MONDAY) : from;
        long count = ChronoUnit.DAYS.between(first, to) / (week ? 7 : 1) + 1;
        if (count > MAX_BUCKETS) {
            throw ApiException.badParameter("bucket", "the range from " + from + " to " + to + " has " + count + " "
                    + bucketName + "s; at most " + MAX_BUCKETS + " are drawn: ask for a shorter range"
                    + (week ? "" : " or bucket=week"));
        }
        List<Bucket> buckets = new ArrayList<>();
        for (LocalDate start = first; !start.isAfter(to); start = start.plusDays(week ? 7 : 1)) {
            LocalDate end = week ? start.plusDays(6) : start;
            buckets.add(bucket(pair, start, end, week, window));
        }
        return new DyadSeries(a, b, direction, bucketName, from, to, pair.size(), buckets, trend(pair, from, to, window));
    }

    private static Bucket bucket(List<Event> pair, LocalDate start, LocalDate end, boolean week, int window) {
        int[] quads = new int[5];
        List<Event> inside = between(pair, start, end);
        inside.forEach(e -> quads[e.quadCode()]++);
        String label = week ? DateSpan.week(start) : start.toString();
        return new Bucket(start, label, inside.size(), quads[1], quads[2], quads[3], quads[4], meanGoldstein(inside),
                meanIntensity(inside), meanGoldstein(between(pair, end.minusDays(window - 1L), end)));
    }

    private static Trend trend(List<Event> pair, LocalDate from, LocalDate to, int window) {
        LocalDate windowStart = to.minusDays(window - 1L);
        Double recent = meanGoldstein(between(pair, windowStart, to));
        Double earlier = meanGoldstein(between(pair, from, windowStart.minusDays(1)));
        String span = "over the last " + window + " days";
        if (recent == null || earlier == null) {
            return new Trend(window, recent, earlier, null, "unknown", "Too few events to read a trend " + span
                    + " (" + (recent == null ? "none in the window" : "none before it") + ").");
        }
        double change = round(recent - earlier);
        String direction = Math.abs(change) < STEADY ? "steady" : change < 0 ? "escalating" : "de-escalating";
        String reading = String.format(Locale.ROOT, "%s %s: mean Goldstein %.2f against %.2f before.",
                Character.toUpperCase(direction.charAt(0)) + direction.substring(1), span, recent, earlier);
        return new Trend(window, recent, earlier, change, direction, reading);
    }

    private static List<Event> between(List<Event> pair, LocalDate first, LocalDate last) {
        return pair.stream().filter(e -> !day(e).isBefore(first) && !day(e).isAfter(last)).toList();
    }

    private static Double meanGoldstein(List<Event> events) {
        return events.isEmpty() ? null : round(events.stream().mapToDouble(Event::goldstein).average().orElseThrow());
    }

    private static Double meanIntensity(List<Event> events) {
        CodeTables tables = CodeTables.standard();
        return events.isEmpty() ? null
                : round(events.stream().mapToDouble(e -> tables.intensity(e.event(), e.mode())).average().orElseThrow());
    }

    /** The event's day, or null when it is dated by week, month or year. */
    private static LocalDate day(Event event) {
        String date = event.date();
        if (date.length() != 10 || !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Three decimals: enough for a chart, and stable to compare. */
    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
