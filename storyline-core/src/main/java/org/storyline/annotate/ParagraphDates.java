package org.storyline.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.storyline.util.DateSpan;

/**
 * Resolves temporal expressions against a date mentioned just before them, after {@link DateResolver} has
 * corrected each sentence on its own.
 *
 * <p>The rules, each applied only when the anchor is written in the same sentence or the one before it; a day's
 * anaphor or offset and a story's year also past one or two sentences of the paragraph that name no time ("shot at
 * 10am last Friday." / "Police claimed he wore a bulky jacket." / "The same day the commissioner said"). A day is
 * carried over a paragraph break, since news paragraphs are often a single sentence; a year or a month only from a
 * paragraph of one sentence ("... sold for $30 million in 1967." then "That same year he shot his father"), and to a
 * distance forward that opens a paragraph ("A year later"), which has nothing else to count from.
 * <ul>
 *   <li>{@code anchor:previous-date}: a day offset ("the next day", "two days later", "the day before", "a day
 *       earlier") counts from the last day named before it in the same sentence, else from the previous sentence's date
 *       when that came from its text. SUTime counts these from the publication date. A clock time or a part of the day
 *       with no day of its own told in the past ("the call began at 10:30 a.m.", "rose in morning trading") is on that
 *       day too, when it is before the publication and not in the small hours, which may belong to the next day, and
 *       not on the day something has lasted since ("has lost # 44bn since 20 April. By 10am the shares had staged a
 *       partial recovery"); one followed by a day, past brackets and other clock times, is on that day in any tense
 *       ("at 10:35 a.m. (0735 GMT) Friday", "from 7 a.m. to 8 p.m. Tuesday", "between 2am and 3am on 27 May"; a span
 *       that crosses midnight, "from 3 p.m. to 8 a.m. on Monday", starts the day before), and so is one right after a
 *       day, past a comma, "at", "and again at" or the dash of a time stamp ("on Thursday, March 3, at 10 a.m. and
 *       again at 4 p.m.", "6th June 2012 - 19:49"); one whose verb names a day later in the sentence is on that day
 *       ("fell in the morning session on Thursday"); a clock time in a heading in brackets ("(Update 9:29 p.m. in
 *       Cairo)") keeps the publication's day; one that names its weekday ("(Update 11:02 a.m. Friday in Cairo)", the
 *       page dated the Thursday) is the day the update was written, and a bare weekday of that day in the update's
 *       paragraph ("state television reported Friday") is that day, not the one a week away, and so is a clock time put
 *       on the day that weekday had been given ("had gathered by 9 a.m."); a bare weekday in the sentence of a story's
 *       own dateline, days away from the page's date ("updated: Sun May 01 2011 19:01:00 ... on Sunday", "| September
 *       15, 2010 ... warned Wednesday"), is counted from that day. A clock time in brackets right after another is the
 *       same moment in another zone, on that one's day or the next or the one before, as no two zones are more than
 *       twelve hours apart ("at 06:00 (03:00 GMT)", "11 p.m. (0400 GMT)"). "The night before", "the next morning" are
 *       that part of the day before or after the day just named, else of the publication's, and "the previous week",
 *       "the following week" the week before or after it. "Four years later" counts from the year written last ("in
 *       April 1967 ... four years later" is 1971, "a century later" too), "two months later" from the month, and "the
 *       following year" is the year after it; years back from a month, day or quarter of the same sentence keep its
 *       precision ("sales fell in December from a year earlier" is that December a year before); with no year or month
 *       before it, "forty years later" is an unknown year ({@code XXXX}), not one counted forward from the publication,
 *       and right after "now" ("Now, almost two decades later") the year of writing.</li>
 *   <li>{@code anchor:same} too: an ordinal day ("a third straight day", "this seventh day of protests", "the last day
 *       of the festival") is the day its sentence names, else the publication date, and so is a superlative one that
 *       another day or a comparison dates ("the deadliest day in months", not "the happiest day of his life"); an
 *       ordinal week, month or year ("the fourth month of a campaign") is that day's; SUTime counts the ordinal
 *       forward, or reads a span ("for the seventh straight day", {@code P7D}). A fifth or later day that, counted from
 *       the day named, lands on the writing is the writing's ("the April 20 explosion ... now in its 63rd day"), and
 *       one in apposition to a day named is that day ("on Friday, the first day of the curfew"). A weekday in
 *       apposition to a week is that week's day ("next week, perhaps on Tuesday").</li>
 *   <li>{@code sequence:weekday}: a bare weekday placed before or after another weekday by the wording ("on Wednesday
 *       before Friday's meeting", "Friday's visit will follow visits on Wednesday", "then, on Thursday") is moved to
 *       the nearest such day on that side of the other weekday's date. Inside a sentence the anchor is a weekday with
 *       an explicit date first, then one falling on the publication day (every tense reading puts it there), then the
 *       one closest to the root of the dependency graph (it modifies the main clause, whose tense is read most
 *       reliably); across sentences it is the last weekday of the previous sentence, and the sentence must open the
 *       relation ("then", "before that"). Weekdays of one list, with only "and", commas and the items' nouns between
 *       them ("to the West Bank on Thursday and Jordan on Friday"), follow in the order written, but a list moves no
 *       day told as past beyond the writing. Without such wording, or when the words disagree, nothing changes; a word
 *       after a finite verb of its own orders that verb's event ("closed on Friday, but fell after the markets reopened
 *       on Tuesday"), and one that opens a gerund orders the gerund's, not that of a verb joined by "and" after the
 *       other weekday ("on Monday after putting Ivory on the list and on Wednesday, signed Bell"), nor the day of an
 *       infinitive in the clause it orders ("agreed on Saturday ... after the members voted to suspend Syria from
 *       Wednesday").</li>
 *   <li>{@code anchor:year}: a day of a month without its year ("on March 17"), told in the past right after a day
 *       written with another year than the publication's ("on March 13 2003") or counted from one ("the following day,
 *       March 18"), is in that story's year, never after the publication; a day written with its year, or so placed, is
 *       that day when named again without it ("the March 17 statement"), unless told in the future or ending a span
 *       from now ("between now and Nov. 4"). A date in brackets with no verb ("(27-28 September 2005)", the date of a
 *       poll cited) sets no story's year, nor does a date of birth ("Born March 29, 1928 ...; died December 19").
 *       {@code anchor:year-month}: a month or season named alone and told in the past after a year set as the time of
 *       the telling ("In 1918, there was a first wave of mild flu in April"; the year in digits after "in" or "during",
 *       before no noun, and not of a noun, as in "a bonus for work in 2008") is of that year, as is one in the next
 *       sentence when that sentence names no other year ("It came back severely in August").</li>
 *   <li>{@code anchor:same}: "the same day", "that day", "later in the day", "for the entire year" name the day or
 *       year written last in the sentence, else the previous sentence's date when that came from its text. Where
 *       SUTime took "day" or "year" alone for a duration ("later that year"), the expression is widened to its
 *       "that" and becomes a date, only when it is anchored. A month or season after "that" ("first visited the
 *       site that June", after "in April 2003") is of the year so written, with "that" in the expression. "The
 *       following day, March 18" is the date in apposition to it, whatever day the sentence before names.</li>
 * </ul>
 * A paragraph ends at a blank line. SUTime's value stays in {@link Timex#sourceValue()}. Stateless and thread-safe.
 */
final class ParagraphDates {
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
    private static final String ANCHORED = "anchor:previous-date";
    private static final String ANAPHOR = "anchor:same";
    /** The most sentences naming no time that a day's anaphor reaches back past. */
    private static final int UNDATED_GAP = 2;
    private static final String STORY_YEAR = "anchor:year";
    private static final String STORY_MONTH = "anchor:year-month";
    /** Words between the start of a span and its end: "between now and Nov. 4", "from now until May". */
    private static final Set<String> SPAN_ENDS = Set.of("and", "to", "until", "till", "through");
    /** Words a month or season named alone may have before it: "early May", "the summer". */
    private static final Set<String> MONTH_MODIFIERS = Set.of("the", "early", "late", "mid", "-");
    /** Words between "now" and a distance from an earlier time: "Now, almost two decades later". */
    private static final Set<String> NOW_GAP = Set.of(",", "almost", "nearly", "some", "about", "more", "than",
            "over", "just");
    /** A year written out: "March 13 2003", "Oct. 19, 1987". */
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(?:1[5-9]|20)\\d{2}\\b");
    private static final Pattern SAME =
            Pattern.compile("(?:the|that) (?:same |entire |whole |full )?(day|year)");
    private static final Set<String> OPEN_BRACKETS = Set.of("(", "-lrb-");
    private static final Pattern HOUR_VALUE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):\\d{2}.*");
    private static final Pattern CLOCK_VALUE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}.*|MO|AF|EV)");
    /** A clock time or part of the day and nothing that names a day: "at about 10:30 a.m. EST", "noon", "morning". */
    private static final Pattern CLOCK_TEXT = Pattern.compile("(?:(?:at|about|around|approximately|shortly|just|"
            + "after|before) )*(?:(?:\\d{1,2}(?:[:.]\\d{2})?|[012]\\d{3})"
            + "(?: ?[ap]\\.?m\\.?| in the (?:morning|afternoon|evening))?|noon|midnight"
            + "|(?:the )?(?:morning|afternoon|evening))(?: \\(?[a-z]{1,4}\\)?| local time)?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-.*)?");
    /** Words between the start and the end of a span of hours: "from 7 a.m. to 8 p.m.". */
    private static final Set<String> SPAN_JOINERS = Set.of("to", "until", "till", "-", "\u2013");
    /**
     * Words between a clock time and the day it is on: "10:35 a.m. (0735 GMT) Friday", "9 a.m. on Monday", "from 7
     * a.m. to 8 p.m. Tuesday".
     */
    private static final Set<String> CLOCK_GAP = Stream.concat(SPAN_JOINERS.stream(), Stream.of("(", ")", "-lrb-",
            "-rrb-", ",", "on", "local", "time", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "gmt",
            "utc", "bst", "cet", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday")).collect(Collectors.toUnmodifiableSet());
    /** Words between a day and a clock time on it: "on Thursday, March 3, at 10 a.m. and again at 4 p.m.". */
    private static final Set<String> CLOCK_BEFORE_GAP = Set.of(",", "at", "about", "around", "approximately",
            "and", "again", "then", "-", "\u2013", "|");
    /** A week's value: "2010-W21". */
    private static final Pattern WEEK_VALUE = Pattern.compile("(\\d{4})-W(\\d{2})");
    /** Words between a week and a weekday of it: "next week, perhaps on Tuesday". */
    private static final Set<String> WEEK_TO_DAY = Set.of("perhaps", "probably", "possibly", "likely", "maybe", "on",
            "as", "early", "soon");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern OFFSET = Pattern.compile(
            "(?:(the|a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) )?(?:(next|following|previous|prior)"
                    + " )?(day|days|week|weeks)(?: (later|after|afterwards|earlier|before|previously))?");
    private static final Pattern ORDINAL_DAY = Pattern.compile("(?:a |the |this )?(?:second|third|fourth|fifth|sixth|"
            + "seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))(?: (?:straight|consecutive|successive))? day");
    private static final Pattern ORDINAL_NUMBER = Pattern.compile("\\b(\\d+)(?:st|nd|rd|th)\\b");
    /** Ordinal words from "second", at their number less two. */
    private static final List<String> ORDINAL_WORDS = List.of("second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");
    /** An ordinal day after a comma: "the first day", "the third straight day". */
    private static final Pattern APPOSED_ORDINAL = Pattern.compile("the (?:first|second|third|fourth|fifth|sixth|"
            + "seventh|eighth|ninth|tenth|last|final|\\d+(?:st|nd|rd|th))(?: (?:straight|consecutive|full))? day");
    /** Words after a superlative day that compare it with a time: "the deadliest day in months", "since 2011". */
    private static final Set<String> COMPARED = Set.of("in", "since", "so", "yet");
    /** An ordinal week, month or year of something: "the fourth month", "a third straight week". */
    private static final Pattern ORDINAL_UNIT = Pattern.compile("(?:a |the )?(?:second|third|fourth|fifth|sixth|"
            + "seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))(?: (?:straight|consecutive|successive))? "
            + "(week|month|year)");
    private static final Pattern LONG_OFFSET = Pattern.compile("(?:about |some |nearly |almost |roughly |"
            + "more than |less than |over |just |only |at least )?(" + ValueRules.FRACTION_WORDS + "|"
            + ValueRules.COUNT_WORDS + ") (century|centuries|decade|year|month)s? (later|earlier|after|afterwards|"
            + "before)");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}(?:-.*)?");
    /** A month's or a season's value, its year apart: "2003-06", "2003-SU". */
    private static final Pattern MONTH_OR_SEASON = Pattern.compile("\\d{4}(-(?:\\d{2}|SP|SU|FA|WI))");
    /** A month, a day or a quarter of a year, and what it adds to the year: "2012-03" adds "-03". */
    private static final Pattern FINER_THAN_YEAR = Pattern.compile("\\d{4}(-(?:\\d{2}(?:-\\d{2})?|Q[1-4]))");
    private static final Pattern NEIGHBOUR_YEAR = Pattern.compile("the (previous|prior|following|next) year");
    private static final Pattern NEIGHBOUR_DAY =
            Pattern.compile("the (?:(?:next|following|previous|prior) day|day (?:before|after))");
    private static final Pattern NEIGHBOUR_WEEK = Pattern.compile("the (previous|prior|following) week");
    private static final Pattern PART_OFFSET = Pattern.compile("(?:the )?(?:(next|following|previous|prior) )?"
            + "(morning|afternoon|evening|night)(?: (before|after|earlier))?");
    /** Prepositions of a stretch of time: "in the next year". */
    private static final Set<String> WITHIN = Set.of("in", "within", "over", "during");
    /** A unit that "after" or "before" may close: "the day after". */
    private static final Pattern CLOSING_UNIT = Pattern.compile("the (day|week|night|morning|evening)");
    /** Tags of words opening a noun phrase: "the day before the vote" counts from the vote, not an earlier date. */
    private static final Set<String> NOUN_PHRASE_TAGS =
            Set.of("DT", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD", "JJ", "PRP");
    /** Words between two weekdays that put the one written first earlier in time. */
    private static final Set<String> IN_ORDER = Set.of("before", "then", "ahead", "until", "afterwards", "later");
    /** Words between two weekdays that put the one written first later in time. */
    private static final Set<String> REVERSED = Set.of("after", "following");
    /** Words that, read as "X &lt;word&gt; by Y", swap the order their active form gives. */
    private static final Set<String> PASSIVE_SWAP = Set.of("follow", "precede");
    private static final Set<String> ANAPHORS = Set.of("that", "this", "then", "it");
    private static final Set<String> THEN = Set.of("then", "afterwards", "afterward", "thereafter");
    private static final Set<String> BEFORE_THEN = Set.of("beforehand", "previously");

    private ParagraphDates() {
    }

    /**
     * The sentences of one text with the paragraph rules applied and each changed sentence re-dated.
     *
     * @param text      the text the sentences' offsets index
     * @param sentences its sentences in text order, each already corrected by {@link DateResolver}
     * @param published the publication date
     */
    static List<Sentence> resolve(String text, List<Sentence> sentences, LocalDate published) {
        List<Sentence> resolved = new ArrayList<>(sentences.size());
        Map<MonthDay, LocalDate> written = new HashMap<>();
        LocalDate writing = null;
        boolean previousAlone = false;
        // the last sentence dated from its text, and how many sentences with no date or time followed it
        Sentence lastDated = null;
        int undated = 0;
        for (Sentence sentence : sentences) {
            Sentence previous = resolved.isEmpty() ? null : resolved.get(resolved.size() - 1);
            boolean newParagraph = previous != null
                    && PARAGRAPH_BREAK.matcher(text.substring(previous.charEnd(), sentence.charStart())).find();
            if (newParagraph && previous != lastDated) {
                lastDated = null;
            }
            // a day's anaphor or offset reaches back past one or two sentences of the paragraph that name no time:
            // "at 10am last Friday." / "Police claimed he wore a bulky jacket." / "The same day the commissioner said"
            Sentence anchoring = previous != null && previous != lastDated && lastDated != null
                    && undated <= UNDATED_GAP ? lastDated : previous;
            // a year or month is carried over a paragraph break only from a paragraph of one sentence, as news
            // writes a story told in the past: "... sold in 1967." then "That same year he shot his father"
            Sentence done = resolve(sentence, previous, anchoring, newParagraph && !previousAlone, written,
                    published);
            previousAlone = previous == null || newParagraph;
            LocalDate heading = headingDay(done, published);
            writing = heading != null ? heading : newParagraph ? null : writing;
            done = writing == null ? done : writtenOn(done, writing, published);
            // a dateline holds for its own sentence only: a page that keeps one may list other stories after it
            // with no paragraph break
            LocalDate dateline = datelineDay(done, published);
            done = dateline == null ? done : writtenOn(done, dateline, published);
            resolved.add(done);
            if (done.dateSource() == DateSource.TEXT) {
                lastDated = done;
                undated = 0;
            } else if (done.timexes().stream().anyMatch(ParagraphDates::isDate)) {
                lastDated = null;
            } else {
                undated++;
            }
            for (Timex timex : done.timexes()) {
                // a day written with its year, or placed in a story's year, is that day when named again
                if (namedDay(timex, done.tokens()) != null && (STORY_YEAR.equals(timex.rule())
                        || WRITTEN_YEAR.matcher(text(timex, done.tokens())).find())) {
                    written.put(MonthDay.from(day(timex)), day(timex));
                }
            }
        }
        return resolved;
    }

    private static Sentence resolve(Sentence sentence, Sentence previous, Sentence anchoring, boolean yearBreak,
                                    Map<MonthDay, LocalDate> written, LocalDate published) {
        List<Timex> timexes = new ArrayList<>(sentence.timexes());
        // a day is carried over into the next paragraph, which in news is often a single sentence; a year only when
        // the paragraph before was one
        Sentence yearPrevious = yearBreak ? null : previous;
        for (int i = 0; i < timexes.size(); i++) {
            timexes.set(i, storyYear(timexes.get(i), timexes.subList(0, i), sentence, anchoring, written,
                    published));
            timexes.set(i, storyMonth(timexes.get(i), timexes.subList(0, i), sentence, previous, published));
            if (!comingYear(timexes.get(i), sentence)) {
                timexes.set(i, offset(timexes.get(i), timexes.subList(0, i), sentence.tokens(), anchoring,
                        yearPrevious, published));
            }
        }
        sequence(timexes, sentence, previous, published);
        for (int i = 0; i < timexes.size(); i++) {
            timexes.set(i, ordinalDay(timexes.get(i), timexes, sentence.tokens(), published));
        }
        for (int i = 0; i + 1 < timexes.size(); i++) {
            timexes.set(i, apposed(timexes.get(i), timexes.get(i + 1), sentence.tokens()));
            timexes.set(i + 1, apposedOrdinal(timexes.get(i), timexes.get(i + 1), sentence.tokens()));
            timexes.set(i + 1, weekdayOfWeek(timexes.get(i), timexes.get(i + 1), sentence.tokens()));
        }
        DependencyGraph graph = null;
        for (int i = 0; i < timexes.size(); i++) {
            Timex timex = timexes.get(i);
            Matcher clock = CLOCK_VALUE.matcher(timex.value() == null ? "" : timex.value());
            if ("TIME".equals(timex.type()) && clock.matches() && clock.group(1).equals(published.toString())
                    && CLOCK_TEXT.matcher(text(timex, sentence.tokens())).matches()) {
                String day = dayAfter(i, timexes, sentence.tokens());
                day = day != null ? day : dayBefore(i, timexes, sentence.tokens(), published);
                day = day != null ? day : otherZone(i, timexes, sentence.tokens());
                if (day != null) {
                    timexes.set(i, changed(timex, day + "T" + clock.group(2), ANCHORED));
                    continue;
                }
                List<Token> tokens = sentence.tokens();
                if (heading(timex, tokens)) {
                    // a heading in brackets ("(Update 1:00 a.m. in Cairo, 6:00 p.m. ET)") belongs to no day the
                    // sentence or the one before names
                    continue;
                }
                graph = graph == null ? DependencyGraph.of(sentence.dependencies()) : graph;
                Timex later = sameClauseDay(timex, timexes.subList(i + 1, timexes.size()), tokens, graph);
                if (later != null && timexes.subList(0, i).stream().noneMatch(t -> namedDay(t, tokens) != null)) {
                    // a clause that names its day after the clock time ("fell in the morning session on Thursday")
                    // tells of that day, not of the sentence before
                    if (!day(later).isAfter(published)) {
                        timexes.set(i, changed(timex, day(later) + "T" + clock.group(2), ANCHORED));
                    }
                    continue;
                }
                timexes.set(i, clock(timex, clock.group(2), timexes.subList(0, i), sentence, graph, previous,
                        published));
            }
        }
        if (timexes.equals(sentence.timexes())) {
            return sentence;
        }
        return SentenceDates.redated(sentence, timexes, published);
    }

    /**
     * A day of a month written without its year ("on March 17") right after a day written with a year other than the
     * publication's ("on March 13 2003", in a story of 2005) is of that story's time: the year that puts it nearest
     * that day. SUTime and the tense rules place it around the publication. The day must be the last one named before
     * it in the sentence, else the previous sentence's date (past one or two sentences that name no time); a day so
     * placed anchors the next one in turn. Only a day told in the past moves, and never after the publication. A day
     * written earlier in the text with its year ("the Sept. 11, 2001, attacks"), or so placed, is that day when named
     * again without it ("the Sept. 11 funds", "the March 17 statement"), unless told in the future. The end of a span
     * from now ("between now and Nov. 4") is left alone.
     */
    private static Timex storyYear(Timex timex, List<Timex> before, Sentence sentence, Sentence previous,
                                   Map<MonthDay, LocalDate> written, LocalDate published) {
        List<Token> tokens = sentence.tokens();
        MonthDay monthDay = timex.value() == null ? null : DateResolver.monthDay(timex, tokens);
        Matcher value = DAY.matcher(timex.value() == null ? "" : timex.value());
        if (monthDay == null || !value.matches() || fromNow(timex, tokens)) {
            return timex;
        }
        LocalDate anchor = null;
        for (int i = before.size() - 1; i >= 0 && anchor == null; i--) {
            if (namedDay(before.get(i), tokens) != null && !DateResolver.verblessBrackets(before.get(i), tokens)
                    && !birth(before.get(i), tokens)) {
                if (!storyDay(before.get(i), tokens)) {
                    return timex;
                }
                anchor = day(before.get(i));
            }
        }
        if (anchor == null && before.stream().noneMatch(t -> namedDay(t, tokens) != null) && previous != null
                && previous.dateSource() == DateSource.TEXT) {
            for (Timex earlier : previous.timexes()) {
                if (storyDay(earlier, previous.tokens()) && day(earlier).toString().equals(previous.date())
                        && !DateResolver.verblessBrackets(earlier, previous.tokens())) {
                    anchor = day(earlier);
                }
            }
        }
        if (anchor != null && anchor.getYear() == published.getYear()) {
            anchor = null;
        }
        LocalDate same = written.get(monthDay);
        if (anchor == null && (same == null || same.getYear() == published.getYear())) {
            return timex;
        }
        DependencyGraph graph = DependencyGraph.of(sentence.dependencies());
        Tense tense = Tense.above(DateResolver.head(timex, graph), tokens, graph);
        String time = value.group(2) == null ? "" : value.group(2);
        if (anchor != null && tense == Tense.PAST) {
            LocalDate nearest = monthDay.atYear(anchor.getYear());
            for (int shift : new int[] {-1, 1}) {
                LocalDate other = monthDay.atYear(anchor.getYear() + shift);
                if (Math.abs(other.toEpochDay() - anchor.toEpochDay())
                        < Math.abs(nearest.toEpochDay() - anchor.toEpochDay())) {
                    nearest = other;
                }
            }
            // what is told in the past is not after the writing: "extends until April 30, 2009, its guarantee ...
            // put into place on Sept. 19", in November 2008
            return nearest.isAfter(published) ? timex : changed(timex, nearest + time, STORY_YEAR);
        }
        // the story is told in the past; "the inquiry will report on March 1" is of the days ahead
        return same != null && same.getYear() != published.getYear() && tense != Tense.FUTURE
                ? changed(timex, same + time, STORY_YEAR) : timex;
    }

    /** Whether the expression ends a span that starts now: "between now and Nov. 4", "from today until May 1". */
    private static boolean fromNow(Timex timex, List<Token> tokens) {
        int start = timex.tokenStart();
        return start >= 2 && SPAN_ENDS.contains(DateResolver.word(tokens.get(start - 1)))
                && Set.of("now", "today").contains(DateResolver.word(tokens.get(start - 2)));
    }

    /**
     * A month or season named alone ("in April", "during the summer"), told in the past after a year set as the time
     * of the telling ("In 1918, there was a first wave of mild flu in April"), is of that year, as is one in the next
     * sentence when that sentence names no other year ("It came back severely in August"). The year must stand
     * after "in" or "during", before no noun ("from 2007 levels" sets no time), and be another than the
     * publication's. SUTime places the month around the publication.
     */
    private static Timex storyMonth(Timex timex, List<Timex> before, Sentence sentence, Sentence previous,
                                    LocalDate published) {
        List<Token> tokens = sentence.tokens();
        Matcher value = MONTH_OR_SEASON.matcher(timex.value() == null ? "" : timex.value());
        if (!value.matches() || !"DATE".equals(timex.type()) || !bareMonth(timex, tokens)) {
            return timex;
        }
        String year = null;
        boolean named = false;
        for (int i = before.size() - 1; i >= 0 && !named; i--) {
            Timex earlier = before.get(i);
            named = isDate(earlier) && earlier.value() != null && YEAR.matcher(earlier.value()).matches();
            if (named && (STORY_MONTH.equals(earlier.rule()) || setYear(earlier, sentence))) {
                year = earlier.value().substring(0, 4);
            }
        }
        if (!named && previous != null && previous.dateSource() == DateSource.TEXT) {
            for (Timex earlier : previous.timexes()) {
                if (setYear(earlier, previous) && previous.date().startsWith(earlier.value())) {
                    year = earlier.value();
                }
            }
            String set = year;
            // only from a sentence of that one year ("won in 2009 and last year's race" sets none), into one that
            // names no other ("in February, March and April this year")
            year = set != null && previous.timexes().stream().filter(ParagraphDates::isDate)
                    .allMatch(t -> t.value() != null && t.value().startsWith(set))
                    && sentence.timexes().stream().filter(t -> isDate(t) && !bareMonth(t, tokens))
                    .allMatch(t -> t.value() == null || !YEAR.matcher(t.value()).matches()
                            || t.value().startsWith(set)) ? set : null;
        }
        if (year == null || Integer.parseInt(year) >= published.getYear()) {
            return timex;
        }
        DependencyGraph graph = DependencyGraph.of(sentence.dependencies());
        if (Tense.above(DateResolver.head(timex, graph), tokens, graph) != Tense.PAST) {
            return timex;
        }
        return changed(timex, year + value.group(1), STORY_MONTH);
    }

    /** Whether the expression is a month or season named alone: "April", "early May", "the summer". */
    private static boolean bareMonth(Timex timex, List<Token> tokens) {
        for (int i = timex.tokenStart(); i < timex.tokenEnd(); i++) {
            String word = DateResolver.word(tokens.get(i));
            boolean last = i == timex.tokenEnd() - 1;
            if (last ? DateResolver.monthNamed(word) == null && !ValueRules.SEASONS.contains(word)
                    : !MONTH_MODIFIERS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the expression is a year alone, in digits, standing as the time of what is told: after "in" or "during"
     * ("In 1918, there was", "in early 2003"; not "In the past year"), before no noun ("in 2007 dollars"), and of its
     * clause, not of a noun ("a bonus for work in 2008").
     */
    private static boolean setYear(Timex year, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int before = year.tokenStart() - 1;
        int after = year.tokenEnd();
        if (year.value() == null || !year.value().matches("\\d{4}")
                || !year.text().matches("(?:(?:early|late|mid) |mid-)?\\d{4}") || before < 0
                || !Set.of("in", "during").contains(DateResolver.word(tokens.get(before)))
                || after < tokens.size() && tokens.get(after).pos().startsWith("NN")) {
            return false;
        }
        DependencyGraph graph = DependencyGraph.of(sentence.dependencies());
        return graph.governors(DateResolver.head(year, graph)).stream().noneMatch(d -> d.relation().startsWith("nmod"));
    }

    /**
     * Whether the expression is a date of birth ("Born March 29, 1928, in the Bronx; died December 19"), which sets
     * no story's year: a life is told on from it.
     */
    private static boolean birth(Timex timex, List<Token> tokens) {
        for (int i = timex.tokenStart() - 1; i >= Math.max(0, timex.tokenStart() - 3); i--) {
            if (DateResolver.word(tokens.get(i)).equals("born")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the following day, March 18": a day named by its neighbour is the date in apposition to it, whatever the day
     * before it in the text.
     */
    private static Timex apposed(Timex timex, Timex next, List<Token> tokens) {
        if (next.tokenStart() != timex.tokenEnd() + 1 || !tokens.get(timex.tokenEnd()).text().equals(",")
                || timex.value() == null || !DAY.matcher(timex.value()).matches()
                || !NEIGHBOUR_DAY.matcher(text(timex, tokens)).matches()) {
            return timex;
        }
        LocalDate day = namedDay(next, tokens);
        return day == null || day.equals(day(timex)) ? timex : changed(timex, day.toString(), ANAPHOR);
    }

    /** "on Friday, the first day of the curfew": an ordinal day in apposition to a day named is that day. */
    private static Timex apposedOrdinal(Timex named, Timex timex, List<Token> tokens) {
        if (timex.tokenStart() != named.tokenEnd() + 1 || !tokens.get(named.tokenEnd()).text().equals(",")
                || !"DATE".equals(timex.type()) || !APPOSED_ORDINAL.matcher(text(timex, tokens)).matches()) {
            return timex;
        }
        LocalDate day = namedDay(named, tokens);
        return day == null || day.toString().equals(timex.value()) ? timex : changed(timex, day.toString(), ANAPHOR);
    }

    /**
     * "next week, perhaps on Tuesday": a weekday right after a week, past a comma and a word of likelihood, is that
     * week's day, whatever the tense placed it in.
     */
    private static Timex weekdayOfWeek(Timex week, Timex timex, List<Token> tokens) {
        Matcher weekValue = WEEK_VALUE.matcher(week.value() == null ? "" : week.value());
        DayOfWeek weekday = timex.tokenEnd() - timex.tokenStart() == 1
                ? DateResolver.weekdayNamed(DateResolver.word(tokens.get(timex.tokenStart()))) : null;
        if (!weekValue.matches() || weekday == null || timex.tokenStart() - week.tokenEnd() > 3
                || !tokens.get(week.tokenEnd()).text().equals(",")) {
            return timex;
        }
        for (int k = week.tokenEnd() + 1; k < timex.tokenStart(); k++) {
            if (!WEEK_TO_DAY.contains(DateResolver.word(tokens.get(k)))) {
                return timex;
            }
        }
        LocalDate day = DateSpan.monday(Integer.parseInt(weekValue.group(1)), Integer.parseInt(weekValue.group(2)))
                .with(weekday);
        return day.toString().equals(timex.value()) ? timex : changed(timex, day.toString(), ANAPHOR);
    }

    /**
     * Whether a day is written with its year, was placed in a story's year by {@link #storyYear}, or counted from a day
     * before it ("the following day").
     */
    private static boolean storyDay(Timex timex, List<Token> tokens) {
        return namedDay(timex, tokens) != null && (STORY_YEAR.equals(timex.rule()) || ANCHORED.equals(timex.rule())
                || WRITTEN_YEAR.matcher(text(timex, tokens)).find());
    }

    /** Whether the expression is in brackets that open the sentence and hold no verb: "(Update 9:29 p.m.)". */
    private static boolean heading(Timex timex, List<Token> tokens) {
        return DateResolver.verblessBrackets(timex, tokens) && !tokens.isEmpty()
                && DateResolver.OPENING.contains(tokens.get(0).text());
    }

    /**
     * The day a heading in brackets names with its weekday, within two days of the publication: "(Update 11:02 a.m.
     * Friday in Cairo)" on a page dated the Thursday. Null if the sentence opens with no such heading.
     */
    private static LocalDate headingDay(Sentence sentence, LocalDate published) {
        for (Timex timex : sentence.timexes()) {
            if (heading(timex, sentence.tokens()) && weekday(timex, sentence.tokens()) != null
                    && Math.abs(day(timex).toEpochDay() - published.toEpochDay()) <= 2) {
                return day(timex);
            }
        }
        return null;
    }

    /**
     * The day of a story's own dateline, after "updated:" or a bar, when it is days away from the page's date:
     * "updated: Sun May 01 2011 19:01:00 Government forces pounded ...", "By the CNN Wire Staff | September 15, 2010
     * The U.S. Embassy ..." on a page dated months later, which the tokenizer leaves in the sentence of the story's
     * first words. Null if the sentence has none.
     */
    private static LocalDate datelineDay(Sentence sentence, LocalDate published) {
        List<Token> tokens = sentence.tokens();
        for (Timex timex : sentence.timexes()) {
            int start = timex.tokenStart();
            boolean dateline = start >= 2 && DateResolver.word(tokens.get(start - 1)).equals(":")
                    && DateResolver.word(tokens.get(start - 2)).equals("updated")
                    || start >= 1 && tokens.get(start - 1).text().equals("|");
            if (dateline && namedDay(timex, tokens) != null && WRITTEN_YEAR.matcher(text(timex, tokens)).find()
                    && Math.abs(day(timex).toEpochDay() - published.toEpochDay()) > 2) {
                return day(timex);
            }
        }
        return null;
    }

    /**
     * A live report's update written on another day than the page's date ("(Update 11:02 a.m. Friday in Cairo)", the
     * page dated Thursday): a bare weekday that the tense rules put a week or more from the day of the update is a week
     * nearer, counted from the day of writing as they counted from the page's: "state television reported Friday" is
     * that Friday, "Mubarak's Tuesday night speech" in an update of Wednesday the day before, not the Tuesday before
     * the page. In the sentence of a story's own dateline days away from the page's date, a bare weekday the tense
     * rules counted from the page is counted from the dateline ("updated: Sun May 01 2011 ... crowds ransacked empty
     * embassies in Tripoli on Sunday" is that Sunday). A clock time put on the day the weekday had been given moves
     * with it: "stacked piles of rocks Friday ... had gathered by 9 a.m.".
     */
    private static Sentence writtenOn(Sentence sentence, LocalDate writing, LocalDate published) {
        List<Timex> timexes = new ArrayList<>(sentence.timexes());
        Map<LocalDate, LocalDate> moved = new HashMap<>();
        boolean dateline = Math.abs(writing.toEpochDay() - published.toEpochDay()) > 2;
        for (int i = 0; i < timexes.size(); i++) {
            Timex timex = timexes.get(i);
            DayOfWeek weekday = bareWeekday(timex, sentence.tokens());
            if (weekday == null || heading(timex, sentence.tokens())) {
                continue;
            }
            long away = day(timex).toEpochDay() - writing.toEpochDay();
            long fromPage = day(timex).toEpochDay() - published.toEpochDay();
            LocalDate day;
            if (dateline && Math.abs(fromPage) <= 6) {
                // counted from the dateline as the tense rules counted from the page: the day before or on it for
                // one before or on the page's, the next one after it for one after
                day = writing.with(fromPage <= 0 ? TemporalAdjusters.previousOrSame(weekday)
                        : TemporalAdjusters.next(weekday));
            } else if (!dateline && Math.abs(away) >= 7 && Math.abs(away) <= 9) {
                day = day(timex).plusDays(away > 0 ? -7 : 7);
            } else {
                continue;
            }
            moved.put(day(timex), day);
            timexes.set(i, changed(timex, onDay(day, timex), ANCHORED));
        }
        for (int i = 0; i < timexes.size(); i++) {
            Timex timex = timexes.get(i);
            if ("TIME".equals(timex.type()) && ANCHORED.equals(timex.rule())
                    && DAY.matcher(timex.value()).matches() && moved.containsKey(day(timex))) {
                timexes.set(i, changed(timex, onDay(moved.get(day(timex)), timex), ANCHORED));
            }
        }
        return timexes.equals(sentence.timexes()) ? sentence : SentenceDates.redated(sentence, timexes, published);
    }

    /** The first day after a clock time that hangs from the same verb: "in the morning session on Thursday". */
    private static Timex sameClauseDay(Timex clock, List<Timex> after, List<Token> tokens, DependencyGraph graph) {
        int verb = Tense.firstVerb(DateResolver.head(clock, graph), 4, tokens, graph);
        for (Timex timex : after) {
            if ("DATE".equals(timex.type()) && namedDay(timex, tokens) != null) {
                boolean bracketed = false;
                for (int i = clock.tokenEnd(); i < timex.tokenStart(); i++) {
                    // "0200 local time (2200 GMT, Friday)": the day of another zone's clock time
                    bracketed |= DateResolver.OPENING.contains(tokens.get(i).text());
                }
                return verb >= 0 && !bracketed
                        && Tense.firstVerb(DateResolver.head(timex, graph), 4, tokens, graph) == verb ? timex : null;
            }
        }
        return null;
    }

    /**
     * A clock time told in the past with no day of its own ("the call began at 10:30 a.m.") is on the day just
     * spoken of, when that is before the publication; SUTime puts it on the publication date.
     */
    private static Timex clock(Timex timex, String time, List<Timex> before, Sentence sentence, DependencyGraph graph,
                               Sentence previous, LocalDate published) {
        if (Character.isDigit(time.charAt(0)) && Integer.parseInt(time.substring(0, 2)) < 6
                || Tense.above(DateResolver.head(timex, graph), sentence.tokens(), graph) != Tense.PAST) {
            // the small hours after a day named ("Tuesday evening ... shortly before 1 a.m.") may be the next day's
            return timex;
        }
        LocalDate anchor = anchor(before, sentence.tokens(), previous);
        if (anchor != null && before.stream().noneMatch(t -> namedDay(t, sentence.tokens()) != null)
                && previous.timexes().stream().anyMatch(t -> anchor.equals(namedDay(t, previous.tokens()))
                && t.tokenStart() > 0
                && DateResolver.word(previous.tokens().get(t.tokenStart() - 1)).equals("since"))) {
            // the start of what has lasted till now is no day of the next sentence's hours: "has lost # 44bn since
            // 20 April ... By 10am the shares had staged a partial recovery"
            return timex;
        }
        return anchor == null || !anchor.isBefore(published) ? timex
                : changed(timex, anchor + "T" + time, ANCHORED);
    }

    /**
     * The day named right after the clock time at {@code index}, past only brackets, "on", a time zone and other
     * clock times: "at about 10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m. EDT Thursday)", "9:08
     * p.m. ET Monday", and the end of a span of hours: "from 7 a.m. to 8 p.m. Tuesday". Null if none.
     */
    private static String dayAfter(int index, List<Timex> timexes, List<Token> tokens) {
        int at = timexes.get(index).tokenEnd();
        String clockDay = timexes.get(index).value().substring(0, 10);
        int start = timexes.get(index).tokenStart();
        // "between 2am and 3am on 27 May": a span whose "and" joins its ends
        boolean between = start > 0 && DateResolver.word(tokens.get(start - 1)).equals("between");
        boolean open = false;
        boolean span = false;
        boolean bracketedClock = false;
        for (int j = index + 1; j < timexes.size() && timexes.get(j).tokenStart() - at <= 3; j++) {
            for (int k = at; k < timexes.get(j).tokenStart(); k++) {
                String word = DateResolver.word(tokens.get(k));
                boolean joiner = SPAN_JOINERS.contains(word) || between && word.equals("and");
                if (!CLOCK_GAP.contains(word) && !joiner) {
                    return null;
                }
                open = word.equals("(") || word.equals("-lrb-") || open && !word.equals(")") && !word.equals("-rrb-");
                span |= joiner;
                bracketedClock &= open;
            }
            Matcher day = DAY.matcher(timexes.get(j).value() == null ? "" : timexes.get(j).value());
            if (bracketedClock) {
                // the day of a clock time in brackets, in another zone: "about 4 a.m. (10 p.m. ET Sunday)"
                return null;
            }
            bracketedClock = open && "TIME".equals(timexes.get(j).type());
            if (!"TIME".equals(timexes.get(j).type())) {
                // the clock time's own day too: "9:08 p.m. ET Monday" on a Monday is no time of a day before
                return day.matches() ? day.group(1) : null;
            }
            if (day.matches() && !day.group(1).equals(clockDay)) {
                // "from 3 p.m. to 8 a.m. on Monday": a span of hours that crosses midnight starts the day before
                boolean overnight = span && day.group(2) != null && timexes.get(index).value().length() > 10
                        && timexes.get(index).value().substring(10).compareTo(day.group(2)) > 0;
                return overnight ? LocalDate.parse(day.group(1)).minusDays(1).toString() : day.group(1);
            }
            at = timexes.get(j).tokenEnd();
        }
        return null;
    }

    /**
     * The day named right before the clock time at {@code index}, past only a comma, "at", words of about or again
     * and the dash or bar of a time stamp, in any tense: "on Thursday, March 3, at 10 a.m. and again at 4 p.m.",
     * "Saturday, 29 January at 0330 GMT", "6th June 2012 - 19:49". Null if none, or if the day before is the
     * publication's only because nothing else was written.
     */
    private static String dayBefore(int index, List<Timex> timexes, List<Token> tokens, LocalDate published) {
        if (index == 0) {
            return null;
        }
        Timex day = timexes.get(index - 1);
        int start = timexes.get(index).tokenStart();
        if (start - day.tokenEnd() > 3) {
            return null;
        }
        for (int k = day.tokenEnd(); k < start; k++) {
            if (!CLOCK_BEFORE_GAP.contains(DateResolver.word(tokens.get(k)))) {
                return null;
            }
        }
        Matcher value = DAY.matcher(day.value() == null ? "" : day.value());
        boolean clock = "TIME".equals(day.type());
        return !value.matches() || clock && value.group(1).equals(published.toString()) ? null : value.group(1);
    }

    /**
     * The day of a clock time in brackets right after another, the same moment in another zone: "had gathered by 9
     * a.m. (2 a.m. ET)" on the day of the 9 a.m.; "11 p.m. (0400 GMT)" on the day after it, as no two zones are more
     * than twelve hours apart. Null if no clock time with a day stands right before the brackets.
     */
    private static String otherZone(int index, List<Timex> timexes, List<Token> tokens) {
        if (index == 0 || !"TIME".equals(timexes.get(index - 1).type())) {
            return null;
        }
        Timex first = timexes.get(index - 1);
        Timex second = timexes.get(index);
        if (second.tokenStart() - first.tokenEnd() != 1
                || !OPEN_BRACKETS.contains(DateResolver.word(tokens.get(first.tokenEnd())))) {
            return null;
        }
        Matcher from = HOUR_VALUE.matcher(first.value() == null ? "" : first.value());
        Matcher to = HOUR_VALUE.matcher(second.value());
        if (!from.matches() || !to.matches()) {
            return null;
        }
        int difference = Integer.parseInt(to.group(2)) - Integer.parseInt(from.group(2));
        LocalDate day = LocalDate.parse(from.group(1));
        return (difference > 12 ? day.minusDays(1) : difference < -12 ? day.plusDays(1) : day).toString();
    }

    private static Timex offset(Timex timex, List<Timex> before, List<Token> tokens, Sentence previous,
                                Sentence yearPrevious, LocalDate published) {
        Timex demonstrative = demonstrative(timex, tokens);
        if (demonstrative != null) {
            String unit = DateResolver.word(tokens.get(timex.tokenStart()));
            Timex same = same(demonstrative, unit, before, tokens, unit.equals("day") ? previous : yearPrevious);
            // with nothing named before it, "that day" of news is the day of writing ("that day has come"), as
            // "that year" is its year: a date still, not the span SUTime gives
            return same != demonstrative ? same : changed(demonstrative,
                    unit.equals("day") ? published.toString() : String.valueOf(published.getYear()), ANAPHOR);
        }
        if (timex.value() == null) {
            return timex;
        }
        Timex thatMonth = thatMonth(timex, before, tokens, yearPrevious);
        if (thatMonth != timex) {
            return thatMonth;
        }
        timex = closingDirection(timex, tokens);
        Matcher part = PART_OFFSET.matcher(text(timex, tokens));
        if (isDate(timex) && part.matches() && (part.group(1) == null) != (part.group(3) == null)) {
            return partOffset(timex, part, before, tokens, previous);
        }
        if (!"DATE".equals(timex.type())) {
            return timex;
        }
        Matcher same = SAME.matcher(text(timex, tokens));
        if (same.matches()) {
            return same(timex, same.group(1), before, tokens, same.group(1).equals("day") ? previous : yearPrevious);
        }
        Matcher year = NEIGHBOUR_YEAR.matcher(text(timex, tokens));
        String written = year.matches() ? lastWritten(YEAR, before, yearPrevious) : null;
        if (written != null) {
            // "the following year": after the year just written, not the publication's
            int shift = Set.of("previous", "prior").contains(year.group(1)) ? -1 : 1;
            return changed(timex, String.valueOf(Integer.parseInt(written.substring(0, 4)) + shift), ANCHORED);
        }
        Matcher week = NEIGHBOUR_WEEK.matcher(text(timex, tokens));
        if (week.matches() && WEEK_VALUE.matcher(timex.value()).matches()) {
            // "the previous week": the week before the day just named, else before the publication's
            LocalDate anchor = anchor(before, tokens, previous);
            LocalDate from = anchor != null ? anchor : published;
            boolean earlier = Set.of("previous", "prior").contains(week.group(1));
            return changed(timex, DateSpan.week(from.plusWeeks(earlier ? -1 : 1)), ANCHORED);
        }
        if (!DAY.matcher(timex.value()).matches()) {
            return timex;
        }
        Matcher later = LONG_OFFSET.matcher(text(timex, tokens));
        if (later.matches()) {
            return longOffset(timex, later, before, tokens, yearPrevious,
                    yearPrevious == null && before.isEmpty() ? previous : null, published);
        }
        Matcher words = OFFSET.matcher(text(timex, tokens));
        boolean plural = words.matches() && words.group(3).endsWith("s");
        if (!words.matches() || words.group(2) == null && words.group(4) == null
                || words.group(2) != null && words.group(4) != null || plural && words.group(1) == null) {
            return timex;
        }
        String direction = words.group(4);
        boolean relational = "after".equals(direction) || "before".equals(direction);
        if (relational && timex.tokenEnd() < tokens.size()
                && NOUN_PHRASE_TAGS.contains(tokens.get(timex.tokenEnd()).pos())) {
            return timex;
        }
        LocalDate anchor = anchor(before, tokens, previous);
        if (anchor == null && "before".equals(direction) && "the".equals(words.group(1))
                && words.group(3).equals("day") && timex.value().equals(published.toString())) {
            // "the bomb had been planted the day before", with no day before it: the day before the publication,
            // which SUTime gives as the publication's own
            return changed(timex, published.minusDays(1).toString(), ANCHORED);
        }
        if (anchor == null) {
            return timex;
        }
        int count = words.group(1) == null ? 1 : ValueRules.count(words.group(1));
        int days = words.group(3).startsWith("week") ? 7 * count : count;
        boolean earlier = words.group(2) != null ? Set.of("previous", "prior").contains(words.group(2))
                : Set.of("earlier", "before", "previously").contains(direction);
        return changed(timex, anchor.plusDays(earlier ? -days : days).toString(), ANCHORED);
    }

    /**
     * "a third straight day", "the eighth day of the operation": the day the sentence speaks of, which is another day
     * it names ("on Monday"), else the publication date. SUTime counts the ordinal forward from the publication.
     */
    private static Timex ordinalDay(Timex timex, List<Timex> all, List<Token> tokens, LocalDate published) {
        boolean superlativeDay = false;
        List<Timex> anchors = all;
        if ("DURATION".equals(timex.type()) && "P1D".equals(timex.value())
                && timex.tokenEnd() - timex.tokenStart() == 1) {
            // "a second consecutive day", of which SUTime kept "day" alone
            int start = timex.tokenStart();
            while (start > 0 && start > timex.tokenStart() - 3
                    && !ORDINAL_DAY.matcher(ValueRules.words(tokens, start, timex.tokenEnd())).matches()) {
                start--;
            }
            if (start > 0 && DateResolver.word(tokens.get(start - 1)).matches("a|the")) {
                start--;
            }
            int superlative = superlativeStart(timex.tokenStart(), tokens);
            int after = timex.tokenEnd();
            boolean compared = after < tokens.size() && COMPARED.contains(DateResolver.word(tokens.get(after)));
            if (superlative >= 0 && (compared || !namedDayBesides(timex, all, tokens, published).equals(published))) {
                // "the deadliest day in months", "Monday's bloodiest day": the day it says the most of; what
                // follows a comparison is what it is compared with ("the worst day since the rig sank 65 days ago")
                start = superlative;
                superlativeDay = true;
                anchors = compared ? all.stream().filter(other -> other.tokenStart() < after).toList() : all;
            } else if (start == timex.tokenStart()
                    || !ORDINAL_DAY.matcher(ValueRules.words(tokens, start, timex.tokenEnd())).matches()) {
                return timex;
            }
            timex = new Timex(written(tokens, start, timex.tokenEnd()), "DATE", published.toString(),
                    timex.sourceValue(), ANAPHOR, start, timex.tokenEnd(), tokens.get(start).charStart(),
                    timex.charEnd());
        }
        Matcher unit = ORDINAL_UNIT.matcher(text(timex, tokens));
        if ("DURATION".equals(timex.type()) && timex.value() != null
                && (unit.matches() || ORDINAL_DAY.matcher(text(timex, tokens)).matches())) {
            // "for the seventh straight day", which SUTime reads as a span of seven days
            timex = new Timex(timex.text(), "DATE", published.toString(), timex.sourceValue(), ANAPHOR,
                    timex.tokenStart(), timex.tokenEnd(), timex.charStart(), timex.charEnd());
        }
        if ("DATE".equals(timex.type()) && timex.value() != null && unit.matches()) {
            // "the fourth month of a campaign", "gains for a fourth week": SUTime counts the ordinal forward too
            LocalDate day = namedDayBesides(timex, all, tokens, published);
            String value = switch (unit.group(1)) {
                case "week" -> DateSpan.week(day);
                case "month" -> YearMonth.from(day).toString();
                default -> String.valueOf(day.getYear());
            };
            return changed(timex, value, ANAPHOR);
        }
        // "the last day of the month", "of his visit": the last of its days, not the day before
        boolean lastOf = text(timex, tokens).equals("the last day") && timex.tokenEnd() < tokens.size()
                && DateResolver.word(tokens.get(timex.tokenEnd())).equals("of");
        if (!"DATE".equals(timex.type()) || timex.value() == null || !DAY.matcher(timex.value()).matches()
                || !superlativeDay && !lastOf && !ORDINAL_DAY.matcher(text(timex, tokens)).matches()) {
            return timex;
        }
        // "this seventh day of protests" is the day of writing, whatever other day its sentence names
        LocalDate day = text(timex, tokens).startsWith("this ") ? published
                : namedDayBesides(timex, anchors, tokens, published);
        int ordinal = superlativeDay ? 0 : ordinal(text(timex, tokens));
        LocalDate counted = day.plusDays(ordinal - 1L);
        if (ordinal >= 5 && Math.abs(counted.toEpochDay() - published.toEpochDay()) <= 1) {
            // "the April 20 explosion that caused a gusher that's now in its 63rd day": counted from the day named,
            // the ordinal lands on the writing; the day named was the first
            day = counted.isAfter(published) ? published : counted;
        }
        return changed(timex, day.toString(), ANAPHOR);
    }

    /** The number of an ordinal day ("the 63rd day", "a fifth straight day"), 0 when there is none. */
    private static int ordinal(String text) {
        Matcher digits = ORDINAL_NUMBER.matcher(text);
        if (digits.find()) {
            return Integer.parseInt(digits.group(1));
        }
        for (int i = 0; i < ORDINAL_WORDS.size(); i++) {
            if (text.contains(ORDINAL_WORDS.get(i))) {
                return i + 2;
            }
        }
        return 0;
    }

    /**
     * Where "the" or a possessive opens a superlative before the word "day" at {@code day} ("the deadliest day", "the
     * most violent day", "Syria's bloodiest day"), or -1.
     */
    private static int superlativeStart(int day, List<Token> tokens) {
        int at = day - 1;
        if (at < 1) {
            return -1;
        }
        boolean most = tokens.get(at).pos().equals("JJ") && DateResolver.word(tokens.get(at - 1)).equals("most");
        if (!tokens.get(at).pos().equals("JJS") && !most) {
            return -1;
        }
        at -= most ? 2 : 1;
        if (at < 0) {
            return -1;
        }
        Token opener = tokens.get(at);
        if (DateResolver.word(opener).equals("the")) {
            return at;
        }
        return opener.pos().equals("POS") || opener.pos().equals("PRP$") ? at + 1 : -1;
    }

    /** The first day another expression of the sentence names, ordinal days aside; else the publication date. */
    private static LocalDate namedDayBesides(Timex timex, List<Timex> all, List<Token> tokens, LocalDate published) {
        LocalDate day = published;
        for (Timex other : all) {
            // another ordinal day is no anchor: SUTime counted it forward too ("the sixth day ... the seventh day")
            LocalDate named = other == timex || ORDINAL_DAY.matcher(text(other, tokens)).matches() ? null
                    : namedDay(other, tokens);
            if (named != null) {
                day = named;
                break;
            }
        }
        return day;
    }

    /**
     * "the night before", "the next morning": that part of the day before or after the day just named, else of the
     * day before or after the publication (SUTime gives the publication day's).
     */
    private static Timex partOffset(Timex timex, Matcher part, List<Timex> before, List<Token> tokens,
                                    Sentence previous) {
        String direction = part.group(1) != null ? part.group(1) : part.group(3);
        boolean relational = "after".equals(direction) || "before".equals(direction);
        if (relational && timex.tokenEnd() < tokens.size()
                && NOUN_PHRASE_TAGS.contains(tokens.get(timex.tokenEnd()).pos())) {
            return timex;
        }
        Matcher day = DAY.matcher(timex.value());
        LocalDate anchor = anchor(before, tokens, previous);
        LocalDate from = anchor != null ? anchor : day.matches() ? LocalDate.parse(day.group(1)) : null;
        if (from == null) {
            return timex;
        }
        boolean earlier = Set.of("previous", "prior", "before", "earlier").contains(direction);
        String code = switch (part.group(2)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
        return changed(timex, from.plusDays(earlier ? -1 : 1) + "T" + code, ANCHORED);
    }

    /**
     * "that day", "later that year", "that same day" where SUTime took the unit alone for a duration: the
     * expression widened to its demonstrative, as a date still to be anchored; null for anything else.
     */
    private static Timex demonstrative(Timex timex, List<Token> tokens) {
        if (!"DURATION".equals(timex.type()) || timex.tokenEnd() - timex.tokenStart() != 1) {
            return null;
        }
        String unit = DateResolver.word(tokens.get(timex.tokenStart()));
        int start = timex.tokenStart() - 1;
        if (start >= 1 && DateResolver.word(tokens.get(start)).equals("same")) {
            start--;
        }
        if (!(unit.equals("day") || unit.equals("year")) || start < 0
                || !DateResolver.word(tokens.get(start)).equals("that")) {
            return null;
        }
        return new Timex(written(tokens, start, timex.tokenEnd()), "DATE", timex.value(), timex.sourceValue(),
                timex.rule(), start, timex.tokenEnd(), tokens.get(start).charStart(), timex.charEnd());
    }

    /**
     * "first visited the site that June", after "in April 2003": a month or season after "that" is of the year of
     * the date written last in the sentence, else of the previous sentence's date when that came from its text; the
     * expression takes in "that".
     */
    private static Timex thatMonth(Timex timex, List<Timex> before, List<Token> tokens, Sentence previous) {
        Matcher value = MONTH_OR_SEASON.matcher(timex.value());
        int start = timex.tokenStart();
        int name = timex.tokenEnd() - 1;
        if (start > 0 && !DateResolver.word(tokens.get(start)).equals("that")) {
            start--;
        }
        // a month's value must come from its name, not from "that month"; a season's comes only from its name
        if (!value.matches() || name - start != 1 || !DateResolver.word(tokens.get(start)).equals("that")
                || Character.isDigit(value.group(1).charAt(1))
                && DateResolver.monthNamed(DateResolver.word(tokens.get(name))) == null) {
            return timex;
        }
        String year = lastWritten(YEAR, before, previous);
        if (year == null) {
            return timex;
        }
        return new Timex(written(tokens, start, timex.tokenEnd()), "DATE", year.substring(0, 4) + value.group(1),
                timex.sourceValue(), ANAPHOR, start, timex.tokenEnd(), tokens.get(start).charStart(), timex.charEnd());
    }

    /**
     * "the same day", "later in the day", "for the entire year": the day or year just spoken of, when the sentence
     * or the one before names one; SUTime takes the publication date's.
     */
    private static Timex same(Timex timex, String unit, List<Timex> before, List<Token> tokens, Sentence previous) {
        if (unit.equals("day")) {
            // A day SUTime resolved, or the duration of a demonstrative ("that day") still to be resolved.
            boolean day = DAY.matcher(timex.value()).matches() || timex.value().equals("P1D");
            LocalDate anchor = day ? anchor(before, tokens, previous) : null;
            return anchor == null ? timex : changed(timex, anchor.toString(), ANAPHOR);
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            Matcher year = YEAR.matcher(before.get(i).value() == null ? "" : before.get(i).value());
            if (isDate(before.get(i)) && year.matches()) {
                return changed(timex, year.group(1), ANAPHOR);
            }
        }
        Matcher year = previous == null || previous.dateSource() != DateSource.TEXT ? null
                : YEAR.matcher(previous.date());
        return year != null && year.matches() ? changed(timex, year.group(1), ANAPHOR) : timex;
    }

    /**
     * "four years later", "two months earlier": counted from the year or month written last in the sentence, else
     * from the previous sentence's date when that came from its text, and kept to that granularity. Unanchored, the
     * year or month of SUTime's count from the publication.
     */
    private static Timex longOffset(Timex timex, Matcher later, List<Timex> before, List<Token> tokens,
                                    Sentence previous, Sentence beforeBreak, LocalDate published) {
        boolean decades = later.group(2).equals("decade");
        boolean centuries = later.group(2).startsWith("centur");
        int count = ValueRules.count(later.group(1)) * (centuries ? 100 : decades ? 10 : 1);
        if (ValueRules.isFraction(later.group(1))) {
            // "half a century later", "a quarter of a century later"; half a year or month is no whole unit
            if (!decades && !centuries) {
                return timex;
            }
            count = ValueRules.yearsOfFraction(later.group(1), centuries ? 100 : 10);
        }
        boolean years = decades || centuries || later.group(2).equals("year");
        int sign = Set.of("earlier", "before").contains(later.group(3)) ? -1 : 1;
        if (sign > 0 && !before.isEmpty() && nowBefore(before.get(before.size() - 1), timex, tokens)) {
            // "Now, almost two decades later": the time of writing, told as the distance from a time before
            return changed(timex, years ? String.valueOf(published.getYear()) : YearMonth.from(published).toString(),
                    ANCHORED);
        }
        String anchor = lastWritten(years ? YEAR : MONTH, before, previous);
        if (anchor == null && sign > 0 && beforeBreak != null) {
            // "... acquitted in 1958." and, opening the next paragraph, "A year later, he was convicted": a news
            // paragraph is often one sentence, and the year the last one wrote is a better count than none
            anchor = lastWritten(years ? YEAR : MONTH, beforeBreak.timexes(), null);
        }
        if (anchor == null && sign > 0) {
            // "forty years later" with no year before it: SUTime counts from the publication, into the future
            return changed(timex, years ? "XXXX" : "XXXX-XX", "granularity:ago");
        }
        String from = anchor != null ? anchor : timex.value();
        int offset = anchor == null ? 0 : sign * count;
        String value = shifted(from, offset, years);
        Matcher finer = FINER_THAN_YEAR.matcher(from);
        if (sign < 0 && later.group(2).equals("year") && finer.matches() && lastWritten(YEAR, before, null) != null) {
            // "sales fell in December from a year earlier", "the quarter ended Sept. 30 ... a year earlier": the
            // period the sentence names, a year before and as precise; told forward ("four years later") the year
            value = value + finer.group(1);
        }
        if (anchor != null && sign > 0 && after(value, published) && previous != null) {
            // counted from the previous sentence's date it lands after the writing; from the year or month that
            // sentence wrote last it may not: "BELTON, Mo., Oct. 20 -- Battling Bush for the nomination in 2000,
            // McCain lashed out ... Eight years later" is 2008
            String written = lastWritten(years ? YEAR : MONTH, previous.timexes(), null);
            if (written != null && !after(shifted(written, offset, years), published)) {
                value = shifted(written, offset, years);
            }
        }
        return changed(timex, value, anchor == null ? "granularity:ago" : ANCHORED);
    }

    /** {@code from}'s year moved by {@code offset} years, or its month moved by {@code offset} months. */
    private static String shifted(String from, int offset, boolean years) {
        return years ? String.valueOf(Integer.parseInt(from.substring(0, 4)) + offset)
                : YearMonth.parse(from.substring(0, 7)).plusMonths(offset).toString();
    }

    /** Whether a year or month value lies after the publication's year or month. */
    private static boolean after(String value, LocalDate published) {
        return value.length() == 4 ? Integer.parseInt(value) > published.getYear()
                : YearMonth.parse(value).isAfter(YearMonth.from(published));
    }

    /** Whether "now" or "today" stands right before the expression, past a comma and hedges: "Now, almost". */
    private static boolean nowBefore(Timex deictic, Timex timex, List<Token> tokens) {
        String word = text(deictic, tokens);
        if (!word.equals("now") && !word.equals("today")) {
            return false;
        }
        for (int i = deictic.tokenEnd(); i < timex.tokenStart(); i++) {
            if (!NOW_GAP.contains(DateResolver.word(tokens.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value of the last date or time before in the sentence that {@code granularity} matches, else the previous
     * sentence's date when that came from its text and matches; null when there is none.
     */
    private static String lastWritten(Pattern granularity, List<Timex> before, Sentence previous) {
        for (int i = before.size() - 1; i >= 0; i--) {
            String value = before.get(i).value() == null ? "" : before.get(i).value();
            if (isDate(before.get(i)) && granularity.matcher(value).matches()) {
                return value;
            }
        }
        return previous != null && previous.dateSource() == DateSource.TEXT
                && granularity.matcher(previous.date()).matches() ? previous.date() : null;
    }

    private static boolean isDate(Timex timex) {
        return "DATE".equals(timex.type()) || "TIME".equals(timex.type());
    }

    /**
     * The last day named before an expression in its sentence, else the previous sentence's date when one of its
     * expressions names that day. An offset that could not be anchored is no anchor: its value counts from the
     * publication date.
     */
    private static LocalDate anchor(List<Timex> before, List<Token> tokens, Sentence previous) {
        for (int i = before.size() - 1; i >= 0; i--) {
            LocalDate day = namedDay(before.get(i), tokens);
            if (day != null) {
                return day;
            }
        }
        if (previous == null || previous.dateSource() != DateSource.TEXT) {
            return null;
        }
        for (Timex timex : previous.timexes()) {
            LocalDate day = namedDay(timex, previous.tokens());
            if (day != null && day.toString().equals(previous.date())) {
                return day;
            }
        }
        return null;
    }

    private static LocalDate namedDay(Timex timex, List<Token> tokens) {
        boolean dated = "DATE".equals(timex.type()) || "TIME".equals(timex.type());
        if (!dated || timex.value() == null || !DAY.matcher(timex.value()).matches()
                || OFFSET.matcher(text(timex, tokens)).matches() && !ANCHORED.equals(timex.rule())) {
            return null;
        }
        return day(timex);
    }

    private static void sequence(List<Timex> timexes, Sentence sentence, Sentence previous, LocalDate published) {
        List<Token> tokens = sentence.tokens();
        DependencyGraph graph = DependencyGraph.of(sentence.dependencies());
        Map<Integer, Integer> depths = graph.depths();
        int anchor = -1;
        for (int i = 0; i < timexes.size(); i++) {
            if (weekday(timexes.get(i), tokens) != null && (anchor < 0 || outranks(timexes.get(i),
                    timexes.get(anchor), tokens, depths, published))) {
                anchor = i;
            }
        }
        if (anchor < 0) {
            return;
        }
        DayOfWeek anchorDay = bareWeekday(timexes.get(anchor), tokens);
        Timex before = previous == null ? null : lastWeekday(previous);
        if (anchorDay != null && before != null) {
            Boolean after = openedAfterPrevious(timexes.get(anchor), tokens);
            if (after != null) {
                timexes.set(anchor, placed(timexes.get(anchor), anchorDay, day(before), !after));
            }
        }
        for (int i = 0; i < timexes.size(); i++) {
            DayOfWeek weekday = i == anchor ? null : bareWeekday(timexes.get(i), tokens);
            Boolean earlier = weekday == null ? null : earlier(timexes.get(i), timexes.get(anchor), tokens);
            if (earlier == null) {
                continue;
            }
            Timex placed = placed(timexes.get(i), weekday, day(timexes.get(anchor)), earlier);
            if (day(placed).isAfter(published) && !day(timexes.get(i)).isAfter(published)
                    && ordered(timexes.get(i), timexes.get(anchor), tokens) == null
                    && Tense.above(DateResolver.head(timexes.get(i), graph), tokens, graph) == Tense.PAST) {
                // a list does not move a day told as past beyond the writing: "Protests took place on Friday and
                // Saturday", written on a Friday (a plan told as future may be older than the page that carries it);
                // a day of no tense follows the list: "a tent scheduled to shelter partiers Friday and Saturday"
                continue;
            }
            timexes.set(i, placed);
        }
    }

    private static Timex placed(Timex timex, DayOfWeek weekday, LocalDate anchor, boolean before) {
        if (anchor.getDayOfWeek() == weekday) {
            return timex;
        }
        LocalDate date = anchor.with(before ? TemporalAdjusters.previous(weekday) : TemporalAdjusters.next(weekday));
        return changed(timex, onDay(date, timex), "sequence:weekday");
    }

    /** A day-valued expression's value moved to another day, its time of day kept: "2011-02-11TMO". */
    private static String onDay(LocalDate date, Timex timex) {
        Matcher day = DAY.matcher(timex.value());
        day.matches();
        return date + (day.group(2) == null ? "" : day.group(2));
    }

    /**
     * Whether {@code timex} comes before {@code anchor} in time, as the words between them say, or null when no
     * word orders them or the words disagree.
     */
    private static Boolean earlier(Timex timex, Timex anchor, List<Token> tokens) {
        Boolean inOrder = ordered(timex, anchor, tokens);
        if (inOrder == null && listed(timex, anchor, tokens)) {
            // "visits to Ukraine on Wednesday and Germany on Thursday": a list is told in the order of its days
            inOrder = true;
        }
        return inOrder == null ? null : inOrder == timex.tokenStart() < anchor.tokenStart();
    }

    /**
     * Whether the words between two expressions put the one written first earlier in time (true), later (false), or
     * neither, or disagree (null).
     */
    private static Boolean ordered(Timex timex, Timex anchor, List<Token> tokens) {
        Boolean inOrder = null;
        Timex first = timex.tokenStart() < anchor.tokenStart() ? timex : anchor;
        Timex second = first == timex ? anchor : timex;
        if (ownVerbAfter(first.tokenEnd(), second, tokens)) {
            // "picked him up on Monday after putting Ivory on the list and on Wednesday, signed Bell": the second day
            // is a verb's of its own, joined to the first clause, not to the gerund after "after"
            return null;
        }
        boolean verb = false;
        // the words of the expressions themselves order nothing: "later Friday" is later on that day
        for (int i = first.tokenEnd(); i < second.tokenStart(); i++) {
            String lemma = tokens.get(i).lemma() == null ? "" : tokens.get(i).lemma().toLowerCase(Locale.ROOT);
            if (inOrder != null && tokens.get(i).pos().equals("TO") && i + 1 < second.tokenStart()
                    && tokens.get(i + 1).pos().equals("VB")) {
                // the second day is that of an infinitive of the ordered clause, not of its event: "agreed on Saturday
                // ... after the members voted to suspend Syria from Wednesday"
                return null;
            }
            if (verb && !PASSIVE_SWAP.contains(lemma)) {
                // after a finite verb of its own the word orders another event: "closed on Friday, but fell after
                // the markets reopened on Tuesday"
                continue;
            }
            verb |= Tense.FINITE_TAGS.contains(tokens.get(i).pos());
            Boolean says = order(i, tokens);
            if (says != null) {
                if (inOrder != null && !inOrder.equals(says)) {
                    return null;
                }
                inOrder = says;
            }
        }
        return inOrder;
    }

    /**
     * Whether a gerund and then "and" stand between the end of one expression and {@code second}, and a finite verb
     * follows {@code second} right after it or a comma: the second expression opens a clause of its own.
     */
    private static boolean ownVerbAfter(int from, Timex second, List<Token> tokens) {
        int gerund = -1;
        boolean joined = false;
        for (int i = from; i < second.tokenStart(); i++) {
            if (gerund < 0 && tokens.get(i).pos().equals("VBG")) {
                gerund = i;
            }
            joined |= gerund >= 0 && DateResolver.word(tokens.get(i)).equals("and");
        }
        int next = second.tokenEnd();
        if (next < tokens.size() && tokens.get(next).text().equals(",")) {
            next++;
        }
        return joined && next < tokens.size() && Tense.FINITE_TAGS.contains(tokens.get(next).pos());
    }

    /**
     * Whether two weekdays are items of one list: only "and", commas and the nouns of the items between them, no verb
     * and no number ("to the West Bank on Thursday and Jordan on Friday", "on Monday, Tuesday and Friday"), the
     * second written one to four days after the first.
     */
    private static boolean listed(Timex timex, Timex anchor, List<Token> tokens) {
        Timex first = timex.tokenStart() < anchor.tokenStart() ? timex : anchor;
        Timex second = first == timex ? anchor : timex;
        DayOfWeek from = weekday(first, tokens);
        DayOfWeek to = weekday(second, tokens);
        int gap = from == null || to == null ? 0 : Math.floorMod(to.getValue() - from.getValue(), 7);
        if (gap < 1 || gap > 4) {
            // "12:05 a.m. Wednesday in Cairo, 5:05 p.m. ET Tuesday" names one moment twice, no list of days
            return false;
        }
        boolean joined = false;
        for (int i = first.tokenEnd(); i < second.tokenStart(); i++) {
            Token token = tokens.get(i);
            String word = DateResolver.word(token);
            if (token.pos().startsWith("VB") || token.pos().equals("MD") || token.pos().startsWith("W")
                    || token.pos().equals("CD") || word.equals("or") || word.equals("but")) {
                return false;
            }
            joined |= word.equals("and") || word.equals(",");
        }
        return joined;
    }

    /** Whether token {@code i} puts what is written before it first in time (true), last (false), or neither. */
    private static Boolean order(int i, List<Token> tokens) {
        String word = DateResolver.word(tokens.get(i));
        String lemma = tokens.get(i).lemma() == null ? word : tokens.get(i).lemma().toLowerCase(Locale.ROOT);
        String next = i + 1 < tokens.size() ? DateResolver.word(tokens.get(i + 1)) : "";
        boolean anaphoric = ANAPHORS.contains(next);
        if (word.equals("then") && i > 0 && "IN".equals(tokens.get(i - 1).pos())) {
            return null;
        }
        if (PASSIVE_SWAP.contains(lemma) && !word.equals("following")) {
            boolean follows = lemma.equals("follow");
            return next.equals("by") == follows;
        }
        if (IN_ORDER.contains(word)) {
            return !(word.equals("before") && anaphoric);
        }
        if (REVERSED.contains(word)) {
            return word.equals("after") && anaphoric;
        }
        return null;
    }

    /**
     * Whether a sentence places {@code timex} after the previous sentence's events ("Then, on Thursday"), before
     * them ("Before that, on Monday"), or neither (null). Only words ahead of the weekday and of the sentence's
     * first verb count ("He then flew to Berlin on Wednesday").
     */
    private static Boolean openedAfterPrevious(Timex timex, List<Token> tokens) {
        for (int i = 0; i < timex.tokenStart(); i++) {
            if (tokens.get(i).pos().startsWith("VB") || tokens.get(i).pos().equals("MD")) {
                // after the sentence's first verb, "then" orders two of its own events: "had promised and then
                // broken a ceasefire on Friday"
                return null;
            }
            String word = DateResolver.word(tokens.get(i));
            String next = i + 1 < tokens.size() ? DateResolver.word(tokens.get(i + 1)) : "";
            if (THEN.contains(word) || word.equals("after") && ANAPHORS.contains(next)) {
                return true;
            }
            if (BEFORE_THEN.contains(word) || word.equals("before") && ANAPHORS.contains(next)) {
                return false;
            }
        }
        return null;
    }

    private static Timex lastWeekday(Sentence sentence) {
        Timex last = null;
        for (Timex timex : sentence.timexes()) {
            if (weekday(timex, sentence.tokens()) != null) {
                last = timex;
            }
        }
        return last;
    }

    /**
     * An explicit date ranks first, then the publication day (every tense puts its weekday there), then the
     * expression closest to the root, then the first written.
     */
    private static boolean outranks(Timex candidate, Timex current, List<Token> tokens, Map<Integer, Integer> depths,
                                    LocalDate published) {
        boolean candidateBare = bareWeekday(candidate, tokens) != null;
        boolean currentBare = bareWeekday(current, tokens) != null;
        if (candidateBare != currentBare) {
            return !candidateBare;
        }
        boolean candidateToday = day(candidate).equals(published);
        boolean currentToday = day(current).equals(published);
        if (candidateToday != currentToday) {
            return candidateToday;
        }
        return depth(candidate, depths) < depth(current, depths);
    }

    /** The weekday a day-valued expression names, bare or with a date ("Friday, Jan. 21"), or null. */
    private static DayOfWeek weekday(Timex timex, List<Token> tokens) {
        if (timex.value() == null || !DAY.matcher(timex.value()).matches()) {
            return null;
        }
        for (int i = timex.tokenStart(); i < timex.tokenEnd(); i++) {
            DayOfWeek day = DateResolver.weekdayNamed(DateResolver.word(tokens.get(i)));
            if (day != null) {
                return day(timex).getDayOfWeek() == day ? day : null;
            }
        }
        return null;
    }

    /**
     * The weekday of a bare weekday expression, or null. SUTime sometimes takes the "before" of "Thursday before
     * Friday's meeting" into the expression; it belongs to the sentence, not to the weekday.
     */
    private static DayOfWeek bareWeekday(Timex timex, List<Token> tokens) {
        if (timex.value() == null || !DAY.matcher(timex.value()).matches()) {
            return null;
        }
        Timex trimmed = timex;
        int last = timex.tokenEnd() - 1;
        String lastWord = DateResolver.word(tokens.get(last));
        if (last > timex.tokenStart() && (lastWord.equals("before") || lastWord.equals("after"))) {
            trimmed = new Timex(timex.text(), timex.type(), timex.value(), timex.sourceValue(), timex.rule(),
                    timex.tokenStart(), last, timex.charStart(), tokens.get(last - 1).charEnd());
        }
        int token = DateResolver.weekdayToken(trimmed, tokens);
        if (token < 0 || DateResolver.relative(Math.min(token, trimmed.tokenStart()), tokens)) {
            return null;
        }
        return DateResolver.weekdayNamed(DateResolver.word(tokens.get(token)));
    }

    private static LocalDate day(Timex timex) {
        Matcher day = DAY.matcher(timex.value());
        day.matches();
        return LocalDate.parse(day.group(1));
    }

    private static int depth(Timex timex, Map<Integer, Integer> depths) {
        int depth = Integer.MAX_VALUE;
        for (int token = timex.tokenStart(); token < timex.tokenEnd(); token++) {
            depth = Math.min(depth, depths.getOrDefault(token, Integer.MAX_VALUE));
        }
        return depth;
    }

    /** The words of tokens {@code [start, end)} as written, for an expression widened over them. */
    /**
     * Whether "the next year" after "in", "within", "over" or "during", in a clause not told in the past, is the
     * year ahead of the writer ("would drive unemployment down in the next year"), not the one after a year just
     * written.
     */
    private static boolean comingYear(Timex timex, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (timex.tokenStart() == 0 || !text(timex, tokens).equals("the next year")
                || !WITHIN.contains(DateResolver.word(tokens.get(timex.tokenStart() - 1)))) {
            return false;
        }
        DependencyGraph graph = DependencyGraph.of(sentence.dependencies());
        return Tense.above(DateResolver.head(timex, graph), tokens, graph) != Tense.PAST;
    }

    /**
     * "the day after" or "the week before" ending its phrase ("and on CD the day after."), of which SUTime kept "the
     * day": the offset with its direction. The expression itself otherwise.
     */
    private static Timex closingDirection(Timex timex, List<Token> tokens) {
        int end = timex.tokenEnd();
        if (end >= tokens.size() || !CLOSING_UNIT.matcher(text(timex, tokens)).matches()
                || !Set.of("after", "before").contains(DateResolver.word(tokens.get(end)))
                || end + 1 < tokens.size() && !ValueRules.CLOSING.matcher(tokens.get(end + 1).pos()).matches()) {
            return timex;
        }
        return new Timex(written(tokens, timex.tokenStart(), end + 1), timex.type(), timex.value(),
                timex.sourceValue(), timex.rule(), timex.tokenStart(), end + 1, timex.charStart(),
                tokens.get(end).charEnd());
    }

    private static String written(List<Token> tokens, int start, int end) {
        StringBuilder text = new StringBuilder();
        for (int i = start; i < end; i++) {
            text.append(i > start ? " " : "").append(tokens.get(i).text());
        }
        return text.toString();
    }

    private static String text(Timex timex, List<Token> tokens) {
        return ValueRules.words(tokens, timex.tokenStart(), timex.tokenEnd());
    }

    private static Timex changed(Timex timex, String value, String rule) {
        if (value.equals(timex.value())) {
            return timex;
        }
        return new Timex(timex.text(), timex.type(), value, timex.sourceValue(), rule, timex.tokenStart(),
                timex.tokenEnd(), timex.charStart(), timex.charEnd());
    }
}
