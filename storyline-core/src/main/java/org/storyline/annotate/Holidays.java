package org.storyline.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The dates of the holidays news names without a year ("on Thanksgiving Day", "at Christmas"), so that their year
 * can follow the tense like a weekday's. Fixed-date holidays, the US federal holidays defined by a weekday of a
 * month, and Easter with the days defined from it.
 *
 * <p>Stateless and thread-safe.
 */
final class Holidays {
    private static final Map<String, IntFunction<LocalDate>> DATES = Map.ofEntries(
            Map.entry("new year day", year -> LocalDate.of(year, 1, 1)),
            Map.entry("new years day", year -> LocalDate.of(year, 1, 1)),
            Map.entry("new year eve", year -> LocalDate.of(year, 12, 31)),
            Map.entry("new years eve", year -> LocalDate.of(year, 12, 31)),
            Map.entry("valentine day", year -> LocalDate.of(year, 2, 14)),
            Map.entry("valentines day", year -> LocalDate.of(year, 2, 14)),
            Map.entry("st patrick day", year -> LocalDate.of(year, 3, 17)),
            Map.entry("saint patrick day", year -> LocalDate.of(year, 3, 17)),
            Map.entry("independence day", year -> LocalDate.of(year, 7, 4)),
            Map.entry("halloween", year -> LocalDate.of(year, 10, 31)),
            Map.entry("veterans day", year -> LocalDate.of(year, 11, 11)),
            Map.entry("veteran day", year -> LocalDate.of(year, 11, 11)),
            Map.entry("christmas eve", year -> LocalDate.of(year, 12, 24)),
            Map.entry("christmas", year -> LocalDate.of(year, 12, 25)),
            Map.entry("christmas day", year -> LocalDate.of(year, 12, 25)),
            Map.entry("boxing day", year -> LocalDate.of(year, 12, 26)),
            Map.entry("may day", year -> LocalDate.of(year, 5, 1)),
            Map.entry("bastille day", year -> LocalDate.of(year, 7, 14)),
            Map.entry("canada day", year -> LocalDate.of(year, 7, 1)),
            Map.entry("australia day", year -> LocalDate.of(year, 1, 26)),
            Map.entry("anzac day", year -> LocalDate.of(year, 4, 25)),
            Map.entry("earth day", year -> LocalDate.of(year, 4, 22)),
            Map.entry("ve day", year -> LocalDate.of(year, 5, 8)),
            Map.entry("vj day", year -> LocalDate.of(year, 8, 15)),
            Map.entry("armistice day", year -> LocalDate.of(year, 11, 11)),
            Map.entry("remembrance day", year -> LocalDate.of(year, 11, 11)),
            Map.entry("holocaust remembrance day", year -> LocalDate.of(year, 1, 27)),
            Map.entry("international holocaust remembrance day", year -> LocalDate.of(year, 1, 27)),
            Map.entry("pearl harbor remembrance day", year -> LocalDate.of(year, 12, 7)),
            Map.entry("national pearl harbor remembrance day", year -> LocalDate.of(year, 12, 7)),
            Map.entry("workers memorial day", year -> LocalDate.of(year, 4, 28)),
            Map.entry("juneteenth", year -> LocalDate.of(year, 6, 19)),
            Map.entry("st george day", year -> LocalDate.of(year, 4, 23)),
            Map.entry("saint george day", year -> LocalDate.of(year, 4, 23)),
            Map.entry("martin luther king day", year -> nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3)),
            Map.entry("presidents day", year -> nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3)),
            Map.entry("president day", year -> nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3)),
            Map.entry("mother day", year -> nth(year, Month.MAY, DayOfWeek.SUNDAY, 2)),
            Map.entry("mothers day", year -> nth(year, Month.MAY, DayOfWeek.SUNDAY, 2)),
            Map.entry("memorial day", year -> LocalDate.of(year, 5, 31).with(
                    TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
            Map.entry("father day", year -> nth(year, Month.JUNE, DayOfWeek.SUNDAY, 3)),
            Map.entry("fathers day", year -> nth(year, Month.JUNE, DayOfWeek.SUNDAY, 3)),
            Map.entry("labor day", year -> nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1)),
            Map.entry("columbus day", year -> nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2)),
            Map.entry("election day", year -> nth(year, Month.NOVEMBER, DayOfWeek.MONDAY, 1).plusDays(1)),
            Map.entry("thanksgiving", year -> nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4)),
            Map.entry("thanksgiving day", year -> nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4)),
            Map.entry("black friday", year -> nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4).plusDays(1)),
            Map.entry("cyber monday", year -> nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4).plusDays(4)),
            Map.entry("shrove tuesday", year -> easter(year).minusDays(47)),
            Map.entry("fat tuesday", year -> easter(year).minusDays(47)),
            Map.entry("mardi gras", year -> easter(year).minusDays(47)),
            Map.entry("ash wednesday", year -> easter(year).minusDays(46)),
            Map.entry("palm sunday", year -> easter(year).minusDays(7)),
            Map.entry("maundy thursday", year -> easter(year).minusDays(3)),
            Map.entry("holy thursday", year -> easter(year).minusDays(3)),
            Map.entry("good friday", year -> easter(year).minusDays(2)),
            Map.entry("holy saturday", year -> easter(year).minusDays(1)),
            Map.entry("easter", Holidays::easter),
            Map.entry("easter sunday", Holidays::easter),
            Map.entry("easter monday", year -> easter(year).plusDays(1)),
            Map.entry("pentecost", year -> easter(year).plusDays(49)),
            Map.entry("whit sunday", year -> easter(year).plusDays(49)));

    private Holidays() {
    }

    /**
     * The day of the holiday named by {@code words} in {@code year}, or null if the words name no holiday known
     * here. Case, periods, apostrophes and a possessive "'s" do not matter: "New Year's Day", "St. Patrick's Day".
     */
    static LocalDate on(String words, int year) {
        IntFunction<LocalDate> date = DATES.get(normalise(words));
        return date == null ? null : date.apply(year);
    }

    /** Whether {@code words} name a holiday known here. */
    static boolean names(String words) {
        return DATES.containsKey(normalise(words));
    }

    /**
     * Where the longest holiday name that ends at {@code end} and takes in tokens {@code [start, end)} starts, looking
     * back from {@code start} over at most four capitalised words or a possessive ("Workers Memorial Day", "Mother 's
     * Day", "Labor Day" before "weekend"); -1 when none does.
     */
    static int longestNameStart(List<Token> tokens, int start, int end) {
        int found = -1;
        for (int from = start - 1; from >= Math.max(0, start - 4); from--) {
            String word = tokens.get(from).text();
            if (!word.equals("'s") && !word.equals("'") && !Character.isUpperCase(word.charAt(0))) {
                break;
            }
            found = names(ValueRules.words(tokens, from, end)) ? from : found;
        }
        return found;
    }

    private static String normalise(String words) {
        return words.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace(".", "").replace("'s", "")
                .replace("'", "").replaceAll("\\s+", " ").strip();
    }

    private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** Western Easter by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
