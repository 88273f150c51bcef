package org.storyline.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the periods of financial reporting against the quarter an article reports on, after
 * {@link ParagraphDates}. Earnings news names its quarter once ("third-quarter net income") and then speaks of
 * "the quarter", "the latest quarter" and of what the company earned "a year earlier", meaning that same quarter a
 * year before; SUTime reads the first as the current quarter and the second as a day a year before publication.
 *
 * <p>Five rules, applied in text order over the whole article:
 * <ul>
 *   <li>{@code period:last-quarter}: a quarter named by its number alone ("the fiscal first quarter",
 *       "third-quarter earnings will be lower") that has begun in the publication year is that year's, and the one
 *       before if a year-ago word is part of it ("the year-earlier third quarter", {@code period:year-ago});</li>
 *   <li>{@code period:quarter}: "the quarter", "this quarter" is the last quarter the article named by its number
 *       before it; "the latest (or most recent) quarter" and "period" are the last one named that was over by the
 *       publication, not one ahead named in passing ("a fourth-quarter charge"), or else the last one named (a
 *       fiscal quarter may end before the calendar's); "the latest quarter" with none named is the last quarter
 *       over by the publication, "the latest period", which SUTime does not read, is left out;</li>
 *   <li>{@code period:year-ago}: "a year ago", "a year earlier", "year-earlier", "year-ago", "last year's quarter"
 *       is the quarter reported on (the last named that was over, or else the last named) a year before, when the
 *       article named one; "the year-earlier period", of which SUTime reads "the year", is one expression;</li>
 *   <li>{@code period:fiscal-year}: "the year ended March 31", "the fiscal year ending in June" is a year-long
 *       DURATION, not the calendar year, unless it ends on December 31;</li>
 *   <li>{@code period:of-year}: "the 1988 quarter", "the 1988 period" is the quarter reported on, in that year,
 *       and the year alone when the article named no quarter (SUTime read the first as 1,988 quarters, the second
 *       as the year without its noun).</li>
 * </ul>
 * Without a quarter named before them, "the quarter" and "this quarter" keep SUTime's value. Stateless and
 * thread-safe.
 */
final class ReportingPeriods {
    private static final Pattern QUARTER_VALUE = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("1st", 1),
            Map.entry("first-quarter", 1), Map.entry("second", 2), Map.entry("2nd", 2), Map.entry("second-quarter", 2),
            Map.entry("third", 3), Map.entry("3rd", 3), Map.entry("third-quarter", 3), Map.entry("fourth", 4),
            Map.entry("4th", 4), Map.entry("fourth-quarter", 4));
    private static final Pattern THE_QUARTER = Pattern.compile(
            "(?:the|this|that) (?:latest |most recent |recent |just-ended |just ended |same )?quarter");
    /** A quarter over by the time of writing: "the latest quarter", "the most recent quarter". */
    private static final Pattern LAST_ENDED = Pattern.compile(
            "(?:the )?(?:latest|most recent|recent|just-ended|just ended) quarter");
    /** A quarter a year before the one it names: "the year-ago third quarter", "the year-earlier fourth quarter". */
    private static final Pattern A_YEAR_BEFORE = Pattern.compile("\\byear(?: - | |-)(?:ago|earlier)\\b");
    private static final Pattern YEAR_AGO = Pattern.compile(
            "(?:the )?(?:a |one )?year(?: - | |-)?(?:ago|earlier|before)(?: (?:quarter|period))?|last year 's quarter");
    /** A period named by its year: "the 1988 quarter", "the 1989 period". */
    private static final Pattern OF_YEAR = Pattern.compile("the (\\d{4}) (?:quarter|period)");
    private static final Pattern FISCAL_YEAR = Pattern.compile("(?:the )?(?:fiscal |financial )?year");
    /** A quarter whose year the words give: "the third quarter of 1988", "next quarter". */
    private static final Pattern EXPLICIT = Pattern.compile("\\b(?:\\d{4}|next|last|previous|coming)\\b");
    private static final Set<String> ENDED = Set.of("ended", "ending", "ends", "end");
    /** The rule of a "latest period" found here, until it is given its quarter. */
    private static final String LATEST_PERIOD = "period:latest";

    private ReportingPeriods() {
    }

    /** The sentences with the reporting rules applied and each changed sentence re-dated. */
    static List<Sentence> resolve(List<Sentence> sentences, LocalDate published) {
        List<Sentence> resolved = new ArrayList<>(sentences.size());
        String quarter = null;
        String ended = null;
        for (Sentence sentence : sentences) {
            List<Timex> timexes = withLatestPeriods(sentence);
            for (int i = 0; i < timexes.size(); i++) {
                Timex timex = timexes.get(i);
                String words = words(timex, sentence.tokens(), 2);
                String own = words(timex, sentence.tokens(), 0);
                if (LATEST_PERIOD.equals(timex.rule())) {
                    if (quarter == null) {
                        timexes.remove(i--);
                        continue;
                    }
                    String latest = ended != null ? ended : quarter;
                    timex = new Timex(timex.text(), "DATE", latest, latest, "period:quarter", timex.tokenStart(),
                            timex.tokenEnd(), timex.charStart(), timex.charEnd());
                } else if (LAST_ENDED.matcher(own).matches()) {
                    // the quarter being reported on, not one ahead named in passing ("a fourth-quarter charge")
                    String latest = ended != null ? ended : quarter != null ? quarter : quarterBefore(published);
                    timex = ValueRules.changed(withTheMost(sentence, timex), "DATE", latest, "period:quarter");
                } else if (quarter != null && THE_QUARTER.matcher(own).matches()) {
                    timex = ValueRules.changed(timex, "DATE", quarter, "period:quarter");
                } else if (quarter != null && YEAR_AGO.matcher(words).lookingAt()
                        && (YEAR_AGO.matcher(own).matches() || own.endsWith("year"))) {
                    Matcher q = QUARTER_VALUE.matcher(ended != null ? ended : quarter);
                    if (q.matches()) {
                        String yearBefore = (Integer.parseInt(q.group(1)) - 1) + "-Q" + q.group(2);
                        timex = ValueRules.changed(withPeriod(sentence, timex), "DATE", yearBefore,
                                "period:year-ago");
                        if (i + 1 < timexes.size() && timexes.get(i + 1).tokenStart() <= timex.tokenEnd() + 1
                                && words(timexes.get(i + 1), sentence.tokens(), 0).matches("(?:ago|earlier) .*")) {
                            // SUTime's two halves of "the year-earlier quarter" are one expression
                            timex = joined(sentence, timex, timexes.remove(i + 1));
                        }
                    }
                } else if (ofYear(withNoun(sentence, timex), sentence.tokens()) != null) {
                    timex = withNoun(sentence, timex);
                    Matcher q = QUARTER_VALUE.matcher(ended != null ? ended : quarter != null ? quarter : "");
                    timex = ValueRules.changed(timex, "DATE", ofYear(timex, sentence.tokens())
                            + (q.matches() ? "-Q" + q.group(2) : ""), "period:of-year");
                } else if (FISCAL_YEAR.matcher(own).matches() && fiscal(timex, sentence.tokens())) {
                    timex = ValueRules.changed(timex, "DURATION", "P1Y", "period:fiscal-year");
                }
                own = words(timex, sentence.tokens(), 0);
                int number = ordinal(timex, sentence.tokens());
                if (QUARTER_VALUE.matcher(timex.value() == null ? "" : timex.value()).matches() && number > 0
                        && !EXPLICIT.matcher(own).find() && !"period:of-year".equals(timex.rule())
                        && published.getMonthValue() >= 3 * number - 2) {
                    // a quarter named by its number alone that has begun this year is this year's, whatever the
                    // tense: "third-quarter earnings will be lower" is written once the quarter is over; one that
                    // has not begun keeps SUTime's reading of the tense. "The year-ago third quarter" is the one
                    // a year before.
                    boolean yearBefore = A_YEAR_BEFORE.matcher(own).find();
                    timex = ValueRules.changed(timex, "DATE", (published.getYear() - (yearBefore ? 1 : 0)) + "-Q"
                            + number, yearBefore ? "period:year-ago" : "period:last-quarter");
                }
                timexes.set(i, timex);
                Matcher value = QUARTER_VALUE.matcher(timex.value() == null ? "" : timex.value());
                if (value.matches() && ordinal(timex, sentence.tokens()) > 0) {
                    quarter = timex.value();
                    if (!end(Integer.parseInt(value.group(1)), Integer.parseInt(value.group(2))).isAfter(published)) {
                        ended = quarter;
                    }
                }
            }
            resolved.add(timexes.equals(sentence.timexes()) ? sentence
                    : SentenceDates.redated(sentence, timexes, published));
        }
        return resolved;
    }

    /** The last day of quarter {@code q} of {@code year}. */
    private static LocalDate end(int year, int q) {
        return LocalDate.of(year, 3 * q, 1).plusMonths(1).minusDays(1);
    }

    /** The last quarter over by {@code published}: "1999-Q3" for a day in October to December 1999. */
    private static String quarterBefore(LocalDate published) {
        int q = (published.getMonthValue() - 1) / 3;
        return q == 0 ? (published.getYear() - 1) + "-Q4" : published.getYear() + "-Q" + q;
    }

    /**
     * The sentence's expressions with "the latest period" and "the most recent period" added where SUTime found no
     * expression, marked for the loop above to give them the quarter named before, or to drop them when none was.
     */
    private static List<Timex> withLatestPeriods(Sentence sentence) {
        List<Timex> timexes = new ArrayList<>(sentence.timexes());
        List<Token> tokens = sentence.tokens();
        for (int start = 0; start + 2 < tokens.size(); start++) {
            int end = latestPeriodEnd(tokens, start);
            if (end < 0 || overlaps(timexes, start, end)) {
                continue;
            }
            int charStart = tokens.get(start).charStart();
            int charEnd = tokens.get(end - 1).charEnd();
            Timex period = new Timex(sentence.text().substring(charStart - sentence.charStart(),
                    charEnd - sentence.charStart()), "DATE", "XXXX-QX", null, LATEST_PERIOD, start, end, charStart,
                    charEnd);
            int at = 0;
            while (at < timexes.size() && timexes.get(at).tokenStart() < start) {
                at++;
            }
            timexes.add(at, period);
        }
        return timexes;
    }

    /** The end of "the latest period" or "the most recent period" from {@code start}, or -1. */
    private static int latestPeriodEnd(List<Token> tokens, int start) {
        if (!DateResolver.word(tokens.get(start)).equals("the")) {
            return -1;
        }
        int at = start + 1;
        if (DateResolver.word(tokens.get(at)).equals("latest")) {
            at++;
        } else if (DateResolver.word(tokens.get(at)).equals("most") && at + 2 < tokens.size()
                && DateResolver.word(tokens.get(at + 1)).equals("recent")) {
            at += 2;
        } else {
            return -1;
        }
        return at < tokens.size() && DateResolver.word(tokens.get(at)).equals("period") ? at + 1 : -1;
    }

    private static boolean overlaps(List<Timex> timexes, int start, int end) {
        return timexes.stream().anyMatch(t -> t.tokenStart() < end && start < t.tokenEnd());
    }

    /**
     * The number of the quarter the expression names by its number ("the third quarter", "third-quarter", "the 4th
     * quarter"), 0 if none.
     */
    private static int ordinal(Timex timex, List<Token> tokens) {
        for (int i = timex.tokenStart(); i < timex.tokenEnd(); i++) {
            Integer number = ORDINALS.get(DateResolver.word(tokens.get(i)));
            if (number != null) {
                return number;
            }
        }
        return 0;
    }

    /** "the year ended March 31": a fiscal year named by its end, which is not December 31. */
    private static boolean fiscal(Timex timex, List<Token> tokens) {
        int next = timex.tokenEnd();
        if (next < tokens.size() && DateResolver.word(tokens.get(next)).equals("that")) {
            next++;
        }
        if (next >= tokens.size() || !ENDED.contains(DateResolver.word(tokens.get(next)))) {
            return false;
        }
        StringBuilder rest = new StringBuilder();
        for (int i = next + 1; i < Math.min(tokens.size(), next + 5); i++) {
            rest.append(DateResolver.word(tokens.get(i))).append(' ');
        }
        return !rest.toString().matches("(?:on |in )?dec(?:ember|\\.)? 31.*");
    }

    /** The expression's words, lower case, and up to {@code after} words that follow it. */
    private static String words(Timex timex, List<Token> tokens, int after) {
        StringBuilder text = new StringBuilder();
        int end = Math.min(tokens.size(), timex.tokenEnd() + after);
        for (int i = timex.tokenStart(); i < end; i++) {
            text.append(i > timex.tokenStart() ? " " : "").append(DateResolver.word(tokens.get(i)));
        }
        return text.toString();
    }

    /**
     * "the year" with the words after it that SUTime leaves out of "the year-earlier period" and "the year-ago
     * quarter" (the tokenizer splits the hyphen off); the expression itself otherwise.
     */
    private static Timex withPeriod(Sentence sentence, Timex timex) {
        List<Token> tokens = sentence.tokens();
        int end = timex.tokenEnd();
        if (!words(timex, tokens, 0).endsWith("year")) {
            return timex;
        }
        int at = end < tokens.size() && DateResolver.word(tokens.get(end)).equals("-") ? end + 1 : end;
        if (at + 1 < tokens.size() && DateResolver.word(tokens.get(at)).matches("ago|earlier")
                && DateResolver.word(tokens.get(at + 1)).matches("period|quarter")) {
            Token last = tokens.get(at + 1);
            return new Timex(sentence.text().substring(timex.charStart() - sentence.charStart(),
                    last.charEnd() - sentence.charStart()), timex.type(), timex.value(), timex.sourceValue(),
                    timex.rule(), timex.tokenStart(), at + 2, timex.charStart(), last.charEnd());
        }
        return timex;
    }

    /** The year of "the 1988 quarter", "the 1989 period"; null for any other expression. */
    private static String ofYear(Timex timex, List<Token> tokens) {
        Matcher year = OF_YEAR.matcher(words(timex, tokens, 0));
        return year.matches() ? year.group(1) : null;
    }

    /**
     * A year with the article before it and the period after it that SUTime leaves out ("the 1989 period"); the
     * expression itself otherwise.
     */
    private static Timex withNoun(Sentence sentence, Timex timex) {
        List<Token> tokens = sentence.tokens();
        int start = timex.tokenStart();
        int end = timex.tokenEnd();
        if (end - start != 1 || start < 1 || end >= tokens.size()
                || !DateResolver.word(tokens.get(start - 1)).equals("the")
                || !DateResolver.word(tokens.get(start)).matches("\\d{4}")
                || !DateResolver.word(tokens.get(end)).matches("quarter|period")) {
            return timex;
        }
        Token the = tokens.get(start - 1);
        Token noun = tokens.get(end);
        return new Timex(sentence.text().substring(the.charStart() - sentence.charStart(),
                noun.charEnd() - sentence.charStart()), timex.type(), timex.value(), timex.sourceValue(),
                timex.rule(), start - 1, end + 1, the.charStart(), noun.charEnd());
    }

    /** "recent quarter" with the words before it that SUTime leaves out: "the most recent quarter". */
    private static Timex withTheMost(Sentence sentence, Timex timex) {
        List<Token> tokens = sentence.tokens();
        int start = timex.tokenStart();
        if (start >= 2 && DateResolver.word(tokens.get(start - 1)).equals("most")
                && DateResolver.word(tokens.get(start - 2)).equals("the")) {
            Token the = tokens.get(start - 2);
            return new Timex(sentence.text().substring(the.charStart() - sentence.charStart(),
                    timex.charEnd() - sentence.charStart()), timex.type(), timex.value(), timex.sourceValue(),
                    timex.rule(), start - 2, timex.tokenEnd(), the.charStart(), timex.charEnd());
        }
        return timex;
    }

    private static Timex joined(Sentence sentence, Timex first, Timex second) {
        String text = sentence.text().substring(first.charStart() - sentence.charStart(),
                second.charEnd() - sentence.charStart());
        return new Timex(text, first.type(), first.value(), first.sourceValue(), first.rule(), first.tokenStart(),
                second.tokenEnd(), first.charStart(), second.charEnd());
    }
}
