package org.storyline.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.util.DateSpan;

/**
 * Corrects the year, month or day SUTime gave to bare weekdays, month names, seasons, days of a month without a
 * year ("Oct. 23") and holidays ("Thanksgiving Day"), using the tense of the clause they modify.
 *
 * <p>SUTime resolves "on Tuesday" forward as soon as "will" or "would" appears anywhere in the sentence, so "left on
 * Tuesday and will meet on Friday" put both days in the future. Here the expression's head is followed up the
 * dependency graph to the nearest predicate, whose tense decides: past moves a weekday to the latest such day on or
 * before the publication date, future to the next one on or after it, present or unknown to the nearer of the two (ties
 * go to the past); "later Friday" and "earlier Friday" are the nearer one whatever the tense, the day of the writing. A
 * day of a month written with its weekday ("Friday 11 September") is in the year, of the publication's and the two
 * around it, where the two agree. A day of a month or a holiday moves the same way across years, but with a present or
 * unknown tense the next one must be twice as near, and a day of a month told in the future that fell in the last 45
 * days stays there ("what Egypt will be after 25th of January", written on February 11: no one announces a day eleven
 * months ahead without its year). "The weekend" moves across weeks; a holiday's ("Labor Day weekend") is the one of
 * that holiday nearest the publication. A month name or season with no year is moved to the latest one not after the
 * publication for a past clause, the next one not before it for a future clause, and the nearer of the two otherwise
 * (the publication's own month is this year's); a season is left alone then. The time something is moved to ("extended
 * to Nov. 20", "extends benefits into September") or set for ("Trial is set for June 17", "a date was set for October
 * 28") is future, except a weekday set in the past, which may be the one just gone; a day after what something was set
 * or prepared for ("testimony prepared for a Senate hearing Tuesday") is that thing's, on either side of the
 * publication when told in the past, as is the day of what was scheduled or planned ("canceling the president's
 * scheduled visit Wednesday") and of what was predicted ("predicted high waves through Sunday"); an end point from a
 * present perfect ("has given them until Tuesday") has an unknown tense. A date after what is awaited ("ahead of the
 * summit in April", "in preparation for", "in the run-up to") lies after the clause: ahead when that is not past, on
 * either side when it is. A date that modifies a noun ("its Feb. 9 match", "Thursday's close") is the past one unless
 * the clause is future or the next one is at least three times nearer, the next one when the noun is awaited in a
 * clause not past ("the campaign enters its final stages ahead of Friday's vote"), and always the past one when the
 * noun cannot be scheduled ("the Jan. 8 shooting"), came of the event ("the January 6 committee", "the Sept. 11
 * victims") or is where a past verb took place ("voting for secession in a January referendum"); "the September 11
 * attacks" are those of 2001, as is "September 11" after "of", "since", "after", "including" or "like", as the subject
 * of a past verb ("September 11 gave them the opportunity") and as the day of a past attack or death ("the forces that
 * attacked this country on September 11th"). Expressions with "last", "next", "this", "coming" or "past" are SUTime's
 * to resolve and are never changed. A time of day SUTime gave ({@code TMO}, {@code T14:00}) is kept. "Overnight" told
 * in the past is the night before the publication, as "last night" is (SUTime gives the publication's). The small hours
 * or the morning of the day after the publication told in the past ("explosions thundered early Sunday" on a page dated
 * the Saturday) are that day: the events' time zone is ahead of the page's. "Following" with no determiner is a
 * preposition, not "the following". A date after "back in" or "back on" said of the past is past ("I will say that,
 * factually, back in May, ..."), unlike a verb's "back" ("will be back in May").
 *
 * <p>Works on this package's records only. Stateless and thread-safe.
 */
public final class DateResolver {
    static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");
    private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern SEASON_VALUE = Pattern.compile("\\d{4}-(SP|SU|FA|WI)");
    private static final Pattern CLOCK =
            Pattern.compile("\\d{1,2}([:.]\\d{2})?|[ap]\\.?m\\.?|o'clock", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_WEEKEND = Pattern.compile("(?:this )?past weekend");
    private static final Pattern WEEKEND_VALUE = Pattern.compile("\\d{4}-W\\d{2}-WE");
    private static final Pattern DAY_NUMBER = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");
    /** Relations of the event a verb took place in: "voted in the January referendum". */
    private static final Set<String> PLACE_IN = Set.of("obl:in", "obl:at", "obl:during");
    /** Tags of a verb that may tell a past event: "voted", "having voted", "voting" after a past verb. */
    private static final Set<String> PAST_FORMS = Set.of("VBD", "VBN", "VBG");
    /** Verbs whose "to" or "until" phrase is the time something was moved to. */
    private static final Set<String> MOVES = Set.of("extend", "postpone", "delay", "defer", "adjourn", "push",
            "reschedule", "move");
    /** Verbs of setting a time, whose "for" names it: "set for June 17", "penciled in for October". */
    private static final Set<String> SETTING = Set.of("set", "fix", "pencil", "reschedule", "book");
    private static final List<String> SEASONS = List.of("SP", "SU", "FA", "WI");
    private static final Map<String, String> SEASON_WORDS =
            Map.of("spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");
    private static final Set<String> DAY_PARTS =
            Set.of("morning", "afternoon", "evening", "night", "noon", "midday", "midnight", "overnight");
    /** Relations of the end of a span: "until Monday", "loans through January". */
    private static final Set<String> UNTIL = Set.of("obl:until", "obl:till", "obl:through", "nmod:until",
            "nmod:till", "nmod:through");
    /** Relations of the time a span reaches: "extends benefits into September". */
    private static final Set<String> INTO = Set.of("obl:into", "nmod:into");
    /** Words between "until" and its date: "until at least May 28", "till the end of June". */
    private static final Set<String> UNTIL_GAP = Set.of("at", "least", "about", "around", "the", "end", "of",
            "middle", "mid", "early", "late");
    /** Verbs of choosing, whose object a date may be: "set Nov. 10 as the deadline". */
    private static final Set<String> CHOOSING = Set.of("set", "fix", "choose", "pick", "name", "designate");
    /** Verbs of demanding, whose "by" is the deadline of what is demanded. */
    private static final Set<String> DEMANDS = Set.of("demand", "ask", "request", "order", "require", "urge",
            "instruct", "direct");
    /** Verbs whose "back to" reaches a time gone by: "look back to December", "dating back to March". */
    private static final Set<String> LOOKS_BACK = Set.of("look", "go", "date", "trace", "think", "cast", "hark");
    /** Verbs of saying, whose reported clause may own a date the parser hung on them. */
    private static final Set<String> SAYING = Set.of("say", "tell", "add", "announce", "predict", "warn");
    /** Words that may surround a weekday, month or season without making it relative to anything else. */
    private static final Set<String> NEUTRAL =
            Set.of("on", "in", "at", "of", "the", "early", "earlier", "late", "later", "mid", "end", "start",
                    "beginning", "middle");
    /** Relations by which a date modifies the noun after it: "its Feb. 9 match", "Sunday's election". */
    private static final Set<String> NOUN_MODIFIERS = Set.of("compound", "nmod:poss", "amod", "nmod:tmod");
    private static final String PREMODIFIER = "tense:premodifier";
    /** Events no one dates before they happen. */
    private static final Set<String> UNPLANNED = Set.of("attack", "bombing", "blast", "explosion", "shooting",
            "killing", "slaying", "murder", "assassination", "massacre", "crash", "earthquake", "quake", "tsunami",
            "disaster", "accident", "collapse", "coup", "ambush", "fire", "flood", "spill", "death", "riot",
            "uprising", "hijacking", "kidnapping", "abduction", "outbreak", "eruption", "sinking", "stampede",
            "derailment", "landslide", "avalanche", "clash", "violence", "fighting", "unrest", "crackdown",
            "airstrike", "shelling", "looting");
    /** What comes after an event, named by its day of the month: "the January 6 committee", "the Sept. 11 victims". */
    private static final Set<String> AFTERMATH = Set.of("committee", "commission", "panel", "inquiry",
            "investigation", "probe", "victim", "survivor", "hijacker", "bomber");
    /** Verbs of attack or death, whose day told in the past may name a known attack: "attacked on September 11". */
    private static final Set<String> ATTACK_VERBS = Set.of("attack", "strike", "kill", "die", "murder", "lose");
    /** Lemmas of the modifiers of an event arranged ahead of its day: "the scheduled visit", "a planned meeting". */
    private static final Set<String> PLANNED = Set.of("schedule", "plan", "upcoming", "propose");
    /** Events set for a day ahead of them, told of before as often as after. */
    private static final Set<String> SCHEDULED = Set.of("debate", "meeting", "summit", "talk", "vote", "election",
            "referendum", "hearing", "deadline", "game", "match", "race", "session", "conference", "ceremony",
            "visit", "trip", "launch", "parade", "rally", "protest", "march", "strike", "demonstration", "speech",
            "address", "testimony", "inauguration", "primary", "caucus", "runoff", "final", "opening", "concert",
            "result", "earnings");
    private static final Set<String> IN_ON = Set.of("in", "on");
    /** Prepositions of a time something is for or lasts until, which lies ahead of it. */
    private static final Set<String> AHEAD_OF = Set.of("for", "until", "till", "by");
    /** Verbs of telling what will come. */
    private static final Set<String> PREDICTING = Set.of("predict", "forecast", "project", "expect");
    /** Nouns of the time before an event, before "to": "in the run-up to the vote". */
    private static final Set<String> AWAITING = Set.of("run-up", "lead-up", "build-up", "countdown");
    private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);
    /** Marks after the day that heads an entry of a chronology. */
    private static final Set<String> ENTRY_MARKS = Set.of(":", "-", "--", "\u2013", "\u2014");
    /** Days from the publication within which a day of the month is taken whatever the tense. */
    private static final int CLOSE_DAYS = 45;
    /** Days of a month that name one attack of one year when an unplanned noun follows: "the Sept. 11 attacks". */
    private static final Map<MonthDay, Integer> NAMED_ATTACKS = Map.of(MonthDay.of(9, 11), 2001);
    /**
     * Words before a day that make it the name of what happened on it: "the wake of 11 September", "attacks,
     * including September 11", "another attack like September 11".
     */
    private static final Set<String> EVENT_OF = Set.of("of", "since", "after", "including", "like");
    /** Opening brackets, as written and as the tokenizer writes them. */
    static final Set<String> OPENING = Set.of("(", "-LRB-", "[", "-LSB-");
    private static final Set<String> CLOSING = Set.of(")", "-RRB-", "]", "-RSB-");
    /** Words before a weekday that make it the day of the writing: "later Friday", "earlier Friday". */
    private static final Set<String> SAME_DAY = Set.of("later", "earlier");
    /** Words that make an expression relative to something SUTime already took into account. */
    private static final Set<String> RELATIVE =
            Set.of("last", "next", "this", "coming", "past", "previous", "following", "that", "every", "each");

    /** Words of a stretch of a month before "of" and its name: "the last days of May", "the first weeks of". */
    private static final Set<String> PART_OF_MONTH = Set.of("first", "last", "final", "closing", "opening", "few",
            "days", "weeks");
    /** A clock time before ten in the morning: "T00:45", "T04:00". */
    private static final Pattern SMALL_CLOCK = Pattern.compile("T0\\d:.*");
    /** Words that open a condition. */
    private static final Set<String> CONDITIONAL = Set.of("if", "unless");
    /** Words of the small hours or the morning, in or just before a weekday: "early", "wee hours of". */
    private static final Set<String> SMALL_HOURS = Set.of("early", "morning", "dawn", "predawn", "pre-dawn",
            "midnight", "wee", "small");
    /** Tags of a determiner or a possessive. */
    private static final Set<String> DETERMINERS = Set.of("DT", "PRP$", "POS", "WP$");

    private DateResolver() {
    }

    /**
     * The temporal expressions of one sentence, corrected.
     *
     * @param tokens       the sentence's tokens
     * @param dependencies its dependency graph; without one, every tense is unknown
     * @param timexes      its temporal expressions as SUTime resolved them
     * @param published    the publication date
     * @return the expressions in the same order; a corrected one has the new {@code value}, SUTime's in
     *         {@code sourceValue} and the tense in {@code rule}
     */
    public static List<Timex> resolve(List<Token> tokens, List<Dependency> dependencies, List<Timex> timexes,
                                      LocalDate published) {
        DependencyGraph graph = DependencyGraph.of(dependencies);
        List<Timex> resolved = new ArrayList<>(timexes.size());
        for (Timex timex : timexes) {
            resolved.add(resolve(timex, tokens, graph, published));
        }
        return resolved;
    }

    private static Timex resolve(Timex timex, List<Token> tokens, DependencyGraph graph, LocalDate published) {
        if (timex.value() == null || timex.tokenStart() >= timex.tokenEnd()) {
            return timex;
        }
        Timex agreeing = weekdayYear(timex, tokens, published);
        if (agreeing != null) {
            return agreeing;
        }
        int weekdayToken = weekdayToken(timex, tokens);
        DayOfWeek weekday = weekdayToken < 0 ? null : weekdayNamed(word(tokens.get(weekdayToken)));
        int start = weekdayToken >= 0 ? Math.min(weekdayToken, timex.tokenStart()) : timex.tokenStart();
        if (relative(start, tokens)) {
            return timex;
        }
        Matcher dayValue = DAY_VALUE.matcher(timex.value());
        if (weekday != null && dayValue.matches() && weekdayToken == timex.tokenStart() && indefinite(start, tokens)
                && (timex.tokenEnd() >= tokens.size()
                || !tokens.get(timex.tokenEnd()).pos().matches("NN.*|JJ.*|VBG"))) {
            // "on a lively Saturday night", "it was a Wednesday": some such day, not one the text dates; not "a
            // Sunday night memorial service", where "a" goes with the noun
            String value = "XXXX-WXX-" + weekday.getValue() + (dayValue.group(1) == null ? "" : dayValue.group(1));
            return new Timex(timex.text(), timex.type(), value, timex.sourceValue(), "indefinite",
                    timex.tokenStart(), timex.tokenEnd(), timex.charStart(), timex.charEnd());
        }
        Month month = weekday == null ? month(timex, tokens) : null;
        String season = weekday == null && month == null ? season(timex, tokens) : null;
        MonthDay monthDay = weekday == null && month == null && season == null ? monthDay(timex, tokens) : null;
        String holiday = weekday == null && month == null && season == null && monthDay == null
                ? holiday(timex, tokens) : null;
        boolean pastWeekend = WEEKEND_VALUE.matcher(timex.value()).matches()
                && PAST_WEEKEND.matcher(timex.text().toLowerCase(Locale.ROOT)).matches();
        if (pastWeekend) {
            // "this past weekend": the last one, which SUTime takes for this week's
            String value = weekend(Tense.PAST, published);
            return value.equals(timex.value()) ? timex : new Timex(timex.text(), timex.type(), value,
                    timex.sourceValue(), Tense.PAST.rule(), timex.tokenStart(), timex.tokenEnd(), timex.charStart(),
                    timex.charEnd());
        }
        boolean weekend = WEEKEND_VALUE.matcher(timex.value()).matches() && onlyWord(timex, tokens, "weekend");
        LocalDate holidayWeekend = weekend ? holidayBefore(timex.tokenStart(), tokens, published) : null;
        if (holidayWeekend != null) {
            // "Labor Day weekend": the weekend of that holiday, before a Monday, after a Thursday or Friday
            LocalDate saturday = holidayWeekend.getDayOfWeek() == DayOfWeek.MONDAY ? holidayWeekend.minusDays(2)
                    : holidayWeekend.getDayOfWeek() == DayOfWeek.SUNDAY ? holidayWeekend.minusDays(1)
                    : holidayWeekend.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            String value = DateSpan.week(saturday) + "-WE";
            return value.equals(timex.value()) ? timex : new Timex(timex.text(), timex.type(), value,
                    timex.sourceValue(), "holiday", timex.tokenStart(), timex.tokenEnd(), timex.charStart(),
                    timex.charEnd());
        }
        if (timex.value().equals(published + "TNI") && onlyWord(timex, tokens, "overnight")
                && Tense.above(head(timex, graph), tokens, graph) == Tense.PAST) {
            // "bombs rained down on Tripoli overnight": the night before the writing, as "last night" is
            return new Timex(timex.text(), timex.type(), published.minusDays(1) + "TNI", timex.sourceValue(),
                    Tense.PAST.rule(), timex.tokenStart(), timex.tokenEnd(), timex.charStart(), timex.charEnd());
        }
        if (weekday == null && month == null && season == null && monthDay == null && holiday == null && !weekend) {
            return thisPastSeason(timex, tokens, graph, published);
        }
        int head = head(timex, graph);
        // a heading in brackets ("(Update 4:08 a.m. Tuesday in Cairo)") belongs to no clause of the sentence, and
        // "later Friday" or "earlier Friday" is the day of the writing, whatever the tense; what something has
        // lasted since is past, however the parser attached it
        Tense tense = verblessBrackets(timex, tokens) || weekday != null && weekdayToken > 0
                && SAME_DAY.contains(word(tokens.get(weekdayToken - 1))) ? Tense.UNKNOWN
                : start > 0 && word(tokens.get(start - 1)).equals("since") || afterUnplanned(start, tokens)
                || lookingBack(start, tokens) ? Tense.PAST
                : endpoint(head, tokens, graph, weekday != null, untilBefore(start, tokens));
        if (modalSubject(timex, head, tokens, graph)) {
            // "She thought Friday would be her last day": the parser hung the subject of "would" on the verb before
            tense = Tense.above(timex.tokenEnd(), tokens, graph);
        }
        int awaiting = awaitedAfter(start, tokens);
        if (awaiting >= 0) {
            // "ahead of the G-20 summit in April": what is awaited lies after the time of the clause, ahead of the
            // writing when that is not past, on either side when it is
            tense = Tense.above(awaiting, tokens, graph) == Tense.PAST ? Tense.UNKNOWN : Tense.FUTURE;
        }
        if (tense == Tense.PRESENT && weekday != null && Tense.timetabled(head, tokens, graph)) {
            // "a series of public meetings start Wednesday": what is timetabled, in the days ahead
            tense = Tense.FUTURE;
        }
        if (tense == Tense.UNKNOWN && weekday == null
                && (Tense.promised(head, tokens, graph) || Tense.scheduled(head, tokens, graph))) {
            // a month or a season of what was promised or scheduled lies after the promise, so ahead when that was
            // recent: "agreed Tuesday to not seek re-election in September", "the election scheduled for September"
            tense = Tense.FUTURE;
        }
        String value = timex.value();
        Matcher day = DAY_VALUE.matcher(value);
        String timeOfDay = day.matches() && day.group(1) != null ? day.group(1) : "";
        boolean premodifier = premodifier(head, timex, tokens, graph);
        // no one dates an attack before it happens: "the April 20 explosion", "Sunday's bombing"
        boolean happened = premodifier && (unplanned(head, timex, tokens, graph)
                || monthDay != null && aftermath(head, timex, tokens, graph)
                || tense == Tense.PAST && tookPlaceIn(head, timex, tokens, graph));
        if (premodifier && (weekday != null || monthDay != null || holiday != null) && day.matches()) {
            IntFunction<LocalDate> inYear = year -> monthDay != null ? monthDay.atYear(year)
                    : Holidays.on(holiday, year);
            LocalDate before = weekday != null ? published.with(TemporalAdjusters.previousOrSame(weekday))
                    : nearest(inYear, Tense.PAST, published);
            LocalDate after = weekday != null ? published.with(TemporalAdjusters.nextOrSame(weekday))
                    : nearest(inYear, Tense.FUTURE, published);
            long back = published.toEpochDay() - before.toEpochDay();
            long ahead = after.toEpochDay() - published.toEpochDay();
            value = (!happened && leaning(back, ahead, tense, awaited(head, tokens, graph),
                    scheduled(head, timex, tokens, graph)) ? after : before) + timeOfDay;
            Integer named = happened && monthDay != null ? NAMED_ATTACKS.get(monthDay) : null;
            if (named != null && !monthDay.atYear(named).isAfter(published)) {
                // "the September 11 attacks" name the attacks of 2001, not the last September 11
                return new Timex(timex.text(), timex.type(), monthDay.atYear(named).toString(), timex.sourceValue(),
                        "named:event", timex.tokenStart(), timex.tokenEnd(), timex.charStart(), timex.charEnd());
            }
        } else if (monthDay != null && NAMED_ATTACKS.containsKey(monthDay)
                && (start > 0 && EVENT_OF.contains(word(tokens.get(start - 1))) || attackedOn(head, tokens, graph)
                || pastSubject(head, tokens, graph))
                && monthDay.atYear(NAMED_ATTACKS.get(monthDay)).isBefore(published)) {
            // the attacks named by their day after "of", "since" or "after", as the subject of a past verb, or as
            // the day of a past attack or death: "in the wake of 11 September", "the turning point of September 11",
            // "September 11 gave them the ideal opportunity", "the forces that attacked this country on September 11th"
            return new Timex(timex.text(), timex.type(), monthDay.atYear(NAMED_ATTACKS.get(monthDay)).toString(),
                    timex.sourceValue(), "named:event", timex.tokenStart(), timex.tokenEnd(), timex.charStart(),
                    timex.charEnd());
        } else if (premodifier && month != null && MONTH_VALUE.matcher(value).matches()) {
            int back = Math.floorMod(published.getMonthValue() - month.getValue(), 12);
            int ahead = Math.floorMod(month.getValue() - published.getMonthValue(), 12);
            boolean next = !happened && leaning(back, ahead, tense, awaited(head, tokens, graph),
                    scheduled(head, timex, tokens, graph));
            value = month(month, next ? Tense.FUTURE : Tense.PAST, published);
        } else if (weekday != null && day.matches()) {
            value = weekday(weekday, tense, published) + timeOfDay;
            if (tense == Tense.PAST && published.plusDays(1).getDayOfWeek() == weekday
                    && smallHours(timex, tokens, timeOfDay)) {
                // "Explosions thundered above Tripoli early Sunday" on a page dated the Saturday: the small hours of
                // a day that, in the time zone of the events, had begun when the page was dated, not a week back
                value = published.plusDays(1) + timeOfDay;
            }
        } else if (monthDay != null && day.matches() && (value.substring(5, 10).equals(monthDay.toString()
                .substring(2)) || monthDay.equals(LEAP_DAY) && value.substring(5, 10).equals("02-28"))) {
            // SUTime puts "29 February" on the 28th of a year that has none
            value = nearestDay(monthDay, tense, ended(head, tokens, graph) || chronicled(timex, tokens), published)
                    + timeOfDay;
        } else if (weekend) {
            value = weekend(tense, published);
        } else if (holiday != null && day.matches()) {
            value = nearest(year -> Holidays.on(holiday, year), tense, published) + timeOfDay;
        } else if (month != null && MONTH_VALUE.matcher(value).matches()) {
            value = month(month, tense, published);
        } else if (season != null && SEASON_VALUE.matcher(value).matches()) {
            value = season(season, tense, published);
        }
        if (value == null || value.equals(timex.value())) {
            return timex;
        }
        return new Timex(timex.text(), timex.type(), value, timex.sourceValue(),
                premodifier && !weekend && season == null ? PREMODIFIER : tense.rule(), timex.tokenStart(),
                timex.tokenEnd(), timex.charStart(), timex.charEnd());
    }

    /**
     * "Friday 11 September", "Tuesday, March 5": a day of a month written with its weekday and without its year is
     * in the year, of the publication's and the two around it, where the weekday falls on it, the nearest to the
     * publication if two do; null when SUTime's value has that weekday already or none of the three years does.
     */
    private static Timex weekdayYear(Timex timex, List<Token> tokens, LocalDate published) {
        Matcher value = DAY_VALUE.matcher(timex.value());
        if (!value.matches()) {
            return null;
        }
        DayOfWeek weekday = null;
        Month month = null;
        int day = -1;
        for (int i = timex.tokenStart(); i < timex.tokenEnd(); i++) {
            String word = word(tokens.get(i));
            Matcher number = DAY_NUMBER.matcher(word);
            if (weekday == null && weekdayNamed(word) != null) {
                weekday = weekdayNamed(word);
            } else if (month == null && monthNamed(word) != null) {
                month = monthNamed(word);
            } else if (day < 0 && number.matches()) {
                day = Integer.parseInt(number.group(1));
            } else if (!NEUTRAL.contains(word) && !DAY_PARTS.contains(word) && !word.equals(",")) {
                return null;
            }
        }
        if (weekday == null || month == null || day < 1 || day > month.maxLength()) {
            return null;
        }
        MonthDay monthDay = MonthDay.of(month, day);
        LocalDate best = null;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            LocalDate candidate = monthDay.isValidYear(year) ? monthDay.atYear(year) : null;
            if (candidate != null && candidate.getDayOfWeek() == weekday && (best == null
                    || Math.abs(candidate.toEpochDay() - published.toEpochDay())
                    < Math.abs(best.toEpochDay() - published.toEpochDay()))) {
                best = candidate;
            }
        }
        String written = timex.value().substring(0, 10);
        LocalDate current = MissedExpressions.isDay(written) ? LocalDate.parse(written) : null;
        if (best == null || current != null && current.getDayOfWeek() == weekday
                && MonthDay.from(current).equals(monthDay)) {
            return null;
        }
        return new Timex(timex.text(), timex.type(), best + (value.group(1) == null ? "" : value.group(1)),
                timex.sourceValue(), "weekday:year", timex.tokenStart(), timex.tokenEnd(), timex.charStart(),
                timex.charEnd());
    }

    private static boolean demandsOrPromises(Token verb) {
        return DEMANDS.contains(lemma(verb)) || Tense.promise(verb);
    }

    /**
     * "this fall" told in the simple past before this year's fall began (in February: "imports hit a high this
     * fall") is last year's; SUTime gives this year's. Winter, which spans two years, is left as it is, and so is a
     * season told in the present perfect or after "for", "until" or "by" ("scenarios for this autumn").
     */
    private static Timex thisPastSeason(Timex timex, List<Token> tokens, DependencyGraph graph, LocalDate published) {
        Matcher value = SEASON_VALUE.matcher(timex.value());
        if (timex.tokenEnd() - timex.tokenStart() != 2 || !word(tokens.get(timex.tokenStart())).equals("this")
                || !value.matches() || value.group(1).equals("WI")
                || !timex.value().startsWith(String.valueOf(published.getYear()))) {
            return timex;
        }
        int begins = switch (value.group(1)) {
            case "SP" -> 3;
            case "SU" -> 6;
            default -> 9;
        };
        int head = head(timex, graph);
        int start = timex.tokenStart();
        if (start > 0 && AHEAD_OF.contains(word(tokens.get(start - 1)))) {
            // what something is for, or lasts until, lies ahead: "were working on scenarios for this autumn"
            return timex;
        }
        if (published.getMonthValue() >= begins || Tense.above(head, tokens, graph) != Tense.PAST
                || graph.governors(head).stream().anyMatch(d -> d.governor() >= 0
                && presentPerfect(d.governor(), tokens, graph))) {
            // a present perfect tells of the time up to now: "have already put his apology into advertising for the
            // elections this fall", in June, is this year's
            return timex;
        }
        return new Timex(timex.text(), timex.type(), (published.getYear() - 1) + "-" + value.group(1),
                timex.sourceValue(), Tense.PAST.rule(), timex.tokenStart(), timex.tokenEnd(), timex.charStart(),
                timex.charEnd());
    }

    /** Whether "a" or "an" opens the noun phrase of the token at {@code start}, adjectives between: "a lively". */
    private static boolean indefinite(int start, List<Token> tokens) {
        int at = start - 1;
        while (at >= 0 && tokens.get(at).pos().startsWith("JJ")) {
            at--;
        }
        return at >= 0 && (word(tokens.get(at)).equals("a") || word(tokens.get(at)).equals("an"));
    }

    /** Whether the expression stands inside brackets that hold no verb. */
    static boolean verblessBrackets(Timex timex, List<Token> tokens) {
        int open = timex.tokenStart() - 1;
        while (open >= 0 && !OPENING.contains(tokens.get(open).text()) && !CLOSING.contains(tokens.get(open).text())) {
            open--;
        }
        int close = timex.tokenEnd();
        while (close < tokens.size() && !CLOSING.contains(tokens.get(close).text())
                && !OPENING.contains(tokens.get(close).text())) {
            close++;
        }
        if (open < 0 || close >= tokens.size() || !OPENING.contains(tokens.get(open).text())
                || !CLOSING.contains(tokens.get(close).text())) {
            return false;
        }
        for (int i = open + 1; i < close; i++) {
            if (tokens.get(i).pos().startsWith("VB") || tokens.get(i).pos().equals("MD")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a date that modifies a noun lies ahead: when the clause is future and the noun awaited or
     * {@linkplain #scheduled scheduled} ("Sunday's final will be played", written on a Monday) or the next date at
     * most twice as far as the past one ("we will respond to Saturday's events", written on a Monday, is the
     * Saturday before), when the noun is awaited in a clause not past ("the campaign enters its last days ahead of
     * Friday's vote", written on a Monday), when the noun is awaited or scheduled and the next date is the nearer,
     * and otherwise only when it is at least three times nearer than the past one, as news mostly speaks of what
     * happened ("canceled its Feb. 9 match" is nine days ahead against a year back; "the premium over Thursday's
     * close" is the Thursday before, however near the next one).
     */
    private static boolean leaning(long back, long ahead, Tense tense, Tense awaiting, boolean scheduled) {
        boolean awaited = awaiting != null;
        return tense == Tense.FUTURE && (awaited || scheduled || ahead <= back * 2) || ahead * 3 <= back
                || awaited && (ahead <= back || awaiting != Tense.PAST)
                || scheduled && (tense == Tense.PAST ? ahead * 2 <= back : ahead <= back);
    }

    /**
     * Whether the noun a date modifies is an event set for a day, told of before it as often as after ("Friday's
     * debate", "the November elections"): the nearer of the two dates, and the next one when both are as near; in
     * a past clause the next one only when it is at most half as far ("withdrew from Friday's debate" written on a
     * Wednesday, but "passed in Tuesday's vote" written on a Saturday).
     */
    private static boolean scheduled(int head, Timex timex, List<Token> tokens, DependencyGraph graph) {
        return modifiesOneOf(SCHEDULED, head, timex, tokens, graph);
    }

    /**
     * Whether the noun a date modifies names what cannot be scheduled, so is told of once it has happened: "the
     * April 20 explosion", "Sunday's bombing", "the Jan. 8 shooting".
     */
    private static boolean unplanned(int head, Timex timex, List<Token> tokens, DependencyGraph graph) {
        return modifiesOneOf(UNPLANNED, head, timex, tokens, graph);
    }

    /**
     * Whether a day of a month names what came of the event on it: "the January 6 committee", not "Thursday's
     * committee", which is the committee's sitting.
     */
    private static boolean aftermath(int head, Timex timex, List<Token> tokens, DependencyGraph graph) {
        return modifiesOneOf(AFTERMATH, head, timex, tokens, graph);
    }

    /**
     * Whether the noun a date modifies is where a past verb took place ("voting for secession in a January
     * referendum", "passed in Tuesday's vote"): the event it names had happened by then, however it was planned.
     */
    private static boolean tookPlaceIn(int head, Timex timex, List<Token> tokens, DependencyGraph graph) {
        return graph.governors(head).stream().map(Dependency::governor)
                .filter(noun -> noun >= timex.tokenEnd() && tokens.get(noun).pos().startsWith("NN"))
                .flatMap(noun -> graph.governors(noun).stream())
                .anyMatch(d -> PLACE_IN.contains(d.relation()) && d.governor() >= 0
                        && PAST_FORMS.contains(tokens.get(d.governor()).pos()));
    }

    /** Whether the expression modifies a noun after it whose lemma is one of {@code nouns}. */
    private static boolean modifiesOneOf(Set<String> nouns, int head, Timex timex, List<Token> tokens,
                                         DependencyGraph graph) {
        return graph.governors(head).stream().map(Dependency::governor)
                .anyMatch(noun -> noun >= timex.tokenEnd() && nouns.contains(lemma(tokens.get(noun))));
    }

    /** Whether the date is the subject of a past verb: "September 11 gave them the opportunity". */
    private static boolean pastSubject(int head, List<Token> tokens, DependencyGraph graph) {
        return graph.governors(head).stream().anyMatch(d -> d.relation().startsWith("nsubj") && d.governor() >= 0
                && tokens.get(d.governor()).pos().startsWith("VB")
                && Tense.above(d.governor(), tokens, graph) == Tense.PAST);
    }

    /** Whether the date is when a past verb of attack or death happened: "the forces that attacked on September 11". */
    private static boolean attackedOn(int head, List<Token> tokens, DependencyGraph graph) {
        return graph.governors(head).stream().anyMatch(d -> d.governor() >= 0
                && tokens.get(d.governor()).pos().startsWith("VB")
                && ATTACK_VERBS.contains(lemma(tokens.get(d.governor())))
                && Tense.above(d.governor(), tokens, graph) == Tense.PAST);
    }

    /**
     * Whether the date follows "back in" or "back on" said of the past ("I will say that, factually, back in May,
     * ..."), not a verb's "back" ("will be back in May", "come back on Friday").
     */
    private static boolean lookingBack(int start, List<Token> tokens) {
        if (start >= 3 && Set.of(",", "and", "or").contains(word(tokens.get(start - 1)))
                && monthNamed(word(tokens.get(start - 2))) != null) {
            // the next month of a list: "look back to December, January"
            return lookingBack(start - 2, tokens);
        }
        if (start >= 3 && word(tokens.get(start - 1)).equals("to") && word(tokens.get(start - 2)).equals("back")
                && tokens.get(start - 3).pos().startsWith("VB") && LOOKS_BACK.contains(lemma(tokens.get(start - 3)))) {
            // "if you look back to December", "dating back to March"
            return true;
        }
        return start >= 2 && Set.of("in", "on").contains(word(tokens.get(start - 1)))
                && word(tokens.get(start - 2)).equals("back")
                && (start == 2 || !tokens.get(start - 3).pos().matches("VB.*|MD|TO|RP"));
    }

    /**
     * Whether a modal follows the expression right after it while the parser hung the expression, as a time, on a
     * verb before it: the expression is the modal's subject ("She thought Friday would be her last day").
     */
    private static boolean modalSubject(Timex timex, int head, List<Token> tokens, DependencyGraph graph) {
        return timex.tokenEnd() < tokens.size() && tokens.get(timex.tokenEnd()).pos().equals("MD")
                && graph.governors(head).stream().anyMatch(d -> d.relation().equals("obl:tmod")
                && d.governor() >= 0 && d.governor() < timex.tokenStart());
    }

    /**
     * The word of awaiting ("ahead", "preparation", "run-up") when the date is what is awaited, or follows "in",
     * "on" or "of" after a noun phrase that is, however the parser hung it: "ahead of winter", "ahead of the thick of
     * winter", "ahead of the original schedule of completion in August", "in preparation for the G-20 summit in
     * April", "in the run-up to the vote on Friday"; else -1.
     */
    private static int awaitedAfter(int start, List<Token> tokens) {
        if (start < 2 || !IN_ON.contains(word(tokens.get(start - 1))) && !word(tokens.get(start - 1)).equals("of")) {
            return -1;
        }
        for (int i = start - 1; i >= 1 && i >= start - 9; i--) {
            String word = word(tokens.get(i));
            String before = word(tokens.get(i - 1));
            if (word.equals("of") && (before.equals("ahead") || before.equals("advance"))
                    || word.equals("for") && before.startsWith("preparation")
                    || word.equals("to") && AWAITING.contains(before)) {
                return i - 1;
            }
            if (i < start - 1 && !word.equals("of")
                    && !tokens.get(i).pos().matches("DT|JJ.*|NN.*|CD|HYPH|POS|PRP\\$") || word.equals("anniversary")) {
                // "ahead of the anniversary of January 25" awaits the anniversary, not the day it recalls
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the date follows "in" or "on" right after a noun of what cannot be scheduled, however the parser hung
     * it ("the aftermath of the 172 million-gallon spill in April", with "in April" on "aftermath"): its date, so
     * past, as {@link #endpoint} finds when the parser hangs it on the noun.
     */
    private static boolean afterUnplanned(int start, List<Token> tokens) {
        if (start < 2 || !IN_ON.contains(word(tokens.get(start - 1)))) {
            return false;
        }
        Token noun = tokens.get(start - 2);
        return noun.pos().startsWith("NN") && UNPLANNED.contains(lemma(noun));
    }

    /**
     * The tense of the clause in which the noun a date modifies is awaited ("ahead of November elections"), or null
     * if it is not: the nearer of the two dates then, with no lean to the past, and the next one when both are as
     * near or the clause is not past.
     */
    private static Tense awaited(int head, List<Token> tokens, DependencyGraph graph) {
        for (Dependency noun : graph.governors(head)) {
            for (Dependency up : graph.governors(noun.governor())) {
                if (up.governor() >= 0 && (up.relation().endsWith(":ahead_of") || up.relation().endsWith(":of")
                        && word(tokens.get(up.governor())).equals("ahead"))) {
                    return Tense.above(up.governor(), tokens, graph);
                }
            }
        }
        return null;
    }

    /**
     * Whether the expression modifies a noun written after it ("its Feb. 9 friendly match", "Thursday's closing
     * price", "the June elections"): the clause's tense tells when the noun was spoken of, not when its date is.
     */
    private static boolean premodifier(int head, Timex timex, List<Token> tokens, DependencyGraph graph) {
        for (Dependency governor : graph.governors(head)) {
            int noun = governor.governor();
            if (noun >= timex.tokenEnd() && NOUN_MODIFIERS.contains(governor.relation())
                    && tokens.get(noun).pos().startsWith("NN") && !DAY_PARTS.contains(word(tokens.get(noun)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a weekday names its small hours or its morning: "early Sunday", "Saturday morning", "12:45 a.m.
     * Tuesday", "in the wee hours of Saturday", "just after midnight Saturday".
     */
    private static boolean smallHours(Timex timex, List<Token> tokens, String timeOfDay) {
        for (int i = 0; i < timex.tokenStart(); i++) {
            if (CONDITIONAL.contains(word(tokens.get(i)))) {
                // "if I was a minister on Sunday or Monday morning": no report of what happened
                return false;
            }
        }
        if (timeOfDay.equals("TMO") || SMALL_CLOCK.matcher(timeOfDay).matches()) {
            return true;
        }
        for (int i = Math.max(0, timex.tokenStart() - 4); i < timex.tokenEnd(); i++) {
            if (SMALL_HOURS.contains(word(tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate weekday(DayOfWeek weekday, Tense tense, LocalDate published) {
        LocalDate before = published.with(TemporalAdjusters.previousOrSame(weekday));
        LocalDate after = published.with(TemporalAdjusters.nextOrSame(weekday));
        return switch (tense) {
            case PAST -> before;
            case FUTURE -> after;
            case PRESENT, UNKNOWN -> published.toEpochDay() - before.toEpochDay()
                    <= after.toEpochDay() - published.toEpochDay() ? before : after;
        };
    }

    /**
     * The weekend the tense points to: for the past the last one begun by the publication date, for the future the
     * next one not yet ended, otherwise the nearer of the two.
     */
    private static String weekend(Tense tense, LocalDate published) {
        LocalDate before = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        LocalDate after = published.getDayOfWeek() == DayOfWeek.SUNDAY ? before
                : published.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        LocalDate saturday = switch (tense) {
            case PAST -> before;
            case FUTURE -> after;
            case PRESENT, UNKNOWN -> published.toEpochDay() - before.plusDays(1).toEpochDay()
                    <= after.toEpochDay() - published.toEpochDay() ? before : after;
        };
        return DateSpan.week(saturday) + "-WE";
    }

    /**
     * The day of the holiday named right before a weekend ("Labor Day weekend", "the Memorial Day holiday weekend",
     * "Easter weekend"; the longest name there), the one nearest the publication; null when no holiday is named
     * there.
     */
    private static LocalDate holidayBefore(int start, List<Token> tokens, LocalDate published) {
        int end = start;
        while (end > 0 && Set.of("holiday", "long").contains(word(tokens.get(end - 1)))) {
            end--;
        }
        int from = Holidays.longestNameStart(tokens, end, end);
        if (from < 0) {
            return null;
        }
        String name = ValueRules.words(tokens, from, end);
        LocalDate nearest = null;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            LocalDate day = Holidays.on(name, year);
            if (nearest == null || Math.abs(day.toEpochDay() - published.toEpochDay())
                    < Math.abs(nearest.toEpochDay() - published.toEpochDay())) {
                nearest = day;
            }
        }
        return nearest;
    }

    /** Whether the expression is {@code word} with neutral words only ("the weekend", "weekend"). */
    private static boolean onlyWord(Timex timex, List<Token> tokens, String word) {
        boolean found = false;
        for (int i = timex.tokenStart(); i < timex.tokenEnd(); i++) {
            String text = word(tokens.get(i));
            if (text.equals(word) && !found) {
                found = true;
            } else if (!NEUTRAL.contains(text)) {
                return false;
            }
        }
        return found;
    }

    /**
     * The day in the year before, of or after the publication that the tense points to: the latest on or before
     * the publication for the past, the first on or after it for the future, otherwise the past one unless the next
     * is at least twice as near (a chronology's "February 24 - militias take control", in an August article, is the
     * February before; "the deadline is Jan. 1", in November, the one to come).
     */
    private static LocalDate nearest(IntFunction<LocalDate> inYear, Tense tense, LocalDate published) {
        int year = published.getYear();
        LocalDate before = inYear.apply(year).isAfter(published) ? inYear.apply(year - 1) : inYear.apply(year);
        LocalDate after = inYear.apply(year).isBefore(published) ? inYear.apply(year + 1) : inYear.apply(year);
        return switch (tense) {
            case PAST -> before;
            case FUTURE -> after;
            case PRESENT, UNKNOWN -> published.toEpochDay() - before.toEpochDay()
                    <= 2 * (after.toEpochDay() - published.toEpochDay()) ? before : after;
        };
    }

    /**
     * The day of the month that the tense points to, as {@link #nearest} tells, except that a day within
     * {@value #CLOSE_DAYS} days on the other side of the publication is taken over one most of a year away: news does
     * not tell a day eleven months back or ahead without its year, so the tense was misread ("what Egypt is never
     * going to be after 25th of January", written on February 11; "the peace plan, which demanded a ceasefire on 10
     * April", written on April 9). What ended on a day is over: "the quarter ended Oct. 31", written on October 27,
     * is the year before, and so is the day that heads an entry of a chronology ("May 6: Private Andrew Kelly was
     * killed", written on May 2).
     */
    private static LocalDate nearestDay(MonthDay monthDay, Tense tense, boolean over, LocalDate published) {
        LocalDate day = nearest(monthDay::atYear, tense, published);
        LocalDate before = nearest(monthDay::atYear, Tense.PAST, published);
        LocalDate after = nearest(monthDay::atYear, Tense.FUTURE, published);
        if (tense == Tense.FUTURE && published.toEpochDay() - before.toEpochDay() <= CLOSE_DAYS) {
            return before;
        }
        return tense == Tense.PAST && !over && after.toEpochDay() - published.toEpochDay() <= CLOSE_DAYS ? after : day;
    }

    /** Whether the expression opens its sentence and a colon or dash follows it: "May 6: Private ... was killed". */
    private static boolean chronicled(Timex timex, List<Token> tokens) {
        return timex.tokenStart() == 0 && timex.tokenEnd() < tokens.size()
                && ENTRY_MARKS.contains(tokens.get(timex.tokenEnd()).text());
    }

    /** Whether the expression at {@code head} is when something ended: "the quarter ended Oct. 31". */
    private static boolean ended(int head, List<Token> tokens, DependencyGraph graph) {
        return graph.governors(head).stream().anyMatch(d -> d.governor() >= 0
                && lemma(tokens.get(d.governor())).equals("end"));
    }

    /**
     * The tense that places an expression, read from the clause above it, except for a start, two kinds of end
     * points and one of purpose. What something has lasted since is past, whatever the clause ("will make his third
     * trip since the April 20 explosion"). The time something is moved to lies ahead of the move: "the offer was
     * extended to Nov. 20", "postponed until Tuesday". What lasts until a time from a present perfect ("has given
     * them until Tuesday") or, for a date farther than a week, a past ("ordered the closure of schools until 6 May";
     * "kept the markets closed until Friday" is the Friday before), what someone was told in the past to do until a
     * month ("directed the Department to pause repayments through September"), and what was arranged in the past for
     * a time ("they were organizing a march for Tuesday"), may be on either side of the publication.
     */
    private static Tense endpoint(int head, List<Token> tokens, DependencyGraph graph, boolean weekday,
                                  boolean untilBefore) {
        boolean arranged = false;
        // "until at least May 28", which the parser may hang on "until" as a loose dependent
        boolean until = untilBefore;
        boolean into = false;
        for (Dependency governor : graph.governors(head)) {
            String relation = governor.relation();
            if (since(relation) || (NOUN_MODIFIERS.contains(relation) || relation.startsWith("nmod:"))
                    && sinceNoun(governor.governor(), tokens, graph)) {
                // what something has lasted since lies before it: "his third trip since the April 20 explosion",
                // "since his father's overthrow in August"
                return Tense.PAST;
            }
            arranged |= relation.equals("obl:for") || relation.equals("nmod:for");
            int governing = governor.governor();
            if (governing >= 0 && tokens.get(governing).pos().startsWith("NN")
                    && (relation.startsWith("nmod") || relation.startsWith("obl"))
                    && UNPLANNED.contains(lemma(tokens.get(governing)))) {
                // the date of what cannot be scheduled, after its noun: "the killing of two boys late January"
                return Tense.PAST;
            }
            // a date hung on a call for something is the date of what is called for: "called for a rally on
            // February 14"
            arranged |= governing >= 0 && lemma(tokens.get(governing)).equals("call")
                    && graph.dependents(governing).stream().anyMatch(d -> d.relation().equals("obl:for"));
            // a deadline someone demands or promises is the deadline of what is demanded or promised: "demanding a
            // briefing by Sept. 10", "pledged legislation by August"
            arranged |= relation.equals("obl:by") && governing >= 0 && demandsOrPromises(tokens.get(governing))
                    || relation.equals("nmod:by") && governing >= 0 && graph.governors(governing).stream()
                    .anyMatch(d -> d.relation().equals("obj") && d.governor() >= 0
                            && demandsOrPromises(tokens.get(d.governor())));
            if (relation.equals("obl:by") && SAYING.contains(lemma(tokens.get(governor.governor())))) {
                // a deadline put before the verb of saying is the reported clause's: "By Wednesday, she said they
                // should have a machine on the beach"
                for (Dependency reported : graph.dependents(governor.governor())) {
                    if (reported.relation().equals("ccomp")
                            && Tense.above(reported.dependent(), tokens, graph) == Tense.FUTURE) {
                        return Tense.FUTURE;
                    }
                }
            }
            // what was predicted lies after the prediction: "predicted winds, high tides and waves through Sunday"
            arranged |= governing >= 0 && tokens.get(governing).pos().startsWith("VB")
                    && PREDICTING.contains(lemma(tokens.get(governing)));
            // a date chosen as something, the object the parser may take for a time, is arranged: "has set Nov. 10
            // as the deadline"
            arranged |= (relation.equals("obj") || relation.equals("obl:tmod")) && governing >= 0
                    && CHOOSING.contains(lemma(tokens.get(governing)))
                    && graph.dependents(governing).stream().anyMatch(d -> d.relation().equals("obl:as"));
            // the date of what was scheduled or planned may lie on either side, also where the parser hung it on the
            // verb right after the object: "canceling the president's scheduled visit Wednesday", on the Monday
            arranged |= governing >= 0 && (planned(governing, tokens, graph)
                    || relation.equals("obl:tmod") && graph.dependents(governing).stream()
                    .anyMatch(d -> d.relation().equals("obj") && d.dependent() == head - 1
                            && planned(d.dependent(), tokens, graph)));
            // a date hung on a verb of setting or preparing after what it was for is the date of that: "testimony
            // prepared for a Senate hearing Tuesday", "a vote set for the Senate floor Monday"
            arranged |= relation.equals("obl:tmod") && governing >= 0 && tokens.get(governing).pos().startsWith("VB")
                    && (SETTING.contains(lemma(tokens.get(governing)))
                    || lemma(tokens.get(governing)).equals("prepare"))
                    && graph.dependents(governing).stream().anyMatch(d -> d.relation().equals("obl:for")
                    && d.dependent() < head && d.dependent() > governing);
            if (relation.equals("obl:for") && governing >= 0 && tokens.get(governing).pos().startsWith("VB")
                    && SETTING.contains(lemma(tokens.get(governing)))) {
                // the time something is set for lies ahead of the setting: "Trial is set for June 17", "a trial date
                // was set for October 28", "was penciled in for October"; a weekday set in the past may be the one
                // just gone: "the hearing was set for Wednesday", written on the Thursday
                return weekday && Tense.above(head, tokens, graph) == Tense.PAST ? Tense.UNKNOWN : Tense.FUTURE;
            }
            if (relation.equals("obl:to") || UNTIL.contains(relation) || INTO.contains(relation)) {
                if (MOVES.contains(lemma(tokens.get(governor.governor())))) {
                    return Tense.FUTURE;
                }
                if (INTO.contains(relation)) {
                    into = true;
                    continue;
                }
                if (!relation.equals("obl:to") && presentPerfect(governor.governor(), tokens, graph)) {
                    return Tense.UNKNOWN;
                }
                until |= !relation.equals("obl:to");
            }
        }
        Tense tense = Tense.above(head, tokens, graph);
        if (until && !weekday && tense == Tense.UNKNOWN
                && Tense.infinitiveUnder(head, tokens, graph, governor -> governor.pos().equals("VBD"))) {
            // what someone was told in the past to do until a month or day of a month may end on either side of the
            // writing: "directed the Department to pause repayments through September", written in December (a
            // weekday, nearer, stays ahead: "decided to keep the schools closed until Monday")
            return Tense.UNKNOWN;
        }
        if (until && (tense == Tense.PRESENT || tense == Tense.UNKNOWN) || into && tense == Tense.PRESENT) {
            // what lasts until a time, seen from now, ends ahead: "is closed until Monday", "from now till September";
            // so does what reaches into one said in the present ("it runs into September"; "to meet demand well into
            // the summer" may be told of the past)
            return Tense.FUTURE;
        }
        // the time something was arranged for may lie on either side: "were organizing a march for Tuesday"; so may
        // the end of what was decided in the past: "ordered the closure of schools until 6 May"
        return (arranged || until && !weekday) && tense == Tense.PAST ? Tense.UNKNOWN : tense;
    }


    /** Whether the token is a noun that a word of planning modifies: "the scheduled visit", "a planned meeting". */
    private static boolean planned(int noun, List<Token> tokens, DependencyGraph graph) {
        return tokens.get(noun).pos().startsWith("NN") && graph.dependents(noun).stream()
                .anyMatch(d -> d.relation().equals("amod") && PLANNED.contains(lemma(tokens.get(d.dependent()))));
    }

    /** Whether "until" or "till" stands right before the expression, past "at least", "about" or "the end of". */
    private static boolean untilBefore(int start, List<Token> tokens) {
        for (int i = start - 1; i >= 0 && i >= start - 5; i--) {
            String word = word(tokens.get(i));
            if (word.equals("until") || word.equals("till")) {
                return true;
            }
            if (!UNTIL_GAP.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a noun, or a noun it modifies (two steps up at most), is what something has lasted since. */
    private static boolean sinceNoun(int noun, List<Token> tokens, DependencyGraph graph) {
        int current = noun;
        for (int step = 0; step < 3 && current >= 0 && tokens.get(current).pos().startsWith("NN"); step++) {
            int next = -1;
            for (Dependency up : graph.governors(current)) {
                if (since(up.relation())) {
                    return true;
                }
                if (up.relation().startsWith("nmod:") || NOUN_MODIFIERS.contains(up.relation())) {
                    next = up.governor();
                }
            }
            current = next;
        }
        return false;
    }

    private static boolean since(String relation) {
        return relation.equals("obl:since") || relation.equals("nmod:since");
    }

    /**
     * Whether {@code verb}, or a verb it complements ("has continued to hold them closed"), has "has" or "have" for
     * an auxiliary.
     */
    private static boolean presentPerfect(int verb, List<Token> tokens, DependencyGraph graph) {
        List<Integer> verbs = new ArrayList<>(List.of(verb));
        for (int i = 0; i < verbs.size() && verbs.size() < 4; i++) {
            graph.governors(verbs.get(i)).stream()
                    .filter(d -> d.relation().equals("xcomp") || d.relation().equals("advmod"))
                    .filter(d -> !verbs.contains(d.governor()))
                    .forEach(d -> verbs.add(d.governor()));
        }
        return verbs.stream().flatMap(v -> graph.dependents(v).stream())
                .filter(d -> d.relation().equals("aux"))
                .map(d -> tokens.get(d.dependent()))
                .anyMatch(aux -> lemma(aux).equals("have") && (aux.pos().equals("VBZ") || aux.pos().equals("VBP")));
    }

    private static String lemma(Token token) {
        return (token.lemma() != null ? token.lemma() : token.text()).toLowerCase(Locale.ROOT);
    }

    private static String month(Month month, Tense tense, LocalDate published) {
        int year = published.getYear();
        int current = published.getMonthValue();
        return switch (tense) {
            case PAST -> YearMonth.of(month.getValue() <= current ? year : year - 1, month).toString();
            case FUTURE -> YearMonth.of(month.getValue() >= current ? year : year + 1, month).toString();
            // the nearer of the two, and the month of the publication is this year's ("by the end of March", in
            // March); ties go to the past
            case PRESENT, UNKNOWN -> {
                int back = Math.floorMod(current - month.getValue(), 12);
                int ahead = Math.floorMod(month.getValue() - current, 12);
                yield back <= ahead ? YearMonth.of(month.getValue() <= current ? year : year - 1, month).toString()
                        : YearMonth.of(month.getValue() >= current ? year : year + 1, month).toString();
            }
        };
    }

    private static String season(String season, Tense tense, LocalDate published) {
        // TIMEX3 winter belongs to the year it starts in: January 2022 is in 2021-WI.
        int month = published.getMonthValue();
        int year = month <= 2 ? published.getYear() - 1 : published.getYear();
        int current = month <= 2 || month == 12 ? 3 : (month - 3) / 3;
        int wanted = SEASONS.indexOf(season);
        return switch (tense) {
            case PAST -> (wanted <= current ? year : year - 1) + "-" + season;
            case FUTURE -> (wanted >= current ? year : year + 1) + "-" + season;
            case PRESENT, UNKNOWN -> null;
        };
    }

    /**
     * The token naming the weekday of a bare weekday expression ("Tuesday", "on Tuesday", "Tuesday night",
     * "Tuesday at 2 pm"), or -1. SUTime sometimes gives the day part of "Tuesday morning" as an expression of its
     * own; its weekday is the token right before it.
     */
    static int weekdayToken(Timex timex, List<Token> tokens) {
        int weekday = -1;
        for (int i = timex.tokenStart(); i < timex.tokenEnd(); i++) {
            String word = word(tokens.get(i));
            if (weekday < 0 && weekdayNamed(word) != null) {
                weekday = i;
            } else if (!NEUTRAL.contains(word) && !DAY_PARTS.contains(word) && !CLOCK.matcher(word).matches()) {
                return -1;
            }
        }
        if (weekday < 0 && timex.tokenStart() > 0 && weekdayNamed(word(tokens.get(timex.tokenStart() - 1))) != null) {
            return timex.tokenStart() - 1;
        }
        return weekday;
    }

    static DayOfWeek weekdayNamed(String word) {
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().toLowerCase(Locale.ROOT);
            if (word.equals(name) || word.equals(name.substring(0, 3)) || word.equals(name.substring(0, 3) + ".")) {
                return day;
            }
        }
        return null;
    }

    private static Month month(Timex timex, List<Token> tokens) {
        Month month = null;
        boolean partOf = false;
        for (int i = timex.tokenStart(); i < timex.tokenEnd(); i++) {
            String word = word(tokens.get(i));
            Month named = monthNamed(word);
            if (named != null && month == null) {
                month = named;
            } else if (!NEUTRAL.contains(word)) {
                if (!PART_OF_MONTH.contains(word)) {
                    return null;
                }
                partOf = true;
            }
        }
        // "the last days of May", not "last May"
        return partOf && (month == null || !word(tokens.get(timex.tokenEnd() - 2)).equals("of")) ? null : month;
    }

    static Month monthNamed(String word) {
        String bare = (word.startsWith("mid-") ? word.substring(4) : word).replace(".", "");
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            boolean sept = bare.equals("sept") && month == Month.SEPTEMBER;
            if (bare.equals(name) || bare.equals(name.substring(0, 3)) || sept) {
                return month;
            }
        }
        return null;
    }

    /** The month and day of an expression made of a month name and a day number only ("Oct. 23", "the 5th of May"). */
    static MonthDay monthDay(Timex timex, List<Token> tokens) {
        Month month = null;
        int day = -1;
        for (int i = timex.tokenStart(); i < timex.tokenEnd(); i++) {
            String word = word(tokens.get(i));
            Month named = monthNamed(word);
            Matcher number = DAY_NUMBER.matcher(word);
            if (named != null && month == null) {
                month = named;
            } else if (number.matches() && day < 0) {
                day = Integer.parseInt(number.group(1));
            } else if (!NEUTRAL.contains(word) && !DAY_PARTS.contains(word) && !word.equals(",")) {
                return null;
            }
        }
        return month == null || day < 1 || day > month.maxLength() ? null : MonthDay.of(month, day);
    }

    /** The words of an expression that names a holiday and nothing else ("Thanksgiving Day"), or null. */
    private static String holiday(Timex timex, List<Token> tokens) {
        StringBuilder words = new StringBuilder();
        for (int i = timex.tokenStart(); i < timex.tokenEnd(); i++) {
            String word = tokens.get(i).text();
            if (!(words.isEmpty() && NEUTRAL.contains(word.toLowerCase(Locale.ROOT)))) {
                words.append(word.startsWith("'") ? "" : " ").append(word);
            }
        }
        return Holidays.names(words.toString()) ? words.toString() : null;
    }

    private static String season(Timex timex, List<Token> tokens) {
        String season = null;
        for (int i = timex.tokenStart(); i < timex.tokenEnd(); i++) {
            String word = word(tokens.get(i));
            String named = SEASON_WORDS.get(word);
            if (named != null && season == null) {
                season = named;
            } else if (!NEUTRAL.contains(word)) {
                return null;
            }
        }
        return season;
    }

    /**
     * Whether the words right before an expression starting at {@code start} make it relative ("last Tuesday",
     * "that April", "the following Friday"); "that" opening a clause does not ("reveals that in April the office
     * denied"), nor a word before the article of the expression's noun phrase ("following the April accident"),
     * nor "following" with no determiner of its own, a preposition ("following Wednesday's sell-off").
     */
    static boolean relative(int start, List<Token> tokens) {
        boolean article = false;
        for (int i = start - 1; i >= 0; i--) {
            String word = word(tokens.get(i));
            if (!NEUTRAL.contains(word)) {
                return RELATIVE.contains(word) && !article
                        && !(word.equals("that") && !"DT".equals(tokens.get(i).pos()))
                        && !(word.equals("following") && !determined(i, tokens));
            }
            article |= word.equals("the");
        }
        return false;
    }

    /** Whether a determiner or a possessive opens the noun phrase of the word at {@code index}: "the following". */
    static boolean determined(int index, List<Token> tokens) {
        return index > 0 && DETERMINERS.contains(tokens.get(index - 1).pos());
    }

    /** The token of the expression that the rest of the sentence attaches to. */
    static int head(Timex timex, DependencyGraph graph) {
        for (int i = timex.tokenStart(); i < timex.tokenEnd(); i++) {
            List<Dependency> governors = graph.governors(i);
            if (graph.isRoot(i) || governors.stream()
                    .anyMatch(d -> d.governor() < timex.tokenStart() || d.governor() >= timex.tokenEnd())) {
                return i;
            }
        }
        return timex.tokenEnd() - 1;
    }

    static String word(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
