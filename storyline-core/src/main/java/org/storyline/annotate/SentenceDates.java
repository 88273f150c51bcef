package org.storyline.annotate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the date a sentence speaks of from its resolved temporal expressions: a day named in the text first,
 * then a month, week or year named in the text, else the publication date. A value that is no date of the calendar
 * (SUTime writes "February 30" as {@code 2022-02-30}) is no candidate. Among several candidates of the same
 * kind, the one closest to the root of the dependency graph wins (it modifies the main verb), then the first.
 * Stateless and thread-safe.
 */
public final class SentenceDates {
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
    private static final Pattern COARSE = Pattern.compile("\\d{4}(-\\d{2}|-W\\d{2})?");

    private SentenceDates() {
    }

    /**
     * A sentence's date. Immutable and thread-safe.
     *
     * @param value  a TIMEX3 value of day, month, week or year granularity
     * @param source whether it came from the text or is the publication date
     */
    public record Choice(String value, DateSource source) {
    }

    /** The sentence with other temporal expressions, dated again from them. */
    static Sentence redated(Sentence sentence, List<Timex> timexes, LocalDate published) {
        Choice date = choose(sentence.dependencies(), timexes, published);
        return new Sentence(sentence.index(), sentence.text(), sentence.charStart(), sentence.charEnd(),
                sentence.tokens(), sentence.dependencies(), sentence.mentions(), timexes, date.value(), date.source());
    }

    /**
     * The date of a sentence.
     *
     * @param dependencies the sentence's dependency graph (may be empty: then the first candidate wins)
     * @param timexes      its temporal expressions, already resolved
     * @param published    the publication date
     */
    public static Choice choose(List<Dependency> dependencies, List<Timex> timexes, LocalDate published) {
        Map<Integer, Integer> depths = DependencyGraph.of(dependencies).depths();
        Comparator<Timex> closestToRoot = Comparator.comparingInt(t -> depth(t, depths));
        Optional<Timex> day = best(timexes, t -> isDateOrTime(t) && isDay(t.value()), closestToRoot);
        if (day.isPresent()) {
            Matcher matcher = DAY.matcher(day.get().value());
            matcher.matches();
            return new Choice(matcher.group(1), DateSource.TEXT);
        }
        Optional<Timex> coarse = best(timexes,
                t -> "DATE".equals(t.type()) && isCoarse(t.value()), closestToRoot);
        return coarse.map(t -> new Choice(t.value(), DateSource.TEXT))
                .orElseGet(() -> new Choice(published.toString(), DateSource.PUBLISHED));
    }

    /** Whether the value is a day of the calendar, so SUTime's "2022-02-30" never becomes a sentence date. */
    private static boolean isDay(String value) {
        Matcher day = DAY.matcher(value);
        if (!day.matches()) {
            return false;
        }
        try {
            LocalDate.parse(day.group(1));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Whether the value is a year, a month (01-12) or an ISO week the year has. */
    private static boolean isCoarse(String value) {
        Matcher coarse = COARSE.matcher(value);
        if (!coarse.matches()) {
            return false;
        }
        String part = coarse.group(1);
        if (part == null) {
            return true;
        }
        int number = Integer.parseInt(part.substring(part.startsWith("-W") ? 2 : 1));
        int year = Integer.parseInt(value.substring(0, 4));
        long last = part.startsWith("-W")
                ? LocalDate.of(year, 7, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum() : 12;
        return number >= 1 && number <= last;
    }

    private static boolean isDateOrTime(Timex timex) {
        return "DATE".equals(timex.type()) || "TIME".equals(timex.type());
    }

    private static Optional<Timex> best(List<Timex> timexes, Predicate<Timex> eligible, Comparator<Timex> order) {
        // Stream.min keeps the first of equal elements, so ties go to the earlier expression.
        return timexes.stream().filter(t -> t.value() != null).filter(eligible).min(order);
    }

    private static int depth(Timex timex, Map<Integer, Integer> depths) {
        int depth = Integer.MAX_VALUE;
        for (int token = timex.tokenStart(); token < timex.tokenEnd(); token++) {
            depth = Math.min(depth, depths.getOrDefault(token, Integer.MAX_VALUE));
        }
        return depth;
    }
}
