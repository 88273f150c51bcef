package org.storyline.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.storyline.util.DateSpan;

/**
 * Brings SUTime's temporal expressions of one sentence to TIMEX3 conventions where SUTime departs from them, before
 * {@link DateResolver} reads tenses. Each rule follows from the wording of the expression alone:
 * <ul>
 *   <li>{@code granularity:ago}: "two weeks ago" (a fortnight) names a week, "a year ago" a year; SUTime counts days.
 *       Vague counts ("several years ago") are {@code PAST_REF}, "years from now" {@code FUTURE_REF}, and "a few months
 *       later" a month the text does not give ({@code XXXX-XX}; rule {@code span}); "fifty-four years ago today" is
 *       that day (SUTime miscounts the written number).</li>
 *   <li>{@code month:nearest}: "last September" is the latest September before the current month, "next March" the
 *       first one after it; SUTime always moves a year. {@code weekday:latest}: "last Tuesday" is the latest Tuesday
 *       before the publication, and "the day before last Tuesday" counts from it.</li>
 *   <li>{@code span}: "the past decade" is the ten years up to now ({@code P10Y}), not the calendar decade ("the next
 *       decade" the ten years ahead; "the end of the next decade" is the calendar one, {@code 202}), and "the past
 *       week" the seven days ({@code P1W}); "recent years" is {@code PAST_REF}, "the coming days" {@code FUTURE_REF}
 *       ("the days ahead" some days, {@code PXD}), "these days" {@code PRESENT_REF}. {@code quarter}: "the final
 *       quarter of 2009" is {@code 2009-Q4}, "the first half of the year" {@code 2013-H1} (also where SUTime read "the
 *       year" alone), and quarters counted are counted in quarters ("the past two quarters" {@code P2Q}, "several
 *       quarters" {@code PXQ}; SUTime counts months); "its first fiscal 2008 quarter" is {@code 2008-Q1} (SUTime:
 *       2,008 quarters).</li>
 *   <li>{@code unit:previous}: "the past year", "the last quarter", "the last month" are the unit before the current
 *       one; SUTime gives the current one. "The week before last" is the one before that.</li>
 *   <li>{@code zone}: a time stated in UTC or GMT ends in {@code Z}; any other stated zone is dropped, as TimeML writes
 *       the clock time as printed. "0800 GMT" is a time of the publication day, not the year 800; so is "0300" alone,
 *       and four digits after "at" ("struck at 1653", {@code clock}). {@code clock:late}: a clock time without a.m. or
 *       p.m. in the afternoon, the evening or at night is after noon ("nine o'clock last night" {@code T21:00}; at
 *       night from six).</li>
 *   <li>{@code range}: "two to three months", "the next 12 to 24 hours", which SUTime writes {@code P2M/P3M}, are
 *       an unknown count of the unit ({@code PXM}, {@code PTXH}). {@code span} too: what SUTime writes as two dates
 *       is how long, when its words name a unit ("the next several days" {@code PXD}, "up to 48 hours"
 *       {@code PT48H}), and no time when they do not ("the Millennium Stadium").</li>
 *   <li>{@code decade}, {@code century}: "the 1990s" is {@code 199}, and so are "the 1990's" and "the mid-1990's"
 *       (SUTime reads the year or nothing), "this decade" in 2009 {@code 200}, "the '70s" the latest begun by the
 *       publication ({@code 197} in 2010), "the 19th century" {@code 18} (TIMEX3 writes only the digits known), and so
 *       are "the mid-19th century" and "the twenty-first century" ({@code 20}; SUTime read the 21st and "first
 *       century"). {@link MissedExpressions} then adds what SUTime misses: years written in words, decades without
 *       their century, "the near term" ("nineteen ninety-six", "the nineties").</li>
 *   <li>{@code year:short}: a year of two digits after an apostrophe is the one nearest the publication, up to ten
 *       years ahead of it ("fiscal year '22" in 2021 is 2022, "'58" 1958); SUTime reads every one in the 1900s.</li>
 *   <li>{@code written}: "in this June 8, 2010 file photo" is the date written, without "this" (SUTime reads "this
 *       June" and "2010"); "this July 31" without its year that day of the publication's year, or in a caption ("In
 *       this July 31 file photo") the latest before the publication.</li>
 *   <li>{@code set}: "twice a week", "15 a year" are sets, not durations; "every" and the weekday it quantifies are one
 *       set; "every other week" is {@code P2W}; "every morning" is {@code XXXX-XX-XXTMO}; "on Saturdays, 1130" is
 *       {@code XXXX-WXX-6T11:30} (SUTime read the Saturdays of the year 1130); "December 17 of each year" is
 *       {@code XXXX-12-17}; "Tuesday nights" is {@code XXXX-WXX-2TNI}, not one night.</li>
 *   <li>{@code split}: SUTime joins a duration and the date after "on" ("six years on Thursday", "four hours Friday",
 *       "the first nine months of 1997") into one value no consumer can read; they are two expressions. A unit word it
 *       took before a date ("year in December", "day yesterday") is left out, and so is the verb "last" ("will last
 *       three months"). "1953, 60 years ago" is the year and the distance from now; "2007, Jan" before "Erik Vinnem"
 *       the year and a name; "30 minutes later" a duration, and so is "sixty-one days", which SUTime reads as sixty and
 *       one; an ordinal SUTime could not place ({@code P1D-#1}) an unknown day (year, month, week: "his first year as
 *       president" {@code XXXX}; "his first months" some months, {@code PXM}), and so is "the first day" (SUTime's
 *       {@code PXD}); "every quarter since 2010" a set and a year, and so is "each year from 2009". A bare "Q3" is a
 *       calendar quarter ({@code 2014-Q3}), not SUTime's fiscal one. A count SUTime left out of a duration is part of
 *       it: "six straight days" ({@code P6D}), "two more weeks", "2 1/2 years" ({@code P2Y6M}), "a year and a half",
 *       "the past five trading days"; "on Tuesday the first generation" leaves the ordinal to its noun; "Nov. 3, the
 *       day before" and "the following day, March 18" are the date and "the day", both that date; "a day after
 *       Wednesday('s vote)" is the duration and the weekday. "The third and fourth quarters of 1988" are "third"
 *       ({@code 1988-Q3}) and "fourth quarters of 1988" ({@code 1988-Q4}; halves too), where SUTime reads one month.
 *       "Six years in December", "200 days in 2010" are the span and the date, "the busiest day of the year" the day
 *       and the year; "Friday's weekly prayers", one set for SUTime, the Friday and "weekly"; "half a year since April
 *       20", "every day since April" the span or set and the date; "met for two hours yesterday" the duration and the
 *       day, and so are "the third quarter yesterday", "every month this year" and "13 years old today"; "Tuesday, the
 *       third day of protests" the weekday and the ordinal day, and "This past weekend, the second-largest search" the
 *       weekend alone. "Half a century ago" is 50 years back, "1,000 years ago" a year; "the next days", "the past
 *       days" are some days, not tomorrow or yesterday. "About a week and a half ago", "a year-and-a-half ago", "two
 *       and a half weeks ago" are counted back whole (SUTime read "about a week", "a year", "weeks ago"); "half an hour
 *       ago" is the day of writing. "Friday, yesterday" and "11 April, the day after" are two expressions of that day;
 *       "today, tomorrow" and "in March, today" two expressions of their own days. "Could continue for two more days
 *       Friday 28 May 2010" is the span and the date; "took about two hours yesterday" the span and the day; "makes
 *       $100 billion one year" the span alone ({@code P1Y}; SUTime multiplied the numbers), "in 10 years the billable
 *       hour" the span, "from a year earlier, the second monthly gain" the distance alone.</li>
 *   <li>{@code holiday}: "Election Day", where SUTime reads "Day" alone, is the holiday, and so is "Palm Sunday", where
 *       it reads the weekday, or "Black Friday"; "Holy Week" is the ISO week before Easter; a longer name that ends in
 *       one ("Workers Memorial Day", "International Holocaust Remembrance Day") is its own day.</li>
 *   <li>{@code month-the-day}: "by July the 4th", "July the Fourth" are that day of the month (SUTime reads the month
 *       alone).</li>
 *   <li>{@code week-of}: "the week of March 6" is that day's ISO week, "the last week of March" the last week with
 *       most of its days in March; SUTime intersects the week with the day or month into one value.</li>
 *   <li>{@code readable}: a value SUTime composed of several that no rule here reads ("1990 INTERSECT >=P6M") is
 *       its first part that is a date; a date or time no TIMEX3 reader could parse ("2011-W45T01:30" for "this week
 *       at 1:30") is its part before the time of day, or no time when that is no date either ("the summer sun",
 *       "2010-WXX-7-SU").</li>
 *   <li>{@code year-end}: "by year-end", "at year's end", "a year-end bonus" are a date, the publication's year
 *       (SUTime reads "year" or "a year", a duration).</li>
 *   <li>the verbs "fall" and "spring" and the modal "may" are no season or month and are dropped, and so are ages ("in
 *       my early forties"), shares ("about three-quarters of", "the quarter million square miles"), parts of a town
 *       ("the old quarters", "the historic French Quarter"), dates in web addresses, names ("Jan Kavan", "Theresa
 *       May"), the ordinal "a second", "the SEC", "present" and "past" as verb, adjective or preposition, "future" as
 *       an adjective before its noun, and someone's day or year ("his day in court"), a lone number read as a year more
 *       than a century after the publication ("GDP ... 2160"), a day of history named by its weekday ("Black Monday",
 *       "Bloody Sunday", "Super Tuesday"), a season in a name ("Palm Springs", "the Winter Meetings"), a part of the
 *       day before a noun ("her daytime talk show"), the verb "wed" before a time ("was wed last week", which SUTime
 *       read as a Wednesday), a name after a day ("the Good Friday Agreement", "the Easter Rising") and "a last minute
 *       change", and a unit compared with itself ("year-on-year"); so are names of programmes ("NBC's Today show",
 *       "ABC's This Week program", "``Piers Morgan Tonight''"), names a unit or the weekend opens ("Weeks Bay", "its
 *       Weekend Review section", not in a headline of capitals), "D-Day", "Mar-a-Lago", "Current TV", "Black History
 *       Month", "Lord March", "Treas. Sec.", periodicals ("Congressional Quarterly", "Publishers Weekly"), numbers of
 *       sections ("5 U.S.C. 5701-5707") and counts ("1000s of miles"); a preposition SUTime kept at the end of an
 *       expression ("10 a.m. on") is left out of it, and so is "following" with no determiner ("Following Wednesday's
 *       sell-off") and "about" before "earlier" or "later" ("we told you about earlier this month"), a pronoun before
 *       "the" or a day ("to do this the day before", "spoke to this yesterday"), a surname or verb before a time
 *       ("Larry Summers this morning", "a law that sunsets next month"), "beginning" before a day, the name of a paper
 *       after a day ("yesterday's Daily Mirror", a date, not a set), and the verb "last" before a plural unit ("could
 *       last decades", {@code PXY}); "Following a year of research" is {@code P1Y}. "The old days" are
 *       {@code PAST_REF}, not some days; "tomorrow's China" {@code FUTURE_REF}, a country as it will be, no day; "by
 *       fall", which SUTime read as a time of the publication day, the season.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class ValueRules {
    /** A count in digits, its thousands separated by commas or not: "1,000", "250". */
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** Words that make "Month" after them a month, in a headline's capitals too: "Last Month", "Each Month". */
    private static final Set<String> MONTH_OF = Set.of("this", "next", "last", "past", "coming", "previous",
            "following", "same", "each", "every", "per", "whole", "entire", "first", "final");
    /** Words of a caption after its date: "In this July 31 file photo". */
    private static final Set<String> CAPTIONS = Set.of("photo", "file", "image", "picture", "photograph", "video");
    /** Words "this" cannot determine, so that "this" before them is a pronoun: "spoke to this yesterday". */
    private static final Set<String> PRONOUN_THIS_BEFORE = Set.of("the", "yesterday", "today", "tomorrow");
    /** A year written with two digits after an apostrophe, at the end of an expression: "fiscal year '22". */
    private static final Pattern SHORT_YEAR = Pattern.compile("['\u2019] ?(\\d{2})$");
    /** Numbers from 13 to 99 written in words: "fifteen", "twenty", "sixty-one" (the tokenizer splits the hyphen). */
    private static final String TENS_WORDS = "(?:thir|four|fif|six|seven|eigh|nine)teen"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:(?:-| - )(?:one|two|three|four|five|six|seven|eight|nine))?";
    /**
     * A count as a regular-expression alternation: "a", "an", "one" to "ninety-nine" in words, "a couple of", or
     * digits.
     */
    static final String COUNT_WORDS = TENS_WORDS
            + "|a couple of|a couple|half a dozen|a dozen|dozen"
            + "|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3}(?:,\\d{3})+|\\d+";
    /** A fraction of a unit as a regular-expression alternation: "half a century", "a quarter of a century". */
    static final String FRACTION_WORDS = "half a|a half|a quarter of a|a quarter";
    private static final Pattern FRACTION_PATTERN = Pattern.compile(FRACTION_WORDS);
    /** A fraction of a century or a decade written as such, counted back or ahead: "half a century ago". */
    private static final Pattern FRACTION_AGO = Pattern.compile("(?:about |some |nearly |almost |roughly |"
            + "more than |less than |over |just )?(" + FRACTION_WORDS + ") (century|decade) (ago|from now|hence)");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety");
    private static final List<String> TEENS = List.of("thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    /** A number of units with a count in words past twelve, of which SUTime makes two ("sixty-one days"). */
    private static final Pattern COUNTED_UNITS = Pattern.compile("(?:about |some |nearly |almost |roughly |"
            + "more than |less than |over |just |only )?(" + TENS_WORDS + ") (year|month|week|day|hour|minute)s?");
    private static final Pattern AGO = Pattern.compile("(?:about |some |nearly |almost |roughly |more than |less than |"
            + "over |just )?(?:(" + COUNT_WORDS + "|a few|few|several|many|some|a hundred|hundred) )?"
            + "(millenni|centur|decade|year|month|fortnight|week|day)(?:y|ies|s|um|ums|a)? (ago|from now|hence)");
    /** A clock time of a day: the day, the hour and the rest ("2010-01-14T09:00" → "2010-01-14", "09", ":00"). */
    private static final Pattern CLOCK_VALUE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2})(:\\d{2}.*)");
    /** The parts of the day after noon, whose clock times are afternoon or evening hours. */
    private static final Pattern LATE_PART = Pattern.compile("\\b(?:afternoon|evening|tonight|night)\\b");
    /** A written a.m. or p.m. */
    private static final Pattern MERIDIEM = Pattern.compile("(?:\\b|(?<=\\d))(?:[ap]\\.m\\.?|[ap]m)(?:\\s|$)");
    /** The first of a unit, singular: "the first day", "the first week". */
    private static final Pattern FIRST_UNIT = Pattern.compile("the first (day|week|month|year)");
    /** Plural nouns of a count: "thousands of migrants a day". */
    private static final Set<String> COUNT_NOUNS = Set.of("dozens", "hundreds", "thousands", "millions", "billions",
            "tens");
    /** "two hours ago", "4 hrs ago", "minutes from now": a time whose day is all the publication date tells. */
    private static final Pattern CLOCK_AGO = Pattern.compile("(?:about |some |nearly |almost |roughly |more than |"
            + "less than |over |just |only )?(?:(half an|half a|" + COUNT_WORDS + "|a few|few|several|many|some) )?"
            + "(hour|hr|minute|min|second|sec)s? (ago|from now|hence)");
    private static final Pattern CLOCK_OFFSET = Pattern.compile("(?:about |some |nearly |almost |roughly |just |only )?"
            + "(" + COUNT_WORDS + ") (second|minute|hour)s? (?:later|earlier|after|before|afterwards)");
    private static final Pattern SPAN = Pattern.compile("(" + COUNT_WORDS + "|a few|few|several|many) "
            + "(year|month|week|day|hour|minute)s?");
    /** A distance back to this day of an earlier year, month or week: "fifty-four years ago today". */
    private static final Pattern AGO_TODAY = Pattern.compile("(\\S+) (year|month|week|day)s? ago today");
    /** A span with a hedge or none: "about two hours". */
    private static final Pattern HEDGED_SPAN = Pattern.compile("(?:about |some |nearly |almost |roughly |just |only "
            + "|more than |less than )?" + SPAN.pattern());
    /** Count words at the index of their value. */
    private static final List<String> COUNTS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");
    private static final Set<String> VAGUE = Set.of("a few", "few", "several", "many", "some");
    /** Half a unit, which SUTime reads as a whole one: "half a year", "half an hour later". */
    private static final Pattern HALF_UNIT = Pattern.compile(
            "half (?:a|an) (year|month|week|day|hour|minute|decade|century)(?: later| earlier)?");
    /** The first or last day of a month: "the very last day of January", "the first day of March 2010". */
    private static final Pattern EDGE_DAY = Pattern.compile(
            "(?:the )?(?:very )?(first|last|final) day of ([a-z]+\\.?)(?:,? (\\d{4}))?");
    /** A count of units that "than" may follow: "six weeks earlier than planned". */
    private static final Pattern COMPARED_SPAN = Pattern.compile("(?:about |some |nearly |almost |just |only )?("
            + COUNT_WORDS + "|a few|several) (year|month|week|day|hour|minute)s? (?:earlier|later|sooner)");
    /** The season before or after the publication: "last spring", "next summer". */
    private static final Pattern NEAREST_SEASON = Pattern.compile("(last|next) (spring|summer|fall|autumn)");
    private static final Pattern HALF_CENTURY = Pattern.compile("(?:the )?(?:past|last|next|coming) half[ -]century");
    private static final Pattern NEAREST_MONTH = Pattern.compile("(last|next) ([a-z]+)\\.?");
    /** "last Tuesday", "the day before last Tuesday". */
    private static final Pattern LAST_WEEKDAY = Pattern.compile(
            "(?:(?:the )?day (before|after) )?last ([a-z]+)(?: (?:morning|afternoon|evening|night))?");
    private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern COMING =
            Pattern.compile("(?:the )?(?:coming|upcoming) (?:minutes|hours|days|weeks|months|years)");
    /**
     * A vague count of days to decades after or before another time: "a few months later", "years later". SUTime
     * counts one unit from the publication date.
     */
    private static final Pattern VAGUE_OFFSET = Pattern.compile("(?:a few |few |several |many |some )?"
            + "(day|week|month|year|decade)s (?:later|earlier|afterwards|after|before)");
    /** "the next hour", "the past minute", which SUTime writes as an hour of the day it does not know. */
    private static final Pattern NEXT_CLOCK_UNIT = Pattern.compile("the (?:next|last|past) (hour|minute)");
    /** Two dates joined by SUTime into one value: "2010-04-25/2010-04-26", "1511-10-07/2511-10-07". */
    private static final Pattern INTERVAL_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[^/]*/\\d{4}-\\d{2}-\\d{2}.*");
    /** The unit of such a value's words, with the word before it: "the next several days", "up to 48 hours". */
    private static final Pattern INTERVAL_UNIT =
            Pattern.compile("(?:.*? )?(?:(\\S+) )?(minute|hour|day|week|month|quarter|year)s?(?: .*)?");
    /** A vague count of seconds, minutes or hours later: "seconds later", "a few minutes later". */
    private static final Pattern VAGUE_CLOCK_OFFSET = Pattern.compile("(?:a few |few |several |some |many )?"
            + "(second|minute|hour)s (?:later|earlier|after|afterwards|before)");
    private static final Pattern PAST_DECADE = Pattern.compile("(?:the )?(?:past|last|next|coming) decade");
    private static final Pattern PAST_WEEK = Pattern.compile("(?:the )?past week");
    /** A year of a round ten, which may name its decade: "1990". */
    private static final Pattern ROUND_YEAR = Pattern.compile("(1[0-9]{2}0|20[0-9]0)");
    /** A week named from the publication's: "last week", "this week". */
    private static final Pattern NAMED_WEEK = Pattern.compile("(?:early |late )?(?:last|next|this) week");
    private static final Pattern HALF_OF = Pattern.compile(
            "(?:the )?(first|second|last) half of (?:the|this|last|next) year"
            + "|(?:the )?(first|second|last) half of (\\d{4})");
    private static final Pattern YEAR_START = Pattern.compile("(\\d{4})(?:-.*)?");
    private static final Pattern FISCAL_QUARTER = Pattern.compile("(\\d{4})-FYQ(\\d)");
    private static final Pattern LAST_QUARTER_OF = Pattern.compile("(?:the )?(?:final|last) quarter of (\\d{4})");
    private static final Pattern PREVIOUS_UNIT = Pattern.compile("the (?:last|past|previous) (year|quarter|month)");
    private static final Pattern ZONED = Pattern.compile("(.*T\\d{2}:\\d{2}(?::\\d{2})?)([+-]\\d{4})");
    private static final Pattern MILITARY = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d)");
    private static final Pattern EVERY_YEAR = Pattern.compile("(?:each|every) year");
    /** Weekdays SUTime placed in the year a clock time wrote: "Saturdays, 1130" as {@code 1130-WXX-6}. */
    private static final Pattern WEEKLY_CLOCK_YEAR = Pattern.compile("(\\d{4})-WXX-(\\d)");
    private static final Pattern PLURAL_WEEKDAY = Pattern.compile("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days");
    /** A weekday and a part of the day in the plural, every such part of that weekday: "Tuesday nights". */
    private static final Pattern WEEKDAY_PARTS = Pattern.compile(
            "((?:mon|tues|wednes|thurs|fri|satur|sun)day)s? (mornings|afternoons|evenings|nights)");
    private static final Map<String, String> PART_CODES = Map.of("mornings", "MO", "afternoons", "AF",
            "evenings", "EV", "nights", "NI");
    /** A day SUTime dated in the year a clock time wrote: "18 JANUARY, 2200 GMT" as {@code 2200-01-18}. */
    private static final Pattern DAY_OF_CLOCK_YEAR = Pattern.compile("(\\d{4})(-\\d{2}-\\d{2})");
    private static final Set<String> UTC = Set.of("gmt", "utc", "z");
    private static final Pattern DECADE_TEXT =
            Pattern.compile(".*(\\d0s|\\d0's|ties)|(?:.* )?(?:this|the|the next|the last|the past) decade");
    private static final Pattern DECADE_VALUE = Pattern.compile("\\d{3}X");
    private static final Pattern CENTURY_VALUE = Pattern.compile("\\d{2}XX");
    /** A century written as its hundreds: "the 1800s". */
    private static final Pattern HUNDREDS = Pattern.compile("(?:the )?(?:early |late |mid )?(\\d{2})00s");
    /** An ordinal century in the plural: "the early 20th centuries" of "the 19th and early 20th centuries". */
    /** The last word of a compound ordinal before "century": "first century" of "the twenty-first century". */
    private static final Pattern UNIT_ORDINAL_CENTURY =
            Pattern.compile("(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth) century");
    /** A part of a century written with its ordinal: "the mid-19th century", "the late 20th century". */
    private static final Pattern PART_ORDINAL_CENTURY =
            Pattern.compile("(?:the )?(?:early|mid|late) ?-? ?(\\d{1,2})(?:st|nd|rd|th) century");
    private static final Pattern ORDINAL_CENTURY = Pattern.compile(
            "(?:the )?(?:early |late |mid )?(\\d{1,2})(?:st|nd|rd|th) centuries");
    private static final Pattern PER_UNIT = Pattern.compile("(?:a|an|per) (year|month|week|day|hour)");
    private static final Set<String> FREQUENCY = Set.of("once", "twice", "thrice", "times");
    private static final Set<String> SEASON_CONTEXT = Set.of("this", "last", "next", "in", "during", "early", "late",
            "mid", "by", "until", "since", "through", "past", "coming", "that", "each", "every", "of");
    private static final Set<String> NOT_WHEN = Set.of("once", "previously");
    /** The tags of a possessive pronoun and of the possessive ending ("his", "Kellogg 's"). */
    private static final Set<String> POSSESSIVE = Set.of("PRP$", "POS");
    /** Units that name an occasion when they are someone's: "his day in court", "Kellogg's year". */
    private static final Set<String> OCCASIONS = Set.of("day", "week", "month", "year");
    /**
     * Frequency adjectives that, before a noun, name a kind of thing rather than when it happens: "its quarterly
     * dividend", "the annual meeting", "annual sales" (a yearly total).
     */
    private static final Set<String> KIND_FREQUENCIES = Set.of("annual", "quarterly", "semiannual", "biannual",
            "biennial", "yearly", "monthly");
    /** Weekday names that, in lower case and alone, are other words: the verbs "wed" and "sat", "the sun". */
    private static final Set<String> LOWER_CASE_WORDS = Set.of("wed", "sat", "sun");
    /** Parts of the day that, before a noun, name a kind of time: "a daytime talk show". */
    private static final Set<String> KINDS_OF_TIME = Set.of("daytime", "nighttime", "night-time");
    /** Seasons in the plural and capitalized, which name places and people: "Palm Springs", "Larry Summers". */
    private static final Set<String> PLURAL_SEASON_NAMES = Set.of("Springs", "Falls", "Summers", "Winters");
    /** Parts of the day in the plural, which are nouns or verbs before a time: "a law that sunsets next month". */
    private static final Set<String> PLURAL_DAY_PARTS = Set.of("sunsets", "sunrises");
    /** A part of the publication's day: "this morning". */
    private static final Pattern THIS_PART_OF_DAY = Pattern.compile("this (morning|afternoon|evening)");
    /** Times of day that can end a name: operation "Odyssey Dawn", "Golden Dawn". */
    private static final Set<String> DAWN_NAMES = Set.of("dawn", "dusk", "daybreak", "sunrise", "sunset");
    /** Words after a number that make it a share, not a year: "up 1000 %", "1200 percent". */
    private static final Set<String> SHARE_WORDS = Set.of("%", "percent", "per");
    /** Words before "the last minute" that make it "as late as possible": "at the last minute". */
    private static final Set<String> LAST_MINUTE_BEFORE = Set.of("at", "until", "till");
    /** Quotation marks as the tokenizer writes them. */
    private static final Set<String> QUOTES = Set.of("``", "''", "\"", "'", "`", "\u201c", "\u201d");
    /** Nouns of time: "future" before one of them is part of a time ("future quarters", "a future date"). */
    private static final Set<String> TIMES = Set.of("second", "minute", "hour", "day", "week", "month", "quarter",
            "season", "year", "decade", "century", "generation", "date", "time", "period");
    /** Words before "day" that tell how long or what kind of span it is: "a full day", "a working day". */
    private static final Set<String> SPAN_OF_DAY = Set.of("full", "whole", "entire", "single", "long", "extra",
            "additional", "half", "working", "business", "trading", "school", "calendar", "given", "typical",
            "average", "normal", "week", "market", "solar", "hour");
    /** Words that open a hedged count: "up to 48 hours", "about three weeks". */
    private static final Set<String> HEDGES = Set.of("up", "about", "more", "less", "at", "over", "nearly",
            "almost", "some", "roughly");
    /**
     * Verbs SUTime takes into an expression as a season, a start or an end: "fall tomorrow", "start Wednesday",
     * "beginning Monday".
     */
    private static final Set<String> LEADING_VERBS = Set.of("fall", "spring", "start", "end", "begin", "beginning");
    /** Tags that may close a phrase: punctuation, a conjunction. */
    static final Pattern CLOSING = Pattern.compile("[.,:]|CC|''|-RRB-");
    /** One more unit: "another month". */
    private static final Pattern ANOTHER_UNIT = Pattern.compile("another (year|month|week|day|hour|minute)");
    /** Units that "to the day" may follow: "eight years to the day". */
    private static final Set<String> SPAN_UNITS = Set.of("years", "months", "weeks", "year", "month", "week",
            "decades", "decade", "centuries", "century");
    /** A span after the day of writing, in apposition to it: "more than two decades later". */
    private static final Pattern DEICTIC_OFFSET = Pattern.compile(".*\\b(day|week|month|year|decade|centur)"
            + "(?:y|ies|s)? (?:later|after|on)");
    /** Words for a day counted from the day of writing, and the count. */
    private static final Map<String, Integer> DEICTIC_DAYS = Map.of("today", 0, "yesterday", -1, "tomorrow", 1);
    /** Words after the verb "spring": "spring from", "spring up", "spring into action". */
    private static final Set<String> SPRING_PARTICLES = Set.of("from", "up", "upon", "into", "out", "back", "forth");
    /** The names of the seasons. */
    static final Set<String> SEASONS = Set.of("spring", "summer", "autumn", "fall", "winter");
    /** Measures a quarter may be of: "a quarter-mile". */
    private static final Set<String> MEASURES = Set.of("mile", "miles", "inch", "inches", "pound", "pounds",
            "point", "points", "percent", "acre", "acres", "ton", "tons");
    /** "Quarter" with one word before it, a quarter of a year or of a town. */
    private static final Pattern QUARTER_OF_TOWN = Pattern.compile("(?:the )?(?:([a-z]+) )?([a-z]+) quarter");
    /** Adverbs and adjectives of frequency and the sets they name. */
    private static final Map<String, String> FREQUENCIES = Map.of("daily", "P1D", "weekly", "P1W", "monthly", "P1M",
            "yearly", "P1Y", "annual", "P1Y");
    /** A set of one unit: "P1W", "PT1H". */
    private static final Pattern ONE_UNIT_VALUE = Pattern.compile("(PT?)1([A-Z])");
    private static final Pattern EVERY_OTHER = Pattern.compile("every other (?:day|week|month|year|hour)");
    /** A part of the day with no day: "TMO", "TNI". */
    private static final Pattern PART_OF_DAY = Pattern.compile("T(?:MO|AF|EV|NI|DT)");
    /** Words between a unit and the date SUTime joined to it: "days in 2010", "the busiest day of the year". */
    private static final Set<String> UNIT_TO_DATE = Set.of("in", ",", "since", "of");
    /** Words between a count of units and the date SUTime joined to it: "200 days in 2010". */
    private static final Set<String> COUNT_TO_DATE = Set.of("in", "of");
    /** A span of a counted number of days, weeks, months or years: "P200D". */
    private static final Pattern COUNTED_SPAN = Pattern.compile("P\\d+[DWMY]");
    private static final Pattern THE_YEAR = Pattern.compile("(?:the )?year");
    private static final Pattern NOUN_OR_ADJECTIVE = Pattern.compile("NN.*|JJ");
    /** What "-hours" is joined to when it names no span: "after-hours trading", "off-hours calls". */
    private static final Set<String> OUTSIDE_HOURS = Set.of("after", "off", "out-of");
    /** Adjectives of a part of a town: "the old quarter", "the diplomatic quarter". */
    private static final Set<String> TOWN_PARTS = Set.of("old", "historic", "medieval", "walled", "diplomatic",
            "residential", "commercial", "christian", "jewish", "muslim", "armenian", "latin", "french", "european");
    /** Parts of a town: "the old quarters", "the Jewish and Christian quarters". */
    private static final Pattern TOWN_QUARTERS = Pattern.compile("the (?:old|([a-z]+) and [a-z]+) quarters");
    /** Words before "quarter" that make it a quarter of a year: "the third quarter", "the latest quarter". */
    private static final Set<String> QUARTER_WORDS = Set.of("first", "second", "third", "fourth", "last", "next",
            "past", "current", "previous", "latest", "same", "fiscal", "final", "calendar", "coming", "following",
            "prior", "recent", "preceding", "that", "this", "each", "every", "a", "one", "year-ago", "whole",
            "entire", "full", "early", "late", "mid", "strong", "weak", "record", "best", "worst", "slow", "quiet");
    /** Words after a span that relate it to another time: "one day after", "one day later". */
    private static final Set<String> RELATIONAL = Set.of("after", "before", "later", "earlier", "ago", "of", "to",
            "from", "since", "when", "in");
    /**
     * Words that end the name of a newspaper after a weekday or a part of the day: "the Sunday Times", "the South
     * China Morning Post".
     */
    private static final Set<String> PAPER_NAMES = Set.of("times", "telegraph", "mirror", "express", "herald", "post",
            "tribune", "observer", "mail", "star", "sport", "people", "independent", "journal", "news", "age",
            "advertiser", "call", "record", "standard", "sun", "gazette", "chronicle");
    /** Names of wars that read as spans: "the Thirty Years War", "the Six-Day War". */
    private static final Pattern WAR_NAME = Pattern.compile("(?:the )?[a-z]+(?:[ -]day| years)");
    /** Parts of the day that can be made an adjective: "morning-show appearances". */
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    /** Words of the day or week that name programmes before "show": "NBC's Today show", "ABC's This Week program". */
    private static final Set<String> PROGRAMME_DAYS = Set.of("today", "tonight", "this week");
    /** The most words with capitals a quoted title may have on either side of a time in it. */
    private static final int TITLE_WORDS = 4;
    /** Nouns of a broadcast after its name. */
    private static final Set<String> PROGRAMMES = Set.of("show", "programme", "program");
    /** Units and the weekend that begin names with a capital: "Weeks Bay", "the Weekend Review". */
    private static final Set<String> NAMED_UNITS = Set.of("weeks", "days", "weekend");
    /** Tags of the words an adjective can premodify: nouns, adjectives, gerunds. */
    private static final Pattern PREMODIFIED = Pattern.compile("NN.*|JJ.*|VBG");
    private static final Pattern AGE = Pattern.compile(".*\\b[\\w.]+-(year|month|week|day)s?-old");
    /** A count of years or months, or a range of them, that "old" may follow: "44 years", "36 to 45 years". */
    private static final Pattern AGE_IN_YEARS = Pattern.compile("(?:[\\w-]+ (?:to|-|or) )?[\\w-]+ (year|month)s?");
    private static final Pattern AGE_OLD = Pattern.compile(AGE_IN_YEARS.pattern() + " old");
    /** A year and the last two digits of a later one: "2007-09". */
    private static final Pattern SHORT_YEAR_SPAN = Pattern.compile(
            "(?:(?:in|the|from) )?((?:19|20)\\d{2}) ?- ?(\\d{2})");
    /** Titles before a name, which a month's name after them is: "Lord March". */
    private static final Set<String> TITLES = Set.of("Lord", "Lady", "Sir", "Dame", "Mr", "Mr.", "Mrs", "Mrs.", "Ms",
            "Ms.", "Miss", "Dr", "Dr.", "Earl", "Baron", "Baroness", "Countess", "Judge", "Rev.", "Father", "Sister");
    /** The last year four digits joined by a dash may name; later ones are numbers ("5 U.S.C. 5701-5707"). */
    private static final int LAST_SPAN_YEAR = 2199;
    /** Two years joined by a dash: "1999-2003". */
    private static final Pattern YEAR_SPAN = Pattern.compile("(?:from )?(\\d{4}) ?(?:-|\u2013) ?(\\d{4})");
    /** A count with decimals and a unit: "1.5 years", "2.5 hours". */
    private static final Pattern DECIMAL_UNITS = Pattern.compile("(?:about |some |nearly |almost |more than |"
            + "less than |over |just |only )?(\\d+\\.\\d+) (year|month|week|day|hour|minute|second)s?");
    /** A duration of one unit: {@code P1Y}, {@code PT1H}. */
    private static final Pattern ONE_UNIT = Pattern.compile("(PT?)1([YQMWDHS])");
    private static final Set<String> PLURAL_UNITS = Set.of("years", "months", "weeks", "days", "hours", "minutes",
            "seconds");
    /** A range of counts of one unit, which SUTime writes "P2M/P3M": "two to three months", "12 to 24 hours". */
    private static final Pattern RANGE_VALUE =
            Pattern.compile(".*?P(T?)\\d+(?:\\.\\d+)?([YQMWDHS])/PT?\\d+(?:\\.\\d+)?\\2.*");
    /** A share of something, not three months: "about three-quarters of its food", "a quarter of the market". */
    private static final Pattern FRACTION = Pattern.compile("(?:about |nearly |almost |roughly |some |more than |"
            + "less than |over |under |at least |at most |only |just |up to )?(?:a|one|three|one-|two-|three-)"
            + "\\s?quarters?");
    /** Numbers and measures a fraction can be of: "a quarter million", "three quarters mile". */
    private static final Set<String> MAGNITUDES = Set.of("hundred", "thousand", "million", "billion", "trillion",
            "mile", "miles", "inch", "inches", "pound", "pounds", "point", "points", "percent", "acre", "acres");
    /** Words of an amount of money SUTime may read into a span after it: "$100 billion one year". */
    private static final Set<String> MONEY_MAGNITUDES = Set.of("million", "billion", "trillion");
    private static final Pattern ORDINAL_HEADS = Pattern.compile("NN.*|JJ.*|CD|VBG");
    /** Words after which a month name is a date even before a name: "in May Smith said". */
    private static final Set<String> BEFORE_DATES = Set.of("in", "of", "on", "since", "until", "by", "during",
            "from", "through", "last", "next", "this", "early", "late", "mid", "before", "after", "-");
    private static final Set<String> TRAILING = Set.of("on", "at", "in", "of", "by");
    /** A unit word SUTime may take in front of a date it intersects with: "year in December", "day yesterday". */
    private static final Set<String> UNIT_WORDS = Set.of("year", "day", "week", "month", "quarter", "second");
    private static final Set<String> RELATIVE_DAY = Set.of("last", "next", "this", "past", "coming");
    /** A year, a month or a day, with a time of day or not. */
    private static final Pattern DAY_OR_MONTH = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2}(?:T.*)?)?)?");
    private static final Pattern OFFSET_VALUE =
            Pattern.compile("((?:\\d{4}|XXXX)(?:-\\d{2}(?:-\\d{2})?)?) OFFSET (P\\w+)");
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "last", "final", "next");
    private static final Set<String> STRAIGHT = Set.of("straight", "consecutive", "successive");
    private static final Pattern PAST_SPAN = Pattern.compile("(?:for )?the (?:past|last|next|coming)");
    private static final Set<String> MORE = Set.of("more", "additional", "further", "extra");
    /** Words that count only some days: "five trading days", "ten business days". */
    private static final Set<String> WORKING = Set.of("trading", "business", "working", "school");
    private static final Pattern WORKING_UNIT = Pattern.compile("(day|week)s");
    /** A unit, singular or plural, named in the singular by group 1. */
    private static final Pattern SINGLE_UNIT = Pattern.compile("(minute|hour|day|week|month|quarter|year)s?");
    /** Days gone by: "the old days", "the bad old days". */
    private static final Pattern OLD_DAYS = Pattern.compile("the (?:good |bad )?old days");
    /** Words no "about" before them hedges, so that it is a preposition: "worry about last year". */
    private static final Set<String> NOT_HEDGED = Set.of("last", "this", "next", "yesterday", "today", "tomorrow",
            "earlier", "later");
    /** Units compared with the one before: "year-on-year", "quarter over quarter". */
    private static final Set<String> COMPARED_UNITS = Set.of("year", "quarter", "month", "week", "day");
    /** Words between two such units. */
    private static final Set<String> COMPARING = Set.of("on", "over", "to");
    /** An age in years: "13 years old". */
    private static final Pattern AGED = Pattern.compile("\\d{1,3} years? old");
    /** A quarter or a year: "2008-Q3", "2008". */
    private static final Pattern QUARTER_OR_YEAR = Pattern.compile("\\d{4}(?:-Q\\d)?");
    /** A day of a month in digits: "11", "11th". */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?");
    /** A count and a half of a unit: "about a week and a half ago", "a year - and - a-half", "two and a half days". */
    private static final Pattern HALF_COUNT = Pattern.compile("((?:about|some|nearly|almost|roughly|more than|"
            + "less than|over|just|only) )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) "
            + "(?:(year|month|week|day)s? (?:and a half|- and - a-half)|and a half (year|month|week|day)s?)( ago)?");
    /** A whole number and a half written as one token: "2 1/2", "2½". */
    private static final Pattern MIXED_HALF = Pattern.compile("(\\d+)(?:[\\s\\u00a0]1/2|\\u00bd)");
    /** The day of an intersection, with SUTime's weekday and its part of the day if any ("-WXX-4TMO"). */
    private static final Pattern SPLIT_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:-WXX-\\d)?(T[A-Z]{2})?");
    private static final Pattern DATE_PART = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-Q\\d)?");
    /** A date as TIMEX3 writes it, its year known or not: "1990", "XXXX-10-12", "2009-W13", "2010-Q2". */
    /** A TIMEX3 value of a date or a time, as far as this layer writes them. */
    private static final Pattern TIMEX3_DATE = Pattern.compile("PAST_REF|PRESENT_REF|FUTURE_REF|FY\\d{4}"
            + "|\\d{2}X{1,2}|\\d{3}X|(?:-?\\d{1,4}|XXXX)(?:-(?:\\d{2}|XX)(?:-(?:\\d{2}|XX)"
            + "(?:T(?:\\d{2}(?::\\d{2}(?::\\d{2})?)?(?:Z|[+-]\\d{4})?|MO|AF|EV|NI|DT))?)?"
            + "|-W(?:\\d{2}|XX)(?:-(?:WE|\\d))?|-Q[1-4X]|-H[12]|-(?:SP|SU|FA|WI))?");
    /** A TIMEX3 value of a duration: "P3D", "PXY", "P2Y6M", "PT1H30M", "P2.5W". */
    private static final Pattern TIMEX3_DURATION = Pattern.compile("P(?=.)(?:(?:\\d+(?:\\.\\d+)?|X)[YQMWD])*"
            + "(?:T(?:(?:\\d+(?:\\.\\d+)?|X)[HMS])+)?");
    /** A decade written without its century: "the '70s". */
    private static final Pattern SHORT_DECADE = Pattern.compile("(?:the )?'(\\d)0s");
    /** Capitalised words before a weekday that make a name of a day of history or politics: "Black Monday". */
    private static final Set<String> NAMED_DAYS = Set.of("Black", "Bloody", "Super", "Blue");
    /** Nouns of a name after the day it is named for: "the Good Friday Agreement", "the Easter Rising". */
    private static final Set<String> NAMED_AFTER_DAY = Set.of("Agreement", "Agreements", "Accord", "Accords",
            "Offensive", "Rising", "Uprising", "Revolution", "Declaration", "Proclamation", "Movement");
    /** Days of a month as ordinal words, "first" to "thirty-first", at the day's number less one. */
    private static final List<String> DAY_ORDINAL_WORDS = List.of("first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
            "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
            "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first");
    /** A day of a month as a numbered ordinal: "4th", "21st". */
    private static final Pattern DAY_ORDINAL = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)");
    private static final Pattern YEAR_OR_MONTH_VALUE = Pattern.compile("\\d{4}(?:-\\d{2})?");
    private static final Pattern WEEK_OF_YEAR = Pattern.compile("\\d{4}-W\\d{2}");
    /** Days or weeks next to others, some of them: "in previous days", "the next days", "the past days". */
    private static final Pattern UNCOUNTED_DAYS =
            Pattern.compile("(?:the )?(?:previous|prior|preceding|following|next|last|past) (?:days|weeks)");
    /** Weeks next to others, some of them: "the following weeks", "the last weeks". */
    private static final Pattern UNCOUNTED_WEEKS =
            Pattern.compile("(?:the )?(?:previous|prior|preceding|following|next) weeks|the (?:last|past) weeks");
    /** Every one of a unit: "every day", "each week". */
    private static final Pattern EVERY_UNIT = Pattern.compile("(?:every|each) (year|month|week|day|hour|minute)");
    private static final Pattern YEARLESS_MONTH = Pattern.compile("XXXX-\\d{2}(-\\d{2})?");
    private static final Pattern DATE_VALUE = Pattern.compile("(\\d{4}|XXXX)(-\\d{2}(-\\d{2})?|-Q\\d|-W\\d{2})?");
    /** "the week of March 6", "the last week of March", "the first week of May 2009". */
    private static final Pattern WEEK_OF = Pattern.compile("(?:the )?(?:(first|second|third|fourth|last|final) )?"
            + "week of ([a-z]+)\\.?(?: (\\d{1,2})\\b)?,?(?: (\\d{4}))?");
    /** SUTime's ordinal of a unit it could not place: "P1Y-#1" for "his first year". */
    private static final Pattern ORDINAL_SPAN = Pattern.compile("P1([YMWD])-#\\d+");
    /** A day named by its neighbour: "the following day", "the day before". */
    private static final Pattern NEIGHBOUR_DAY =
            Pattern.compile("the (?:(?:next|following|previous|prior) day|day (?:before|after))");
    /** A span in months: "P6M", "PXM". */
    private static final Pattern MONTHS_VALUE = Pattern.compile("P(\\d+|X)M");
    /** Quarters counted: "the past two quarters", "several quarters", "two consecutive quarters". */
    private static final Pattern QUARTERS = Pattern.compile("(?!.*\\bmonths?\\b).*\\bquarters?");
    /** A count of days to years from a date SUTime joined to it: "a day after Wednesday", "a week before Christmas". */
    private static final Pattern COUNT_FROM_DATE = Pattern.compile("(a|an|one|two|three|four|five|six|seven|eight|"
            + "nine|ten|\\d{1,2}) (day|week|month|year)s? (after|before) (?!the |a |an ).+");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}");
    /** "The week before" of "the week before last", which SUTime reads alone. */
    private static final Pattern BEFORE_LAST = Pattern.compile("the (day|week|month|year) before");
    private static final Pattern FISCAL_YEAR_WORDS = Pattern.compile("(?:fiscal )?\\d{4}");
    private static final Pattern THE_UNITS = Pattern.compile("the (?:days|weeks|months|years)");
    private static final Pattern QUARTER_WORDS_ALONE = Pattern.compile("quarters?");
    private static final Pattern A_YEAR = Pattern.compile("(?:the|this|last|next) year|\\d{4}");
    private static final Pattern HALF_WORDS = Pattern.compile("(?:first|second|last) half of");
    /** SUTime's decade of no century: "XX4X" for "forties". */
    private static final Pattern CENTURYLESS_DECADE = Pattern.compile("XX\\dX");
    /** The last moment: "the eleventh hour", "11th hour". */
    private static final Pattern ELEVENTH_HOUR = Pattern.compile("(?:the )?(?:eleventh|11th) hour");
    /** A year and the quarter after it: "2008 quarter" of "the first fiscal 2008 quarter". */
    private static final Pattern YEAR_QUARTER = Pattern.compile("(\\d{4}) quarter");
    /** The ordinals of a year's quarters. */
    private static final Map<String, Integer> PERIOD_ORDINALS = Map.of("first", 1, "second", 2, "third", 3,
            "fourth", 4);
    /** The ordinals of a year's halves. */
    private static final Map<String, Integer> HALF_ORDINALS = Map.of("first", 1, "second", 2);
    /** Words joining two ordinals of one noun: "the third and fourth quarters". */
    private static final Set<String> PAIR_JOINERS = Set.of("and", "or", "&");
    /** The year that closes a period: "of 1988", "of fiscal 2009", "of next year". */
    private static final Pattern OF_YEAR_END =
            Pattern.compile("of (?:fiscal |calendar )?(\\d{4}|(?:next|last|this) year)");
    private static final List<String> WEEK_ORDINALS = List.of("first", "second", "third", "fourth");

    /** A unit, with the article SUTime may take from the noun after it, before "-long" or "-old". */
    private static final Pattern SPAN_ADJECTIVE = Pattern.compile("(?:(?:the|a|an) )?"
            + "(year|month|week|day|hour|decade|centur)(y|ies|s)?");
    private static final Set<String> SPAN_ADJECTIVES = Set.of("long", "old");
    /** A month SUTime read with "this" or "that" before a written date: "in this June 8, 2010 file photo". */
    private static final Pattern THIS_MONTH = Pattern.compile("(?:this|that) (jan|feb|mar|apr|may|jun|jul|aug|sept?"
            + "|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\\.?");
    /** Nouns of things known by number, after which four digits are no year: "Resolution 1973", "Flight 1549". */
    private static final Set<String> NUMBERED = Set.of("resolution", "resolutions", "no.", "nos.", "number",
            "flight", "route", "highway", "interstate", "article", "section", "chapter", "room", "bill", "form",
            "model", "page", "item", "exhibit", "paragraph", "clause", "unit", "gate", "platform", "channel", "bus",
            "apartment", "suite", "box");
    /** The unit before, of or after the publication: "last week". */
    private static final Pattern NEAR_UNIT = Pattern.compile("(last|this|next) (week|month|year)");
    /** A year that may follow a month: "last year", "2011". */
    private static final Pattern YEAR_AFTER = Pattern.compile("(?:last|next|this) year|\\d{4}");
    /** A part of a century SUTime reads as a quarter of a year: "a quarter", "half" of "a quarter century". */
    private static final Pattern CENTURY_PART = Pattern.compile("(?:a |an )?(quarter|half)");
    /** A part of a month, year or decade written as one word: "mid-November", "early-2009", "late-1990s". */
    private static final Pattern PART_OF = Pattern.compile("(?i)(mid|early|late)-(\\p{L}+\\.?|\\d{4}|\\d{3}0s)");

    private ValueRules() {
    }

    /**
     * The sentence's expressions with the rules applied, in text order.
     *
     * @param text      the article text the offsets index
     * @param tokens    the sentence's tokens
     * @param timexes   its expressions as SUTime gave them
     * @param published the publication date
     */
    static List<Timex> apply(String text, List<Token> tokens, List<Timex> timexes, LocalDate published) {
        List<Timex> result = new ArrayList<>(timexes.size());
        for (Timex next : timexes) {
            Timex timex = numbered(next, tokens) ? afterNumber(text, next, tokens, published) : next;
            timex = timex == null ? null : yearBeforeName(text, timex, tokens);
            if (timex == null || timex.tokenStart() >= timex.tokenEnd() || notTemporal(timex, tokens)
                    || farYear(timex, tokens, published)) {
                continue;
            }
            timex = decadeWithApostrophe(text, monthTheDay(text, timex, tokens), tokens);
            Timex adjective = spanAdjective(text, timex, tokens);
            if (adjective != null) {
                result.add(adjective);
                continue;
            }
            Timex trimmed = halfAgo(text, counted(text, trimmed(text, timex, tokens), tokens), tokens, published);
            Timex holiday = holidayDay(text, trimmed, tokens, published);
            if (holiday != null) {
                // a holiday named from words SUTime read apart: "May" in "May Day"
                result.removeIf(before -> before.tokenEnd() > holiday.tokenStart());
            }
            List<Timex> split = holiday != null ? List.of(holiday) : split(text, trimmed, tokens, published);
            for (Timex part : split) {
                if (townQuarter(part, tokens)) {
                    continue;
                }
                Timex previous = result.isEmpty() ? null : result.get(result.size() - 1);
                Timex merged = previous == null ? null : everyWeekday(text, previous, part);
                merged = merged != null || previous == null ? merged : pastSpan(text, previous, part, tokens);
                merged = merged != null || previous == null ? merged : thisDate(text, previous, part, tokens);
                merged = merged != null || previous == null ? merged : partOfCentury(text, previous, part, tokens);
                merged = merged != null || previous == null ? merged : dayOfEveryYear(text, previous, part, tokens);
                if (merged != null) {
                    result.set(result.size() - 1, merged);
                } else {
                    Timex valued = wellFormed(readable(value(text, part, tokens, published), published));
                    if (valued != null) {
                        result.add(valued);
                    }
                }
            }
        }
        return MissedExpressions.apply(text, tokens, partOf(text, tokens, result, published));
    }

    /**
     * "the 1990's", "the late 1960's": a year of a round ten and an apostrophe s after "the" (and a part of a decade,
     * "early", "mid" or "late") is the decade, whose "'s" the tokenizer split off and SUTime left out ("the 1800's" the
     * century); any other expression as it is ("2010's budget" is the year's).
     */
    private static Timex decadeWithApostrophe(String text, Timex timex, List<Token> tokens) {
        int end = timex.tokenEnd();
        Matcher year = ROUND_YEAR.matcher(tokens.get(end - 1).text());
        if (end >= tokens.size() || !year.matches()
                || !MissedExpressions.APOSTROPHE_S.contains(tokens.get(end).text())) {
            return timex;
        }
        int before = end - 2;
        while (before >= 0 && MissedExpressions.DECADE_PARTS.contains(DateResolver.word(tokens.get(before)))) {
            before--;
        }
        if (before < 0 || !DateResolver.word(tokens.get(before)).equals("the")) {
            return timex;
        }
        // "the 1800's" is the 19th century, as "the 1800s" is; "the 2000's" a decade
        boolean century = year.group(1).endsWith("00") && year.group(1).compareTo("1900") < 0;
        return changed(extended(text, timex, timex.tokenStart(), end + 1, tokens), "DATE",
                year.group(1).substring(0, century ? 2 : 3), century ? "century" : "decade");
    }

    /**
     * "by July the 4th", "July the Fourth": a month name followed by "the" and the ordinal of a day is that day of the
     * month, of the year SUTime gave the month, which it reads alone; any other expression as it is.
     */
    private static Timex monthTheDay(String text, Timex timex, List<Token> tokens) {
        int end = timex.tokenEnd();
        Matcher month = MONTH_VALUE.matcher(timex.value() == null ? "" : timex.value());
        if (end - timex.tokenStart() != 1 || end + 1 >= tokens.size() || !month.matches()
                || DateResolver.monthNamed(DateResolver.word(tokens.get(timex.tokenStart()))) == null
                || !DateResolver.word(tokens.get(end)).equals("the")) {
            return timex;
        }
        String ordinal = DateResolver.word(tokens.get(end + 1));
        Matcher digits = DAY_ORDINAL.matcher(ordinal);
        int day = digits.matches() ? Integer.parseInt(digits.group(1)) : DAY_ORDINAL_WORDS.indexOf(ordinal) + 1;
        YearMonth named = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
        if (day < 1 || day > named.lengthOfMonth()) {
            return timex;
        }
        return changed(extended(text, timex, timex.tokenStart(), end + 2, tokens), "DATE", named.atDay(day).toString(),
                "month-the-day");
    }

    /**
     * Whether the expression opens with the number of something numbered, which SUTime reads as a year: "Resolution
     * 1973", "resolution 1441", "Flight 1549".
     */
    private static boolean numbered(Timex timex, List<Token> tokens) {
        int start = timex.tokenStart();
        if (start == 0 || !tokens.get(start).text().matches("\\d{3,4}")) {
            return false;
        }
        // also the second of two numbers: "resolutions 1970 and 1973"
        int noun = start >= 3 && Set.of("and", "or", ",").contains(DateResolver.word(tokens.get(start - 1)))
                && tokens.get(start - 2).text().matches("\\d{3,4}") ? start - 3 : start - 1;
        return NUMBERED.contains(DateResolver.word(tokens.get(noun))) || tokens.get(noun).text().equals("#");
    }

    /**
     * What is left of an expression after the number it opens with: "March 17" of "Resolution 1973 of March 17",
     * with the publication year for {@link DateResolver} to place, "last week" of "resolution 1973 last week";
     * null when nothing of a time is left.
     */
    private static Timex afterNumber(String text, Timex timex, List<Token> tokens, LocalDate published) {
        int start = timex.tokenStart() + 1;
        while (start < timex.tokenEnd() && Set.of("of", ",").contains(DateResolver.word(tokens.get(start)))) {
            start++;
        }
        if (start >= timex.tokenEnd()) {
            return null;
        }
        String rest = words(tokens, start, timex.tokenEnd());
        Matcher near = NEAR_UNIT.matcher(rest);
        String value;
        if (near.matches()) {
            value = nearUnit(near, published);
        } else if (DateResolver.monthNamed(DateResolver.word(tokens.get(start))) != null
                && timex.value() != null && timex.value().matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            value = published.getYear() + timex.value().substring(4);
        } else {
            return null;
        }
        Timex remaining = extended(text, timex, start, timex.tokenEnd(), tokens);
        return new Timex(remaining.text(), "DATE", value, value, null, remaining.tokenStart(), remaining.tokenEnd(),
                remaining.charStart(), remaining.charEnd());
    }

    /**
     * Whether the four digits of the expression follow "at", with a hedge between or not, and no noun follows them:
     * "at 1653", "at about 1100"; not "at 1990 levels".
     */
    private static boolean atClock(Timex timex, List<Token> tokens) {
        for (int i = timex.tokenStart(); i < timex.tokenEnd() - 1; i++) {
            if (!HEDGES.contains(DateResolver.word(tokens.get(i)))) {
                return false;
            }
        }
        int before = timex.tokenStart() - 1;
        while (before >= 0 && HEDGES.contains(DateResolver.word(tokens.get(before)))
                && !DateResolver.word(tokens.get(before)).equals("at")) {
            before--;
        }
        int after = timex.tokenEnd();
        return before >= 0 && DateResolver.word(tokens.get(before)).equals("at")
                && (after >= tokens.size() || !tokens.get(after).pos().startsWith("NN"));
    }

    /** The week, month or year that "last", "this" or "next" names, matched by {@link #NEAR_UNIT}. */
    private static String nearUnit(Matcher near, LocalDate published) {
        int shift = near.group(1).equals("last") ? -1 : near.group(1).equals("next") ? 1 : 0;
        return switch (near.group(2)) {
            case "week" -> DateSpan.week(published.plusWeeks(shift));
            case "month" -> YearMonth.from(published).plusMonths(shift).toString();
            default -> String.valueOf(published.getYear() + shift);
        };
    }

    /**
     * A unit made an adjective with "-long" or "-old", which SUTime reads with the article of the noun after it: "the
     * year-long uprising" (SUTime: "the year", this year), "a decades-old ban" ({@code P10Y}). The span alone, its
     * count unknown when the unit is plural; null when the expression is no such word.
     */
    private static Timex spanAdjective(String text, Timex timex, List<Token> tokens) {
        int end = timex.tokenEnd();
        Matcher unit = SPAN_ADJECTIVE.matcher(words(timex, tokens));
        if (end + 1 >= tokens.size() || !unit.matches() || !tokens.get(end).text().equals("-")
                || !SPAN_ADJECTIVES.contains(DateResolver.word(tokens.get(end + 1)))) {
            return null;
        }
        boolean plural = unit.group(2) != null && !unit.group(2).equals("y");
        String value = switch (unit.group(1)) {
            case "decade" -> plural ? "PXY" : "P10Y";
            case "centur" -> plural ? "PXY" : "P100Y";
            default -> duration(plural ? "X" : "1", unit.group(1));
        };
        return changed(extended(text, timex, end - 1, end + 2, tokens), "DURATION", value, "span-adjective");
    }

    /**
     * Adds the expressions written as one hyphenated word that SUTime does not read: "mid-November", "early-2009",
     * "late-1990s" (TIMEX3 keeps the month, year or decade; the part is its {@code mod}). A month takes the year
     * written right after it ("mid-March last year", "mid-March 2011"), with which it makes one expression; a bare
     * month takes the publication year here, and {@link DateResolver} then reads the tense.
     */
    private static List<Timex> partOf(String text, List<Token> tokens, List<Timex> timexes, LocalDate published) {
        List<Timex> result = timexes;
        for (Token token : tokens) {
            Matcher part = PART_OF.matcher(token.text());
            if (!part.matches() || timexes.stream().anyMatch(t -> t.tokenStart() <= token.index()
                    && token.index() < t.tokenEnd())) {
                continue;
            }
            String rest = part.group(2);
            Month month = Character.isUpperCase(rest.charAt(0))
                    ? DateResolver.monthNamed(rest.toLowerCase(Locale.ROOT)) : null;
            // "the mid-1990's": the decade, whose apostrophe s the tokenizer split off
            boolean apostrophe = rest.matches("\\d{3}0") && token.index() + 1 < tokens.size()
                    && MissedExpressions.APOSTROPHE_S.contains(tokens.get(token.index() + 1).text());
            String value;
            if (apostrophe) {
                value = rest.substring(0, 3);
            } else if (rest.matches("\\d{4}")) {
                value = rest;
            } else if (rest.matches("\\d{3}0s")) {
                value = rest.substring(0, 3);
            } else if (month != null) {
                value = String.format(Locale.ROOT, "%d-%02d", published.getYear(), month.getValue());
            } else {
                continue;
            }
            if (result == timexes) {
                result = new ArrayList<>(timexes);
            }
            int end = token.index() + (apostrophe ? 2 : 1);
            Timex year = null;
            for (Timex next : result) {
                if (month != null && next.tokenStart() == end && next.value() != null
                        && next.value().matches("\\d{4}") && YEAR_AFTER.matcher(words(next, tokens)).matches()) {
                    year = next;
                }
            }
            if (year != null) {
                result.remove(year);
                value = year.value() + value.substring(4);
                end = year.tokenEnd();
            }
            int charEnd = tokens.get(end - 1).charEnd();
            Timex found = new Timex(text.substring(token.charStart(), charEnd), "DATE", value, value, "part-of:"
                    + part.group(1).toLowerCase(Locale.ROOT), token.index(), end, token.charStart(), charEnd);
            int at = 0;
            while (at < result.size() && result.get(at).tokenStart() < token.index()) {
                at++;
            }
            result.add(at, found);
        }
        return result;
    }

    /**
     * A date or time whose value no TIMEX3 reader could parse, as SUTime sometimes composes one ("2011-W45T01:30" for
     * "this week at 1:30", "2011-SUT12:00" for "midday summer"): its part before the time of day when that is a
     * date, else null, for no time at all ("2010-WXX-7-SU" for "the summer sun"); a duration no reader could parse
     * is no time either.
     */
    private static Timex wellFormed(Timex timex) {
        if ("SET".equals(timex.type()) && "XXXX-WE".equals(timex.value())) {
            // "on weekends": TIMEX3 writes the weekend of every week
            return changed(timex, "SET", "XXXX-WXX-WE", "set");
        }
        if ("SET".equals(timex.type()) && timex.value() != null && PART_OF_DAY.matcher(timex.value()).matches()) {
            // "every morning", "each night": that part of every day, which SUTime writes without the day ("TMO")
            return changed(timex, "SET", "XXXX-XX-XX" + timex.value(), "set");
        }
        Matcher single = ONE_UNIT_VALUE.matcher(timex.value() == null ? "" : timex.value());
        if ("SET".equals(timex.type()) && single.matches()
                && EVERY_OTHER.matcher(timex.text().toLowerCase(Locale.ROOT)).matches()) {
            // "every other week": once in two weeks, which SUTime reads as every week
            return changed(timex, "SET", single.group(1) + "2" + single.group(2), "set");
        }
        Matcher months = MONTHS_VALUE.matcher(timex.value() == null ? "" : timex.value());
        if ("DURATION".equals(timex.type()) && months.matches()
                && QUARTERS.matcher(timex.text().toLowerCase(Locale.ROOT)).matches()
                && (months.group(1).equals("X") || Integer.parseInt(months.group(1)) % 3 == 0)) {
            // "several quarters", "the past two quarters": counted in quarters, as TIMEX3 writes them, not in SUTime's
            // months (a set, "quarterly", stays P3M)
            String count = months.group(1).equals("X") ? "X" : String.valueOf(Integer.parseInt(months.group(1)) / 3);
            return changed(timex, "DURATION", "P" + count + "Q", "quarter");
        }
        if ("DURATION".equals(timex.type()) && timex.value() != null) {
            // "circa 4500 - 3000 BC", which SUTime writes PT-13148736H
            return TIMEX3_DURATION.matcher(timex.value()).matches() ? timex : null;
        }
        if (!("DATE".equals(timex.type()) || "TIME".equals(timex.type())) || timex.value() == null
                || TIMEX3_DATE.matcher(timex.value()).matches()) {
            return timex;
        }
        int time = timex.value().indexOf('T');
        return time > 0 && TIMEX3_DATE.matcher(timex.value().substring(0, time)).matches()
                ? changed(timex, "DATE", timex.value().substring(0, time), "readable") : null;
    }

    /**
     * A value SUTime composed of parts that no rule here made readable ("1990 INTERSECT >=P6M" for "at least the
     * first two quarters of 1990"): its first part that is a date, else the expression as it is.
     */
    private static Timex readable(Timex timex, LocalDate published) {
        if (timex.value() == null || timex.value().indexOf(' ') < 0) {
            return timex;
        }
        for (String part : timex.value().split(" ")) {
            if (DATE_VALUE.matcher(part).matches()) {
                // a month or day of no year ("the last days of May": XXXX-05; "the early hours of Friday May 6")
                // is placed by the tense of its clause later
                String value = YEARLESS_MONTH.matcher(part).matches()
                        ? published.getYear() + part.substring(4) : part;
                if (value.length() == 10 && !MissedExpressions.isDay(value)) {
                    // February 29 of a year that has none
                    value = value.substring(0, 7);
                }
                return changed(timex, "DATE", value, "readable");
            }
        }
        return timex;
    }

    /**
     * "its first fiscal 2008 quarter": the ordinal, a year and "quarter" are that quarter of the year, which SUTime
     * read as 2,008 quarters; null for other words.
     */
    private static Timex quarterOfYear(String text, Timex timex, String words, List<Token> tokens) {
        Matcher year = YEAR_QUARTER.matcher(words);
        int ordinal = timex.tokenStart() - 1;
        if (ordinal > 0 && Set.of("fiscal", "calendar").contains(DateResolver.word(tokens.get(ordinal)))) {
            ordinal--;
        }
        Integer quarter = ordinal >= 0 ? PERIOD_ORDINALS.get(DateResolver.word(tokens.get(ordinal))) : null;
        return year.matches() && quarter != null ? changed(extended(text, timex, ordinal, timex.tokenEnd(), tokens),
                "DATE", year.group(1) + "-Q" + quarter, "quarter") : null;
    }

    private static Timex value(String text, Timex timex, List<Token> tokens, LocalDate published) {
        String words = words(timex, tokens);
        String value = timex.value();
        int yearEnd = yearEnd(timex, words, tokens);
        if (yearEnd > 0) {
            // "by year-end", "at year's end": the end of the publication's year, a date (TIMEX3 writes the year and
            // leaves the end to its mod); SUTime reads "year" alone, a duration
            String year = String.valueOf(published.getYear());
            // the article SUTime took before it goes with the noun after: "a year-end bonus"
            Timex whole = extended(text, timex, timex.tokenEnd() - 1, yearEnd, tokens);
            return new Timex(whole.text(), "DATE", year, timex.value(), "year-end", whole.tokenStart(),
                    whole.tokenEnd(), whole.charStart(), whole.charEnd());
        }
        Timex captioned = thisDay(text, timex, tokens, published);
        if (captioned != null) {
            return captioned;
        }
        Timex quarter = quarterOfYear(text, timex, words, tokens);
        if (quarter != null) {
            return quarter;
        }
        Matcher shortYear = SHORT_YEAR.matcher(words);
        if (shortYear.find() && value != null && value.matches("\\d{4}")
                && value.endsWith(shortYear.group(1))) {
            // "fiscal year '22", "the class of '22": the year of two digits nearest the publication, up to ten
            // years ahead of it ("'58" is 1958 in 2021, "'22" 2022); SUTime puts every one in the 1900s
            int year = published.getYear() / 100 * 100 + Integer.parseInt(shortYear.group(1));
            year += year > published.getYear() + 10 ? -100 : year < published.getYear() - 89 ? 100 : 0;
            return String.valueOf(year).equals(value) ? timex : changed(timex, "DATE", String.valueOf(year),
                    "year:short");
        }
        Matcher unmarked = CLOCK_VALUE.matcher(value == null ? "" : value);
        Matcher late = LATE_PART.matcher(words);
        if (unmarked.matches() && late.find() && !MERIDIEM.matcher(words).find()) {
            // "nine o'clock last night", "7:30 tonight": a clock time written without a.m. or p.m. in the evening,
            // which SUTime puts in the morning; at night only from six (two o'clock at night is in the morning)
            int hour = Integer.parseInt(unmarked.group(2));
            boolean night = late.group().endsWith("night");
            if (hour >= (night ? 6 : 1) && hour <= 11) {
                return changed(timex, timex.type(), unmarked.group(1) + "T" + (hour + 12) + unmarked.group(3),
                        "clock:late");
            }
        }
        if (DEICTIC_DAYS.containsKey(words) && timex.tokenEnd() + 1 < tokens.size()
                && MissedExpressions.APOSTROPHE_S.contains(tokens.get(timex.tokenEnd()).text())
                && "LOCATION".equals(tokens.get(timex.tokenEnd() + 1).ner())) {
            // "tomorrow's China", "today's Russia": a country as it will be or is, no day of it
            String reference = switch (words) {
                case "yesterday" -> "PAST_REF";
                case "tomorrow" -> "FUTURE_REF";
                default -> "PRESENT_REF";
            };
            return changed(timex, "DATE", reference, "indefinite");
        }
        if (SEASONS.contains(words) && value != null && DAY.matcher(value).lookingAt()) {
            // "but by fall, the second wave killed many people", which SUTime read as a time of the publication
            // day: the season, whose year DateResolver reads from the tense
            String season = switch (words) {
                case "spring" -> "SP";
                case "summer" -> "SU";
                case "winter" -> "WI";
                default -> "FA";
            };
            return changed(timex, "DATE", value.substring(0, 4) + "-" + season, "season");
        }
        Matcher agoToday = AGO_TODAY.matcher(words.replace(" - ", "-"));
        if (agoToday.matches() && numberWord(agoToday.group(1))) {
            // "fifty-four years ago today": that day so many years back (SUTime miscounts the written compound)
            int count = count(agoToday.group(1));
            LocalDate day = switch (agoToday.group(2)) {
                case "year" -> published.minusYears(count);
                case "month" -> published.minusMonths(count);
                case "week" -> published.minusWeeks(count);
                default -> published.minusDays(count);
            };
            return changed(timex, "DATE", day.toString(), "granularity:ago");
        }
        Matcher another = ANOTHER_UNIT.matcher(words);
        if (another.matches() && "DURATION".equals(timex.type())) {
            // "given another month": one more, which SUTime leaves uncounted
            return changed(timex, "DURATION", duration("1", another.group(1)), "split");
        }
        if (words.equals("one day") && "DURATION".equals(timex.type())) {
            String indefinite = someDay(timex, tokens);
            if (indefinite != null) {
                return changed(timex, "DATE", indefinite, "indefinite");
            }
        }
        Matcher clockAgo = CLOCK_AGO.matcher(words);
        if (clockAgo.matches()) {
            // SUTime counts from midnight of the publication date, which puts "two hours ago" on the day before
            boolean ahead = !clockAgo.group(3).equals("ago");
            String count = clockAgo.group(1);
            if (count == null || VAGUE.contains(count)) {
                return changed(timex, "DATE", ahead ? "FUTURE_REF" : "PAST_REF", "granularity:ago");
            }
            long unit = switch (clockAgo.group(2)) {
                case "hour", "hr" -> 3600L;
                case "minute", "min" -> 60L;
                default -> 1L;
            };
            // "half an hour ago", which SUTime counts from the day before
            long seconds = count.startsWith("half") ? unit / 2 : count(count) * unit;
            LocalDate day = published.atTime(12, 0).plusSeconds(ahead ? seconds : -seconds).toLocalDate();
            return changed(timex, "TIME", day.toString(), "granularity:ago");
        }
        Matcher fractionAgo = FRACTION_AGO.matcher(words);
        if (fractionAgo.matches()) {
            // "half a century ago", which SUTime counts as a whole one
            int years = yearsOfFraction(fractionAgo.group(1), fractionAgo.group(2).equals("century") ? 100 : 10);
            int year = published.getYear() + (fractionAgo.group(3).equals("ago") ? -years : years);
            return changed(timex, "DATE", String.valueOf(year), "granularity:ago");
        }
        Matcher ago = AGO.matcher(words);
        boolean vagueAgo = ago.matches() && (ago.group(1) == null || VAGUE.contains(ago.group(1)));
        if (ago.matches() && (vagueAgo || DAY.matcher(value).matches()
                || ago.group(1) != null && ago.group(1).contains(","))) {
            String count = ago.group(1);
            String unit = ago.group(2);
            boolean ahead = !ago.group(3).equals("ago");
            if (vagueAgo) {
                // "decades ago", "several years ago", "years from now"
                return changed(timex, "DATE", ahead ? "FUTURE_REF" : "PAST_REF", "granularity:ago");
            }
            // SUTime counts "forty-two days ago" as twenty and two and "a hundred years ago" as one, and reads "half"
            // apart from "half a dozen": such counts go from the publication; a century names a year, as a decade
            // does
            // "2,500 years ago" goes before the year 1: a negative year, as SUTime writes it
            LocalDate day = count.matches(TENS_WORDS) || count.endsWith("hundred") || count.endsWith("dozen")
                    || count.contains(",")
                    || unit.startsWith("centur")
                    || unit.equals("millenni")
                    ? shifted(published, (ahead ? 1 : -1) * count(count), unit) : LocalDate.parse(value);
            return changed(timex, timex.type(), ago(unit, day), "granularity:ago");
        }
        Matcher counted = COUNTED_UNITS.matcher(words);
        if (counted.matches() && "DURATION".equals(timex.type())) {
            // "sixty-one days", which SUTime writes P60D/P1D
            return changed(timex, "DURATION", duration(String.valueOf(count(counted.group(1))), counted.group(2)),
                    "split");
        }
        Matcher clockOffset = CLOCK_OFFSET.matcher(words);
        if (clockOffset.matches()) {
            // "30 minutes later": how long after, a duration; SUTime gives the publication day
            return changed(timex, "DURATION", duration(String.valueOf(count(clockOffset.group(1))),
                    clockOffset.group(2)), "split");
        }
        Matcher years = YEAR_SPAN.matcher(words);
        if (years.matches() && value.matches("PT\\d+H")) {
            // "from 1999-2003": SUTime counts the hours between the two years
            int span = Integer.parseInt(years.group(2)) - Integer.parseInt(years.group(1));
            return span > 0 ? changed(timex, "DURATION", "P" + span + "Y", "range") : timex;
        }
        Matcher shortSpan = SHORT_YEAR_SPAN.matcher(words);
        if (shortSpan.matches() && value.matches("\\d{4}-\\d{2}")) {
            // "the recession in 2007-09": two years written short, which SUTime reads as September 2007
            int from = Integer.parseInt(shortSpan.group(1));
            int to = from / 100 * 100 + Integer.parseInt(shortSpan.group(2));
            if (to > from) {
                return changed(timex, "DURATION", "P" + (to - from) + "Y", "range");
            }
        }
        Matcher decimal = DECIMAL_UNITS.matcher(words);
        if ("DURATION".equals(timex.type()) && decimal.matches()) {
            // "1.5 years", which SUTime writes P1Y
            String amount = decimal.group(1);
            String written = duration(amount, decimal.group(2));
            return written.equals(value) ? timex : changed(timex, "DURATION", written, "split");
        }
        if ((YEAR_OR_MONTH_VALUE.matcher(value).matches() || DAY.matcher(value).matches()
                && UNCOUNTED_DAYS.matcher(words).matches()
                || WEEK_OF_YEAR.matcher(value).matches() && UNCOUNTED_WEEKS.matcher(words).matches())
                && uncountedPlural(timex, tokens)) {
            // "in his last years" is not last year, "his last months" not last month, "in previous days" and "the
            // past days" not yesterday, "the following weeks" and "the next days" not next week or tomorrow,
            // "previous weeks" and "the last weeks" not last week (but "last weeks announcement" is last week's):
            // some of them
            String unit = DateResolver.word(tokens.get(timex.tokenEnd() - 1));
            return changed(timex, "DURATION", duration("X", unit.substring(0, unit.length() - 1)), "uncounted");
        }
        Matcher firstUnit = FIRST_UNIT.matcher(words);
        if ("DURATION".equals(timex.type()) && value.startsWith("PX") && firstUnit.matches()) {
            // "died in the first day of fighting": a day (week, month, year) the text does not date, not a span of
            // some days, as "first day" without its article already is
            String unknown = switch (firstUnit.group(1)) {
                case "day" -> "XXXX-XX-XX";
                case "week" -> "XXXX-WXX";
                case "month" -> "XXXX-XX";
                default -> "XXXX";
            };
            return changed(timex, "DATE", unknown, "split");
        }
        Matcher one = ONE_UNIT.matcher(value);
        if ("DURATION".equals(timex.type()) && one.matches() && uncountedPlural(timex, tokens)) {
            // "in its early years", "the first months": some years or months, not one (SUTime's P1Y)
            return changed(timex, "DURATION", one.group(1) + "X" + one.group(2), "uncounted");
        }
        Matcher range = RANGE_VALUE.matcher(value);
        if (("DURATION".equals(timex.type()) || "SET".equals(timex.type())) && range.matches()) {
            // "two to three months", "every five to 13 days": some months, as TIMEX3 writes an unknown count
            return changed(timex, timex.type(), "P" + range.group(1) + "X" + range.group(2), "range");
        }
        Matcher ordinal = ORDINAL_SPAN.matcher(value);
        if (ordinal.matches() && words.endsWith("s")) {
            // "in his first months in office": some months, not one
            return changed(timex, "DURATION", "PX" + ordinal.group(1), "uncounted");
        }
        if (ordinal.matches() || value.contains("#")) {
            // an ordinal SUTime could not place ("its first day of trading", "in his first year as president"): a
            // day (week, month, year) the text does not date
            String unknown = !ordinal.matches() ? "XXXX-XX-XX" : switch (ordinal.group(1)) {
                case "Y" -> "XXXX";
                case "M" -> "XXXX-XX";
                case "W" -> "XXXX-WXX";
                default -> "XXXX-XX-XX";
            };
            return changed(timex, "DATE", unknown, "split");
        }
        Matcher nearest = NEAREST_MONTH.matcher(words);
        Matcher month = MONTH_VALUE.matcher(value);
        if (nearest.matches() && month.matches() && DateResolver.monthNamed(nearest.group(2)) != null) {
            int wanted = DateResolver.monthNamed(nearest.group(2)).getValue();
            int current = published.getMonthValue();
            int year = published.getYear();
            int shifted = nearest.group(1).equals("last") ? (wanted < current ? year : year - 1)
                    : (wanted > current ? year : year + 1);
            return changed(timex, timex.type(), YearMonth.of(shifted, wanted).toString(), "month:nearest");
        }
        Matcher edgeDay = EDGE_DAY.matcher(words);
        Month edgeMonth = edgeDay.matches() ? DateResolver.monthNamed(edgeDay.group(2)) : null;
        if (edgeMonth != null) {
            // "the last day of January": its last day, in the year written, else the nearest such month (SUTime
            // counts days back from the publication)
            int year = edgeDay.group(3) != null ? Integer.parseInt(edgeDay.group(3)) : published.getYear();
            if (edgeDay.group(3) == null) {
                int back = Math.floorMod(published.getMonthValue() - edgeMonth.getValue(), 12);
                int ahead = Math.floorMod(edgeMonth.getValue() - published.getMonthValue(), 12);
                year += ahead < back ? (edgeMonth.getValue() < published.getMonthValue() ? 1 : 0)
                        : (edgeMonth.getValue() > published.getMonthValue() ? -1 : 0);
            }
            YearMonth inYear = YearMonth.of(year, edgeMonth);
            LocalDate day = edgeDay.group(1).equals("first") ? inYear.atDay(1) : inYear.atEndOfMonth();
            return changed(timex, "DATE", day.toString(), "month-edge");
        }
        if (OLD_DAYS.matcher(words).matches()) {
            // "the old days", "the good old days": a time gone by, not some days
            return changed(timex, "DATE", "PAST_REF", "span");
        }
        if (words.equals("the other day")) {
            // some recent day, not the publication's SUTime gives
            return changed(timex, "DATE", "PAST_REF", "span");
        }
        Matcher halfUnit = HALF_UNIT.matcher(words);
        if (halfUnit.matches() && (words.endsWith(halfUnit.group(1)) || !halfUnit.group(1).startsWith("dec")
                && !halfUnit.group(1).startsWith("cent"))) {
            // "half a century later" is a year, counted as "fifty years later" is
            return changed(timex, "DURATION", halfSpan(halfUnit.group(1)), "split");
        }
        Matcher compared = COMPARED_SPAN.matcher(words);
        if (compared.matches() && timex.tokenEnd() < tokens.size()
                && DateResolver.word(tokens.get(timex.tokenEnd())).equals("than")) {
            // "six weeks earlier than planned": by how much, not when
            String count = compared.group(1);
            return changed(timex, "DURATION", duration(VAGUE.contains(count) ? "X" : String.valueOf(count(count)),
                    compared.group(2)), "span");
        }
        Matcher season = NEAREST_SEASON.matcher(words);
        if (season.matches() && value.matches("\\d{4}-(SP|SU|FA)")) {
            // "last spring" written in December is this year's, over by then; "next summer" written in March too
            int ends = switch (season.group(2)) {
                case "spring" -> 5;
                case "summer" -> 8;
                default -> 11;
            };
            int starts = ends - 2;
            int year = published.getYear();
            int shifted = season.group(1).equals("last") ? (published.getMonthValue() > ends ? year : year - 1)
                    : (published.getMonthValue() < starts ? year : year + 1);
            return changed(timex, timex.type(), shifted + value.substring(4), "month:nearest");
        }
        if (HALF_CENTURY.matcher(words).matches()) {
            // "the past half century": fifty years up to now, not the century SUTime gives
            return changed(timex, "DURATION", "P50Y", "span");
        }
        Matcher lastWeekday = LAST_WEEKDAY.matcher(words);
        Matcher dayAndPart = SPLIT_DAY.matcher(value);
        if (lastWeekday.matches() && dayAndPart.matches()
                && DateResolver.weekdayNamed(lastWeekday.group(2)) != null) {
            // "last Tuesday", "last Wednesday night": the latest Tuesday before today, not always one of the week
            // before
            LocalDate latest = published.with(TemporalAdjusters.previous(
                    DateResolver.weekdayNamed(lastWeekday.group(2))));
            int shift = lastWeekday.group(1) == null ? 0 : lastWeekday.group(1).equals("before") ? -1 : 1;
            String part = dayAndPart.group(2) == null ? "" : dayAndPart.group(2);
            return changed(timex, timex.type(), latest.plusDays(shift) + part, "weekday:latest");
        }
        if (PAST_DECADE.matcher(words).matches()) {
            // the ten years up to now (or from now: "over the next decade"), not the calendar decade
            return changed(timex, "DURATION", "P10Y", "span");
        }
        if (PAST_WEEK.matcher(words).matches()) {
            // the seven days up to now, not the calendar week SUTime gives
            return changed(timex, "DURATION", "P1W", "span");
        }
        if (words.equals("recent years") || words.equals("in recent years")) {
            return changed(timex, "DATE", "PAST_REF", "span");
        }
        Matcher interval = INTERVAL_UNIT.matcher(words);
        if (INTERVAL_VALUE.matcher(value).matches() && interval.matches()) {
            // "the next several days", "up to 48 hours", which SUTime writes as two dates: how long, as TIMEX3 does
            String amount = interval.group(1) != null && (isCount(interval.group(1))
                    || interval.group(1).matches(TENS_WORDS)) ? String.valueOf(count(interval.group(1))) : "X";
            return changed(timex, "DURATION", duration(amount, interval.group(2)), "span");
        }
        Matcher nextUnit = NEXT_CLOCK_UNIT.matcher(words);
        if (nextUnit.matches() && value.endsWith("TXX")) {
            // "for the next hour": an hour long, not an unknown time of the day
            return changed(timex, "DURATION", duration("1", nextUnit.group(1)), "span");
        }
        Matcher vague = VAGUE_OFFSET.matcher(words);
        if (vague.matches() && "DATE".equals(timex.type()) && DAY.matcher(value).matches()) {
            // "a few months later" lies at a distance the text does not give: a day counted by SUTime would put it
            // on a date the text never says
            String unknown = switch (vague.group(1)) {
                case "day", "week" -> "XXXX-XX-XX";
                case "month" -> "XXXX-XX";
                default -> "XXXX";
            };
            return changed(timex, "DATE", unknown, "span");
        }
        Matcher vagueOffset = VAGUE_CLOCK_OFFSET.matcher(words);
        if (vagueOffset.matches()) {
            // "seconds later": how long after, as "30 minutes later" is
            return changed(timex, "DURATION", duration("X", vagueOffset.group(1)), "split");
        }
        if (COMING.matcher(words).matches()) {
            // an open stretch ahead, not the next day SUTime gives
            return changed(timex, "DATE", "FUTURE_REF", "span");
        }
        Matcher beforeLast = BEFORE_LAST.matcher(words);
        if (beforeLast.matches() && timex.tokenEnd() < tokens.size()
                && DateResolver.word(tokens.get(timex.tokenEnd())).equals("last")
                && (timex.tokenEnd() + 1 == tokens.size()
                || !tokens.get(timex.tokenEnd() + 1).pos().startsWith("NN"))) {
            // "the week before last": two weeks back, not SUTime's week before this one
            return changed(extended(text, timex, timex.tokenStart(), timex.tokenEnd() + 1, tokens), "DATE",
                    ago(beforeLast.group(1), shifted(published, -2, beforeLast.group(1))), "unit:previous");
        }
        if (timex.tokenEnd() < tokens.size() && THE_UNITS.matcher(words).matches()
                && DateResolver.word(tokens.get(timex.tokenEnd())).equals("ahead")) {
            // "in the weeks ahead", of which SUTime read "the weeks": a stretch of some weeks, "ahead" included (as
            // TimeBank marks it)
            return extended(text, timex, timex.tokenStart(), timex.tokenEnd() + 1, tokens);
        }
        if (words.equals("days") && timex.tokenStart() > 0
                && DateResolver.word(tokens.get(timex.tokenStart() - 1)).equals("these")) {
            // "these days" is the present, not a number of days
            return changed(extended(text, timex, timex.tokenStart() - 1, timex.tokenEnd(), tokens), "DATE",
                    "PRESENT_REF", "span");
        }
        int halfStart = halfBefore(timex, words, tokens);
        if (halfStart >= 0) {
            // "the second half of the year", of which SUTime read "the year" alone
            timex = extended(text, timex, halfStart, timex.tokenEnd(), tokens);
            words = words(timex, tokens);
        }
        Matcher half = HALF_OF.matcher(words);
        Matcher year = YEAR_START.matcher(value);
        if (half.matches() && year.matches()) {
            String which = half.group(1) != null ? half.group(1) : half.group(2);
            String inYear = half.group(3) != null ? half.group(3) : year.group(1);
            return changed(timex, "DATE", inYear + (which.equals("first") ? "-H1" : "-H2"), "quarter");
        }
        Matcher fiscalQuarter = FISCAL_QUARTER.matcher(value);
        if (fiscalQuarter.matches() && !words.contains("fiscal")) {
            // "Q3": a calendar quarter unless the text says fiscal
            return changed(timex, "DATE", fiscalQuarter.group(1) + "-Q" + fiscalQuarter.group(2), "quarter");
        }
        Matcher lastQuarter = LAST_QUARTER_OF.matcher(words);
        if (lastQuarter.matches()) {
            return changed(timex, "DATE", lastQuarter.group(1) + "-Q4", "quarter");
        }
        Matcher previousUnit = PREVIOUS_UNIT.matcher(words);
        if (previousUnit.matches()) {
            String previous = previousUnit(previousUnit.group(1), value, published);
            return previous == null ? timex : changed(timex, timex.type(), previous, "unit:previous");
        }
        Matcher zoned = ZONED.matcher(value);
        if (zoned.matches()) {
            return changed(timex, timex.type(), zoned.group(1) + ("+0000".equals(zoned.group(2)) ? "Z" : ""), "zone");
        }
        Matcher weekdayParts = WEEKDAY_PARTS.matcher(words);
        if (weekdayParts.matches()) {
            // "on Tuesday nights": that part of every Tuesday, which SUTime reads as one night
            return changed(timex, "SET", "XXXX-WXX-" + DateResolver.weekdayNamed(weekdayParts.group(1)).getValue()
                    + "T" + PART_CODES.get(weekdayParts.group(2)), "set");
        }
        Matcher weeklyClock = WEEKLY_CLOCK_YEAR.matcher(value);
        Matcher lastClock = MILITARY.matcher(tokens.get(timex.tokenEnd() - 1).text());
        if (weeklyClock.matches() && lastClock.matches() && weeklyClock.group(1).equals(lastClock.group(0))
                && PLURAL_WEEKDAY.matcher(tokens.get(timex.tokenStart()).text()).matches()) {
            // "on Saturdays, 1130": every Saturday at that time, which SUTime read as the Saturdays of the year 1130
            return changed(timex, "SET", "XXXX-WXX-" + weeklyClock.group(2) + "T" + lastClock.group(1) + ":"
                    + lastClock.group(2), "set");
        }
        Matcher military = MILITARY.matcher(words);
        int last = timex.tokenEnd() - 1;
        Matcher militaryLast = MILITARY.matcher(tokens.get(last).text());
        boolean clockLast = militaryLast.matches();
        // a clock time alone ("1130") is its own last token
        if (clockLast && (military.matches() || "DATE".equals(timex.type()))
                && timex.tokenEnd() < tokens.size() && UTC.contains(DateResolver.word(tokens.get(timex.tokenEnd())))) {
            // "1130 GMT", "at about 1130 GMT on Monday" (of which SUTime read "about 1130" as a year); "18 JANUARY,
            // 2200 GMT" is on the day written, which SUTime put in the year 2200
            Timex clock = extended(text, timex, timex.tokenStart(), timex.tokenEnd() + 1, tokens);
            Matcher day = DAY_OF_CLOCK_YEAR.matcher(value);
            LocalDate on = published;
            if (day.matches() && day.group(1).equals(militaryLast.group(0))
                    && MissedExpressions.isDay(published.getYear() + day.group(2))) {
                on = LocalDate.parse(published.getYear() + day.group(2));
                on = on.isAfter(published.plusDays(1)) ? on.minusYears(1) : on;
            }
            return changed(clock, "TIME", on + "T" + militaryLast.group(1) + ":" + militaryLast.group(2) + "Z",
                    "zone");
        }
        if ("DATE".equals(timex.type()) && clockLast && last + 2 < tokens.size()
                && words(tokens, last + 1, last + 3).equals("local time")) {
            // "at about 1300 local time": a time of day, not the year 1300
            Timex clock = extended(text, timex, timex.tokenStart(), last + 3, tokens);
            return changed(clock, "TIME", published + "T" + militaryLast.group(1) + ":" + militaryLast.group(2),
                    "clock");
        }
        if (military.matches() && words.startsWith("0") && "DATE".equals(timex.type())) {
            // "by 0300 on Monday": a time of day, not the year 300
            return changed(timex, "TIME", published + "T" + military.group(1) + ":" + military.group(2), "clock");
        }
        if (clockLast && "DATE".equals(timex.type()) && atClock(timex, tokens)) {
            // "struck at 1653 (2153 GMT)", "fell asleep at about 1100": a time of day, not a year, which is "in"
            return changed(timex, "TIME", published + "T" + militaryLast.group(1) + ":" + militaryLast.group(2),
                    "clock");
        }
        Matcher shortDecade = SHORT_DECADE.matcher(words);
        if (shortDecade.matches()) {
            // "the '70s": the latest such decade begun by the publication (SUTime writes the set XX7X)
            int decade = 2000 + 10 * Integer.parseInt(shortDecade.group(1));
            return changed(timex, "DATE", String.valueOf((decade <= published.getYear() ? decade : decade - 100) / 10),
                    "decade");
        }
        Matcher hundreds = HUNDREDS.matcher(words);
        if (hundreds.matches() && Integer.parseInt(hundreds.group(1)) < 19) {
            // "the 1800s" is the 19th century; SUTime reads the decade 1800-1809 ("the 2000s" stays a decade)
            return changed(timex, "DATE", hundreds.group(1), "century");
        }
        Matcher unitCentury = UNIT_ORDINAL_CENTURY.matcher(words);
        int centuryTens = timex.tokenStart() >= 2 && tokens.get(timex.tokenStart() - 1).text().equals("-")
                ? TENS.indexOf(DateResolver.word(tokens.get(timex.tokenStart() - 2))) : -1;
        if (unitCentury.matches() && centuryTens >= 2) {
            // "the twenty-first century", of which SUTime read "first century" alone: the 21st, 20
            int from = timex.tokenStart() - 2;
            from -= from > 0 && DateResolver.word(tokens.get(from - 1)).equals("the") ? 1 : 0;
            int number = 10 * centuryTens + DAY_ORDINAL_WORDS.indexOf(unitCentury.group(1)) + 1;
            return changed(extended(text, timex, from, timex.tokenEnd(), tokens), "DATE",
                    String.format(Locale.ROOT, "%02d", number - 1), "century");
        }
        Matcher partCentury = PART_ORDINAL_CENTURY.matcher(words);
        if (partCentury.matches()) {
            // "the mid-19th century", which SUTime reads as the 21st
            return changed(timex, "DATE", String.format(Locale.ROOT, "%02d",
                    Integer.parseInt(partCentury.group(1)) - 1), "century");
        }
        Matcher ordinalCentury = ORDINAL_CENTURY.matcher(words);
        if (ordinalCentury.matches()) {
            // "the early 20th centuries" of "the 19th and early 20th centuries", which SUTime values as a year
            return changed(timex, "DATE", String.format(Locale.ROOT, "%02d",
                    Integer.parseInt(ordinalCentury.group(1)) - 1), "century");
        }
        if (DECADE_VALUE.matcher(value).matches() && DECADE_TEXT.matcher(words).matches()) {
            return changed(timex, "DATE", value.substring(0, 3), "decade");
        }
        if (CENTURY_VALUE.matcher(value).matches() && words.contains("century")) {
            return changed(timex, "DATE", value.substring(0, 2), "century");
        }
        if ("DURATION".equals(timex.type()) && PER_UNIT.matcher(words).matches() && timex.tokenStart() > 0
                && (timex.tokenEnd() >= tokens.size() || !Set.of("after", "before", "later", "earlier", "ago")
                .contains(DateResolver.word(tokens.get(timex.tokenEnd()))))) {
            // not "4:37 PM A day after scientists reported": a span
            return set(text, timex, tokens);
        }
        return timex;
    }

    /** {@code published} moved by {@code count} units ("centur" for centuries, decades, years, ...). */
    private static LocalDate shifted(LocalDate published, int count, String unit) {
        return switch (unit) {
            case "millenni" -> published.plusYears(1000L * count);
            case "centur" -> published.plusYears(100L * count);
            case "decade" -> published.plusYears(10L * count);
            case "year" -> published.plusYears(count);
            case "month" -> published.plusMonths(count);
            case "week" -> published.plusWeeks(count);
            default -> published.plusDays(count);
        };
    }

    private static String ago(String unit, LocalDate day) {
        return switch (unit) {
            case "year", "decade", "centur", "millenni" -> String.format(Locale.ROOT, "%04d", day.getYear());
            case "month" -> YearMonth.from(day).toString();
            case "week", "fortnight" -> DateSpan.week(day);
            default -> day.toString();
        };
    }

    /** The unit before the publication date's, when SUTime gave the publication date's own; else null. */
    private static String previousUnit(String unit, String value, LocalDate published) {
        return switch (unit) {
            case "year" -> value.equals(String.valueOf(published.getYear()))
                    ? String.valueOf(published.getYear() - 1) : null;
            case "month" -> value.equals(YearMonth.from(published).toString())
                    ? YearMonth.from(published).minusMonths(1).toString() : null;
            default -> {
                int quarter = published.get(IsoFields.QUARTER_OF_YEAR);
                if (!value.equals(published.getYear() + "-Q" + quarter)) {
                    yield null;
                }
                yield quarter == 1 ? (published.getYear() - 1) + "-Q4" : published.getYear() + "-Q" + (quarter - 1);
            }
        };
    }

    /** "twice a week", "three times a year", "15 a year": the frequency word joins the set, a bare count does not. */
    private static Timex set(String text, Timex timex, List<Token> tokens) {
        int before = timex.tokenStart() - 1;
        Token previous = tokens.get(before);
        String word = DateResolver.word(previous);
        if (FREQUENCY.contains(word)) {
            int start = word.equals("times") && before > 0 && "CD".equals(tokens.get(before - 1).pos())
                    ? before - 1 : before;
            return changed(extended(text, timex, start, timex.tokenEnd(), tokens), "SET", timex.value(), "set");
        }
        // a count per unit, the count right before or a few nouns before: "15 a year", "13 million visitors a year",
        // "thousands of migrants a day"
        for (int i = before; i >= Math.max(0, before - 3); i--) {
            String pos = tokens.get(i).pos();
            if (pos.equals("CD") || COUNT_NOUNS.contains(DateResolver.word(tokens.get(i)))) {
                return changed(timex, "SET", timex.value(), "set");
            }
            if (!pos.startsWith("NN") && !pos.startsWith("JJ") && !(i < before && pos.equals("IN")
                    && DateResolver.word(tokens.get(i)).equals("of"))) {
                break;
            }
        }
        return timex;
    }

    /** "every" and the weekday SUTime gave as two sets of one value, as one expression. */
    private static Timex everyWeekday(String text, Timex previous, Timex next) {
        boolean bothSets = "SET".equals(previous.type()) && "SET".equals(next.type());
        if (!bothSets || !previous.value().equals(next.value()) || previous.tokenEnd() != next.tokenStart()) {
            return null;
        }
        return new Timex(text.substring(previous.charStart(), next.charEnd()), "SET", next.value(),
                next.sourceValue(), "set", previous.tokenStart(), next.tokenEnd(), previous.charStart(),
                next.charEnd());
    }

    /**
     * "December 17 of each year", which SUTime reads as a day and a set: that day of every year, one set. Null when
     * the two are no such pair.
     */
    private static Timex dayOfEveryYear(String text, Timex previous, Timex next, List<Token> tokens) {
        Matcher day = DAY.matcher(previous.value() == null ? "" : previous.value());
        if (!"DATE".equals(previous.type()) || !day.matches() || previous.text().matches(".*\\d{4}.*")
                || next.tokenStart() - previous.tokenEnd() != 1
                || !DateResolver.word(tokens.get(previous.tokenEnd())).equals("of")
                || !EVERY_YEAR.matcher(words(next, tokens)).matches()) {
            return null;
        }
        Timex whole = extended(text, previous, previous.tokenStart(), next.tokenEnd(), tokens);
        return new Timex(whole.text(), "SET", "XXXX" + previous.value().substring(4), previous.sourceValue(), "set",
                whole.tokenStart(), whole.tokenEnd(), whole.charStart(), whole.charEnd());
    }

    /**
     * "a quarter century", "a half century", which SUTime reads as a quarter of a year and a century: one span of
     * 25 or 50 years. Null when the two are no such pair.
     */
    private static Timex partOfCentury(String text, Timex previous, Timex next, List<Token> tokens) {
        Matcher part = CENTURY_PART.matcher(words(previous, tokens));
        int gap = next.tokenStart() - previous.tokenEnd();
        boolean hyphen = gap == 1 && tokens.get(previous.tokenEnd()).text().equals("-");
        if (!part.matches() || !(gap == 0 || hyphen) || !words(next, tokens).equals("century")) {
            return null;
        }
        Timex whole = extended(text, previous, previous.tokenStart(), next.tokenEnd(), tokens);
        return new Timex(whole.text(), "DURATION", part.group(1).equals("quarter") ? "P25Y" : "P50Y",
                previous.sourceValue(), "split", whole.tokenStart(), whole.tokenEnd(), whole.charStart(),
                whole.charEnd());
    }

    /**
     * "this July 31" without its year, which SUTime reads as "this July": the day, without "this", in the
     * publication's year, or the latest before the publication in a caption ("In this July 31 file photo", published
     * in January). Null when the expression is no such month.
     */
    private static Timex thisDay(String text, Timex timex, List<Token> tokens, LocalDate published) {
        Matcher month = THIS_MONTH.matcher(words(timex, tokens));
        int day = timex.tokenEnd();
        if (!month.matches() || !month.group().startsWith("this") || day >= tokens.size()
                || !tokens.get(day).text().matches("\\d{1,2}")
                || day + 2 < tokens.size() && tokens.get(day + 1).text().equals(",")
                && tokens.get(day + 2).text().matches("\\d{4}")) {
            return null;
        }
        int number = Integer.parseInt(tokens.get(day).text());
        Month named = DateResolver.monthNamed(month.group(1));
        if (number < 1 || number > named.maxLength()) {
            return null;
        }
        LocalDate date = LocalDate.of(published.getYear(), named,
                Math.min(number, named.length(Year.isLeap(published.getYear()))));
        boolean caption = IntStream.rangeClosed(day + 1, Math.min(day + 3, tokens.size() - 1))
                .anyMatch(i -> CAPTIONS.contains(DateResolver.word(tokens.get(i))));
        if (caption && date.isAfter(published)) {
            date = date.minusYears(1);
        }
        Timex whole = extended(text, timex, timex.tokenStart() + 1, day + 1, tokens);
        return new Timex(whole.text(), "DATE", date.toString(), timex.sourceValue(), "written", whole.tokenStart(),
                whole.tokenEnd(), whole.charStart(), whole.charEnd());
    }

    /**
     * "this June 8, 2010" in a caption ("in this June 8, 2010 file photo"), which SUTime reads as "this June" and
     * "2010": the written date, without "this". Null when the two are no such pair.
     */
    private static Timex thisDate(String text, Timex previous, Timex next, List<Token> tokens) {
        int day = previous.tokenEnd();
        Matcher month = THIS_MONTH.matcher(words(previous, tokens));
        if (!month.matches() || next.tokenStart() != day + 2 || !tokens.get(day + 1).text().equals(",")
                || !words(next, tokens).matches("\\d{4}") || !tokens.get(day).text().matches("\\d{1,2}")) {
            return null;
        }
        Month named = DateResolver.monthNamed(month.group(1));
        String value = String.format(Locale.ROOT, "%s-%02d-%02d", words(next, tokens), named.getValue(),
                Integer.parseInt(tokens.get(day).text()));
        if (!MissedExpressions.isDay(value)) {
            return null;
        }
        Timex whole = extended(text, next, previous.tokenStart() + 1, next.tokenEnd(), tokens);
        return new Timex(whole.text(), "DATE", value, previous.sourceValue(), "written", whole.tokenStart(),
                whole.tokenEnd(), whole.charStart(), whole.charEnd());
    }

    /**
     * "the past" and a counted duration right after it, which SUTime kept apart when it did not see the count
     * ("the past five trading days"): one duration. Null when the two are no such pair.
     */
    private static Timex pastSpan(String text, Timex previous, Timex next, List<Token> tokens) {
        String words = words(previous, tokens);
        if (!PAST_SPAN.matcher(words).matches() || previous.tokenEnd() != next.tokenStart()
                || !"DURATION".equals(next.type()) || !next.value().matches("PT?\\d.*")) {
            return null;
        }
        return new Timex(text.substring(previous.charStart(), next.charEnd()), "DURATION", next.value(),
                next.sourceValue(), next.rule(), previous.tokenStart(), next.tokenEnd(), previous.charStart(),
                next.charEnd());
    }

    /**
     * Expressions SUTime intersected into one value no consumer can read, as the parts TIMEX3 writes: a duration and
     * the day after it ("six years on Thursday", "more than four hours Friday") as two expressions; "the first nine
     * months of 1997" as the duration and the year; a unit word SUTime took before a date ("year in December",
     * "day yesterday", "quarter, the second quarter") left out. Otherwise the expression alone.
     */
    private static List<Timex> split(String text, Timex timex, List<Token> tokens, LocalDate published) {
        List<Timex> unitThenWeekday = unitThenWeekday(text, timex, tokens);
        if (unitThenWeekday != null) {
            return unitThenWeekday;
        }
        List<Timex> weekdaysFrequency = weekdaysFrequency(text, timex, tokens, published);
        if (weekdaysFrequency != null) {
            return weekdaysFrequency;
        }
        List<Timex> coordinated = coordinatedPeriods(text, timex, tokens, published);
        if (coordinated != null) {
            return coordinated;
        }
        List<Timex> yearThenAgo = yearThenAgo(text, timex, tokens, published);
        if (yearThenAgo != null) {
            return yearThenAgo;
        }
        Timex lasting = lastingDuration(text, timex, tokens);
        if (lasting != null) {
            return List.of(lasting);
        }
        Timex since = unitSince(text, timex, tokens);
        if (since != null) {
            return List.of(since);
        }
        List<Timex> setSince = periodSince(text, timex, tokens, published);
        if (setSince != null) {
            return setSince;
        }
        List<Timex> offsetDate = dateThenOffset(text, timex, tokens, published);
        if (offsetDate != null) {
            return offsetDate;
        }
        List<Timex> deictic = deicticThen(text, timex, tokens, published);
        if (deictic != null) {
            return deictic;
        }
        List<Timex> named = namedDeictic(text, timex, tokens, published);
        if (named != null) {
            return named;
        }
        List<Timex> appositive = appositiveDay(text, timex, tokens, published);
        if (appositive != null) {
            return appositive;
        }
        List<Timex> dayThenDate = dayThenDate(text, timex, tokens, published);
        if (dayThenDate != null) {
            return dayThenDate;
        }
        List<Timex> dayThenOrdinal = dayThenOrdinal(text, timex, tokens, published);
        if (dayThenOrdinal != null) {
            return dayThenOrdinal;
        }
        List<Timex> countFromDate = countFromDate(text, timex, tokens);
        if (countFromDate != null) {
            return countFromDate;
        }
        Timex weekOf = weekOf(text, timex, tokens, published);
        if (weekOf != null) {
            return List.of(weekOf);
        }
        List<Timex> thenDeictic = thenDeictic(text, timex, tokens, published);
        if (thenDeictic != null) {
            return thenDeictic;
        }
        String[] parts = timex.value().split(" INTERSECT ");
        if (parts.length != 2) {
            return List.of(timex);
        }
        String duration = (parts[0].matches("[<>]?=?P.*") ? parts[0] : parts[1]).replaceFirst("^[<>]?=?", "");
        String date = parts[0].matches("[<>]?=?P.*") ? parts[1] : parts[0];
        Matcher day = SPLIT_DAY.matcher(date);
        if (!duration.startsWith("P")) {
            return List.of(timex);
        }
        String last = DateResolver.word(tokens.get(timex.tokenEnd() - 1));
        Matcher span = HEDGED_SPAN.matcher(words(tokens, timex.tokenStart(), timex.tokenEnd() - 1));
        if (DEICTIC_DAYS.containsKey(last) && span.matches() && DATE_PART.matcher(date).matches()) {
            // "met for two hours yesterday", "took about two hours yesterday": how long, and the day
            String length = duration(VAGUE.contains(span.group(1)) ? "X" : String.valueOf(count(span.group(1))),
                    span.group(2));
            return List.of(changed(extended(text, timex, timex.tokenStart(), timex.tokenEnd() - 1, tokens),
                    "DURATION", length, "split"), changed(extended(text, timex, timex.tokenEnd() - 1,
                    timex.tokenEnd(), tokens), "DATE", date, "split"));
        }
        String first = DateResolver.word(tokens.get(timex.tokenStart()));
        if (UNIT_WORDS.contains(singular(first)) && DATE_PART.matcher(date).matches()) {
            int start = timex.tokenStart() + 1;
            while (start < timex.tokenEnd() && UNIT_TO_DATE.contains(DateResolver.word(tokens.get(start)))) {
                start++;
            }
            if (start < timex.tokenEnd()) {
                Timex dated = changed(extended(text, timex, start, timex.tokenEnd(), tokens), "DATE",
                        day.matches() ? day.group(1) : date, "split");
                int before = timex.tokenStart() - 1;
                if (first.equals("day") && before > 0 && (tokens.get(before).pos().equals("JJS")
                        || DateResolver.word(tokens.get(before - 1)).equals("most"))) {
                    // "the busiest day of the year": a day of its own, which ParagraphDates dates, and the year
                    return List.of(changed(extended(text, timex, timex.tokenStart(), timex.tokenStart() + 1, tokens),
                            "DURATION", "P1D", "split"), dated);
                }
                return List.of(dated);
            }
        }
        int unit = timex.tokenStart() + 1;
        if (unit + 2 < timex.tokenEnd() && tokens.get(timex.tokenStart()).pos().equals("CD")
                && UNIT_WORDS.contains(singular(DateResolver.word(tokens.get(unit))))
                && COUNT_TO_DATE.contains(DateResolver.word(tokens.get(unit + 1)))
                && DATE_PART.matcher(date).matches() && COUNTED_SPAN.matcher(duration).matches()) {
            // "200 days in 2010": the span and the year
            return List.of(changed(extended(text, timex, timex.tokenStart(), unit + 1, tokens), "DURATION", duration,
                    "split"), changed(extended(text, timex, unit + 2, timex.tokenEnd(), tokens), "DATE",
                    day.matches() ? day.group(1) : date, "split"));
        }
        int of = -1;
        int on = -1;
        for (int i = timex.tokenStart() + 1; i < timex.tokenEnd(); i++) {
            String word = DateResolver.word(tokens.get(i));
            boolean inside = i < timex.tokenEnd() - 1;
            if (inside && word.equals("on") || on < 0 && DateResolver.weekdayNamed(word) != null) {
                on = word.equals("on") ? i : i - 1;
                if (!word.equals("on") && on > timex.tokenStart()
                        && RELATIVE_DAY.contains(DateResolver.word(tokens.get(on)))) {
                    on--; // "five hours last Monday": "last" goes with the day
                }
            } else if (inside && word.equals("of") && of < 0) {
                of = i;
            }
        }
        if (of > 0 && DATE_PART.matcher(date).matches() && duration.matches("P\\d+M")
                && DateResolver.word(tokens.get(timex.tokenStart() + (first.equals("the") ? 1 : 0))).equals("first")) {
            return List.of(changed(extended(text, timex, timex.tokenStart(), of, tokens), "DURATION", duration,
                            "split"),
                    changed(extended(text, timex, of + 1, timex.tokenEnd(), tokens), "DATE", date, "split"));
        }
        if (on < 0 || !day.matches()) {
            return List.of(timex);
        }
        Timex left = changed(extended(text, timex, timex.tokenStart(), on + (DateResolver.word(tokens.get(on))
                .equals("on") ? 0 : 1), tokens), "DURATION", duration, "split");
        String dayPart = day.group(2) == null ? "" : day.group(2);
        Timex right = changed(extended(text, timex, on + 1, timex.tokenEnd(), tokens), dayPart.isEmpty() ? "DATE"
                : "TIME", day.group(1) + dayPart, "split");
        if (DateResolver.word(tokens.get(on)).equals("of")) {
            // "the early hours of Monday": a part of the day, not a duration of its own
            return List.of(right);
        }
        return List.of(left, right);
    }

    /**
     * "Election Day", "Labor Day" where SUTime took "Day" alone for a duration: the holiday, a date of the
     * publication's year, whose year {@link DateResolver} then reads from the tense. Null for anything else.
     */
    private static Timex holidayDay(String text, Timex timex, List<Token> tokens, LocalDate published) {
        int start = timex.tokenStart();
        if (timex.tokenEnd() - start == 1 && start > 0 && tokens.get(start).text().equals("Week")
                && tokens.get(start - 1).text().equals("Holy")) {
            // the week before Easter, Palm Sunday to Holy Saturday: the ISO week of all of it but its Sunday
            LocalDate saturday = Holidays.easter(published.getYear()).minusDays(1);
            return changed(extended(text, timex, start - 1, start + 1, tokens), "DATE", DateSpan.week(saturday),
                    "holiday");
        }
        int from = holidayStart(timex, tokens);
        if (from < 0) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int i = from; i < timex.tokenEnd(); i++) {
            String word = tokens.get(i).text();
            name.append(i == from || word.startsWith("'") ? "" : " ").append(word);
        }
        LocalDate day = Holidays.on(name.toString(), published.getYear());
        return day == null ? null : changed(extended(text, timex, from, timex.tokenEnd(), tokens), "DATE",
                day.toString(), "holiday");
    }

    /**
     * "Friday's weekly prayers", of which SUTime made one set of every Friday: the Friday, a date whose side of the
     * publication {@link DateResolver} then reads from the tense, and the frequency. Null for anything else.
     */
    private static List<Timex> weekdaysFrequency(String text, Timex timex, List<Token> tokens, LocalDate published) {
        int start = timex.tokenStart();
        DayOfWeek weekday = DateResolver.weekdayNamed(DateResolver.word(tokens.get(start)));
        if (!"SET".equals(timex.type()) || timex.tokenEnd() - start != 3 || weekday == null
                || !tokens.get(start + 1).text().equals("'s")) {
            return null;
        }
        String frequency = FREQUENCIES.get(DateResolver.word(tokens.get(start + 2)));
        if (frequency == null) {
            return null;
        }
        return List.of(changed(extended(text, timex, start, start + 1, tokens), "DATE",
                published.with(TemporalAdjusters.nextOrSame(weekday)).toString(), "split"),
                changed(extended(text, timex, start + 2, start + 3, tokens), "SET", frequency, "split"));
    }

    /**
     * Where the holiday name that a lone "Day" or weekday ends starts ("Mother 's Day", "Palm Sunday"), or the longer
     * name that a holiday SUTime read ends ("Workers Memorial Day"), or -1 if it ends none.
     */
    private static int holidayStart(Timex timex, List<Token> tokens) {
        int start = timex.tokenStart();
        String last = tokens.get(start).text();
        String whole = words(tokens, start, timex.tokenEnd());
        // a lone "Day" or weekday, or a longer name that ends in a holiday SUTime knows: "Workers Memorial Day"
        boolean lone = timex.tokenEnd() - start == 1 && (last.equals("Day")
                || DateResolver.weekdayNamed(DateResolver.word(tokens.get(start))) != null
                && Character.isUpperCase(last.charAt(0)));
        if (!lone && (timex.tokenEnd() - start == 1 || !Holidays.names(whole))) {
            return -1;
        }
        // the longest name: "International Holocaust Remembrance Day" rather than "Remembrance Day"
        return Holidays.longestNameStart(tokens, start, timex.tokenEnd());
    }

    /**
     * "the week of March 6": the ISO week of that day; "the last week of March", "the first week of May 2009": the
     * first or last week with most of its days (four or more) in the month, as ISO counts a year's first week. The
     * year is the one written, else the one SUTime gave the day, else the publication's. SUTime intersects a week
     * with the day or month into one value no consumer can read, and sometimes takes words before it ("start in the
     * first week of May"), which are left out. Null when the expression is no such week.
     */
    private static Timex weekOf(String text, Timex timex, List<Token> tokens, LocalDate published) {
        String words = words(timex, tokens);
        Matcher week = WEEK_OF.matcher(words);
        boolean found = week.find();
        while (found && (week.end() != words.length() || week.start() > 0 && words.charAt(week.start() - 1) != ' ')) {
            found = week.find(week.start() + 1);
        }
        Month month = found ? DateResolver.monthNamed(week.group(2)) : null;
        if (month == null || !timex.value().contains(" INTERSECT ")
                || (week.group(1) == null) == (week.group(3) == null)) {
            return null;
        }
        // "start in the first week of May": SUTime took words before the week in
        int start = timex.tokenStart() + (week.start() == 0 ? 0 : words.substring(0, week.start()).split(" ").length);
        Matcher written = DATE_PART.matcher("");
        int year = week.group(4) != null ? Integer.parseInt(week.group(4)) : published.getYear();
        for (String part : timex.value().split(" ")) {
            if (week.group(4) == null && written.reset(part).lookingAt()) {
                year = Integer.parseInt(part.substring(0, 4));
            }
        }
        YearMonth named = YearMonth.of(year, month);
        LocalDate day;
        if (week.group(3) != null) {
            int dayOfMonth = Integer.parseInt(week.group(3));
            if (dayOfMonth < 1 || dayOfMonth > named.lengthOfMonth()) {
                return null;
            }
            day = named.atDay(dayOfMonth);
        } else if (Set.of("last", "final").contains(week.group(1))) {
            day = named.atEndOfMonth().minusDays(3);
        } else {
            day = named.atDay(4).plusWeeks(WEEK_ORDINALS.indexOf(week.group(1)));
        }
        return changed(extended(text, timex, start, timex.tokenEnd(), tokens), "DATE", DateSpan.week(day), "week-of");
    }

    /**
     * "on November 11, three days later than originally planned", which SUTime merged into one date three days after
     * the one written: the date, and how much later as a duration when "than" follows, else the date it counts to.
     * Null when the expression is no date and count after a comma.
     */
    private static List<Timex> dateThenOffset(String text, Timex timex, List<Token> tokens, LocalDate published) {
        int comma = innerComma(timex, tokens);
        Matcher span = comma < 0 ? null : COMPARED_SPAN.matcher(words(tokens, comma + 1, timex.tokenEnd()));
        String date = span == null || !span.matches() ? null
                : explicitDate(tokens, timex.tokenStart(), comma, String.valueOf(published.getYear()));
        if (date == null) {
            return null;
        }
        Timex rest = extended(text, timex, comma + 1, timex.tokenEnd(), tokens);
        boolean than = timex.tokenEnd() < tokens.size()
                && DateResolver.word(tokens.get(timex.tokenEnd())).equals("than");
        String count = span.group(1);
        return List.of(changed(extended(text, timex, timex.tokenStart(), comma, tokens), "DATE", date, "split"),
                than ? changed(rest, "DURATION", duration(VAGUE.contains(count) ? "X" : String.valueOf(count(count)),
                        span.group(2)), "split") : changed(rest, timex.type(), timex.value(), "split"));
    }

    /**
     * "Today, more than two decades later", which SUTime merged into one expression counted from the publication:
     * the day of writing, and the rest in apposition to it, the same time at the coarser grain of its unit (the
     * year of writing for years and decades). Null when the expression does not open with such a word and a comma.
     */
    private static List<Timex> deicticThen(String text, Timex timex, List<Token> tokens, LocalDate published) {
        int start = timex.tokenStart();
        String first = DateResolver.word(tokens.get(start));
        if (timex.tokenEnd() - start < 3 || !DEICTIC_DAYS.containsKey(first)
                || !tokens.get(start + 1).text().equals(",")) {
            return null;
        }
        LocalDate day = published.plusDays(DEICTIC_DAYS.get(first));
        Timex rest = extended(text, timex, start + 2, timex.tokenEnd(), tokens);
        Matcher offset = DEICTIC_OFFSET.matcher(words(rest, tokens));
        if (!offset.matches()) {
            return null;
        }
        String grain = switch (offset.group(1)) {
            case "day" -> day.toString();
            case "week" -> DateSpan.week(day);
            case "month" -> YearMonth.from(day).toString();
            default -> String.valueOf(day.getYear());
        };
        return List.of(changed(extended(text, timex, start, start + 1, tokens), "DATE", day.toString(), "split"),
                changed(rest, "DATE", grain, "split"));
    }

    /**
     * "the third quarter yesterday", "13 years old today", "every month this year", which SUTime merged into one value
     * no reader can use ({@code 2008-Q3 OFFSET P-1D}, {@code THIS P1Y INTERSECT P1M}): the expression and the day,
     * week, month or year after it, as two. The first keeps the part of SUTime's value that is its own. Null when the
     * expression is no such pair.
     */
    private static List<Timex> thenDeictic(String text, Timex timex, List<Token> tokens, LocalDate published) {
        int end = timex.tokenEnd();
        String last = DateResolver.word(tokens.get(end - 1));
        boolean day = DEICTIC_DAYS.containsKey(last);
        int split = day ? end - 1 : end - 2;
        Matcher near = NEAR_UNIT.matcher(split < 0 ? "" : words(tokens, split, end));
        if (split <= timex.tokenStart() || !day && !near.matches()) {
            return null;
        }
        String deictic = day ? published.plusDays(DEICTIC_DAYS.get(last)).toString() : nearUnit(near, published);
        String head = words(tokens, timex.tokenStart(), split);
        Matcher every = EVERY_UNIT.matcher(head);
        Timex first = extended(text, timex, timex.tokenStart(), split, tokens);
        Timex second = changed(extended(text, timex, split, end, tokens), "DATE", deictic, "split");
        if (every.matches()) {
            // "every month this year": the set and the year
            return List.of(changed(first, "SET", duration("1", every.group(1)), "split"), second);
        }
        String[] parts = timex.value().split(" (?:INTERSECT|OFFSET) ");
        if (parts.length != 2 || !day) {
            return null;
        }
        String own = parts[0].equals(deictic) || parts[0].startsWith("P-") ? parts[1] : parts[0];
        Matcher age = AGED.matcher(head);
        if (age.matches() && own.matches("P\\d+Y")) {
            // "13 years old today": the age and the day
            return List.of(changed(first, "DURATION", own, "split"), second);
        }
        return parts[1].startsWith("P") && QUARTER_OR_YEAR.matcher(own).matches()
                ? List.of(changed(first, "DATE", own, "split"), second) : null;
    }

    /**
     * "Friday, yesterday", "today, Monday": a weekday and the word of the day it is, in apposition, which SUTime
     * merged into one day it could not place. Both are that day, as two expressions; "today, tomorrow", two words of
     * days in a list, each its own day. Null when the expression is no such pair, or the weekday is not that day's.
     */
    private static List<Timex> namedDeictic(String text, Timex timex, List<Token> tokens, LocalDate published) {
        int start = timex.tokenStart();
        if (timex.tokenEnd() - start != 3 || !tokens.get(start + 1).text().equals(",")) {
            return null;
        }
        String first = DateResolver.word(tokens.get(start));
        String last = DateResolver.word(tokens.get(start + 2));
        Month month = DateResolver.monthNamed(first);
        if (month != null && DEICTIC_DAYS.containsKey(last)) {
            // "a commitment made in March, today the Vice President relaunched": the month, then the day that opens
            // the next clause
            return commaPair(text, timex, tokens, YearMonth.of(published.getYear(), month).toString(),
                    published.plusDays(DEICTIC_DAYS.get(last)).toString());
        }
        if (DEICTIC_DAYS.containsKey(first) && DEICTIC_DAYS.containsKey(last) && !first.equals(last)) {
            // "tested on this issue today, tomorrow and every day": a list of two days, each its own
            return commaPair(text, timex, tokens, published.plusDays(DEICTIC_DAYS.get(first)).toString(),
                    published.plusDays(DEICTIC_DAYS.get(last)).toString());
        }
        String deictic = DEICTIC_DAYS.containsKey(first) ? first : last;
        DayOfWeek weekday = DateResolver.weekdayNamed(deictic.equals(first) ? last : first);
        if (!DEICTIC_DAYS.containsKey(deictic) || weekday == null
                || published.plusDays(DEICTIC_DAYS.get(deictic)).getDayOfWeek() != weekday) {
            return null;
        }
        String day = published.plusDays(DEICTIC_DAYS.get(deictic)).toString();
        return commaPair(text, timex, tokens, day, day);
    }

    /** The two words of a three-token expression around a comma as two dates: "Friday, yesterday". */
    private static List<Timex> commaPair(String text, Timex timex, List<Token> tokens, String first, String second) {
        int start = timex.tokenStart();
        return List.of(changed(extended(text, timex, start, start + 1, tokens), "DATE", first, "split"),
                changed(extended(text, timex, start + 2, start + 3, tokens), "DATE", second, "split"));
    }

    /**
     * "the third and fourth quarters of 1988", "the first and second halves": two periods of one year, which SUTime
     * reads as one month it counts forward (or, leaving out the first ordinal, as the second period alone). Each
     * ordinal is its own expression, as TimeML writes them: "third" and "fourth quarters of 1988"; the year is the
     * one written, else the publication's. Null when the expression is no such pair.
     */
    private static List<Timex> coordinatedPeriods(String text, Timex timex, List<Token> tokens, LocalDate published) {
        // SUTime may have read the year alone: "the first and second halves of 2008"
        int from = timex.tokenStart() >= 5 && FISCAL_YEAR_WORDS.matcher(words(timex, tokens)).matches()
                && DateResolver.word(tokens.get(timex.tokenStart() - 1)).equals("of")
                ? timex.tokenStart() - 2 : timex.tokenStart();
        for (int unit = Math.max(from, 3); unit < timex.tokenEnd(); unit++) {
            String noun = DateResolver.word(tokens.get(unit));
            Map<String, Integer> numbers = noun.equals("quarters") ? PERIOD_ORDINALS
                    : noun.equals("halves") ? HALF_ORDINALS : null;
            if (numbers == null) {
                continue;
            }
            Integer first = numbers.get(DateResolver.word(tokens.get(unit - 3)));
            Integer second = numbers.get(DateResolver.word(tokens.get(unit - 1)));
            // the pair starts at most one word before the expression, or closes with the year SUTime read alone
            boolean reached = from < timex.tokenStart() ? unit == from : unit - 3 >= timex.tokenStart() - 1;
            if (first == null || second == null || first >= second || !reached
                    || !PAIR_JOINERS.contains(DateResolver.word(tokens.get(unit - 2)))) {
                return null;
            }
            Matcher year = OF_YEAR_END.matcher(words(tokens, unit + 1, timex.tokenEnd()));
            String written = year.matches() ? year.group(1) : "this year";
            String inYear = YEAR_ONLY.matcher(written).matches() ? written : String.valueOf(published.getYear()
                    + (written.startsWith("next") ? 1 : written.startsWith("last") ? -1 : 0));
            String period = noun.equals("quarters") ? "-Q" : "-H";
            // a period whose year is written keeps it (ReportingPeriods reads the rule)
            String rule = year.matches() ? "period:of-year" : "split";
            Timex whole = new Timex(timex.text(), "DATE", timex.value(), timex.sourceValue(), timex.rule(),
                    timex.tokenStart(), timex.tokenEnd(), timex.charStart(), timex.charEnd());
            int end = year.matches() ? timex.tokenEnd() : unit + 1;
            return List.of(changed(extended(text, whole, unit - 3, unit - 2, tokens), "DATE", inYear + period + first,
                            rule),
                    changed(extended(text, whole, unit - 1, end, tokens), "DATE", inYear + period + second, rule));
        }
        return null;
    }

    /** The first comma inside an expression with at least two words after it, else -1. */
    private static int innerComma(Timex timex, List<Token> tokens) {
        for (int i = timex.tokenStart() + 1; i < timex.tokenEnd() - 2; i++) {
            if (tokens.get(i).text().equals(",")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "Nov. 3, the day before authorities issued a warrant", "2008, the year the crisis began": a date and "the day"
     * (or a year and "the year") in apposition to it, which SUTime merged into one expression it could not place.
     * Both are that date; "before" or "after" opens the clause that says what the day is, and stays out. Null when
     * the expression is no such pair.
     */
    private static List<Timex> appositiveDay(String text, Timex timex, List<Token> tokens, LocalDate published) {
        int comma = innerComma(timex, tokens);
        String unit = comma < 0 ? "" : words(tokens, comma + 1, comma + 3);
        if (!unit.equals("the day") && !unit.equals("the year")
                || timex.tokenEnd() - comma > 4 || timex.tokenEnd() - comma == 4
                && !Set.of("before", "after").contains(DateResolver.word(tokens.get(comma + 3)))) {
            return null;
        }
        String date = explicitDate(tokens, timex.tokenStart(), comma, String.valueOf(published.getYear()));
        if (date == null || !(unit.equals("the day") ? DAY : YEAR_ONLY).matcher(date).matches()) {
            return null;
        }
        return List.of(changed(extended(text, timex, timex.tokenStart(), comma, tokens), "DATE", date, "split"),
                changed(extended(text, timex, comma + 1, comma + 3, tokens), "DATE", date, "split"));
    }

    /**
     * Whether the expression is "quarter" alone after a word that makes it a part of a town: "Deraa's old quarter",
     * "the Christian quarter" ("a tough quarter" is three months).
     */
    private static boolean townQuarter(Timex timex, List<Token> tokens) {
        int start = timex.tokenStart();
        if (start == 0 || !QUARTER_WORDS_ALONE.matcher(words(timex, tokens)).matches()) {
            return false;
        }
        String before = DateResolver.word(tokens.get(start - 1));
        return TOWN_PARTS.contains(before) || tokens.get(start - 1).pos().equals("NNP")
                && !QUARTER_WORDS.contains(before) && !PERIOD_ORDINALS.containsKey(before);
    }

    /**
     * Where "first half of", "second half of" or "last half of" stands right before a year ("the year", "next year",
     * "2014"): the index of the token that opens it, "the" included; else -1.
     */
    private static int halfBefore(Timex timex, String words, List<Token> tokens) {
        int start = timex.tokenStart();
        if (start < 3 || !A_YEAR.matcher(words).matches()
                || !HALF_WORDS.matcher(words(tokens, start - 3, start)).matches()) {
            return -1;
        }
        return start > 3 && DateResolver.word(tokens.get(start - 4)).equals("the") ? start - 4 : start - 3;
    }

    /**
     * "a day after Wednesday('s vote)", "a week before Christmas", which SUTime merged into the day counted from the
     * date: how long, and the date, as two expressions (TIMEX3 writes "a month after" as its duration). Null for
     * anything else, and for "the day before" (a day itself).
     */
    private static List<Timex> countFromDate(String text, Timex timex, List<Token> tokens) {
        Matcher offset = COUNT_FROM_DATE.matcher(words(timex, tokens));
        Matcher day = DAY.matcher(timex.value() == null ? "" : timex.value());
        if (!offset.matches() || !day.matches() || !"DATE".equals(timex.type())) {
            return null;
        }
        int count = count(offset.group(1));
        int unit = timex.tokenStart() + offset.group(1).split(" ").length;
        LocalDate counted = LocalDate.parse(timex.value());
        int sign = offset.group(3).equals("after") ? -1 : 1;
        LocalDate from = switch (offset.group(2)) {
            case "week" -> counted.plusWeeks((long) sign * count);
            case "month" -> counted.plusMonths((long) sign * count);
            case "year" -> counted.plusYears((long) sign * count);
            default -> counted.plusDays((long) sign * count);
        };
        return List.of(changed(extended(text, timex, timex.tokenStart(), unit + 1, tokens), "DURATION",
                        duration(String.valueOf(count), offset.group(2)), "split"),
                changed(extended(text, timex, unit + 2, timex.tokenEnd(), tokens), "DATE", from.toString(), "split"));
    }

    /**
     * "the following day, March 18": a day named by its neighbour and the date in apposition to it, which SUTime
     * merged into one expression of no year. Both are that date, as two expressions. Null when the expression is no
     * such pair.
     */
    private static List<Timex> dayThenDate(String text, Timex timex, List<Token> tokens, LocalDate published) {
        int comma = innerComma(timex, tokens);
        if (comma < 0 || !NEIGHBOUR_DAY.matcher(words(tokens, timex.tokenStart(), comma)).matches()) {
            return null;
        }
        String date = explicitDate(tokens, comma + 1, timex.tokenEnd(), String.valueOf(published.getYear()));
        if (date == null || !DAY.matcher(date).matches()) {
            return null;
        }
        return List.of(changed(extended(text, timex, timex.tokenStart(), comma, tokens), "DATE", date, "split"),
                changed(extended(text, timex, comma + 1, timex.tokenEnd(), tokens), "DATE", date, "split"));
    }

    /**
     * "Tuesday, the third day of protests", "This past weekend, the second-largest search", which SUTime reads as
     * one date (a day of the month, or the day after): the day or weekend, placed later by the tense of its clause,
     * and the ordinal day in apposition to it, which {@link ParagraphDates} puts on that day; an ordinal of no unit
     * is no time. Null for anything else.
     */
    private static List<Timex> dayThenOrdinal(String text, Timex timex, List<Token> tokens, LocalDate published) {
        int comma = innerComma(timex, tokens);
        if (comma < 0 || comma + 2 >= timex.tokenEnd() || !DateResolver.word(tokens.get(comma + 1)).equals("the")
                || !ORDINALS.contains(DateResolver.word(tokens.get(comma + 2)))) {
            return null;
        }
        String last = DateResolver.word(tokens.get(comma - 1));
        String value = DateResolver.weekdayNamed(last) != null ? published.toString()
                : last.equals("weekend") ? DateSpan.week(published) + "-WE" : null;
        if (value == null) {
            return null;
        }
        Timex day = changed(extended(text, timex, timex.tokenStart(), comma, tokens), "DATE", value, "split");
        boolean unit = comma + 3 < timex.tokenEnd() && UNIT_WORDS.contains(DateResolver.word(tokens.get(comma + 3)));
        return unit ? List.of(day, changed(extended(text, timex, comma + 1, timex.tokenEnd(), tokens), "DATE",
                DateResolver.word(tokens.get(comma + 2)).equals("first") ? published.toString() : value, "split"))
                : List.of(day);
    }

    /**
     * "will last three months", where SUTime took the verb for the adjective ("the last three months"): the
     * duration alone. Null for anything else.
     */
    private static Timex lastingDuration(String text, Timex timex, List<Token> tokens) {
        Token first = tokens.get(timex.tokenStart());
        if (timex.tokenEnd() - timex.tokenStart() < 2 || !DateResolver.word(first).equals("last")
                || !first.pos().startsWith("VB")) {
            return null;
        }
        Timex rest = extended(text, timex, timex.tokenStart() + 1, timex.tokenEnd(), tokens);
        Matcher span = SPAN.matcher(words(rest, tokens));
        if (!span.matches()) {
            return null;
        }
        String amount = VAGUE.contains(span.group(1)) ? "X" : String.valueOf(count(span.group(1)));
        return changed(rest, "DURATION", duration(amount, span.group(2)), "split");
    }

    /**
     * "every quarter since 2010", "three years since 2011", which SUTime gives one value offsetting the date: the set
     * or duration, and the date after "since"; "each year from 2009", which SUTime gives the year after: the set and
     * the year. A span and a date written out are read from their words, as SUTime's
     * value may be neither ("the thirty-seven years since 1927": {@code 1945 OFFSET P6M}), or may be a date counted
     * from the one written ("half a year since April 20": a date in the next year). Null for anything else.
     */
    private static List<Timex> periodSince(String text, Timex timex, List<Token> tokens, LocalDate published) {
        Matcher offset = OFFSET_VALUE.matcher(timex.value());
        String first = DateResolver.word(tokens.get(timex.tokenStart()));
        String type = first.equals("every") || first.equals("each") ? "SET" : "DURATION";
        int since = -1;
        for (int i = timex.tokenStart() + 1; i < timex.tokenEnd() - 1 && since < 0; i++) {
            String word = DateResolver.word(tokens.get(i));
            since = word.equals("since") || word.equals("from") && type.equals("SET") ? i : -1;
        }
        if (since < 0) {
            return null;
        }
        boolean from = DateResolver.word(tokens.get(since)).equals("from");
        Timex period = extended(text, timex, timex.tokenStart(), since, tokens);
        Timex date = extended(text, timex, since + 1, timex.tokenEnd(), tokens);
        String spanWords = words(tokens, first.equals("the") ? timex.tokenStart() + 1 : timex.tokenStart(), since);
        Matcher span = SPAN.matcher(spanWords);
        Matcher half = HALF_UNIT.matcher(spanWords);
        Matcher every = EVERY_UNIT.matcher(spanWords);
        String length = type.equals("SET") ? (every.matches() ? duration("1", every.group(1)) : null) : span.matches()
                ? duration(VAGUE.contains(span.group(1)) ? "X" : String.valueOf(count(span.group(1))), span.group(2))
                : half.matches() && spanWords.endsWith(half.group(1)) ? halfSpan(half.group(1)) : null;
        String written = explicitDate(tokens, since + 1, timex.tokenEnd(), String.valueOf(published.getYear()));
        if (offset.matches()) {
            return List.of(changed(period, type, length != null ? length : offset.group(2), "split"),
                    changed(date, "DATE", written != null ? written : offset.group(1), "split"));
        }
        if (from) {
            // "each year from 2009 to 2014": the set, and the start of the years it runs over
            return length == null || written == null ? null
                    : List.of(changed(period, type, length, "split"), changed(date, "DATE", written, "split"));
        }
        // the date's year, when not written, is placed later by the tense "since" gives
        return length == null || written == null || !DAY_OR_MONTH.matcher(timex.value()).matches() ? null
                : List.of(changed(period, type, length, "split"), changed(date, "DATE", written, "split"));
    }

    /** Half of a unit as a duration: "year" gives {@code P6M}. */
    private static String halfSpan(String unit) {
        return switch (unit) {
            case "year" -> "P6M";
            case "day" -> "PT12H";
            case "hour" -> "PT30M";
            case "minute" -> "PT30S";
            case "decade" -> "P5Y";
            case "century" -> "P50Y";
            default -> unit.equals("week") ? "P0.5W" : "P0.5M";
        };
    }

    /**
     * "its worst day since Sept. 17, 2001", which SUTime reads as the day after that date: the date written after
     * "since", when it names its year. Null for anything else.
     */
    private static Timex unitSince(String text, Timex timex, List<Token> tokens) {
        int start = timex.tokenStart();
        if (timex.tokenEnd() - start < 3 || !UNIT_WORDS.contains(DateResolver.word(tokens.get(start)))
                || !DateResolver.word(tokens.get(start + 1)).equals("since")) {
            return null;
        }
        // "best week since November": SUTime kept the month it resolved before its offset
        String year = timex.value().matches("\\d{4}-\\d{2} OFFSET .*") ? timex.value().substring(0, 4) : null;
        String value = explicitDate(tokens, start + 2, timex.tokenEnd(), year);
        return value == null ? null
                : changed(extended(text, timex, start + 2, timex.tokenEnd(), tokens), "DATE", value, "split");
    }

    /**
     * The value of tokens {@code [from, to)} when they write a date out in full: "Sept. 17, 2001", "17 September
     * 2001", "June 2016", "1953"; a month alone takes {@code year} when it is given. Null for anything else.
     */
    private static String explicitDate(List<Token> tokens, int from, int to, String year) {
        Month month = null;
        int day = -1;
        String written = null;
        for (int i = from; i < to; i++) {
            String word = DateResolver.word(tokens.get(i));
            Month named = DateResolver.monthNamed(word);
            if (named != null && month == null && written == null) {
                month = named;
            } else if (DAY_OF_MONTH.matcher(word).matches() && day < 0 && written == null) {
                // the day after its month or before it: "April 11", "11 April", "the 11th of April"
                day = Integer.parseInt(word.replaceAll("\\D", ""));
            } else if (word.equals("of") && day >= 0 && month == null) {
                continue;
            } else if (word.matches("\\d{4}") && written == null) {
                written = word;
            } else if (!word.equals(",")) {
                return null;
            }
        }
        String inYear = written != null ? written : month != null ? year : null;
        if (inYear == null || day > 31 || day >= 0 && month == null) {
            return null;
        }
        return month == null ? inYear : day < 0 ? String.format(Locale.ROOT, "%s-%02d", inYear, month.getValue())
                : String.format(Locale.ROOT, "%s-%02d-%02d", inYear, month.getValue(), day);
    }

    /**
     * "could continue for two more days Friday 28 May 2010", a headline run into its dateline, of which SUTime read
     * the plural unit and the date as one expression: the span (counted from the words before it, "two more days")
     * and the date, as two expressions. Null for anything else.
     */
    private static List<Timex> unitThenWeekday(String text, Timex timex, List<Token> tokens) {
        int start = timex.tokenStart();
        String first = DateResolver.word(tokens.get(start));
        if (timex.tokenEnd() - start < 3 || timex.value() == null || !first.endsWith("s")
                || !UNIT_WORDS.contains(singular(first))
                || DateResolver.weekdayNamed(DateResolver.word(tokens.get(start + 1))) == null) {
            return null;
        }
        String[] parts = timex.value().split(" INTERSECT ");
        String date = parts[parts.length - 1];
        if (!DAY_OR_MONTH.matcher(date).matches()) {
            return null;
        }
        Timex unit = changed(extended(text, timex, start, start + 1, tokens), "DURATION",
                duration("X", singular(first)), "split");
        return List.of(counted(text, unit, tokens),
                changed(extended(text, timex, start + 1, timex.tokenEnd(), tokens), "DATE", date, "split"));
    }

    /**
     * "1953, 60 years ago", "June 2016, more than three years ago", which SUTime reads as one expression counted
     * back from the date (1893): the date and the distance from the publication, as two expressions. Null for
     * anything else.
     */
    private static List<Timex> yearThenAgo(String text, Timex timex, List<Token> tokens, LocalDate published) {
        int start = timex.tokenStart();
        int comma = -1;
        for (int i = start + 1; i < timex.tokenEnd() - 2 && comma < 0; i++) {
            comma = tokens.get(i).text().equals(",") && tokens.get(i - 1).text().matches("\\d{4}") ? i : -1;
        }
        String date = comma < 0 ? null : explicitDate(tokens, start, comma, null);
        if (date == null) {
            return null;
        }
        Timex rest = extended(text, timex, comma + 1, timex.tokenEnd(), tokens);
        Matcher ago = AGO.matcher(words(rest, tokens));
        if (!ago.matches()) {
            return null;
        }
        boolean ahead = !ago.group(3).equals("ago");
        String value = ago.group(1) == null || VAGUE.contains(ago.group(1)) ? (ahead ? "FUTURE_REF" : "PAST_REF")
                : ago(ago.group(2), shifted(published, (ahead ? 1 : -1) * count(ago.group(1)), ago.group(2)));
        Timex first = changed(extended(text, timex, start, comma, tokens), "DATE", date, "split");
        return List.of(first, changed(rest, "DATE", value, "split"));
    }

    /**
     * The number a count word or numeral says: "a", "an" and "the" say one, "a couple of" two, "three" three, "12"
     * twelve.
     */
    /** The years a fraction of a unit of years names, rounded down: "a quarter of a" of 10 years is 2. */
    static int yearsOfFraction(String fraction, int unit) {
        return fraction.contains("quarter") ? unit / 4 : unit / 2;
    }

    /** Whether the words name a fraction of a unit: "half a", "a quarter of a". */
    static boolean isFraction(String words) {
        return FRACTION_PATTERN.matcher(words).matches();
    }

    /**
     * The TIMEX3 duration of a count and a unit, the unit in the singular or plural: "a year" {@code P1Y}, "10
     * years" {@code P10Y}.
     */
    private static String countedDuration(Token count, Token unit) {
        Matcher singular = SINGLE_UNIT.matcher(DateResolver.word(unit));
        singular.matches();
        return duration(String.valueOf(count(DateResolver.word(count))), singular.group(1));
    }

    /** Whether a word writes a number: "54", "four", "fifteen", "fifty-four". */
    private static boolean numberWord(String word) {
        int hyphen = word.indexOf('-');
        return word.matches("\\d+") || COUNTS.contains(word) || TEENS.contains(word)
                || TENS.indexOf(hyphen < 0 ? word : word.substring(0, hyphen)) >= 2;
    }

    static int count(String word) {
        if (THOUSANDS.matcher(word).matches()) {
            return Integer.parseInt(word.replace(",", ""));
        }
        if (word.startsWith("a couple")) {
            return 2;
        }
        if (word.endsWith("dozen")) {
            return word.startsWith("half") ? 6 : 12;
        }
        if (word.endsWith("hundred")) {
            return 100;
        }
        if (TEENS.contains(word)) {
            return 13 + TEENS.indexOf(word);
        }
        String compound = word.replace(" - ", "-");
        int hyphen = compound.indexOf('-');
        int tens = TENS.indexOf(hyphen < 0 ? compound : compound.substring(0, hyphen));
        if (tens >= 2) {
            return 10 * tens + (hyphen < 0 ? 0 : COUNTS.indexOf(compound.substring(hyphen + 1)));
        }
        return Math.max(1, COUNTS.indexOf(word));
    }

    /** "In 2007, Jan Erik Vinnem said": the year, and a name that opens with a month's, which SUTime joined. */
    private static Timex yearBeforeName(String text, Timex timex, List<Token> tokens) {
        int end = timex.tokenEnd();
        if (end - timex.tokenStart() >= 3 && end < tokens.size() && tokens.get(end - 2).text().equals(",")
                && tokens.get(end - 3).text().matches("\\d{4}")
                && DateResolver.monthNamed(DateResolver.word(tokens.get(end - 1))) != null
                && tokens.get(end).pos().equals("NNP") && Character.isUpperCase(tokens.get(end).text().charAt(0))) {
            return changed(extended(text, timex, timex.tokenStart(), end - 2, tokens), "DATE",
                    tokens.get(end - 3).text(), "split");
        }
        return timex;
    }

    private static Timex trimmed(String text, Timex timex, List<Token> tokens) {
        int end = timex.tokenEnd();
        while (end - 1 > timex.tokenStart() && TRAILING.contains(DateResolver.word(tokens.get(end - 1)))) {
            end--;
        }
        if (end - 2 > timex.tokenStart() && Set.of("before", "after").contains(DateResolver.word(tokens.get(end - 1)))
                && (DateResolver.word(tokens.get(end - 2)).equals("ago") || end - 3 >= timex.tokenStart()
                && RELATIVE_DAY.contains(DateResolver.word(tokens.get(end - 3)))
                && (UNIT_WORDS.contains(DateResolver.word(tokens.get(end - 2)))
                || DateResolver.word(tokens.get(end - 2)).equals("weekend")))) {
            // "a month ago before most of them paid attention", "began last month before spreading": the conjunction
            // opens the next clause
            end--;
        }
        if (end - 1 > timex.tokenStart() && end < tokens.size()
                && Set.of("late", "early").contains(DateResolver.word(tokens.get(end - 1)))
                && (TRAILING.contains(DateResolver.word(tokens.get(end)))
                || DateResolver.weekdayNamed(DateResolver.word(tokens.get(end))) != null)) {
            // "since December 2008 late on Monday": the part of the day goes with the day after it
            end--;
        }
        if (end - 1 > timex.tokenStart() && end < tokens.size()
                && Set.of("before", "after").contains(DateResolver.word(tokens.get(end - 1)))
                && namedOnly(tokens, timex.tokenStart(), end - 1)
                && !CLOSING.matcher(tokens.get(end).pos()).matches()) {
            // "first detected in April before spreading", "on Thursday before Friday's meeting": the preposition
            // opens what follows; not "the April before."
            end--;
        }
        if (end - timex.tokenStart() >= 4 && end < tokens.size() && tokens.get(end - 3).text().equals(",")
                && DateResolver.word(tokens.get(end - 2)).equals("the")
                && ORDINALS.contains(DateResolver.word(tokens.get(end - 1)))
                && ORDINAL_HEADS.matcher(tokens.get(end).pos()).matches()) {
            // "rose from a year earlier, the second monthly gain": the ordinal goes with the noun after it
            end -= 3;
        }
        if (end - timex.tokenStart() >= 3 && end < tokens.size() && tokens.get(end - 1).text().equals("Daily")
                && PAPER_NAMES.contains(DateResolver.word(tokens.get(end)))
                && MissedExpressions.APOSTROPHE_S.contains(tokens.get(end - 2).text())) {
            // "in yesterday's Daily Mirror": the day, and the name of a paper SUTime read as every day
            Timex day = extended(text, timex, timex.tokenStart(), end - 2, tokens);
            return new Timex(day.text(), "DATE", timex.value(), timex.sourceValue(), timex.rule(), day.tokenStart(),
                    day.tokenEnd(), day.charStart(), day.charEnd());
        }
        int start = timex.tokenStart();
        if (end - start >= 4 && isCount(DateResolver.word(tokens.get(start)))
                && SINGLE_UNIT.matcher(DateResolver.word(tokens.get(start + 1))).matches()
                && DateResolver.word(tokens.get(start + 2)).equals("the")
                && tokens.get(start + 3).pos().startsWith("JJ")) {
            // "in 10 years the billable hour would be on the way out": the span, then the subject of the clause
            return changed(extended(text, timex, start, start + 2, tokens), "DURATION",
                    countedDuration(tokens.get(start), tokens.get(start + 1)), "split");
        }
        if (end - start >= 3 && (PLURAL_SEASON_NAMES.contains(tokens.get(start).text())
                || PLURAL_DAY_PARTS.contains(tokens.get(start).text()))
                && RELATIVE_DAY.contains(DateResolver.word(tokens.get(start + 1)))) {
            // "talking to Larry Summers this morning", "a law that sunsets next month": a name or a verb, then the
            // time; SUTime's value of the whole left out the part of the day
            Timex rest = extended(text, timex, start + 1, end, tokens);
            Matcher part = THIS_PART_OF_DAY.matcher(words(rest, tokens));
            Matcher day = DAY.matcher(timex.value() == null ? "" : timex.value());
            return part.matches() && day.lookingAt() ? changed(rest, "TIME", day.group() + "T"
                    + part.group(1).substring(0, 2).toUpperCase(Locale.ROOT), "split") : rest;
        }
        if ("DURATION".equals(timex.type()) && end - start >= 3 && tokens.get(start).pos().equals("CD")
                && MONEY_MAGNITUDES.contains(DateResolver.word(tokens.get(start + 1)))
                && isCount(DateResolver.word(tokens.get(start + 2)))) {
            // "makes $100 billion one year": an amount, then the span SUTime multiplied it with
            if (end - start == 4 && SINGLE_UNIT.matcher(DateResolver.word(tokens.get(end - 1))).matches()) {
                return changed(extended(text, timex, start + 2, end, tokens), "DURATION",
                        countedDuration(tokens.get(start + 2), tokens.get(end - 1)), "split");
            }
        }
        if (end - start >= 2 && LOWER_CASE_WORDS.contains(tokens.get(start).text())) {
            // "who was wed about three weeks ago", "they were wed last week": a verb SUTime read as a weekday; the
            // week named after it is the value, no day of it
            Timex rest = extended(text, timex, start + 1, end, tokens);
            Matcher day = DAY.matcher(timex.value() == null ? "" : timex.value());
            return day.lookingAt() && NAMED_WEEK.matcher(words(rest, tokens)).matches()
                    ? changed(rest, "DATE", DateSpan.week(LocalDate.parse(day.group())), "split") : rest;
        }
        if (end - start >= 2 && DateResolver.word(tokens.get(start)).equals("this")
                && PRONOUN_THIS_BEFORE.contains(DateResolver.word(tokens.get(start + 1)))) {
            // "to do this the day before", "he spoke to this yesterday": the pronoun, then the day
            start++;
        }
        if (end - start >= 2 && DateResolver.word(tokens.get(start)).equals("about")
                && (NOT_HEDGED.contains(DateResolver.word(tokens.get(start + 1)))
                || DateResolver.weekdayNamed(DateResolver.word(tokens.get(start + 1))) != null)) {
            // "did not have to worry about last year", "nervous about Friday's report", "the shooting we told you
            // about earlier this month": the preposition, no hedge
            start++;
        }
        if (end - start >= 5 && start > 0 && DateResolver.word(tokens.get(start - 1)).equals("from")
                && isCount(DateResolver.word(tokens.get(start))) && DateResolver.word(tokens.get(start + 1))
                .equals("to") && isCount(DateResolver.word(tokens.get(start + 2)))
                && DateResolver.word(tokens.get(start + 3)).equals("on")
                && timex.value() != null && timex.value().matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            // "rose from two to 10 on Wednesday": a range of numbers SUTime read as ten to two, and the day
            return changed(extended(text, timex, start + 4, end, tokens), "DATE", timex.value().substring(0, 10),
                    "split");
        }
        if (end - start >= 2 && DateResolver.word(tokens.get(start)).equals("following")
                && !DateResolver.determined(start, tokens)
                && (DateResolver.weekdayNamed(DateResolver.word(tokens.get(start + 1))) != null
                || DateResolver.monthNamed(DateResolver.word(tokens.get(start + 1))) != null)) {
            // "Following Wednesday's sell-off, stocks fell": with no determiner, a preposition, not "the following"
            start++;
        }
        if (end - start == 3 && DateResolver.word(tokens.get(start)).equals("following")
                && !DateResolver.determined(start, tokens) && isCount(DateResolver.word(tokens.get(start + 1)))
                && SINGLE_UNIT.matcher(DateResolver.word(tokens.get(start + 2))).matches()) {
            // "Following a year of research, he attended Princeton": the preposition, then a span, not the next year
            return changed(extended(text, timex, start + 1, end, tokens), "DURATION",
                    countedDuration(tokens.get(start + 1), tokens.get(start + 2)), "split");
        }
        if (start > 0 && DateResolver.word(tokens.get(start - 1)).equals("half")
                && Set.of("a", "an").contains(DateResolver.word(tokens.get(start)))) {
            // "half a year", "half an hour later", of which SUTime kept "a year" on
            start--;
        }
        if (DateResolver.word(tokens.get(start)).equals("dozen") && start > 0
                && DateResolver.word(tokens.get(start - 1)).equals("a")) {
            // "a dozen years earlier", "half a dozen years ago", of which SUTime kept "dozen" on
            start -= start > 1 && DateResolver.word(tokens.get(start - 2)).equals("half") ? 2 : 1;
        }
        if (end - start >= 3 && DateResolver.word(tokens.get(start)).equals("this")
                && PLURAL_UNITS.contains(DateResolver.word(tokens.get(start + 1)))
                && DateResolver.word(tokens.get(end - 1)).equals("ago")) {
            // "should have dealt with this months ago": the pronoun before "months ago"
            start++;
        }
        if (end - start == 2 && tokens.get(start).pos().matches("VB|VBP|VBZ")
                && DateResolver.word(tokens.get(start)).equals("last")
                && (PLURAL_UNITS.contains(DateResolver.word(tokens.get(start + 1)))
                || DateResolver.word(tokens.get(start + 1)).equals("decades"))) {
            // "damage could last decades", "the talks will last weeks": the verb, then a span of some units, not
            // the week before
            String unit = singular(DateResolver.word(tokens.get(start + 1)));
            return changed(extended(text, timex, start + 1, end, tokens), "DURATION",
                    duration("X", unit.equals("decade") ? "year" : unit), "split");
        }
        if (end - start >= 2 && tokens.get(start).pos().startsWith("VB")
                && (LEADING_VERBS.contains(DateResolver.word(tokens.get(start)))
                || DateResolver.word(tokens.get(start)).equals("last")
                && HEDGES.contains(DateResolver.word(tokens.get(start + 1))))) {
            // "will decline and fall tomorrow", "meetings start Wednesday", "could last up to 48 hours": the verb
            // SUTime read as a season, the start of the day or "the last" is no part of the expression, nor is the
            // preposition after it ("will start in May")
            start++;
            if (end - start >= 2 && Set.of("in", "on", "at").contains(DateResolver.word(tokens.get(start)))) {
                start++;
            }
        }
        if (end - start == 3 && DateResolver.weekdayNamed(DateResolver.word(tokens.get(start))) != null
                && DateResolver.word(tokens.get(start + 1)).equals("the") && ORDINALS.contains(
                DateResolver.word(tokens.get(start + 2))) && end < tokens.size()
                && (tokens.get(end).pos().startsWith("NN") || DateResolver.word(tokens.get(end)).equals("of")
                && (end + 1 >= tokens.size()
                || DateResolver.monthNamed(DateResolver.word(tokens.get(end + 1))) == null))) {
            // "announced on Tuesday the first generation of", "will release on Wednesday the first of five
            // hostages": the ordinal goes with the noun after it
            end = start + 1;
        }
        if (end - start >= 2 && "PERSON".equals(tokens.get(end - 1).ner())
                && timex.value() != null && timex.value().matches("\\d{4}-(?:SP|SU|FA|WI)")) {
            // "back in 1991, Summers argued": a surname SUTime read as the season after a year; "this past summer,
            // Summers wrote" keeps its own season
            int cut = tokens.get(end - 2).text().equals(",") ? end - 2 : end - 1;
            boolean season = IntStream.range(start, cut)
                    .anyMatch(i -> SEASONS.contains(DateResolver.word(tokens.get(i))));
            return cut <= start ? timex : changed(extended(text, timex, start, cut, tokens), timex.type(),
                    season ? timex.value() : timex.value().substring(0, 4), "split");
        }
        return end == timex.tokenEnd() && start == timex.tokenStart() ? timex
                : extended(text, timex, start, end, tokens);
    }

    /** Whether the tokens are a month name or a weekday, with a day number at most: "April", "Thursday", "May 3". */
    private static boolean namedOnly(List<Token> tokens, int start, int end) {
        boolean named = false;
        for (int i = start; i < end; i++) {
            String word = DateResolver.word(tokens.get(i));
            if (DateResolver.monthNamed(word) != null || DateResolver.weekdayNamed(word) != null) {
                named = true;
            } else if (!DAY_OF_MONTH.matcher(word).matches() && !word.equals("on") && !word.equals("in")) {
                return false;
            }
        }
        return named;
    }

    /**
     * A count SUTime left out of a duration it kept as the bare unit: "six straight days", "two more weeks",
     * "2 1/2 years", "two and a half years", or after the unit, "a year and a half". The count and the unit, as a
     * duration; itself when the words around the unit are no such count.
     */
    private static Timex counted(String text, Timex timex, List<Token> tokens) {
        int start = timex.tokenStart();
        int end = timex.tokenEnd();
        Matcher working = WORKING_UNIT.matcher(DateResolver.word(tokens.get(end - 1)));
        int modifier = end - 2;
        if (working.matches() && modifier >= 1 && modifier + 1 >= start
                && WORKING.contains(DateResolver.word(tokens.get(modifier)))
                && isCount(DateResolver.word(tokens.get(modifier - 1)))) {
            // "five trading days", "ten business days": a count of such days, which SUTime misses or takes for
            // the week's working days
            return changed(extended(text, timex, modifier - 1, end, tokens), "DURATION",
                    duration(String.valueOf(count(DateResolver.word(tokens.get(modifier - 1)))), working.group(1)),
                    "split");
        }
        if (!"DURATION".equals(timex.type())) {
            return timex;
        }
        Matcher unit = SINGLE_UNIT.matcher(DateResolver.word(tokens.get(end - 1)));
        if (!unit.matches()) {
            return timex;
        }
        if (end - start == 2 && isCount(DateResolver.word(tokens.get(start))) && end + 2 < tokens.size()
                && words(tokens, end, end + 3).equals("and a half")) {
            // "a year and a half"
            return changed(extended(text, timex, start, end + 3, tokens), "DURATION",
                    halfDuration(count(DateResolver.word(tokens.get(start))), unit.group(1)), "split");
        }
        if (end - start != 1 || start < 2 || !unit.group(0).endsWith("s")) {
            return timex;
        }
        String before = DateResolver.word(tokens.get(start - 1));
        String number = DateResolver.word(tokens.get(start - 2));
        if ((STRAIGHT.contains(before) || MORE.contains(before)) && isCount(number)) {
            return changed(extended(text, timex, start - 2, end, tokens), "DURATION",
                    duration(String.valueOf(count(number)), unit.group(1)), "split");
        }
        Matcher mixed = MIXED_HALF.matcher(before);
        if (mixed.matches()) {
            // "2 1/2 years": the tokenizer keeps the whole number and the fraction together
            return changed(extended(text, timex, start - 1, end, tokens), "DURATION",
                    halfDuration(Integer.parseInt(mixed.group(1)), unit.group(1)), "split");
        }
        if (start >= 4 && before.equals("half") && words(tokens, start - 3, start - 1).equals("and a")
                && isCount(DateResolver.word(tokens.get(start - 4)))) {
            // "two and a half years"
            return changed(extended(text, timex, start - 4, end, tokens), "DURATION",
                    halfDuration(count(DateResolver.word(tokens.get(start - 4))), unit.group(1)), "split");
        }
        return timex;
    }

    /**
     * A count and a half of a unit, before "ago" or after a hedge, that SUTime cut short: "a year-and-a-half ago"
     * (SUTime: "a year"), "about a week and a half ago" ("about a week"), "two and a half weeks ago" ("weeks ago").
     * Counted back from the publication, a year and a half is a month, a month and a half a month, a week and a half
     * a week, a day and a half a day; without "ago" it is the duration. Itself when the words around it are no such
     * count.
     */
    private static Timex halfAgo(String text, Timex timex, List<Token> tokens, LocalDate published) {
        int start = timex.tokenStart();
        if (start >= 4 && words(tokens, start - 3, start).equals("and a half")) {
            start -= 4;
        }
        List<String> window = new ArrayList<>();
        for (int i = start; i < Math.min(tokens.size(), timex.tokenEnd() + 6); i++) {
            window.add(DateResolver.word(tokens.get(i)));
        }
        String joined = String.join(" ", window);
        Matcher half = HALF_COUNT.matcher(joined);
        if (!half.lookingAt()) {
            return timex;
        }
        int end = start + (int) joined.substring(0, half.end()).chars().filter(c -> c == ' ').count() + 1;
        boolean ago = half.group(5) != null;
        if (end < timex.tokenEnd() || end == timex.tokenEnd() && !ago || !ago && half.group(1) == null) {
            // what SUTime or {@link #counted} already read whole
            return timex;
        }
        int whole = count(half.group(2));
        String unit = half.group(3) != null ? half.group(3) : half.group(4);
        Timex extended = extended(text, timex, start, end, tokens);
        if (!ago) {
            return changed(extended, "DURATION", halfDuration(whole, unit), "split");
        }
        String value = switch (unit) {
            case "year" -> YearMonth.from(published.minusMonths(12L * whole + 6)).toString();
            case "month" -> YearMonth.from(published.minusMonths(whole).minusDays(15)).toString();
            case "week" -> DateSpan.week(published.minusDays(7L * whole + 3));
            default -> published.minusDays(whole).toString();
        };
        return changed(extended, "DATE", value, "granularity:ago");
    }

    private static boolean isCount(String word) {
        return word.matches("\\d+") || COUNTS.contains(word) || word.equals("a") || word.equals("an");
    }

    /** {@code whole} and a half of a unit named in the singular: "P2Y6M", "PT1H30M", "P2.5W". */
    private static String halfDuration(int whole, String unit) {
        return switch (unit) {
            case "year" -> "P" + whole + "Y6M";
            case "day" -> "P" + whole + "DT12H";
            case "hour" -> "PT" + whole + "H30M";
            case "minute" -> "PT" + whole + "M30S";
            default -> duration(whole + ".5", unit);
        };
    }

    /** The lower-cased words of tokens {@code [from, to)}, joined by single spaces. */
    static String words(List<Token> tokens, int from, int to) {
        StringBuilder words = new StringBuilder();
        for (int i = from; i < to; i++) {
            words.append(i > from ? " " : "").append(DateResolver.word(tokens.get(i)));
        }
        return words.toString();
    }

    /** The word without a plural's final "s": "days" is "day". */
    private static String singular(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** The TIMEX3 duration of {@code amount} (a number or {@code X}) of a unit named in the singular. */
    private static String duration(String amount, String unit) {
        return switch (unit) {
            case "year" -> "P" + amount + "Y";
            case "quarter" -> "P" + amount + "Q";
            case "month" -> "P" + amount + "M";
            case "week" -> "P" + amount + "W";
            case "day" -> "P" + amount + "D";
            case "hour" -> "PT" + amount + "H";
            case "minute" -> "PT" + amount + "M";
            default -> "PT" + amount + "S";
        };
    }

    /** Whether "of" follows at {@code end} (after a comma at most) and does not introduce a year, or "to half". */
    private static boolean fractionOf(int end, List<Token> tokens) {
        if (end + 1 < tokens.size() && Set.of("to", "or").contains(DateResolver.word(tokens.get(end)))
                && DateResolver.word(tokens.get(end + 1)).equals("half")) {
            // "a quarter to half of the flow"
            return true;
        }
        int of = end < tokens.size() && tokens.get(end).text().equals(",") ? end + 1 : end;
        if (of >= tokens.size() || !DateResolver.word(tokens.get(of)).equals("of")) {
            return false;
        }
        return of + 1 >= tokens.size() || !tokens.get(of + 1).text().matches("\\d{4}");
    }

    /**
     * Words SUTime reads as times that TIMEX3 does not: the verb "fall", "falls", "a late fall" on a market, the modal
     * "may" or verbs "march", "mar", "wed" and "sat", "the sun", "the eleventh hour" ("the 11th hour"), "after-hours",
     * an acronym in capitals ("DEC"), a nickname ("Mo"), a war named by its length, a first name such as "Jan" before a
     * surname ("Minister Jan Kavan"), ages ("a 6-year-old", "44 years old"), shares ("about three-quarters of its
     * food", "a quarter million"), the ordinal "a second" ("a second plane", "the recent second world war movies"), the
     * SEC, "once" and "previously", which say an event happened before, not when, "past" without "the", "future" before
     * its noun ("future earnings"), someone's day or year ("his day in court"), a frequency before its noun ("the
     * annual meeting"), a share ("up 1000 %"), "last-minute" and "at the last minute", "minute" before a plural
     * ("minute quantities"), what a day was like ("a historic day"), a unit repeated ("day-to-day"), a quarter of a
     * town or a measure, a hot spring, a march ("the March on Washington"), and names: a person's ("Sandra Day
     * O'Connor"), a newspaper's ("China Daily", "the Sunday Times", "the South China Morning Post"), one that ends in a
     * time of day ("Odyssey Dawn"), a season or a unit in one ("the Arab Spring", "the Millennium Stadium"), a show's
     * between quotes ("``60 Minutes''").
     */
    /**
     * A number alone read as a year more than a century after the publication: an amount or a code in a table, not
     * a year ("GDP per capita ... 2160", "Census HO107/2407" in a page of 2010); a clock time before its zone stays
     * ("2153 GMT", "1653 local time").
     */
    private static boolean farYear(Timex timex, List<Token> tokens, LocalDate published) {
        String word = tokens.get(timex.tokenStart()).text();
        String next = timex.tokenEnd() < tokens.size() ? DateResolver.word(tokens.get(timex.tokenEnd())) : "";
        return timex.tokenEnd() - timex.tokenStart() == 1 && YEAR_ONLY.matcher(word).matches()
                && Integer.parseInt(word) > published.getYear() + 100 && !UTC.contains(next) && !next.equals("local");
    }

    /** Whether the expression is a unit of "year-on-year", "month over month" and the like. */
    private static boolean comparedUnit(Timex timex, List<Token> tokens) {
        if (timex.tokenEnd() - timex.tokenStart() != 1) {
            return false;
        }
        String unit = DateResolver.word(tokens.get(timex.tokenStart()));
        List<String> after = new ArrayList<>();
        for (int i = timex.tokenEnd(); i < tokens.size() && after.size() < 2; i++) {
            String word = DateResolver.word(tokens.get(i));
            if (!word.equals("-")) {
                after.add(word);
            }
        }
        List<String> before = new ArrayList<>();
        for (int i = timex.tokenStart() - 1; i >= 0 && before.size() < 2; i--) {
            String word = DateResolver.word(tokens.get(i));
            if (!word.equals("-")) {
                before.add(word);
            }
        }
        return COMPARED_UNITS.contains(unit) && (after.size() == 2 && COMPARING.contains(after.get(0))
                && after.get(1).equals(unit) || before.size() == 2 && COMPARING.contains(before.get(0))
                && before.get(1).equals(unit));
    }

    private static boolean notTemporal(Timex timex, List<Token> tokens) {
        int day = timex.tokenStart();
        if (timex.tokenEnd() - day == 1 && day > 0 && NAMED_DAYS.contains(tokens.get(day - 1).text())
                && DateResolver.weekdayNamed(DateResolver.word(tokens.get(day))) != null
                && !Holidays.names(tokens.get(day - 1).text() + " " + tokens.get(day).text())) {
            // a day of history or politics named by its weekday ("Black Monday", "Bloody Sunday", "Super Tuesday"),
            // whose date the weekday does not tell
            return true;
        }
        if (timex.tokenEnd() - day == 1 && timex.tokenEnd() < tokens.size()
                && KINDS_OF_TIME.contains(DateResolver.word(tokens.get(day)))
                && tokens.get(timex.tokenEnd()).pos().startsWith("NN")) {
            // "her daytime talk show", "nighttime temperatures": a kind of time, no time of a day
            return true;
        }
        if (comparedUnit(timex, tokens)) {
            // "up 2 percent year-on-year", "month over month": a comparison, not a time
            return true;
        }
        if (timex.tokenEnd() < tokens.size() && NAMED_AFTER_DAY.contains(tokens.get(timex.tokenEnd()).text())) {
            // "the Good Friday Agreement", "the Tet Offensive", "the Easter Rising": a name, not a time
            return true;
        }
        for (int i = timex.tokenStart(); i < timex.tokenEnd(); i++) {
            String original = tokens.get(i).text();
            if (original.contains("://") || original.startsWith("www.")) {
                // a date in a web address ("https://www.cnn.com/2022/10/23/politics/..."): part of a name
                return true;
            }
            if (original.equals("may") || original.equals("march") || original.equals("mar")
                    || timex.tokenEnd() - timex.tokenStart() == 1 && LOWER_CASE_WORDS.contains(original)
                    || i == timex.tokenEnd() - 1 && PLURAL_SEASON_NAMES.contains(original)
                    && IntStream.range(timex.tokenStart(), i).allMatch(j -> tokens.get(j).pos().matches("IN|RB|TO"))) {
                // "about Summers 's job" too: a name, whatever preposition SUTime took before it
                return true;
            }
        }
        if (timex.value() != null && CENTURYLESS_DECADE.matcher(timex.value()).matches()
                && !SHORT_DECADE.matcher(words(timex, tokens)).matches()) {
            // SUTime's set of a decade in words of no century: an age ("in my early forties", "a late forties"); a
            // decade of history is added as one by MissedExpressions ("the late Seventies")
            return true;
        }
        String words = words(timex, tokens);
        int end = timex.tokenEnd();
        // the tokenizer splits hyphenated words: "6 - year - old"
        String joined = words.replace(" - ", "-");
        if (end + 1 < tokens.size() && tokens.get(end).text().equals("-")) {
            joined = joined + "-" + DateResolver.word(tokens.get(end + 1));
        }
        String value = timex.value() == null ? "" : timex.value();
        if (words.matches("the (?:minute|second|moment|hour)") && value.matches(".*TXX.*")) {
            // "the minute we mention it" (as soon as), "the minute creatures" (tiny), "by the hour" (every hour):
            // no clock time SUTime could give
            return true;
        }
        if (words.equals("minute") && (tokens.get(timex.tokenStart()).pos().equals("JJ")
                || end < tokens.size() && tokens.get(end).pos().equals("NNS"))) {
            // the adjective, tiny, before its noun: "minute quantities of oil", "minute particles"
            return true;
        }
        if (INTERVAL_VALUE.matcher(value).matches() && !INTERVAL_UNIT.matcher(words).matches()) {
            // two dates SUTime joined for a word that names no span: "the Millennium Stadium"
            return true;
        }
        if ("DATE".equals(timex.type()) && words.matches("0\\d{3}") && !MILITARY.matcher(words).matches()) {
            // four digits from zero that are no clock time either: part of a telephone number
            return true;
        }
        if (words.equals("present") && (timex.tokenStart() == 0
                || !Set.of("the", "at").contains(DateResolver.word(tokens.get(timex.tokenStart() - 1))))) {
            // the verb or the adjective ("will present the report", "were present at the ceremony"), not "at present"
            return true;
        }
        if (words.equals("past") && (timex.tokenStart() == 0
                || !DateResolver.word(tokens.get(timex.tokenStart() - 1)).equals("the"))) {
            // the preposition or a noun without its article ("went on past the deadline", "past is prologue"), not
            // "the past"
            return true;
        }
        if (words.equals("future") && end < tokens.size() && PREMODIFIED.matcher(tokens.get(end).pos()).matches()
                && !TIMES.contains(tokens.get(end).lemma().toLowerCase(Locale.ROOT))) {
            // the adjective before its noun ("future earnings", "future restructuring efforts"), as "past" and
            // "present" above; not "the future", "in future", nor "future quarters", a time itself
            return true;
        }
        if (KIND_FREQUENCIES.contains(words) && end < tokens.size()
                && PREMODIFIED.matcher(tokens.get(end).pos()).matches()) {
            // a kind of thing, not a time: "its quarterly dividend", "the annual meeting"
            return true;
        }
        if (end < tokens.size() && words.matches("(?:about |some |nearly |almost |over )?\\d{3,4}")
                && SHARE_WORDS.contains(DateResolver.word(tokens.get(end)))) {
            // a share, not a year: "up 1000 %", "1200 percent"
            return true;
        }
        // the index of "the" in "the last minute" or "the very last minute"
        int article = timex.tokenStart() - (words.equals("last minute") ? 2 : 0);
        if ((words.equals("the last minute") || words.equals("last minute") && article >= 0
                && words(tokens, article, timex.tokenStart()).equals("the very"))
                && article > 0 && LAST_MINUTE_BEFORE.contains(DateResolver.word(tokens.get(article - 1)))) {
            // "at the last minute", "at the very last minute": as late as possible, no time of its own
            return true;
        }
        if (words.equals("last minute") && end < tokens.size() && PREMODIFIED.matcher(tokens.get(end).pos()).matches()
                && !TIMES.contains(tokens.get(end).lemma().toLowerCase(Locale.ROOT))) {
            // "a last minute change", written without its hyphen
            return true;
        }
        if (words.matches("daily|weekly") && Character.isUpperCase(tokens.get(timex.tokenStart()).text().charAt(0))
                && (timex.tokenStart() > 0 && tokens.get(timex.tokenStart() - 1).pos().startsWith("NNP")
                || end < tokens.size() && tokens.get(end).pos().startsWith("NNP"))) {
            // a newspaper's name: "China Daily", "Entertainment Weekly", "the Daily Mail"
            return true;
        }
        Token named = timex.tokenStart() > 0 ? tokens.get(timex.tokenStart() - 1) : null;
        if (DAWN_NAMES.contains(words) && Character.isUpperCase(tokens.get(timex.tokenStart()).text().charAt(0))
                && named != null && (named.pos().startsWith("NNP") || timex.tokenStart() > 1
                && named.pos().startsWith("NN") && Character.isUpperCase(named.text().charAt(0)))
                && DateResolver.weekdayNamed(DateResolver.word(tokens.get(timex.tokenStart() - 1))) == null
                && DateResolver.monthNamed(DateResolver.word(tokens.get(timex.tokenStart() - 1))) == null) {
            // the end of a name: operation "Odyssey Dawn", "Golden Dawn"
            return true;
        }
        String first = tokens.get(timex.tokenStart()).text();
        boolean inside = timex.tokenStart() > 0 && !QUOTES.contains(tokens.get(timex.tokenStart() - 1).text());
        if (end - timex.tokenStart() == 1 && first.matches("[A-Z]{3}") && !digitAround(timex, tokens)
                && (DateResolver.monthNamed(words) != null || DateResolver.weekdayNamed(words) != null)) {
            // an acronym, not a month or a weekday written in capitals: "the Disasters Emergency Committee (DEC)", a
            // "JU5T WED" number plate; "DEC 12" keeps its day
            return true;
        }
        if (words.equals("mo") && (timex.tokenStart() == 0 || !tokens.get(timex.tokenStart() - 1).pos().equals("CD"))) {
            // a nickname ("``Mo'' as we called him"), not a month; "3 mo" stays
            return true;
        }
        if (Character.isUpperCase(first.charAt(0)) && inside && (words.equals("millennium")
                || words.equals("day") && "DURATION".equals(timex.type())
                && holidayStart(timex, tokens) < 0)
                && (end < tokens.size() && namePart(tokens.get(end)) || namePart(tokens.get(timex.tokenStart() - 1)))) {
            // a unit in a name: "the Millennium Stadium", "Perfect Day", "From Day One"
            return true;
        }
        if (end - timex.tokenStart() == 1 && first.matches("\\d+0s") && end + 1 < tokens.size()
                && DateResolver.word(tokens.get(end)).equals("of") && tokens.get(end + 1).pos().equals("NNS")) {
            // a count in the hundreds or thousands: "1000s of miles from our HQ", "100s of people"
            return true;
        }
        if (end - timex.tokenStart() == 1 && DateResolver.monthNamed(words) != null && end + 1 < tokens.size()
                && tokens.get(end).text().equals("-") && Character.isLetter(tokens.get(end + 1).text().charAt(0))
                && DateResolver.monthNamed(DateResolver.word(tokens.get(end + 1))) == null
                && DateResolver.weekdayNamed(DateResolver.word(tokens.get(end + 1))) == null) {
            // a month's name opening a hyphened name: "Mar-a-Lago"; not "March-April"
            return true;
        }
        if (words.equals("day") && timex.tokenStart() >= 2 && tokens.get(timex.tokenStart() - 1).text().equals("-")
                && tokens.get(timex.tokenStart() - 2).text().matches("[DV]")) {
            // "the D-Day invasion", "V-Day": the name of a day, no span of one
            return true;
        }
        if (PROGRAMME_DAYS.contains(words) && Character.isUpperCase(first.charAt(0)) && inside && end < tokens.size()
                && PROGRAMMES.contains(DateResolver.word(tokens.get(end)))) {
            // the name of a programme: "NBC's Today show", "on BBC Radio 4's Today programme", "ABC's This Week
            // program"
            return true;
        }
        if (NAMED_UNITS.contains(words) && Character.isUpperCase(first.charAt(0)) && inside && end < tokens.size()
                && namePart(tokens.get(end)) && DateResolver.weekdayNamed(DateResolver.word(tokens.get(end))) == null
                && !titleCased(tokens)) {
            // a unit or a weekend in a name: "the mouth of Weeks Bay", "its Weekend Review section"; not in a
            // headline of capitals ("Oil Spill Weeks Away From End")
            return true;
        }
        Matcher years = YEAR_SPAN.matcher(words);
        if (years.matches() && Integer.parseInt(years.group(2)) > LAST_SPAN_YEAR) {
            // numbers of sections or pages, no years: "5 U.S.C. 5701-5707"
            return true;
        }
        if (end - timex.tokenStart() == 1 && timex.tokenStart() > 0 && DateResolver.monthNamed(words) != null
                && TITLES.contains(tokens.get(timex.tokenStart() - 1).text())) {
            // a name after a title: "Lord March", "Lady May"
            return true;
        }
        if (first.equals("Sec") && end - timex.tokenStart() == 1) {
            // the abbreviation of a title ("Treas. Sec."), not a second, which is written small after its count
            return true;
        }
        if (first.equals("Month") && end - timex.tokenStart() == 1 && inside
                && Character.isUpperCase(tokens.get(timex.tokenStart() - 1).text().charAt(0))
                && tokens.get(timex.tokenStart() - 1).pos().matches("NN.*|JJ.*")
                && !MONTH_OF.contains(DateResolver.word(tokens.get(timex.tokenStart() - 1)))) {
            // the name of a month-long observance: "Black History Month", "the AANHPI Heritage Month"; not "Next
            // Month" in a headline
            return true;
        }
        if (first.equals("Current") && end - timex.tokenStart() == 1 && (end >= tokens.size()
                || !Character.isLowerCase(tokens.get(end).text().charAt(0))) && (inside && !titleCased(tokens)
                || end < tokens.size() && tokens.get(end).pos().equals("NNP"))) {
            // a name: "Current TV", "moved to Current", "the Loop Current"; not the adjective before its noun
            // ("Current treatments do work", after a dateline too: "11:14 am ET Current events")
            return true;
        }
        if (Set.of("Quarterly", "Weekly", "Monthly").contains(first) && end - timex.tokenStart() == 1 && inside
                && Character.isUpperCase(tokens.get(timex.tokenStart() - 1).text().charAt(0))
                && tokens.get(timex.tokenStart() - 1).pos().matches("NNP.*|JJ") && !titleCased(tokens)) {
            // the name of a periodical: "Congressional Quarterly", "the Political Quarterly", "Publishers Weekly"
            return true;
        }
        if (paperName(timex, tokens)) {
            // a weekday or part of the day in the name of a newspaper or a show: "told the Sunday Times", "the South
            // China Morning Post", "Fox News Sunday", "the Mail on Sunday"; and "The Sun", no Sunday
            return true;
        }
        if (ELEVENTH_HOUR.matcher(words).matches()) {
            // the last moment, no hour: "in the 11th hour", "another 11th hour regulation"
            return true;
        }
        if (words.equals("hours") && timex.tokenStart() > 1 && tokens.get(timex.tokenStart() - 1).text().equals("-")
                && OUTSIDE_HOURS.contains(DateResolver.word(tokens.get(timex.tokenStart() - 2)))) {
            // a kind of trading or work, no span: "in after-hours trading", "off-hours calls"
            return true;
        }
        if (WAR_NAME.matcher(words).matches() && end < tokens.size()
                && DateResolver.word(tokens.get(end).text().equals("'") && end + 1 < tokens.size()
                ? tokens.get(end + 1) : tokens.get(end)).equals("war")) {
            // the name of a war: "the Thirty Years War", "the Six-Day War"
            return true;
        }
        if (quotedTitle(timex, tokens)) {
            // the name of a show or a book: "on CBS's ``60 Minutes''"
            return true;
        }
        if (allPerson(timex, tokens)) {
            // a name: "Justice Sandra Day O'Connor", "Doris Day"
            return true;
        }
        if (words.equals("the day") && timex.tokenStart() >= 2
                && DateResolver.word(tokens.get(timex.tokenStart() - 1)).equals("to")
                && SPAN_UNITS.contains(DateResolver.word(tokens.get(timex.tokenStart() - 2)))) {
            // "eight years to the day after": exactly, no day of its own
            return true;
        }
        if (words.matches("(?:the )?(?:[a-z]+ )?second") && !words.matches("(?:a|one|per|every|each) second")
                && end < tokens.size() && tokens.get(end).pos().matches("NN.*|JJ.*")) {
            // the ordinal before its noun: "the recent second world war movies", "the second round"
            return true;
        }
        if (words.equals("year") && timex.tokenStart() >= 2
                && words(tokens, timex.tokenStart() - 2, timex.tokenStart()).equals("time of")) {
            // "the best time of year", "for this time of year": a season of every year, no span
            return true;
        }
        if (repeatedUnit(timex, tokens)) {
            // "the day-to-day running", "on a day to day basis", "year-by-year": how often, no time
            return true;
        }
        if (words.matches("(?:the )?fall") && end + 1 < tokens.size() && DateResolver.word(tokens.get(end)).equals("of")
                && (!tokens.get(end + 1).text().matches("\\d{4}|that|this|last|next|the") || end + 2 < tokens.size()
                && tokens.get(end + 1).text().equals("the") && Character.isUpperCase(tokens.get(end + 2).text()
                .charAt(0)))) {
            // a downfall: "until the fall of Ben Ali", "since the fall of the Soviet Union"; not "the fall of 2008"
            return true;
        }
        int unquoted = timex.tokenStart() - 1;
        while (unquoted > 0 && QUOTES.contains(tokens.get(unquoted).text())) {
            unquoted--;
        }
        if (SEASONS.contains(words) && Character.isUpperCase(tokens.get(end - 1).text().charAt(0))
                && (unquoted >= 0 && namePart(tokens.get(unquoted))
                || end < tokens.size() && (namePart(tokens.get(end)) || capitalNoun(tokens.get(end))))) {
            // a season in a name: "the Arab Spring", "the ``Arab'' Spring", "the Winter Olympics", "the Summer Games",
            // "Winter Soldier was not as successful", "at the Winter Meetings"
            return true;
        }
        if (words.matches("the (?:day|week|month|year)") && Character.isUpperCase(tokens.get(end - 1).text().charAt(0))
                && timex.tokenStart() > 1 && DateResolver.word(tokens.get(timex.tokenStart() - 1)).equals("of")
                && Character.isUpperCase(tokens.get(timex.tokenStart() - 2).text().charAt(0))) {
            // the title of an award or a feature: "Journalist of the Year", "Question of the Day", "Book Of The Week"
            return true;
        }
        if (THE_YEAR.matcher(words).matches() && tokens.get(end - 1).text().equals("Year") && end + 1 < tokens.size()
                && DateResolver.word(tokens.get(end)).equals("of")
                && capitalNoun(tokens.get(end + 1 < tokens.size() - 1 && DateResolver.word(tokens.get(end + 1))
                .equals("the") ? end + 2 : end + 1))) {
            // a year named for what it honours: "the Year of the Woman", "the International Year of Water", "the Year
            // of the Dragon"
            return true;
        }
        if (words.equals("spring") && timex.tokenStart() > 0 && namePart(tokens.get(timex.tokenStart() - 1))
                && (timex.tokenStart() > 1 && DateResolver.word(tokens.get(timex.tokenStart() - 2)).equals("the")
                || tokens.get(timex.tokenStart() - 1).ner().equals("MISC"))) {
            // a people's or a city's spring, a movement, in lower case too: "since the start of the Arab spring",
            // "the Prague spring", "Arab spring has allowed"
            return true;
        }
        if (words.equals("march") && timex.tokenStart() > 0 && end + 1 < tokens.size()
                && Set.of("the", "a").contains(DateResolver.word(tokens.get(timex.tokenStart() - 1)))
                && Set.of("on", "of", "to", "through", "against").contains(DateResolver.word(tokens.get(end)))
                && !tokens.get(end + 1).pos().equals("CD")
                && !RELATIVE_DAY.contains(DateResolver.word(tokens.get(end + 1)))
                && !Set.of("this", "that", "the").contains(DateResolver.word(tokens.get(end + 1)))) {
            // a march, not the month: "the March on Washington", "the March of Millions"; not "the March of 2010"
            return true;
        }
        if (words.matches("springs?") && timex.tokenStart() > 0
                && Set.of("hot", "mineral", "thermal")
                .contains(DateResolver.word(tokens.get(timex.tokenStart() - 1)))) {
            // water from the ground: "a large hot spring"
            return true;
        }
        if (words.endsWith("quarter") && end < tokens.size() && MEASURES.contains(DateResolver.word(
                tokens.get(tokens.get(end).text().equals("-") && end + 1 < tokens.size() ? end + 1 : end)))) {
            // a quarter of a measure: "about a quarter-mile from the rig"
            return true;
        }
        Matcher quarter = QUARTER_OF_TOWN.matcher(words);
        if (quarter.matches() && !QUARTER_WORDS.contains(quarter.group(2)) && (quarter.group(1) == null
                ? tokens.get(end - 2).pos().matches("JJ|NNP")
                : Character.isUpperCase(tokens.get(end - 2).text().charAt(0))
                && !QUARTER_WORDS.contains(quarter.group(1)))) {
            // a part of a town: "the old quarter", "the Christian quarter", "the historic French Quarter"
            return true;
        }
        if (townQuarter(timex, tokens)) {
            return true;
        }
        Matcher quarters = TOWN_QUARTERS.matcher(words);
        if (quarters.matches() && (quarters.group(1) == null || !QUARTER_WORDS.contains(quarters.group(1)))
                && tokens.get(end - 2).pos().matches("JJ|NNPS?")) {
            // parts of a town: "the old quarters of Deraa", "the Jewish and Christian quarters"
            return true;
        }
        if (words.equals("day") && describedDay(timex.tokenStart(), tokens)) {
            // "a historic day", "a very sad day for me", "a roller-coaster day": what a day was like, no span
            return true;
        }
        if (words.equals("the day") && timex.tokenStart() > 0
                && DateResolver.word(tokens.get(timex.tokenStart() - 1)).equals("by")
                && (end >= tokens.size() || CLOSING.matcher(tokens.get(end).pos()).matches())) {
            // "grows more dire by the day": day after day, no day of its own
            return true;
        }
        if (PARTS_OF_DAY.contains(words) && end + 1 < tokens.size() && tokens.get(end).text().equals("-")
                && tokens.get(end + 1).pos().startsWith("NN")
                && !TIMES.contains(tokens.get(end + 1).lemma().toLowerCase(Locale.ROOT))) {
            // a part of the day made an adjective: "morning-show appearances", "evening-news anchors"
            return true;
        }
        if (words.equals("minute") && timex.tokenStart() >= 2
                && tokens.get(timex.tokenStart() - 1).text().equals("-")
                && DateResolver.word(tokens.get(timex.tokenStart() - 2)).equals("last")) {
            // the adjective "last-minute" (made at the latest moment), no time of its own
            return true;
        }
        if ((OCCASIONS.contains(words) || words.matches("(?:last|final) day") && !objectHer(timex, tokens))
                && timex.tokenStart() > 0 && POSSESSIVE.contains(tokens.get(timex.tokenStart() - 1).pos())) {
            // someone's day or year is an occasion of theirs, not a time: "his day in court", "Kellogg's year", "her
            // last day on the streets" (not yesterday)
            return true;
        }
        if (NOT_WHEN.contains(words) || AGE.matcher(words).matches() || AGE.matcher(joined).matches()
                || AGE_OLD.matcher(words).matches() || end < tokens.size() && AGE_IN_YEARS.matcher(words).matches()
                && DateResolver.word(tokens.get(end)).equals("old")) {
            return true;
        }
        if (MONTH_VALUE.matcher(timex.value()).matches() && end < tokens.size()
                && "PERSON".equals(tokens.get(end).ner()) && (timex.tokenStart() == 0
                || !BEFORE_DATES.contains(DateResolver.word(tokens.get(timex.tokenStart() - 1)))
                && !tokens.get(timex.tokenStart() - 1).pos().equals("CD"))) {
            // a first name before a surname: "Minister Jan Kavan", "and Jan Kavan of the Czech Republic"
            return true;
        }
        if (MONTH_VALUE.matcher(timex.value()).matches() && timex.tokenEnd() - timex.tokenStart() == 1
                && timex.tokenStart() > 0 && "PERSON".equals(tokens.get(timex.tokenStart() - 1).ner())) {
            // a surname after a first name: "Theresa May"
            return true;
        }
        for (int i = timex.tokenStart(); i < end; i++) {
            if (tokens.get(i).text().equals("SEC")) {
                // the Securities and Exchange Commission, not a second
                return true;
            }
        }
        if (FRACTION.matcher(words.replace(" - ", "-")).matches() && fractionOf(end, tokens)
                || words.matches("(?:the )?quarters?|" + FRACTION.pattern()) && end < tokens.size()
                && MAGNITUDES.contains(DateResolver.word(tokens.get(end)))) {
            // "a quarter of the market", "the quarter million square miles"
            return true;
        }
        if ((words.equals("a second") || words.equals("the second")) && end < tokens.size()
                && ORDINAL_HEADS.matcher(tokens.get(end).pos()).matches()) {
            // the ordinal: "a second A380", "a second consecutive day"
            return true;
        }
        if (words.equals("spring") && (timex.tokenStart() > 0
                && DateResolver.word(tokens.get(timex.tokenStart() - 1)).equals("to") || end < tokens.size()
                && SPRING_PARTICLES.contains(DateResolver.word(tokens.get(end))))) {
            // the verb: "to spring upon us", "rights spring from our aspirations", "spring up"
            return true;
        }
        if (!timex.value().matches("\\d{4}-FA")) {
            return false;
        }
        int fall = -1;
        for (int i = timex.tokenStart(); i < timex.tokenEnd(); i++) {
            String word = DateResolver.word(tokens.get(i));
            if (word.equals("falls")) {
                return true;
            }
            if (word.equals("fall")) {
                fall = i;
            }
        }
        if (fall < 0) {
            return false;
        }
        if (tokens.get(fall).pos().startsWith("VB")) {
            return true;
        }
        boolean yearAfter = fall + 1 < tokens.size() && tokens.get(fall + 1).text().matches("\\d{4}");
        int opening = fall - 1;
        while (opening >= 0 && tokens.get(opening).pos().startsWith("JJ")) {
            opening--;
        }
        if (!yearAfter && opening >= 0 && DateResolver.word(tokens.get(opening)).matches("an?")) {
            // a decline: "in a late fall on the New York Stock Exchange", "a sharp fall"
            return true;
        }
        int before = fall - 1;
        if (before >= 0 && DateResolver.word(tokens.get(before)).equals("the")) {
            before--;
        }
        return !yearAfter && (before < 0 || !SEASON_CONTEXT.contains(DateResolver.word(tokens.get(before))));
    }

    /**
     * Whether a capitalised weekday or part of the day is part of the name of a newspaper or a show: a paper's word
     * after it ("Sunday Times", "Morning Post"), "the Mail on Sunday", "the Independent on Sunday", "Fox News Sunday";
     * or "Sun" after "the".
     */
    private static boolean paperName(Timex timex, List<Token> tokens) {
        int start = timex.tokenStart();
        int end = timex.tokenEnd();
        String first = tokens.get(start).text();
        String word = DateResolver.word(tokens.get(start));
        if (end - start != 1 || !Character.isUpperCase(first.charAt(0))
                || DateResolver.weekdayNamed(word) == null && !PARTS_OF_DAY.contains(word)) {
            return false;
        }
        if (word.equals("sun") && start > 0 && DateResolver.word(tokens.get(start - 1)).equals("the")) {
            return true;
        }
        if (end < tokens.size() && tokens.get(end).pos().startsWith("NNP")
                && PAPER_NAMES.contains(DateResolver.word(tokens.get(end)))) {
            return true;
        }
        // not "The Washington Post Sunday reported", a paper and the day it reported
        return word.equals("sunday") && start > 1 && DateResolver.word(tokens.get(start - 1)).equals("on")
                && Set.of("Mail", "Independent").contains(tokens.get(start - 2).text())
                || start > 1 && tokens.get(start - 1).text().equals("News")
                && tokens.get(start - 2).text().equals("Fox");
    }

    /** Whether "her" before the expression is the object of the verb before it: "met her last week". */
    private static boolean objectHer(Timex timex, List<Token> tokens) {
        int her = timex.tokenStart() - 1;
        return her > 0 && DateResolver.word(tokens.get(her)).equals("her")
                && tokens.get(her - 1).pos().startsWith("VB") && !"be".equals(tokens.get(her - 1).lemma());
    }

    /** Whether a number stands right before or after the expression: "DEC 12", "12 DEC". */
    private static boolean digitAround(Timex timex, List<Token> tokens) {
        return timex.tokenEnd() < tokens.size() && tokens.get(timex.tokenEnd()).pos().equals("CD")
                || timex.tokenStart() > 0 && tokens.get(timex.tokenStart() - 1).pos().equals("CD");
    }

    /** Whether the expression ends in a plural unit with no number or article before it: "its early years". */
    private static boolean uncountedPlural(Timex timex, List<Token> tokens) {
        if (!PLURAL_UNITS.contains(DateResolver.word(tokens.get(timex.tokenEnd() - 1)))) {
            return false;
        }
        for (int i = timex.tokenStart(); i < timex.tokenEnd(); i++) {
            Token token = tokens.get(i);
            String word = DateResolver.word(token);
            if (token.pos().equals("CD") || word.matches(COUNT_WORDS)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the expression stands between quotes, alone or among other words with capitals, and writes a unit with
     * a capital, as a title does: "on CBS's ``60 Minutes.''", "``Piers Morgan Tonight''", not "``Two days ago,'' he
     * said".
     */
    private static boolean quotedTitle(Timex timex, List<Token> tokens) {
        int start = timex.tokenStart();
        int end = timex.tokenEnd();
        int open = start - 1;
        while (open >= 0 && start - open <= TITLE_WORDS && titleWord(tokens.get(open))) {
            open--;
        }
        if (open < 0 || !QUOTES.contains(tokens.get(open).text())) {
            return false;
        }
        int close = end;
        while (close < tokens.size() && close - end < TITLE_WORDS && titleWord(tokens.get(close))) {
            close++;
        }
        int after = close < tokens.size() && tokens.get(close).text().matches("[.,?!]") ? close + 1 : close;
        if (after >= tokens.size() || !QUOTES.contains(tokens.get(after).text())) {
            return false;
        }
        boolean capitalUnit = false;
        for (int i = start; i < end; i++) {
            String original = tokens.get(i).text();
            if (!Character.isUpperCase(original.charAt(0)) && !Character.isDigit(original.charAt(0))) {
                return false;
            }
            String lower = original.toLowerCase(Locale.ROOT);
            capitalUnit |= Character.isUpperCase(original.charAt(0))
                    && (TIMES.contains(lower) || TIMES.contains(singular(lower)));
        }
        return capitalUnit || open < start - 1 || close > end;
    }

    /**
     * Whether the sentence is written as a headline, with a capital on most of its words of four letters or more
     * ("Oil Spill Weeks Away From End"); at least three such words.
     */
    private static boolean titleCased(List<Token> tokens) {
        int words = 0;
        int capitals = 0;
        for (Token token : tokens) {
            String original = token.text();
            if (original.length() >= 4 && Character.isLetter(original.charAt(0))) {
                words++;
                capitals += Character.isUpperCase(original.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 3 && capitals * 10 >= words * 7;
    }

    /** Whether a token may be a word of a title: written with a capital or a digit, and no quote. */
    private static boolean titleWord(Token token) {
        char first = token.text().charAt(0);
        return (Character.isUpperCase(first) || Character.isDigit(first)) && !QUOTES.contains(token.text());
    }

    /** Whether the named-entity tagger put every token of the expression in a person's name. */
    private static boolean allPerson(Timex timex, List<Token> tokens) {
        for (int i = timex.tokenStart(); i < timex.tokenEnd(); i++) {
            if (!"PERSON".equals(tokens.get(i).ner())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a unit of the expression is repeated across "to" or "by", with or without hyphens: "day-to-day",
     * "day to day", "year-by-year".
     */
    private static boolean repeatedUnit(Timex timex, List<Token> tokens) {
        for (int i = timex.tokenStart(); i < timex.tokenEnd(); i++) {
            String unit = DateResolver.word(tokens.get(i));
            if (UNIT_WORDS.contains(unit) && (repeatsFrom(i, 1, unit, tokens) || repeatsFrom(i, -1, unit, tokens))) {
                return true;
            }
        }
        return false;
    }

    /** Whether, going {@code step} by step from token {@code at}, "to" or "by" and the same unit follow. */
    private static boolean repeatsFrom(int at, int step, String unit, List<Token> tokens) {
        int i = at + step;
        boolean joined = false;
        while (i >= 0 && i < tokens.size() && Math.abs(i - at) <= 4) {
            String word = DateResolver.word(tokens.get(i));
            if (word.equals("to") || word.equals("by")) {
                joined = true;
            } else if (!word.equals("-")) {
                return joined && word.equals(unit);
            }
            i += step;
        }
        return false;
    }

    /** Whether the token is a noun or adjective written with a capital: "Woman" in "the Year of the Woman". */
    private static boolean capitalNoun(Token token) {
        return NOUN_OR_ADJECTIVE.matcher(token.pos()).matches() && Character.isUpperCase(token.text().charAt(0));
    }

    /** Whether a word is a capitalised part of a name next to a season, and no month: "Arab", "Olympics". */
    private static boolean namePart(Token token) {
        return token.pos().startsWith("NNP") && DateResolver.monthNamed(DateResolver.word(token)) == null
                || token.pos().equals("JJ") && Character.isUpperCase(token.text().charAt(0));
    }

    /**
     * "one day" as some day not named, not a span of one: "Islam will one day be", "one day they will have to face
     * justice" ({@code FUTURE_REF}), "One day, he walked in" ({@code PAST_REF}), told by a modal or a past tense
     * right around it. Null for a span ("had been in the job one day", "stayed one day and left").
     */
    private static String someDay(Timex timex, List<Token> tokens) {
        int start = timex.tokenStart();
        int end = timex.tokenEnd();
        Token before = start > 0 ? tokens.get(start - 1) : null;
        boolean opens = before == null || before.pos().matches("MD|PRP|CC|RB|,|``|:") || before.text().equals("--");
        if (!opens || end < tokens.size() && RELATIONAL.contains(DateResolver.word(tokens.get(end)))) {
            return null;
        }
        if (before != null && before.pos().equals("MD")) {
            return "FUTURE_REF";
        }
        for (int i = end; i < Math.min(tokens.size(), end + 4); i++) {
            Token token = tokens.get(i);
            if (token.pos().equals("MD")) {
                return "FUTURE_REF";
            }
            if (token.pos().equals("VBD")) {
                return "PAST_REF";
            }
        }
        return null;
    }

    /**
     * Whether the word "day" at {@code at} closes "a" or "an" and words that say what the day was like ("a historic
     * day"), not how long it was ("a full day", "a working day").
     */
    private static boolean describedDay(int at, List<Token> tokens) {
        for (int i = at - 1; i >= Math.max(0, at - 4); i--) {
            Token token = tokens.get(i);
            String word = DateResolver.word(token);
            if (word.equals("a") || word.equals("an")) {
                return i < at - 1;
            }
            if (SPAN_OF_DAY.contains(word) || ORDINALS.contains(word) || STRAIGHT.contains(word)
                    || word.matches("\\d+(?:st|nd|rd|th)") || !(token.pos().matches("JJ.*|RB.*|NN|VBN|VBG|HYPH")
                    || word.equals("-"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The end of "year-end", "year end" or "year's end" when the expression is the word "year" before it, with or
     * without an article (the tokenizer splits "year-end" and "year's"); 0 otherwise.
     */
    private static int yearEnd(Timex timex, String words, List<Token> tokens) {
        int at = timex.tokenEnd();
        if (!words.matches("(?:an? |the )?year") || at >= tokens.size()) {
            return 0;
        }
        String next = tokens.get(at).text();
        if (next.equals("-") || next.equals("'s") || next.equals("\u2019s")) {
            at++;
        }
        return at < tokens.size() && DateResolver.word(tokens.get(at)).equals("end") ? at + 1 : 0;
    }

    private static String words(Timex timex, List<Token> tokens) {
        return words(tokens, timex.tokenStart(), timex.tokenEnd());
    }

    private static Timex extended(String text, Timex timex, int start, int end, List<Token> tokens) {
        int charStart = tokens.get(start).charStart();
        int charEnd = tokens.get(end - 1).charEnd();
        return new Timex(text.substring(charStart, charEnd), timex.type(), timex.value(), timex.sourceValue(),
                timex.rule(), start, end, charStart, charEnd);
    }

    /** The expression with another type and value, and the rule that gave them; itself when nothing changes. */
    static Timex changed(Timex timex, String type, String value, String rule) {
        if (value.equals(timex.value()) && type.equals(timex.type())) {
            return timex;
        }
        return new Timex(timex.text(), type, value, timex.sourceValue(), rule, timex.tokenStart(), timex.tokenEnd(),
                timex.charStart(), timex.charEnd());
    }
}
