package org.storyline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.DateResolver;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Dependency;
import org.storyline.annotate.SentenceDates;
import org.storyline.annotate.Timex;
import org.storyline.annotate.Token;

/**
 * Seeded property tests of date normalisation: for random sentences of date words, random dependency graphs and
 * random SUTime values (impossible ones included), {@link DateResolver} either keeps a value or gives a valid one,
 * and {@link SentenceDates} always gives a valid TIMEX3 day, month, week or year, or the publication date.
 */
class DatePropertiesTest {
    private static final long SEED = 11L;
    private static final int TRIES = 20_000;
    private static final List<String> WORDS = List.of("on", "in", "last", "next", "this", "the", "early", "said",
            "will", "met", "meet", "has", "Monday", "Friday", "Sunday", "March", "February", "December", "spring",
            "winter", "fall", "summer", "morning", "2022", "30", "3", "p.m.", "o'clock", "of", "year", "week");
    private static final List<String> RELATIONS = List.of("root", "nsubj", "obl:tmod", "obl:on", "aux", "nmod:tmod",
            "advmod", "conj", "ccomp", "obj");
    private static final List<String> TYPES = List.of("DATE", "TIME", "DURATION", "SET");
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
    private static final Pattern SEASON = Pattern.compile("\\d{4}-(SP|SU|FA|WI)");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    @Test
    void resolvedValuesAreKeptOrValid() {
        Random random = new Random(SEED);
        for (int i = 0; i < TRIES; i++) {
            Case c = randomCase(random);
            List<Timex> resolved = DateResolver.resolve(c.tokens, c.dependencies, c.timexes, c.published);
            assertThat(resolved).hasSameSizeAs(c.timexes);
            for (int t = 0; t < resolved.size(); t++) {
                String before = c.timexes.get(t).value();
                String after = resolved.get(t).value();
                if (!after.equals(before)) {
                    assertThat(validDay(after) || validMonth(after) || SEASON.matcher(after).matches())
                            .as("%s: %s -> %s", c, before, after).isTrue();
                    assertThat(resolved.get(t).sourceValue()).isEqualTo(c.timexes.get(t).sourceValue());
                    assertThat(resolved.get(t).rule()).isNotNull();
                }
            }
        }
    }

    @Test
    void sentenceDatesAreValidTimexValuesOrThePublicationDate() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < TRIES; i++) {
            Case c = randomCase(random);
            List<Timex> resolved = DateResolver.resolve(c.tokens, c.dependencies, c.timexes, c.published);
            SentenceDates.Choice choice = SentenceDates.choose(c.dependencies, resolved, c.published);
            if (choice.source() == DateSource.PUBLISHED) {
                assertThat(choice.value()).isEqualTo(c.published.toString());
            } else {
                String value = choice.value();
                assertThat(validDay(value) || validMonth(value) || validWeek(value) || validYear(value))
                        .as("%s chose %s", c, value).isTrue();
            }
        }
    }

    @Test
    void anImpossibleDayInTheTextIsNotTheSentenceDate() {
        LocalDate published = LocalDate.of(2022, 3, 1);
        Timex impossible = new Timex("February 30, 2022", "DATE", "2022-02-30", "2022-02-30", null, 0, 3, 0, 17);

        SentenceDates.Choice choice = SentenceDates.choose(List.of(), List.of(impossible), published);

        assertThat(choice).isEqualTo(new SentenceDates.Choice("2022-03-01", DateSource.PUBLISHED));
    }

    private record Case(List<Token> tokens, List<Dependency> dependencies, List<Timex> timexes, LocalDate published) {
    }

    private static Case randomCase(Random random) {
        int size = 1 + random.nextInt(12);
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < size; i++) {
            String word = WORDS.get(random.nextInt(WORDS.size()));
            tokens.add(new Token(i, word, word.toLowerCase(), random.nextBoolean() ? "VBD" : "NNP", "O", offset,
                    offset + word.length()));
            offset += word.length() + 1;
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int governor = i == 0 ? -1 : random.nextInt(size + 1) - 1;
            dependencies.add(new Dependency(governor, i, governor < 0 ? "root" : RELATIONS.get(random.nextInt(
                    RELATIONS.size()))));
        }
        List<Timex> timexes = new ArrayList<>();
        int count = random.nextInt(4);
        for (int t = 0; t < count; t++) {
            int start = random.nextInt(size);
            int end = start + random.nextInt(size - start + 1);
            String value = value(random);
            timexes.add(new Timex("x", TYPES.get(random.nextInt(TYPES.size())), value, value, null, start, end,
                    tokens.get(start).charStart(), tokens.get(Math.max(start, end - 1)).charEnd()));
        }
        LocalDate published = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(200 * 366));
        return new Case(tokens, dependencies, timexes, published);
    }

    /** SUTime-like values, with impossible days, months and weeks among them. */
    private static String value(Random random) {
        int year = 1890 + random.nextInt(220);
        return switch (random.nextInt(12)) {
            case 0 -> String.format("%04d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            case 1 -> String.format("%04d-%02d-%02d", year, random.nextInt(14), random.nextInt(33));
            case 2 -> String.format("%04d-%02d", year, random.nextInt(14));
            case 3 -> String.format("%04d-W%02d", year, random.nextInt(56));
            case 4 -> String.format("%04d", year);
            case 5 -> year + "-" + List.of("SP", "SU", "FA", "WI").get(random.nextInt(4));
            case 6 -> String.format("%04d-%02d-%02dT%02d:00", year, 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24));
            case 7 -> "XXXX-WXX-" + random.nextInt(8);
            case 8 -> "PRESENT_REF";
            case 9 -> "P" + random.nextInt(10) + "D";
            case 10 -> "T14:00";
            default -> "0000-00-00";
        };
    }

    private static boolean validDay(String value) {
        Matcher day = DAY.matcher(value);
        return day.matches() && parses(() -> LocalDate.parse(day.group(1)));
    }

    private static boolean validMonth(String value) {
        return value.matches("\\d{4}-\\d{2}") && parses(() -> YearMonth.parse(value));
    }

    private static boolean validYear(String value) {
        return value.matches("\\d{4}") && parses(() -> Year.parse(value));
    }

    private static boolean validWeek(String value) {
        Matcher week = WEEK.matcher(value);
        if (!week.matches()) {
            return false;
        }
        int number = Integer.parseInt(week.group(2));
        LocalDate mid = LocalDate.of(Integer.parseInt(week.group(1)), 7, 1);
        return number >= 1 && number <= mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
