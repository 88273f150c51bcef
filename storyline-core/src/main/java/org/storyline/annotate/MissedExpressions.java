package org.storyline.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporal expressions SUTime misses or cuts short:
 * <ul>
 *   <li>{@code worded:year}: years written in words, as spoken news writes them: "in nineteen ninety-one" (1991;
 *       SUTime finds nothing, and reads "January nineteen ninety-seven" as January 1990);</li>
 *   <li>{@code worded:decade}: decades written without their century, "through the nineties", "the 70s and 80s", "the
 *       90's" (the decades {@code 199}, {@code 197} and {@code 198}, as TimeML writes a decade, "the" included). A
 *       decade needs "the" before it, with "early", "late" or "mid" between them ("the late Seventies", "the
 *       mid-sixties"), or a decade before it joined by "and", "or", "to", "through" or a comma: "she is in her 70s",
 *       "in my early forties" are ages (of which SUTime makes a set, left out by {@link ValueRules});</li>
 *   <li>{@code year:premodifier}: a year before a plural noun, after a determiner or possessive ("the 2001 attacks",
 *       "its 1967 borders"), which SUTime reads as a count; not before a noun of people or things counted ("the 2000
 *       people");</li>
 *   <li>{@code counted}: "two consecutive quarters", "three straight quarters" ({@code P2Q}), which SUTime does not
 *       read (it reads "three consecutive months", whose count {@link ValueRules} joins);</li>
 *   <li>{@code term}: "the near term", "the short term", "the long term" are the future ({@code FUTURE_REF}); the
 *       adjectives "short-term", "long-term" are not marked;</li>
 *   <li>{@code coordinated:day}, {@code coordinated:month}, {@code coordinated:year}, {@code coordinated:set}: a later
 *       day of the same month joined to a day of a month, "on April 24 and 25", "from May 5 to 7", with the year
 *       written after it for both, "between September 13 and 15 2003"; a bare month before a month with its year,
 *       "between January and March 2003", and a day of a month before another with its year, "between April 16 and May
 *       28 2004"; the end of a range in the year that puts it after its start, "from 1 June to 30 November" (not a date
 *       moved, "moving that date up from May 1st to April 19th"); a weekday before its date in brackets; a weekday
 *       joined to a set of weekdays, "every Tuesday and Friday" (once the first is resolved; see
 *       {@link #coordinated}).</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class MissedExpressions {
    private static final List<String> UNITS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine");
    private static final List<String> TEENS = List.of("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final Map<String, Integer> CENTURIES = Map.of("eighteen", 18, "nineteen", 19);
    private static final List<String> DECADES = List.of("twenties", "thirties", "forties", "fifties", "sixties",
            "seventies", "eighties", "nineties");
    /** A decade of the twentieth century in digits without its century: "70s", "'80s". */
    private static final Pattern SHORT_DECADE = Pattern.compile("['\u2019]?([2-9])0['\u2019]?s");
    private static final Set<String> JOINERS = Set.of("and", "or", "to", "through", ",");
    private static final Set<String> TERMS = Set.of("near", "short", "long");
    /** Words that join a second day to a day of a month: "April 24 and 25", "May 5 to 7", "March 3-4". */
    private static final Set<String> DAY_JOINERS = Set.of("and", "or", "to", "through", "until", "till", "-", "\u2013");
    private static final Pattern DAY_NUMBER = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
    private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Set<String> MONTH_JOINERS = Set.of("and", "to", "through", "or", "-", "\u2013", "until");
    private static final Set<String> OPEN_BRACKETS = Set.of("(", "-lrb-");
    /** Words that join a weekday to a set of weekdays: "every Tuesday and Friday". */
    private static final Set<String> SET_JOINERS = Set.of("and", "or", ",");
    /** A set of a part of a weekday: {@code XXXX-WXX-2TNI}. */
    private static final Pattern WEEKLY_PART = Pattern.compile("XXXX-WXX-\\d(T(?:MO|AF|EV|NI))");
    /** Tags of what a number counts when it follows it: "25 people", "25 %", "25 new members". */
    private static final Pattern COUNTED = Pattern.compile("NN.*|JJ.*|CD");
    /** A month or a day of one, the start of a range. */
    /** An end of a range that names its year: "May 2003", "April of this year". */
    private static final Pattern OWN_YEAR = Pattern.compile(".*(\\d{4}|\\byear\\b).*", Pattern.CASE_INSENSITIVE);
    private static final Pattern START_VALUE = Pattern.compile("(\\d{4})-(\\d{2})(?:-\\d{2})?");
    /** A year written out, from 1500 to 2099. */
    private static final Pattern PLAIN_YEAR = Pattern.compile("(?:1[5-9]|20)\\d{2}");
    /** Words a year after them premodifies a noun: "the 2001 attacks", "its 1967 borders", "Iraq's 2005 elections". */
    private static final Set<String> YEAR_DETERMINERS = Set.of("the", "its", "their", "his", "her", "our", "my",
            "your", "'s", "'", "this", "that", "these", "those");
    /** Words between a determiner and its year: "the company's fiscal 2012 results". */
    private static final Set<String> YEAR_KINDS = Set.of("fiscal", "calendar");
    /** Plural nouns a number before them counts: "the 2000 people", "the 1500 troops". */
    private static final Set<String> COUNTED_NOUNS = Set.of("people", "persons", "men", "women", "children",
            "troops", "soldiers", "police", "officers", "workers", "employees", "residents", "students", "members",
            "refugees", "votes", "jobs", "cases", "deaths", "dollars", "euros", "pounds", "miles", "kilometres",
            "kilometers", "metres", "meters", "feet", "tonnes", "tons", "barrels", "units", "copies", "shares",
            "homes", "houses", "vehicles", "cars", "points", "acres", "hectares");
    /** Words of a run of periods: "two consecutive quarters". */
    private static final Set<String> RUN = Set.of("consecutive", "straight", "successive");
    private static final Pattern QUARTER_COUNT = Pattern.compile("two|three|four|five|six|seven|eight|\\d{1,2}");
    /** The apostrophe s the tokenizer splits off a decade: "the 1990's". */
    static final Set<String> APOSTROPHE_S = Set.of("'s", "\u2019s");
    /** Words naming a part of a decade: "the late Seventies". */
    static final Set<String> DECADE_PARTS = Set.of("early", "late", "mid", "middle");
    /** Words between the start and the end of a range: "from June 1 to the end of November". */
    /** Verbs of moving a date, whose "from ... to" is no range: "moving that date up from May 1st to April 19th". */
    private static final Set<String> CHANGES = Set.of("move", "change", "shift", "push", "bring", "postpone",
            "delay", "advance", "reschedule", "pull");
    private static final Set<String> RANGE_JOINERS = Set.of("to", "until", "till", "through", "-", "\u2013");
    private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4}-\\d{2}-)(\\d{2})");

    private MissedExpressions() {
    }

    /**
     * The sentence's expressions with the missed ones added, and an expression that stops inside a worded year
     * extended over it; in text order.
     *
     * @param text    the article text the offsets index
     * @param tokens  the sentence's tokens
     * @param timexes its expressions, in text order
     */
    static List<Timex> apply(String text, List<Token> tokens, List<Timex> timexes) {
        List<Timex> result = new ArrayList<>(timexes);
        int lastDecade = -2;
        for (int i = 0; i < tokens.size(); i++) {
            int[] year = year(tokens, i);
            if (year != null) {
                yearAt(text, tokens, result, i, year[0], year[1]);
                i = year[0] - 1;
                continue;
            }
            if (i + 2 < tokens.size() && lower(tokens.get(i)).equals("the") && TERMS.contains(lower(tokens.get(i + 1)))
                    && lower(tokens.get(i + 2)).equals("term") && covering(result, i, i + 3) < 0) {
                insert(result, timex(text, tokens, i, i + 3, "FUTURE_REF", "term"));
                i += 2;
                continue;
            }
            if (premodifierYear(tokens, i) && covering(result, i, i + 1) < 0) {
                insert(result, timex(text, tokens, i, i + 1, tokens.get(i).text(), "year:premodifier"));
                continue;
            }
            if (i + 2 < tokens.size() && tokens.get(i + 2).text().equalsIgnoreCase("quarters")
                    && RUN.contains(lower(tokens.get(i + 1)))
                    && QUARTER_COUNT.matcher(lower(tokens.get(i))).matches() && covering(result, i, i + 3) < 0) {
                String quarters = "P" + ValueRules.count(lower(tokens.get(i))) + "Q";
                insert(result, ValueRules.changed(timex(text, tokens, i, i + 3, quarters, "counted"), "DURATION",
                        quarters, "counted"));
                i += 2;
                continue;
            }
            String decade = decade(tokens.get(i).text());
            // "the late Seventies", "the mid-eighties": a part of the decade is the decade, as TimeML writes it
            int part = decade != null && i > 1 && DECADE_PARTS.contains(lower(tokens.get(i - 1))) ? i - 1 : i;
            if (decade != null && (part > 0 && lower(tokens.get(part - 1)).equals("the")
                    || lastDecade >= 0 && lastDecade == i - 2 && JOINERS.contains(lower(tokens.get(i - 1))))) {
                lastDecade = i;
                int start = lower(tokens.get(part - 1)).equals("the") ? part - 1 : i;
                if (covering(result, start, i + 1) < 0) {
                    insert(result, timex(text, tokens, start, i + 1, decade, "worded:decade"));
                }
            }
        }
        return result;
    }

    /**
     * The sentence's resolved expressions with what coordinated expressions share: a bare day number joined to a day
     * of a month is a day of the same month ("the summit on April 24 and 25" gives the 25th of the month and year
     * "April 24" was resolved to; the number must be later in the month and be no count, "April 24 and 25 people");
     * a bare month or weekday takes the date written out after it ({@link #sharedDate}); a weekday joined to a set of
     * weekdays is a set too ({@link #sharedSet}).
     */
    static List<Timex> coordinated(String text, List<Token> tokens, List<Timex> timexes) {
        List<Timex> result = null;
        for (int i = 0; i + 1 < timexes.size(); i++) {
            Timex shared = sharedDate(text, timexes.get(i), timexes.get(i + 1), tokens);
            if (shared != null) {
                result = result == null ? new ArrayList<>(timexes) : result;
                result.set(i, shared);
            }
            Timex set = sharedSet(timexes.get(i), timexes.get(i + 1), tokens);
            if (set != null) {
                result = result == null ? new ArrayList<>(timexes) : result;
                result.set(set.tokenStart() == timexes.get(i).tokenStart() ? i : i + 1, set);
            }
            Timex end = rangeEnd(result == null ? timexes.get(i) : result.get(i), timexes.get(i + 1), tokens);
            if (end != null) {
                result = result == null ? new ArrayList<>(timexes) : result;
                result.set(i + 1, end);
            }
        }
        for (Timex timex : timexes) {
            Matcher day = DAY_VALUE.matcher(timex.value() == null ? "" : timex.value());
            int joiner = timex.tokenEnd();
            if (!day.matches() || joiner + 1 >= tokens.size()
                    || !DAY_NUMBER.matcher(tokens.get(joiner - 1).text()).matches()
                    || !DAY_JOINERS.contains(lower(tokens.get(joiner)))) {
                continue;
            }
            Matcher second = DAY_NUMBER.matcher(tokens.get(joiner + 1).text());
            if (!second.matches() || covering(timexes, joiner + 1, joiner + 2) >= 0) {
                continue;
            }
            int number = Integer.parseInt(second.group(1));
            String value = day.group(1) + String.format(Locale.ROOT, "%02d", number);
            int yearAt = joiner + 2 < tokens.size() && tokens.get(joiner + 2).text().equals(",") ? joiner + 3
                    : joiner + 2;
            int year = yearAt < tokens.size() ? covering(timexes, yearAt, yearAt + 1) : -1;
            if (year >= 0 && number > Integer.parseInt(day.group(2)) && timexes.get(year).tokenStart() == yearAt
                    && timexes.get(year).tokenEnd() == yearAt + 1 && tokens.get(yearAt).text().matches("\\d{4}")
                    && !timex.text().matches(".*\\d{4}.*") && isDay(tokens.get(yearAt).text() + value.substring(4))) {
                // "between September 13 and 15 2003": the year written after the second day is the first's too
                String written = tokens.get(yearAt).text();
                result = result == null ? new ArrayList<>(timexes) : result;
                int first = result.indexOf(timex);
                result.set(first, new Timex(timex.text(), timex.type(), written + timex.value().substring(4),
                        timex.sourceValue(), "coordinated:year", timex.tokenStart(), timex.tokenEnd(),
                        timex.charStart(), timex.charEnd()));
                result.set(result.indexOf(timexes.get(year)), timex(text, tokens, joiner + 1, yearAt + 1,
                        written + value.substring(4), "coordinated:day"));
                continue;
            }
            if (number <= Integer.parseInt(day.group(2)) || !isDay(value) || joiner + 2 < tokens.size()
                    && COUNTED.matcher(tokens.get(joiner + 2).pos()).matches()) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(timexes);
            }
            insert(result, timex(text, tokens, joiner + 1, joiner + 2, value, "coordinated:day"));
        }
        return result == null ? timexes : result;
    }

    /**
     * The end of a range with no year of its own, in the year that puts it at or after the start: "the season that
     * runs from June 1 to the end of November" ends in the November after June 1, "from 1 June to 30 November" on
     * the 30th of that November. Null when the two are no such range (a date moved: "moving that date up from May
     * 1st to April 19th") or the end is already in place.
     */
    private static Timex rangeEnd(Timex first, Timex second, List<Token> tokens) {
        Matcher start = START_VALUE.matcher(first.value() == null ? "" : first.value());
        Matcher end = START_VALUE.matcher(second.value() == null ? "" : second.value());
        int gap = second.tokenStart() - first.tokenEnd();
        if (!start.matches() || !end.matches() || gap != 1 || OWN_YEAR.matcher(second.text()).matches()
                || !RANGE_JOINERS.contains(lower(tokens.get(first.tokenEnd()))) || !namesMonth(first, tokens)
                || !namesMonth(second, tokens)
                || second.tokenEnd() < tokens.size() && lower(tokens.get(second.tokenEnd())).equals("'s")) {
            // not "a revision Friday to December's figures", nor "in March - 7 hrs ago", whose end names no month
            return null;
        }
        for (int i = first.tokenStart() - 1; i >= Math.max(0, first.tokenStart() - 5); i--) {
            if (CHANGES.contains(tokens.get(i).lemma() == null ? lower(tokens.get(i))
                    : tokens.get(i).lemma().toLowerCase(Locale.ROOT))) {
                // a date moved, not a range: "moving that date up from May 1st to April 19th"
                return null;
            }
        }
        int startYear = Integer.parseInt(start.group(1));
        // the month and day, as "MM-DD" or "MM", compare as text: "06-01" before "11-30", "06" before "11"
        String from = first.value().substring(5);
        String to = second.value().substring(5);
        int year = to.compareTo(from.substring(0, Math.min(from.length(), to.length()))) >= 0 ? startYear
                : startYear + 1;
        String value = year + "-" + to;
        if (!isDay(value) && value.length() > 7) {
            // "29 February" after a start in a year that has none
            return null;
        }
        return value.equals(second.value()) ? null : new Timex(second.text(), second.type(), value,
                second.sourceValue(), to.length() > 2 ? "coordinated:day" : "coordinated:month", second.tokenStart(),
                second.tokenEnd(), second.charStart(), second.charEnd());
    }

    private static boolean namesMonth(Timex timex, List<Token> tokens) {
        for (int i = timex.tokenStart(); i < timex.tokenEnd(); i++) {
            if (DateResolver.monthNamed(lower(tokens.get(i))) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first of two expressions with the date the second writes out, or null: a bare month before a month with its
     * year ("between January and March 2003" is January 2003; "from November to March 2003", November 2002), a day of a
     * month before a day of another month with its year ("between April 16 and May 28 2004"), a weekday before the
     * date it falls on in brackets ("Friday (May 8, 2009)"), and a weekday with the number of its day before a date
     * of that month or the next, where the weekday falls on that day ("Monday 19 to Friday 23 October", whose
     * "Monday" SUTime takes alone).
     */
    private static Timex sharedDate(String text, Timex first, Timex second, List<Token> tokens) {
        int gap = second.tokenStart() - first.tokenEnd();
        Timex numbered = numberedWeekday(text, first, second, tokens);
        if (numbered != null) {
            return numbered;
        }
        Matcher month = MONTH_VALUE.matcher(second.value() == null ? "" : second.value());
        if (gap == 1 && first.tokenEnd() - first.tokenStart() == 1 && month.matches()
                && MONTH_JOINERS.contains(lower(tokens.get(first.tokenEnd())))
                && MONTH_VALUE.matcher(first.value() == null ? "" : first.value()).matches()
                && second.text().matches(".*\\d{4}")) {
            int firstMonth = Integer.parseInt(first.value().substring(5, 7));
            int year = Integer.parseInt(month.group(1)) - (firstMonth > Integer.parseInt(month.group(2)) ? 1 : 0);
            String value = String.format(Locale.ROOT, "%04d-%02d", year, firstMonth);
            return value.equals(first.value()) ? null : new Timex(first.text(), first.type(), value,
                    first.sourceValue(), "coordinated:month", first.tokenStart(), first.tokenEnd(),
                    first.charStart(), first.charEnd());
        }
        Matcher day = DAY_VALUE.matcher(second.value() == null ? "" : second.value());
        Matcher firstDay = DAY_VALUE.matcher(first.value() == null ? "" : first.value());
        if (gap == 1 && day.matches() && firstDay.matches()
                && MONTH_JOINERS.contains(lower(tokens.get(first.tokenEnd()))) && second.text().matches(".*\\d{4}")
                && !first.text().matches(".*\\d{4}.*") && namesMonth(first, tokens) && namesMonth(second, tokens)) {
            // "between April 16 and May 28 2004": the start is in the end's year, or the one before when later in it
            String monthDay = first.value().substring(5);
            int year = Integer.parseInt(second.value().substring(0, 4))
                    - (monthDay.compareTo(second.value().substring(5)) > 0 ? 1 : 0);
            String value = year + "-" + monthDay;
            return value.equals(first.value()) || !isDay(value) ? null : new Timex(first.text(), first.type(), value,
                    first.sourceValue(), "coordinated:day", first.tokenStart(), first.tokenEnd(), first.charStart(),
                    first.charEnd());
        }
        DayOfWeek weekday = first.tokenEnd() - first.tokenStart() == 1
                ? DateResolver.weekdayNamed(lower(tokens.get(first.tokenStart()))) : null;
        if (weekday != null && gap == 1 && day.matches() && OPEN_BRACKETS.contains(lower(tokens.get(first.tokenEnd())))
                && isDay(day.group(0))
                && LocalDate.parse(day.group(0)).getDayOfWeek() == weekday && !day.group(0).equals(first.value())) {
            return new Timex(first.text(), first.type(), day.group(0), first.sourceValue(), "coordinated:day",
                    first.tokenStart(), first.tokenEnd(), first.charStart(), first.charEnd());
        }
        return null;
    }

    /** "Monday 19" before "to Friday 23 October", with the day it names, or null (see {@link #sharedDate}). */
    private static Timex numberedWeekday(String text, Timex first, Timex second, List<Token> tokens) {
        DayOfWeek weekday = first.tokenEnd() - first.tokenStart() == 1
                ? DateResolver.weekdayNamed(lower(tokens.get(first.tokenStart()))) : null;
        Matcher end = DAY_VALUE.matcher(second.value() == null ? "" : second.value());
        if (weekday == null || second.tokenStart() - first.tokenEnd() != 2 || !end.matches()
                || !isDay(end.group(0)) || !namesMonth(second, tokens)) {
            return null;
        }
        Matcher number = DAY_NUMBER.matcher(tokens.get(first.tokenEnd()).text());
        if (!number.matches() || !MONTH_JOINERS.contains(lower(tokens.get(first.tokenEnd() + 1)))) {
            return null;
        }
        int dayOfMonth = Integer.parseInt(number.group(1));
        LocalDate last = LocalDate.parse(end.group(0));
        YearMonth month = YearMonth.from(last).minusMonths(dayOfMonth > last.getDayOfMonth() ? 1 : 0);
        if (dayOfMonth < 1 || dayOfMonth > month.lengthOfMonth()
                || month.atDay(dayOfMonth).getDayOfWeek() != weekday) {
            return null;
        }
        Token day = tokens.get(first.tokenEnd());
        return new Timex(text.substring(first.charStart(), day.charEnd()), first.type(),
                month.atDay(dayOfMonth).toString(), first.sourceValue(), "coordinated:day", first.tokenStart(),
                first.tokenEnd() + 1, first.charStart(), day.charEnd());
    }

    /**
     * The second of two weekdays joined to a set of weekdays, as a set too: "every Tuesday and Friday"; or the first,
     * joined to a set of a part of a weekday, with that part: "on Monday and Tuesday nights" ({@code
     * XXXX-WXX-1TNI}).
     */
    private static Timex sharedSet(Timex first, Timex second, List<Token> tokens) {
        DayOfWeek before = first.tokenEnd() - first.tokenStart() == 1
                ? DateResolver.weekdayNamed(lower(tokens.get(first.tokenStart()))) : null;
        Matcher part = WEEKLY_PART.matcher(second.value() == null ? "" : second.value());
        if (before != null && "SET".equals(second.type()) && part.matches() && !"SET".equals(first.type())
                && second.tokenStart() - first.tokenEnd() == 1
                && SET_JOINERS.contains(lower(tokens.get(first.tokenEnd())))) {
            return new Timex(first.text(), "SET", "XXXX-WXX-" + before.getValue() + part.group(1),
                    first.sourceValue(), "coordinated:set", first.tokenStart(), first.tokenEnd(), first.charStart(),
                    first.charEnd());
        }
        DayOfWeek weekday = second.tokenEnd() - second.tokenStart() == 1
                ? DateResolver.weekdayNamed(lower(tokens.get(second.tokenStart()))) : null;
        if (weekday == null || !"SET".equals(first.type()) || first.value() == null
                || !first.value().matches("XXXX-WXX-\\d") || second.tokenStart() - first.tokenEnd() != 1
                || !SET_JOINERS.contains(lower(tokens.get(first.tokenEnd())))) {
            return null;
        }
        return new Timex(second.text(), "SET", "XXXX-WXX-" + weekday.getValue(), second.sourceValue(),
                "coordinated:set", second.tokenStart(), second.tokenEnd(), second.charStart(), second.charEnd());
    }

    /** Whether the value is a day of the calendar ("2010-02-30" is not). */
    static boolean isDay(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The end and value of a year written in words from token {@code i}, or null: "nineteen ninety-six". */
    private static int[] year(List<Token> tokens, int i) {
        Integer century = CENTURIES.get(lower(tokens.get(i)));
        if (century == null || i + 1 >= tokens.size()) {
            return null;
        }
        String second = lower(tokens.get(i + 1));
        int teen = TEENS.indexOf(second);
        if (teen >= 0) {
            return new int[] {i + 2, century * 100 + 10 + teen};
        }
        int tens = TENS.indexOf(second);
        if (tens < 0) {
            return null;
        }
        int value = century * 100 + 20 + 10 * tens;
        int end = i + 2;
        if (end + 1 < tokens.size() && tokens.get(end).text().equals("-")
                && UNITS.contains(lower(tokens.get(end + 1)))) {
            value += UNITS.indexOf(lower(tokens.get(end + 1))) + 1;
            end += 2;
        } else if (end < tokens.size() && UNITS.contains(lower(tokens.get(end)))) {
            value += UNITS.indexOf(lower(tokens.get(end))) + 1;
            end++;
        }
        return new int[] {end, value};
    }

    /**
     * Adds the year of tokens {@code [start, end)}, or extends the expression that holds its first words and stops
     * before its end, writing the whole year where that expression's value has the year it was cut to.
     */
    private static void yearAt(String text, List<Token> tokens, List<Timex> result, int start, int end, int year) {
        int at = covering(result, start, end);
        if (at < 0) {
            insert(result, timex(text, tokens, start, end, Integer.toString(year), "worded:year"));
            return;
        }
        Timex cut = result.get(at);
        if (cut.tokenEnd() >= end || cut.tokenEnd() <= start) {
            return;
        }
        String value = cut.value();
        String shortYear = Integer.toString(year / 10 * 10);
        if (value != null && value.startsWith(shortYear)) {
            value = year + value.substring(4);
        }
        int charEnd = tokens.get(end - 1).charEnd();
        result.set(at, new Timex(text.substring(cut.charStart(), charEnd), cut.type(), value, cut.sourceValue(),
                "worded:year", cut.tokenStart(), end, cut.charStart(), charEnd));
    }

    /** The decade a token writes without its century ("nineties", "70s"), as TimeML writes it, or null. */
    private static String decade(String word) {
        // "mid-sixties", one token
        String folded = word.toLowerCase(Locale.ROOT);
        int index = DECADES.indexOf(folded.startsWith("mid-") ? folded.substring(4) : folded);
        if (index >= 0) {
            return "19" + (index + 2);
        }
        Matcher digits = SHORT_DECADE.matcher(word);
        return digits.matches() ? "19" + digits.group(1) : null;
    }

    /**
     * Whether the token at {@code i} is a year before a plural noun, after a determiner or a possessive: "the 2001
     * attacks", "its 1967 borders", "their 2007 levels", "the company's fiscal 2012 results", or after "fiscal" or
     * "calendar" alone ("reported fiscal 2013 results"). SUTime reads a number before a plural noun as a count; a
     * count of people or things ("the 2000 people") stays one.
     */
    private static boolean premodifierYear(List<Token> tokens, int i) {
        if (i >= 1 && YEAR_KINDS.contains(lower(tokens.get(i - 1)))
                && PLAIN_YEAR.matcher(tokens.get(i).text()).matches()) {
            // "reported fiscal 2013 results": no count is fiscal
            return true;
        }
        if (i < 1 || i + 1 >= tokens.size() || !PLAIN_YEAR.matcher(tokens.get(i).text()).matches()
                || !tokens.get(i + 1).pos().matches("NNS|JJ|VBN") || COUNTED_NOUNS.contains(lower(tokens.get(i + 1)))) {
            return false;
        }
        int before = i - 1;
        if (before > 0 && YEAR_KINDS.contains(lower(tokens.get(before)))) {
            before--;
        }
        int noun = i + 1;
        while (noun < tokens.size() && tokens.get(noun).pos().matches("JJ|VBN")) {
            noun++;
        }
        return YEAR_DETERMINERS.contains(lower(tokens.get(before))) && noun < tokens.size()
                && tokens.get(noun).pos().equals("NNS") && !COUNTED_NOUNS.contains(lower(tokens.get(noun)));
    }

    /** The index of the expression that shares a token with {@code [start, end)}, or -1. */
    private static int covering(List<Timex> timexes, int start, int end) {
        for (int k = 0; k < timexes.size(); k++) {
            Timex timex = timexes.get(k);
            if (timex.tokenStart() < end && start < timex.tokenEnd()) {
                return k;
            }
        }
        return -1;
    }

    private static void insert(List<Timex> timexes, Timex timex) {
        int at = 0;
        while (at < timexes.size() && timexes.get(at).tokenStart() < timex.tokenStart()) {
            at++;
        }
        timexes.add(at, timex);
    }

    private static Timex timex(String text, List<Token> tokens, int start, int end, String value, String rule) {
        int charStart = tokens.get(start).charStart();
        int charEnd = tokens.get(end - 1).charEnd();
        return new Timex(text.substring(charStart, charEnd), "DATE", value, value, rule, start, end, charStart,
                charEnd);
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
