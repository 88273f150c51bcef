package org.storyline.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.storyline.annotate.Parses.dependencies;
import static org.storyline.annotate.Parses.timex;
import static org.storyline.annotate.Parses.tokens;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ValueRulesTest {
    /** A Thursday in ISO week 7. */
    private static final LocalDate THURSDAY = LocalDate.of(2022, 2, 17);

    @Test
    void agoKeepsTheGranularityOfItsUnit() {
        List<Token> tokens = tokens("A/DT/a week/NN/week ago/RB/ago ,/,/, two/CD/two years/NNS/year ago/RB/ago "
                + "and/CC/and three/CD/three days/NNS/day ago/RB/ago and/CC/and several/JJ/several months/NNS/month "
                + "ago/RB/ago");
        List<Timex> timexes = List.of(timex(tokens, 0, 3, "DATE", "2022-02-10"),
                timex(tokens, 4, 7, "DATE", "2020-02-17"), timex(tokens, 8, 11, "DATE", "2022-02-14"),
                timex(tokens, 12, 15, "DATE", "2021-11-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                tuple("A week ago", "2022-W06", "granularity:ago"),
                tuple("two years ago", "2020", "granularity:ago"),
                tuple("three days ago", "2022-02-14", null),
                tuple("several months ago", "PAST_REF", "granularity:ago"));
    }

    @Test
    void aCountFromADateIsTheCountAndTheDate() {
        List<Token> tokens = tokens("The/DT/the ruling/NN/ruling came/VBD/come a/DT/a day/NN/day after/IN/after "
                + "Wednesday/NNP/Wednesday 's/POS/'s vote/NN/vote ,/,/, a/DT/a week/NN/week before/IN/before "
                + "Christmas/NNP/Christmas ,/,/, the/DT/the day/NN/day before/IN/before Friday/NNP/Friday");
        List<Timex> timexes = List.of(timex(tokens, 3, 7, "DATE", "2022-02-17"),
                timex(tokens, 10, 14, "DATE", "2021-12-18"), timex(tokens, 15, 19, "DATE", "2022-02-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("a day", "DURATION", "P1D"), tuple("Wednesday", "DATE", "2022-02-16"),
                tuple("a week", "DURATION", "P1W"), tuple("Christmas", "DATE", "2021-12-25"),
                tuple("the day before Friday", "DATE", "2022-02-17"));
    }

    @Test
    void theDaysAheadAreSomeDaysAheadIncluded() {
        List<Token> tokens = tokens("talks/NNS/talk resume/VBP/resume in/IN/in the/DT/the days/NNS/day "
                + "ahead/RB/ahead");

        assertThat(apply(tokens, List.of(timex(tokens, 3, 5, "DURATION", "PXD"))))
                .extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("the days ahead", "DURATION", "PXD"));
    }

    @Test
    void theWeekBeforeLastIsTwoWeeksBack() {
        List<Token> tokens = tokens("The/DT/the week/NN/week before/IN/before last/JJ/last ,/,/, banks/NNS/bank "
                + "closed/VBD/close");

        assertThat(apply(tokens, List.of(timex(tokens, 0, 3, "DATE", "2022-W06"))))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("The week before last", "2022-W05"));
    }

    @Test
    void aFortnightAgoIsAWeek() {
        List<Token> tokens = tokens("A/DT/a fortnight/NN/fortnight ago/RB/ago");

        assertThat(apply(tokens, List.of(timex(tokens, 0, 3, "DATE", "2022-02-03")))).extracting(Timex::value)
                .containsExactly("2022-W05");
    }

    @Test
    void aCoupleIsTwo() {
        List<Token> tokens = tokens("a/DT/a couple/NN/couple of/IN/of years/NNS/year ago/RB/ago and/CC/and "
                + "a/DT/a couple/NN/couple weeks/NNS/week ago/RB/ago");
        List<Timex> timexes = List.of(timex(tokens, 0, 5, "DATE", "2020-02-17"),
                timex(tokens, 6, 10, "DATE", "2022-02-03"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                tuple("a couple of years ago", "2020", "granularity:ago"),
                tuple("a couple weeks ago", "2022-W05", "granularity:ago"));
    }

    @Test
    void countsInWordsPastTwelveAreOneNumber() {
        List<Token> tokens = tokens("Sixty/CD/sixty -/HYPH/- one/CD/one days/NNS/day ,/,/, forty/CD/forty -/HYPH/- "
                + "two/CD/two days/NNS/day ago/RB/ago and/CC/and twenty/CD/twenty -/HYPH/- four/CD/four hours/NNS/hour "
                + "later/RB/later");
        List<Timex> timexes = List.of(timex(tokens, 0, 4, "DURATION", "P60D/P1D"),
                timex(tokens, 5, 10, "DATE", "2022-01-27"), timex(tokens, 11, 16, "DATE", "2022-02-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("Sixty - one days", "DURATION", "P61D"),
                tuple("forty - two days ago", "DATE", "2022-01-06"),
                tuple("twenty - four hours later", "DURATION", "PT24H"));
    }

    @Test
    void aRangeOfCountsIsAnUnknownCountAndFourDigitsFromZeroAreAClockTime() {
        List<Token> tokens = tokens("It/PRP/it could/MD/could take/VB/take two/CD/two to/TO/to three/CD/three "
                + "months/NNS/month ,/,/, the/DT/the next/JJ/next 12/CD/12 to/TO/to 24/CD/24 hours/NNS/hour ,/,/, "
                + "by/IN/by 0300/CD/0300 ,/,/, and/CC/and men/NNS/man 36/CD/36 to/TO/to 45/CD/45 years/NNS/year "
                + "old/JJ/old");
        List<Timex> timexes = List.of(timex(tokens, 3, 7, "DURATION", "P2M/P3M"),
                timex(tokens, 8, 14, "DURATION", "(REF,UNKNOWN,PT12H/PT24H)"), timex(tokens, 16, 17, "DATE", "0300"),
                timex(tokens, 20, 24, "DURATION", "P36Y/P45Y"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value, Timex::rule)
                .containsExactly(
                        tuple("two to three months", "DURATION", "PXM", "range"),
                        tuple("the next 12 to 24 hours", "DURATION", "PTXH", "range"),
                        tuple("0300", "TIME", "2022-02-17T03:00", "clock"));
    }

    @Test
    void vagueStretchesAreDurationsAndAMinuteWithoutAClockIsNoTime() {
        List<Token> tokens = tokens("over/IN/over the/DT/the past/JJ/past several/JJ/several years/NNS/year ,/,/, "
                + "for/IN/for the/DT/the next/JJ/next hour/NN/hour ,/,/, seconds/NNS/second later/RB/later ,/,/, "
                + "the/DT/the minute/NN/minute we/PRP/we spoke/VBD/speak ,/,/, call/VB/call 0370/CD/0370");
        List<Timex> timexes = List.of(timex(tokens, 1, 5, "DATE", "2021-02-17/2022-02-17"),
                timex(tokens, 7, 10, "TIME", "2022-02-17TXX"), timex(tokens, 11, 13, "DATE", "2022-02-17"),
                timex(tokens, 14, 16, "TIME", "2022-02-17TXX"), timex(tokens, 20, 21, "DATE", "0370"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("the past several years", "DURATION", "PXY"),
                tuple("the next hour", "DURATION", "PT1H"),
                tuple("seconds later", "DURATION", "PTXS"));
    }

    @Test
    void minuteBeforeAPluralIsTheAdjective() {
        List<Token> tokens = tokens("they/PRP/they found/VBD/find minute/JJ/minute quantities/NNS/quantity of/IN/of "
                + "oil/NN/oil and/CC/and minute/NN/minute particles/NNS/particle within/IN/within a/DT/a "
                + "minute/NN/minute");
        List<Timex> timexes = List.of(timex(tokens, 2, 3, "DURATION", "PT1M"), timex(tokens, 7, 8, "DURATION", "PT1M"),
                timex(tokens, 10, 12, "DURATION", "PT1M"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("a minute", "PT1M"));
    }

    @Test
    void aHotSpringIsNoSeason() {
        List<Token> tokens = tokens("a/DT/a hot/JJ/hot spring/NN/spring this/DT/this spring/NN/spring");
        List<Timex> timexes = List.of(timex(tokens, 2, 3, "DATE", "2022-SP"), timex(tokens, 3, 5, "DATE", "2022-SP"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("this spring", "2022-SP"));
    }

    @Test
    void aClockTimeWithoutMeridiemInTheEveningIsAfterNoon() {
        List<Token> tokens = tokens("at/IN/at nine/CD/nine o'clock/RB/o'clock last/JJ/last night/NN/night ,/,/, "
                + "at/IN/at 7:30/CD/7:30 tonight/NN/tonight and/CC/and at/IN/at 3/CD/3 a.m./RB/a.m. last/JJ/last "
                + "night/NN/night or/CC/or 2/CD/2 o'clock/RB/o'clock at/IN/at night/NN/night");
        List<Timex> timexes = List.of(timex(tokens, 1, 5, "TIME", "2022-02-16T09:00"),
                timex(tokens, 7, 9, "TIME", "2022-02-17T07:30"), timex(tokens, 11, 15, "TIME", "2022-02-16T03:00"),
                timex(tokens, 16, 20, "TIME", "2022-02-17T02:00"));

        assertThat(apply(tokens, timexes)).extracting(Timex::value).containsExactly("2022-02-16T21:00",
                "2022-02-17T19:30", "2022-02-16T03:00", "2022-02-17T02:00");
    }

    @Test
    void vagueOffsetsGiveNoDayTheTextDoesNotSay() {
        List<Token> tokens = tokens("years/NNS/year from/IN/from now/RB/now ,/,/, a/DT/a few/JJ/few "
                + "months/NNS/month later/RB/later ,/,/, days/NNS/day later/RB/later");
        List<Timex> timexes = List.of(timex(tokens, 0, 3, "DATE", "2023-02-17"),
                timex(tokens, 4, 8, "DATE", "2022-05-17"), timex(tokens, 9, 11, "DATE", "2022-02-18"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("years from now", "FUTURE_REF"), tuple("a few months later", "XXXX-XX"),
                tuple("days later", "XXXX-XX-XX"));
    }

    @Test
    void agoAndFromNowNameTheYearOfCenturiesAndHundredsAndTheVagueAreReferences() {
        List<Token> tokens = tokens("two/CD/two centuries/NNS/century ago/RB/ago ,/,/, hundred/CD/hundred "
                + "years/NNS/year ago/RB/ago ,/,/, decades/NNS/decade ago/RB/ago ,/,/, one/CD/one year/NN/year "
                + "from/IN/from now/RB/now ,/,/, two/CD/two millenniums/NNS/millennium ago/RB/ago ,/,/, "
                + "years/NNS/year hence/RB/hence ,/,/, two/CD/two years/NNS/year hence/RB/hence");
        List<Timex> timexes = List.of(timex(tokens, 0, 3, "DATE", "2020-02-17"),
                timex(tokens, 4, 7, "DATE", "2021-02-17"), timex(tokens, 8, 10, "DATE", "2012-02-17"),
                timex(tokens, 11, 15, "DATE", "2023-02-17"), timex(tokens, 16, 19, "DATE", "0022-02-17"),
                timex(tokens, 20, 22, "DATE", "2023-02-17"), timex(tokens, 23, 26, "DATE", "2024-02-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("two centuries ago", "1822"), tuple("hundred years ago", "1922"),
                tuple("decades ago", "PAST_REF"), tuple("one year from now", "2023"),
                tuple("two millenniums ago", "0022"), tuple("years hence", "FUTURE_REF"),
                tuple("two years hence", "2024"));
    }

    @Test
    void twoDatesJoinedForASpanAreHowLongAndForANameNoTime() {
        List<Token> tokens = tokens("over/IN/over the/DT/the next/JJ/next several/JJ/several days/NNS/day ,/,/, "
                + "up/RB/up to/TO/to 48/CD/48 hours/NNS/hour ,/,/, at/IN/at the/DT/the Millennium/NNP/Millennium "
                + "Stadium/NNP/Stadium");
        List<Timex> timexes = List.of(timex(tokens, 1, 5, "DATE", "2022-02-17/2022-02-18"),
                timex(tokens, 6, 10, "DATE", "2022-02-17/2022-02-19"),
                timex(tokens, 11, 13, "DATE", "1522-02-17/2522-02-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("the next several days", "DURATION", "PXD"), tuple("up to 48 hours", "DURATION", "PT48H"));
    }

    @Test
    void aValueNoReaderCouldParseIsItsDateOrNoTime() {
        List<Token> tokens = tokens("all/DT/all this/DT/this week/NN/week at/IN/at 1:30/CD/1:30 ,/,/, "
                + "under/IN/under the/DT/the summer/NN/summer sun/NN/sun ,/,/, by/IN/by the/DT/the hour/NN/hour");
        List<Timex> timexes = List.of(timex(tokens, 1, 5, "TIME", "2022-W07T01:30"),
                timex(tokens, 7, 10, "DATE", "2022-WXX-7-SU"), timex(tokens, 12, 14, "TIME", "2022-02-17TXX"));
        List<Token> decade = tokens("in/IN/in the/DT/the 2030s/NNS/2030s");

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("this week at 1:30", "DATE", "2022-W07"));
        assertThat(apply(decade, List.of(timex(decade, 1, 3, "DATE", "203X")))).extracting(Timex::value)
                .containsExactly("203");
        List<Token> bc = tokens("circa/RB/circa 4500/CD/4500 -/HYPH/- 3000/CD/3000 BC/NNP/BC");
        assertThat(apply(bc, List.of(timex(bc, 1, 4, "DURATION", "PT-13148736H")))).isEmpty();
    }

    @Test
    void lastAndNextMonthNameTheNearestSuchMonth() {
        List<Token> tokens = tokens("last/JJ/last January/NNP/January and/CC/and next/JJ/next March/NNP/March "
                + "and/CC/and last/JJ/last September/NNP/September");
        List<Timex> timexes = List.of(timex(tokens, 0, 2, "DATE", "2021-01"), timex(tokens, 3, 5, "DATE", "2023-03"),
                timex(tokens, 6, 8, "DATE", "2021-09"));

        assertThat(apply(tokens, timexes)).extracting(Timex::value, Timex::sourceValue, Timex::rule).containsExactly(
                tuple("2022-01", "2021-01", "month:nearest"),
                tuple("2022-03", "2023-03", "month:nearest"),
                tuple("2021-09", "2021-09", null));
    }

    @Test
    void thePastYearQuarterOrMonthIsTheOneBeforeTheCurrent() {
        List<Token> tokens = tokens("the/DT/the past/JJ/past year/NN/year ,/,/, the/DT/the last/JJ/last "
                + "quarter/NN/quarter ,/,/, the/DT/the last/JJ/last month/NN/month");
        List<Timex> timexes = List.of(timex(tokens, 0, 3, "DATE", "2022"), timex(tokens, 4, 7, "DATE", "2022-Q1"),
                timex(tokens, 8, 11, "DATE", "2022-02"));

        assertThat(apply(tokens, timexes)).extracting(Timex::value).containsExactly("2021", "2021-Q4", "2022-01");
    }

    @Test
    void utcIsWrittenZAndOtherZonesAreDropped() {
        List<Token> tokens = tokens("at/IN/at 16:08/CD/16:08 UTC/NNP/UTC ,/,/, 10/CD/10 a.m./RB/a.m. EST/NNP/EST "
                + "and/CC/and 0800/CD/0800 GMT/NNP/GMT");
        List<Timex> timexes = List.of(timex(tokens, 1, 3, "TIME", "2022-02-17T16:08+0000"),
                timex(tokens, 4, 7, "TIME", "2022-02-17T10:00-0500"), timex(tokens, 8, 9, "DATE", "0800"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("16:08 UTC", "TIME", "2022-02-17T16:08Z"),
                tuple("10 a.m. EST", "TIME", "2022-02-17T10:00"),
                tuple("0800 GMT", "TIME", "2022-02-17T08:00Z"));
    }

    @Test
    void decadesAndCenturiesKeepOnlyTheDigitsKnown() {
        List<Token> tokens = tokens("the/DT/the 1990s/NNS/1990s and/CC/and the/DT/the 19th/JJ/19th "
                + "century/NN/century and/CC/and earlier/RBR/earlier this/DT/this decade/NN/decade");
        List<Timex> timexes = List.of(timex(tokens, 0, 2, "SET", "199X"), timex(tokens, 3, 6, "DATE", "18XX"),
                timex(tokens, 7, 10, "DATE", "202X"));

        assertThat(apply(tokens, timexes)).extracting(Timex::type, Timex::value).containsExactly(
                tuple("DATE", "199"), tuple("DATE", "18"), tuple("DATE", "202"));
        List<Token> seventies = tokens("in/IN/in the/DT/the '70s/NNS/'70s and/CC/and the/DT/the '10s/NNS/'10s");
        assertThat(apply(seventies, List.of(timex(seventies, 1, 3, "SET", "XX7X"),
                timex(seventies, 4, 6, "SET", "XX1X")))).extracting(Timex::type, Timex::value).containsExactly(
                tuple("DATE", "197"), tuple("DATE", "201"));
    }

    @Test
    void frequenciesAreSets() {
        List<Token> tokens = tokens("twice/RB/twice a/DT/a week/NN/week ,/,/, three/CD/three times/NNS/time "
                + "a/DT/a year/NN/year ,/,/, 15/CD/15 a/DT/a year/NN/year ,/,/, for/IN/for a/DT/a week/NN/week");
        List<Timex> timexes = List.of(timex(tokens, 1, 3, "DURATION", "P1W"), timex(tokens, 6, 8, "DURATION", "P1Y"),
                timex(tokens, 10, 12, "DURATION", "P1Y"), timex(tokens, 14, 16, "DURATION", "P1W"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("twice a week", "SET", "P1W"),
                tuple("three times a year", "SET", "P1Y"),
                tuple("a year", "SET", "P1Y"),
                tuple("a week", "DURATION", "P1W"));
    }

    @Test
    void everyOtherWeekIsOnceInTwoWeeks() {
        List<Token> tokens = tokens("met/VBD/meet every/DT/every other/JJ/other week/NN/week and/CC/and "
                + "every/DT/every week/NN/week");
        List<Timex> timexes = List.of(timex(tokens, 1, 4, "SET", "P1W"), timex(tokens, 5, 7, "SET", "P1W"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("every other week", "SET", "P2W"), tuple("every week", "SET", "P1W"));
    }

    @Test
    void everyMorningIsThatPartOfEveryDay() {
        List<Token> tokens = tokens("ran/VBD/run every/DT/every morning/NN/morning and/CC/and each/DT/each "
                + "night/NN/night");
        List<Timex> timexes = List.of(timex(tokens, 1, 3, "SET", "TMO"), timex(tokens, 4, 6, "SET", "TNI"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("every morning", "SET", "XXXX-XX-XXTMO"), tuple("each night", "SET", "XXXX-XX-XXTNI"));
    }

    @Test
    void aWeekdaysFrequencyIsTheWeekdayAndTheFrequency() {
        List<Token> tokens = tokens("gathered/VBD/gather after/IN/after Friday/NNP/Friday 's/POS/'s weekly/JJ/weekly "
                + "prayers/NNS/prayer");
        List<Timex> timexes = List.of(timex(tokens, 2, 5, "SET", "XXXX-WXX-5"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("Friday", "DATE", "2022-02-18"), tuple("weekly", "SET", "P1W"));
    }

    @Test
    void everyAndItsWeekdayAreOneSet() {
        List<Token> tokens = tokens("meets/VBZ/meet every/DT/every Tuesday/NNP/Tuesday");
        List<Timex> timexes = List.of(timex(tokens, 1, 2, "SET", "XXXX-WXX-2"), timex(tokens, 2, 3, "SET", "XXXX-WXX-2"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value, Timex::tokenStart,
                Timex::tokenEnd).containsExactly(tuple("every Tuesday", "SET", "XXXX-WXX-2", 1, 3));
    }

    @Test
    void aDurationIntersectedWithTheDateAfterOnIsSplit() {
        List<Token> tokens = tokens("lowest/JJS/low in/IN/in six/CD/six years/NNS/year on/IN/on Thursday/NNP/Thursday");
        List<Timex> timexes = List.of(timex(tokens, 2, 6, "DATE", "2022-02-17-WXX-4 INTERSECT P6Y"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value, Timex::charStart)
                .containsExactly(tuple("six years", "DURATION", "P6Y", 10), tuple("Thursday", "DATE", "2022-02-17", 23));
    }

    @Test
    void verbsReadAsSeasonsOrMonthsAreDroppedButSeasonsAreKept() {
        List<Token> tokens = tokens("stocks/NNS/stock fall/VBP/fall ,/,/, prices/NNS/price may/MD/may rise/VB/rise "
                + "in/IN/in the/DT/the fall/NN/fall ,/,/, the/DT/the fall/NN/fall in/IN/in prices/NNS/price");
        List<Timex> timexes = List.of(timex(tokens, 1, 2, "DATE", "2022-FA"), timex(tokens, 4, 5, "DATE", "2022-05"),
                timex(tokens, 7, 9, "DATE", "2022-FA"), timex(tokens, 11, 12, "DATE", "2022-FA"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("the fall");
    }

    @Test
    void aYearOfTwoDigitsIsTheOneNearestThePublicationUpToTenYearsAhead() {
        List<Token> tokens = tokens("by/IN/by fiscal/JJ/fiscal year/NN/year \u2019/''/' 22/CD/22 and/CC/and "
                + "since/IN/since '58/CD/'58 and/CC/and in/IN/in '31/CD/'31");
        List<Timex> timexes = List.of(timex(tokens, 2, 5, "DATE", "1922"), timex(tokens, 7, 8, "DATE", "1958"),
                timex(tokens, 10, 11, "DATE", "1931"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                tuple("year \u2019 22", "2022", "year:short"), tuple("'58", "1958", null),
                tuple("'31", "2031", "year:short"));
    }

    @Test
    void yearEndIsADateOfThePublicationYear() {
        List<Token> tokens = tokens("It/PRP/it will/MD/will close/VB/close by/IN/by year/NN/year -/HYPH/- "
                + "end/NN/end and/CC/and report/VB/report at/IN/at year/NN/year 's/POS/'s end/NN/end for/IN/for "
                + "a/DT/a year/NN/year");
        List<Timex> timexes = List.of(timex(tokens, 4, 5, "DURATION", "P1Y"), timex(tokens, 10, 11, "DURATION", "P1Y"),
                timex(tokens, 14, 16, "DURATION", "P1Y"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value, Timex::rule)
                .containsExactly(tuple("year - end", "DATE", "2022", "year-end"),
                        tuple("year 's end", "DATE", "2022", "year-end"),
                        tuple("a year", "DURATION", "P1Y", null));
        // the article SUTime took before it goes with the noun after
        List<Token> bonus = tokens("paid/VBD/pay a/DT/a year/NN/year -/HYPH/- end/NN/end bonus/NN/bonus");
        assertThat(apply(bonus, List.of(timex(bonus, 1, 3, "DURATION", "P1Y"))))
                .extracting(Timex::text, Timex::type, Timex::value).containsExactly(tuple("year - end", "DATE", "2022"));
    }

    @Test
    void pastWithoutTheAndSomeonesDayOrYearAreNotTimes() {
        List<Token> tokens = tokens("Talks/NNS/talk went/VBD/go on/RP/on past/IN/past the/DT/the deadline/NN/deadline "
                + ",/,/, as/IN/as in/IN/in the/DT/the past/NN/past ,/,/, and/CC/and he/PRP/he wants/VBZ/want "
                + "his/PRP$/his day/NN/day in/IN/in court/NN/court after/IN/after Kellogg/NNP/Kellogg 's/POS/'s "
                + "year/NN/year ,/,/, the/DT/the day/NN/day after/IN/after");
        List<Timex> timexes = List.of(timex(tokens, 3, 4, "DATE", "PAST_REF"), timex(tokens, 9, 11, "DATE", "PAST_REF"),
                timex(tokens, 16, 17, "DURATION", "P1D"), timex(tokens, 22, 23, "DURATION", "P1Y"),
                timex(tokens, 24, 26, "DATE", "2022-02-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("the past", "the day");
    }

    @Test
    void agesOnceAndPreviouslyAreNotTimes() {
        List<Token> tokens = tokens("the/DT/the 6-year-old/JJ/6-year-old ,/,/, 44/CD/44 years/NNS/year old/JJ/old ,/,/, "
                + "once/RB/once ,/,/, previously/RB/previously ,/,/, two/CD/two years/NNS/year");
        List<Timex> timexes = List.of(timex(tokens, 1, 2, "DURATION", "P6Y"), timex(tokens, 3, 5, "DURATION", "P44Y"),
                timex(tokens, 7, 8, "DATE", "PAST_REF"), timex(tokens, 9, 10, "DATE", "PAST_REF"),
                timex(tokens, 11, 13, "DURATION", "P2Y"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("two years");
    }

    @Test
    void aPartOfAMonthYearOrDecadeWrittenAsOneWordIsADate() {
        List<Token> tokens = tokens("talks/NNS/talk in/IN/in mid-November/JJ/mid-November ,/,/, early-2009/JJ/early-2009 "
                + "and/CC/and the/DT/the late-1990s/NNS/late-1990s ,/,/, not/RB/not mid-term/JJ/mid-term");

        assertThat(apply(tokens, List.of())).extracting(Timex::text, Timex::type, Timex::value, Timex::rule)
                .containsExactly(tuple("mid-November", "DATE", "2022-11", "part-of:mid"),
                        tuple("early-2009", "DATE", "2009", "part-of:early"),
                        tuple("late-1990s", "DATE", "199", "part-of:late"));
    }

    @Test
    void aMonthNameBetweenATitleAndASurnameIsAFirstName() {
        List<Token> tokens = List.of(new Token(0, "Minister", "minister", "NNP", "TITLE", 0, 8),
                new Token(1, "Jan", "Jan", "NNP", "DATE", 9, 12),
                new Token(2, "Kavan", "Kavan", "NNP", "PERSON", 13, 18),
                new Token(3, "met", "meet", "VBD", "O", 19, 22),
                new Token(4, "in", "in", "IN", "O", 23, 25),
                new Token(5, "May", "May", "NNP", "DATE", 26, 29),
                new Token(6, "Obama", "Obama", "NNP", "PERSON", 30, 35));
        List<Timex> timexes = List.of(timex(tokens, 1, 2, "DATE", "2022-01"), timex(tokens, 5, 6, "DATE", "2022-05"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("May");
    }

    @Test
    void aMonthNameBeforeASurnameIsAFirstNameWithoutATitleToo() {
        List<Token> tokens = List.of(new Token(0, "Geremek", "Geremek", "NNP", "PERSON", 0, 7),
                new Token(1, "and", "and", "CC", "O", 8, 11),
                new Token(2, "Jan", "Jan", "NNP", "DATE", 12, 15),
                new Token(3, "Kavan", "Kavan", "NNP", "PERSON", 16, 21),
                new Token(4, "signed", "sign", "VBD", "O", 22, 28));
        List<Timex> timexes = List.of(timex(tokens, 2, 3, "DATE", "2022-01"));

        assertThat(apply(tokens, timexes)).isEmpty();
    }

    @Test
    void aHolidaySutimeReadAsAMonthAndADayIsOneDate() {
        List<Token> tokens = tokens("over/IN/over the/DT/the May/NNP/May Day/NNP/Day long/JJ/long weekend/NN/weekend");
        List<Timex> timexes = List.of(timex(tokens, 2, 3, "DATE", "2022-05"), timex(tokens, 3, 4, "DURATION", "P1D"),
                timex(tokens, 5, 6, "DATE", "2022-W18-WE"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                tuple("May Day", "2022-05-01", "holiday"), tuple("weekend", "2022-W18-WE", null));
    }

    @Test
    void aTimeOfDayEndingANameIsNoTime() {
        List<Token> tokens = tokens("operation/NN/operation Odyssey/NNP/Odyssey Dawn/NNP/Dawn began/VBD/begin "
                + "at/IN/at dawn/NN/dawn on/IN/on Monday/NNP/Monday Dawn/NNP/Dawn");
        List<Timex> timexes = List.of(timex(tokens, 2, 3, "DATE", "2022-02-17"), timex(tokens, 5, 6, "DATE",
                "2022-02-17"), timex(tokens, 7, 9, "TIME", "2022-02-14TMO"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("dawn", "Monday Dawn");
    }

    @Test
    void weekendsAreTheWeekendOfEveryWeekAndASurnameIsNoSeason() {
        List<Token> tokens = List.of(new Token(0, "in", "in", "IN", "O", 0, 2),
                new Token(1, "1991", "1991", "CD", "DATE", 3, 7),
                new Token(2, ",", ",", ",", "O", 7, 8),
                new Token(3, "Summers", "Summers", "NNP", "PERSON", 9, 16),
                new Token(4, "argued", "argue", "VBD", "O", 17, 23),
                new Token(5, "on", "on", "IN", "O", 24, 26),
                new Token(6, "weekends", "weekend", "NNS", "SET", 27, 35));
        List<Timex> timexes = List.of(timex(tokens, 1, 4, "DATE", "1991-SU"), timex(tokens, 6, 7, "SET", "XXXX-WE"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("1991", "DATE", "1991"), tuple("weekends", "SET", "XXXX-WXX-WE"));
    }

    @Test
    void aSurnameAfterASeasonLeavesTheSeason() {
        List<Token> tokens = List.of(new Token(0, "this", "this", "DT", "DATE", 0, 4),
                new Token(1, "summer", "summer", "NN", "DATE", 5, 11),
                new Token(2, ",", ",", ",", "O", 11, 12),
                new Token(3, "Summers", "Summers", "NNP", "PERSON", 13, 20),
                new Token(4, "wrote", "write", "VBD", "O", 21, 26));

        assertThat(apply(tokens, List.of(timex(tokens, 0, 4, "DATE", "2021-SU"))))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("this summer", "2021-SU"));
    }

    @Test
    void aDayInAPersonsNameIsNoTime() {
        List<Token> tokens = List.of(new Token(0, "Justice", "Justice", "NNP", "O", 0, 7),
                new Token(1, "Sandra", "Sandra", "NNP", "PERSON", 8, 14),
                new Token(2, "Day", "Day", "NNP", "PERSON", 15, 18),
                new Token(3, "O'Connor", "O'Connor", "NNP", "PERSON", 19, 27),
                new Token(4, "spoke", "speak", "VBD", "O", 28, 33),
                new Token(5, "that", "that", "DT", "O", 34, 38),
                new Token(6, "day", "day", "NN", "O", 39, 42));
        List<Timex> timexes = List.of(timex(tokens, 2, 3, "DURATION", "P1D"),
                timex(tokens, 5, 7, "DATE", "2022-02-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("that day");
    }

    @Test
    void aFrequencyBeforeItsNounAndLastMinuteAreNoTimes() {
        List<Token> tokens = tokens("Magna/NNP/Magna cut/VBD/cut its/PRP$/its quarterly/JJ/quarterly "
                + "dividend/NN/dividend at/IN/at the/DT/the annual/JJ/annual meeting/NN/meeting after/IN/after a/DT/a "
                + "last/JJ/last -/HYPH/- minute/NN/minute appeal/NN/appeal ,/,/, and/CC/and will/MD/will pay/VB/pay "
                + "it/PRP/it quarterly/RB/quarterly");
        List<Timex> timexes = List.of(timex(tokens, 3, 4, "SET", "P3M"), timex(tokens, 7, 8, "SET", "P1Y"),
                timex(tokens, 13, 14, "DURATION", "PT1M"), timex(tokens, 20, 21, "SET", "P3M"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("quarterly", "SET", "P3M"));
        assertThat(apply(tokens, timexes)).extracting(Timex::tokenStart).containsExactly(20);
    }

    @Test
    void aShowsNameBetweenQuotesIsNoTimeButAQuotedTimeIs() {
        List<Token> tokens = tokens("he/PRP/he said/VBD/say on/IN/on ``/``/`` 60/CD/60 Minutes/NNPS/Minutes ././. "
                + "''/''/'' ``/``/`` Two/CD/two days/NNS/day ago/RB/ago ,/,/, ''/''/'' he/PRP/he said/VBD/say");
        List<Timex> timexes = List.of(timex(tokens, 4, 6, "DURATION", "PT60M"),
                timex(tokens, 9, 12, "DATE", "2022-02-15"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Two days ago", "2022-02-15"));
    }

    @Test
    void aPluralUnitWithoutACountIsSomeUnits() {
        List<Token> tokens = tokens("In/IN/in its/PRP$/its early/JJ/early years/NNS/year and/CC/and for/IN/for "
                + "two/CD/two years/NNS/year");
        List<Timex> timexes = List.of(timex(tokens, 2, 4, "DURATION", "P1Y"),
                timex(tokens, 6, 8, "DURATION", "P2Y"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                tuple("early years", "PXY", "uncounted"), tuple("two years", "P2Y", null));
    }

    @Test
    void anOrdinalAfterAWeekdayThatCountsSomethingIsNoDay() {
        List<Token> tokens = tokens("they/PRP/they will/MD/will release/VB/release on/IN/on Wednesday/NNP/Wednesday "
                + "the/DT/the first/JJ/first of/IN/of five/CD/five hostages/NNS/hostage and/CC/and vote/VB/vote "
                + "on/IN/on Wednesday/NNP/Wednesday the/DT/the first/JJ/first of/IN/of March/NNP/March");
        List<Timex> timexes = List.of(timex(tokens, 4, 7, "DATE", "2022-03-01"),
                timex(tokens, 13, 18, "DATE", "2022-03-01"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("Wednesday",
                "Wednesday the first of March");
    }

    @Test
    void fourDigitsBeforeLocalTimeAreAClockTime() {
        List<Token> tokens = tokens("it/PRP/it landed/VBD/land at/IN/at about/RB/about 1300/CD/1300 local/JJ/local "
                + "time/NN/time");
        List<Timex> timexes = List.of(timex(tokens, 3, 5, "DATE", "1300"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("about 1300 local time", "TIME", "2022-02-17T13:00"));
        List<Token> gmt = tokens("stopped/VBD/stop at/IN/at about/RB/about 1130/CD/1130 GMT/NNP/GMT");
        assertThat(apply(gmt, List.of(timex(gmt, 2, 4, "DATE", "1130")))).extracting(Timex::text, Timex::type,
                Timex::value).containsExactly(tuple("about 1130 GMT", "TIME", "2022-02-17T11:30Z"));
        // a diary's heading: the day written, which SUTime put in the year of the clock
        List<Token> diary = tokens("16/CD/16 FEBRUARY/NNP/FEBRUARY ,/,/, 2200/CD/2200 GMT/NNP/GMT ,/,/, KIEV/NNP/KIEV");
        assertThat(apply(diary, List.of(timex(diary, 0, 4, "DATE", "2200-02-16")))).extracting(Timex::text,
                Timex::type, Timex::value)
                .containsExactly(tuple("16 FEBRUARY , 2200 GMT", "TIME", "2022-02-16T22:00Z"));
    }

    @Test
    void aShareTheLastMinuteAndANewspapersNameAreNoTimes() {
        List<Token> tokens = tokens("demand/NN/demand is/VBZ/be up/RB/up 1000/CD/1000 %/NN/% ,/,/, China/NNP/China "
                + "Daily/NNP/Daily says/VBZ/say ,/,/, and/CC/and he/PRP/he braked/VBD/brake at/IN/at the/DT/the "
                + "last/JJ/last minute/NN/minute and/CC/and reads/VBZ/read the/DT/the daily/JJ/daily news/NN/news "
                + "and/CC/and the/DT/the Daily/NNP/Daily Mail/NNP/Mail");
        List<Timex> timexes = List.of(timex(tokens, 3, 4, "DATE", "1000"), timex(tokens, 7, 8, "SET", "P1D"),
                timex(tokens, 14, 17, "DURATION", "PT1M"), timex(tokens, 20, 21, "SET", "P1D"),
                timex(tokens, 24, 25, "SET", "P1D"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::tokenStart)
                .containsExactly(tuple("daily", 20));
    }

    @Test
    void yearsJoinedByADashDecimalCountsAndUncountedLastYearsAreSpans() {
        List<Token> tokens = tokens("from/IN/from 1999-2003/CD/1999-2003 and/CC/and in/IN/in 1.5/CD/1.5 "
                + "years/NNS/year ,/,/, as/IN/as in/IN/in his/PRP$/his last/JJ/last years/NNS/year");
        List<Timex> timexes = List.of(timex(tokens, 1, 2, "DURATION", "PT35064H"),
                timex(tokens, 4, 6, "DURATION", "P1Y"), timex(tokens, 10, 12, "DATE", "2021"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("1999-2003", "DURATION", "P4Y"), tuple("1.5 years", "DURATION", "P1.5Y"),
                tuple("last years", "DURATION", "PXY"));
        List<Token> sections = tokens("under/IN/under 5/CD/5 U.S.C./NNP/U.S.C. 5701-5707/CD/5701-5707");
        assertThat(apply(sections, List.of(timex(sections, 3, 4, "DURATION", "PT52584H")))).isEmpty();
    }

    @Test
    void agesSharesAndTheSecAreNoTimes() {
        List<Token> tokens = tokens("Mr./NNP/Mr. Reupke/NNP/Reupke ,/,/, 52/CD/52 years/NNS/year old/JJ/old ,/,/, "
                + "told/VBD/tell the/DT/the SEC/NNP/SEC that/IN/that about/RB/about three/CD/three -/HYPH/- "
                + "quarters/NNS/quarter of/IN/of sales/NNS/sale and/CC/and more/JJR/more than/IN/than a/DT/a "
                + "quarter/NN/quarter ,/,/, of/IN/of profit/NN/profit came/VBD/come in/IN/in the/DT/the "
                + "third/JJ/third quarter/NN/quarter of/IN/of 1989/CD/1989");
        List<Timex> timexes = List.of(timex(tokens, 3, 6, "DURATION", "P52Y"),
                timex(tokens, 8, 10, "TIME", "2022-01-19TXX:XX"), timex(tokens, 11, 15, "DURATION", "P9M"),
                timex(tokens, 18, 22, "DURATION", "P3M"), timex(tokens, 27, 32, "DATE", "1989-Q3"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("the third quarter of 1989");
    }

    @Test
    void sharesWithAHedgeOrARangeToHalfAreNoTimes() {
        List<Token> tokens = tokens("after/IN/after serving/VBG/serve at/IN/at least/JJS/least "
                + "three-quarters/NNS/quarter of/IN/of their/PRP$/their sentences/NNS/sentence ,/,/, "
                + "roughly/RB/roughly a/DT/a quarter/NN/quarter to/TO/to half/NN/half of/IN/of the/DT/the flow/NN/flow");
        List<Timex> timexes = List.of(timex(tokens, 2, 5, "DURATION", "P9M"), timex(tokens, 10, 12, "DURATION", "P3M"));

        assertThat(apply(tokens, timexes)).isEmpty();
    }

    @Test
    void aQuarterOfANumberIsNoTime() {
        List<Token> tokens = tokens("oil/NN/oil covers/VBZ/cover the/DT/the quarter/NN/quarter million/CD/million "
                + "square/JJ/square miles/NNS/mile of/IN/of the/DT/the Gulf/NNP/Gulf this/DT/this quarter/NN/quarter");
        List<Timex> timexes = List.of(timex(tokens, 2, 4, "DATE", "2022-Q1"), timex(tokens, 10, 12, "DATE", "2022-Q1"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("this quarter");
    }

    @Test
    void intersectionsSutimeMadeAreSplitIntoTheirParts() {
        List<Token> tokens = tokens("She/PRP/she testified/VBD/testify more/JJR/more than/IN/than four/CD/four "
                + "hours/NNS/hour Friday/NNP/Friday ,/,/, after/IN/after a/DT/a loss/NN/loss in/IN/in the/DT/the "
                + "first/JJ/first nine/CD/nine months/NNS/month of/IN/of 2021/CD/2021 and/CC/and a/DT/a "
                + "change/NN/change of/IN/of fiscal/JJ/fiscal year/NN/year in/IN/in December/NNP/December");
        List<Timex> timexes = List.of(timex(tokens, 2, 7, "DATE", "2022-02-11-WXX-5 INTERSECT >PT4H"),
                timex(tokens, 12, 18, "DATE", "2021 INTERSECT P9M"),
                timex(tokens, 23, 26, "DATE", "2021-12 INTERSECT P1Y"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value, Timex::rule)
                .containsExactly(tuple("more than four hours", "DURATION", "PT4H", "split"),
                        tuple("Friday", "DATE", "2022-02-11", "split"),
                        tuple("the first nine months", "DURATION", "P9M", "split"),
                        tuple("2021", "DATE", "2021", "split"),
                        tuple("December", "DATE", "2021-12", "split"));
    }

    @Test
    void theseDaysIsThePresentAndSomeDaysAreADuration() {
        List<Token> tokens = tokens("Markets/NNS/market are/VBP/be calm/JJ/calm these/DT/these days/NNS/day "
                + "after/IN/after days/NNS/day of/IN/of selling/NN/selling");
        List<Timex> timexes = List.of(timex(tokens, 4, 5, "DURATION", "PXD"), timex(tokens, 6, 7, "DURATION", "PXD"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("these days", "DATE", "PRESENT_REF"), tuple("days", "DURATION", "PXD"));
    }

    @Test
    void thePastDecadeIsASpanRecentYearsThePastAndAnOrdinalSecondNoTime() {
        List<Token> tokens = tokens("In/IN/in the/DT/the past/JJ/past decade/NN/decade and/CC/and in/IN/in "
                + "recent/JJ/recent years/NNS/year ,/,/, a/DT/a second/JJ/second plane/NN/plane landed/VBD/land "
                + "in/IN/in the/DT/the final/JJ/final quarter/NN/quarter of/IN/of 2009/CD/2009 and/CC/and "
                + "more/JJR/more will/MD/will in/IN/in the/DT/the coming/VBG/come days/NNS/day than/IN/than "
                + "in/IN/in the/DT/the past/JJ/past week/NN/week or/CC/or the/DT/the first/JJ/first half/NN/half "
                + "of/IN/of the/DT/the year/NN/year");
        List<Timex> timexes = List.of(timex(tokens, 1, 4, "DATE", "201X"), timex(tokens, 6, 8, "DURATION", "PXY"),
                timex(tokens, 9, 11, "DURATION", "PT1S"), timex(tokens, 14, 19, "DATE", "2009 INTERSECT PXM"),
                timex(tokens, 23, 26, "DATE", "2022-02-18"), timex(tokens, 28, 31, "DATE", "2022-W07"),
                timex(tokens, 32, 38, "DATE", "2022"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("the past decade", "DURATION", "P10Y"),
                        tuple("recent years", "DATE", "PAST_REF"),
                        tuple("the final quarter of 2009", "DATE", "2009-Q4"),
                        tuple("the coming days", "DATE", "FUTURE_REF"),
                        tuple("the past week", "DURATION", "P1W"),
                        tuple("the first half of the year", "DATE", "2022-H1"));
    }

    @Test
    void theNextDecadeIsTheTenYearsAheadAndItsEndTheCalendarDecade() {
        List<Token> tokens = tokens("over/IN/over the/DT/the next/JJ/next decade/NN/decade and/CC/and by/IN/by "
                + "the/DT/the end/NN/end of/IN/of the/DT/the next/JJ/next decade/NN/decade");
        List<Timex> timexes = List.of(timex(tokens, 1, 4, "DATE", "203X"), timex(tokens, 6, 12, "DATE", "203X"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("the next decade", "DURATION", "P10Y"), tuple("the end of the next decade", "DATE", "203"));
    }

    @Test
    void aYearAndHowLongAgoItWasAreTwoExpressions() {
        List<Token> tokens = tokens("It/PRP/it was/VBD/be signed/VBN/sign in/IN/in 1953/CD/1953 ,/,/, 60/CD/60 "
                + "years/NNS/year ago/RB/ago ,/,/, and/CC/and a/DT/a decade/NN/decade ago/RB/ago it/PRP/it "
                + "grew/VBD/grow");
        List<Timex> timexes = List.of(timex(tokens, 4, 9, "DATE", "1893"), timex(tokens, 11, 14, "DATE", "2012-02-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                tuple("1953", "1953", "split"), tuple("60 years ago", "1962", "split"),
                tuple("a decade ago", "2012", "granularity:ago"));
    }

    @Test
    void lastGoesWithTheDayWhenADurationAndADayAreSplit() {
        List<Token> tokens = tokens("They/PRP/they met/VBD/meet for/IN/for five/CD/five hours/NNS/hour "
                + "last/JJ/last Monday/NNP/Monday");
        List<Timex> timexes = List.of(timex(tokens, 3, 7, "DATE", "2022-02-07-WXX-1 INTERSECT PT5H"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("five hours", "DURATION", "PT5H"), tuple("last Monday", "DATE", "2022-02-14"));
    }

    @Test
    void minutesLaterIsADurationAndAnUnplacedOrdinalAnUnknownDay() {
        List<Token> tokens = tokens("A/DT/a wave/NN/wave came/VBD/come about/RB/about 30/CD/30 minutes/NNS/minute "
                + "later/RB/later ,/,/, on/IN/on its/PRP$/its first/JJ/first day/NN/day and/CC/and in/IN/in "
                + "the/DT/the first/JJ/first week/NN/week and/CC/and the/DT/the first/JJ/first days/NNS/day");
        List<Timex> timexes = List.of(timex(tokens, 3, 7, "DATE", "2022-02-17"),
                timex(tokens, 10, 12, "DATE", "P1D-#1"), timex(tokens, 14, 17, "DURATION", "PXW"),
                timex(tokens, 18, 21, "DURATION", "PXD"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("about 30 minutes later", "DURATION", "PT30M"), tuple("first day", "DATE", "XXXX-XX-XX"),
                tuple("the first week", "DATE", "XXXX-WXX"), tuple("the first days", "DURATION", "PXD"));
    }

    @Test
    void anUnplacedOrdinalKeepsTheGrainOfItsUnit() {
        List<Token> tokens = tokens("in/IN/in his/PRP$/his first/JJ/first year/NN/year as/IN/as president/NN/president "
                + "and/CC/and his/PRP$/his first/JJ/first months/NNS/month in/IN/in office/NN/office");
        List<Timex> timexes = List.of(timex(tokens, 2, 4, "DATE", "P1Y-#1"), timex(tokens, 8, 10, "DATE", "P1M-#1"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("first year", "DATE", "XXXX"), tuple("first months", "DURATION", "PXM"));
    }

    @Test
    void aNeighbouringDayAndItsDateInAppositionAreThatDate() {
        List<Token> tokens = tokens("Yet/CC/yet the/DT/the following/JJ/following day/NN/day ,/,/, March/NNP/March "
                + "18/CD/18 ,/,/, it/PRP/it was/VBD/be described/VBN/describe");
        List<Timex> timexes = List.of(timex(tokens, 1, 7, "DATE", "NEXT_IMMEDIATE P1D INTERSECT XXXX-03-18"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("the following day", "DATE", "2022-03-18"), tuple("March 18", "DATE", "2022-03-18"));
    }

    @Test
    void aCountOfThingsPerUnitIsASet() {
        List<Token> tokens = tokens("It/PRP/it draws/VBZ/draw 13/CD/13 million/CD/million visitors/NNS/visitor "
                + "a/DT/a year/NN/year and/CC/and lasted/VBD/last a/DT/a year/NN/year ;/:/; thousands/NNS/thousand "
                + "of/IN/of migrants/NNS/migrant a/DT/a day/NN/day leave/VBP/leave ,/,/, out/IN/out of/IN/of "
                + "fear/NN/fear a/DT/a day/NN/day");
        List<Timex> timexes = List.of(timex(tokens, 5, 7, "DURATION", "P1Y"), timex(tokens, 9, 11, "DURATION", "P1Y"),
                timex(tokens, 15, 17, "DURATION", "P1D"), timex(tokens, 22, 24, "DURATION", "P1D"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type).containsExactly(
                tuple("a year", "SET"), tuple("a year", "DURATION"), tuple("a day", "SET"),
                tuple("a day", "DURATION"));
    }

    @Test
    void theDateAfterSinceIsThatDate() {
        List<Token> tokens = tokens("its/PRP$/its worst/JJS/bad day/NN/day since/IN/since Sept./NNP/September "
                + "17/CD/17 ,/,/, 2001/CD/2001 and/CC/and best/JJS/good week/NN/week since/IN/since "
                + "November/NNP/November");
        List<Timex> timexes = List.of(timex(tokens, 2, 8, "DATE", "2001-09-18"),
                timex(tokens, 10, 13, "DATE", "2021-11 OFFSET P1W"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("Sept. 17 , 2001", "2001-09-17"), tuple("November", "2021-11"));
    }

    @Test
    void aSetSinceOrFromADateAndABareQuarter() {
        List<Token> tokens = tokens("Revenue/NN/revenue grew/VBD/grow every/DT/every quarter/NN/quarter "
                + "since/IN/since 2010/CD/2010 and/CC/and in/IN/in Q3/NN/Q3");
        List<Timex> timexes = List.of(timex(tokens, 2, 6, "SET", "2010 OFFSET P3M"),
                timex(tokens, 8, 9, "DATE", "2022-FYQ3"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("every quarter", "SET", "P3M"), tuple("2010", "DATE", "2010"), tuple("Q3", "DATE", "2022-Q3"));
        List<Token> from = tokens("averaged/VBD/average 5/CD/5 %/NN/% each/DT/each year/NN/year from/IN/from "
                + "2009/CD/2009 to/TO/to 2014/CD/2014");
        assertThat(apply(from, List.of(timex(from, 3, 7, "SET", "2010"), timex(from, 8, 9, "DATE", "2014"))))
                .extracting(Timex::text, Timex::type, Timex::value).containsExactly(tuple("each year", "SET", "P1Y"),
                        tuple("2009", "DATE", "2009"), tuple("2014", "DATE", "2014"));
    }

    @Test
    void aNumberMoreThanACenturyAfterThePageIsNoYear() {
        List<Token> tokens = tokens("GDP/NN/GDP per/IN/per capita/NN/capita :/:/: 1045/CD/1045 vs./IN/vs. "
                + "2160/CD/2160 ,/,/, by/IN/by 2100/CD/2100 ,/,/, at/IN/at 2153/CD/2153 GMT/NNP/GMT");
        List<Timex> timexes = List.of(timex(tokens, 4, 5, "DATE", "1045"), timex(tokens, 6, 7, "DATE", "2160"),
                timex(tokens, 9, 10, "DATE", "2100"), timex(tokens, 12, 13, "DATE", "2153"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("1045", "DATE", "1045"), tuple("2100", "DATE", "2100"),
                tuple("2153 GMT", "TIME", "2022-02-17T21:53Z"));
    }

    @Test
    void aSpanSinceAYearIsReadFromItsWordsWhenSutimeMisreadsTheCount() {
        List<Token> tokens = tokens("once/RB/once in/IN/in the/DT/the thirty-seven/CD/thirty-seven years/NNS/year "
                + "since/IN/since 1927/CD/1927");
        List<Timex> timexes = List.of(timex(tokens, 2, 7, "DATE", "1945 OFFSET P6M"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("the thirty-seven years", "DURATION", "P37Y"), tuple("1927", "DATE", "1927"));
    }

    @Test
    void aSpanSinceADayIsTheSpanAndThePastDayWhenSutimeCountsFromTheDay() {
        // SUTime reads "half a year since April 20" as the April 20 after it, "six months since April 20" as
        // October 20; the day's year is left to the tense that "since" gives
        List<Token> tokens = tokens("it/PRP/it has/VBZ/have been/VBN/be half/PDT/half a/DT/a year/NN/year "
                + "since/IN/since April/NNP/April 20/CD/20 ,/,/, six/CD/six months/NNS/month since/IN/since "
                + "April/NNP/April 20/CD/20");
        List<Timex> timexes = List.of(timex(tokens, 3, 9, "DATE", "2023-04-20"),
                timex(tokens, 10, 15, "DATE", "2022-10-20"));
        List<Timex> split = apply(tokens, timexes);
        List<Timex> resolved = DateResolver.resolve(tokens, dependencies("root(-1,5)"), split, THURSDAY);

        assertThat(resolved).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("half a year", "DURATION", "P6M"), tuple("April 20", "DATE", "2021-04-20"),
                tuple("six months", "DURATION", "P6M"), tuple("April 20", "DATE", "2021-04-20"));
    }

    @Test
    void everyDaySinceAMonthIsTheSetAndTheMonth() {
        // SUTime: "XXXX-04 OFFSET P1D"; the month's year is left to the tense "since" gives
        List<Token> tokens = tokens("oil/NN/oil spewed/VBD/spew every/DT/every day/NN/day since/IN/since "
                + "April/NNP/April 's/POS/'s explosion/NN/explosion");
        List<Timex> timexes = List.of(timex(tokens, 2, 6, "DATE", "XXXX-04 OFFSET P1D"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("every day", "SET", "P1D"), tuple("April", "DATE", "2022-04"));
    }

    @Test
    void aMonthAndYearAndHowLongAgoAreTwoExpressionsAndASurnameIsNoMonth() {
        List<Token> tokens = List.of(new Token(0, "Theresa", "Theresa", "NNP", "PERSON", 0, 7),
                new Token(1, "May", "May", "NNP", "DATE", 8, 11),
                new Token(2, "left", "leave", "VBD", "O", 12, 16),
                new Token(3, "in", "in", "IN", "O", 17, 19),
                new Token(4, "June", "June", "NNP", "DATE", 20, 24),
                new Token(5, "2016", "2016", "CD", "DATE", 25, 29),
                new Token(6, ",", ",", ",", "O", 30, 31),
                new Token(7, "three", "three", "CD", "DURATION", 32, 37),
                new Token(8, "years", "year", "NNS", "DURATION", 38, 43),
                new Token(9, "ago", "ago", "RB", "DATE", 44, 47));
        List<Timex> timexes = List.of(timex(tokens, 1, 2, "DATE", "2022-05"), timex(tokens, 4, 10, "DATE", "2013-06"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("June 2016", "2016-06"), tuple("three years ago", "2019"));
    }

    @Test
    void aStraightCountOfDaysIsOneDurationAndAnOrdinalBeforeANounIsNoPartOfTheDay() {
        List<Token> tokens = tokens("It/PRP/it rose/VBD/rise after/IN/after six/CD/six straight/JJ/straight "
                + "days/NNS/day and/CC/and on/IN/on Tuesday/NNP/Tuesday the/DT/the first/JJ/first model/NN/model "
                + "came/VBD/come");
        List<Timex> timexes = List.of(timex(tokens, 5, 6, "DURATION", "PXD"),
                timex(tokens, 8, 11, "DATE", "2022-02-01"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("six straight days", "DURATION", "P6D"), tuple("Tuesday", "DATE", "2022-02-01"));
    }

    @Test
    void aCountWithMoreBeforeTheUnitIsPartOfTheDuration() {
        List<Token> tokens = tokens("He/PRP/he stays/VBZ/stay two/CD/two more/JJR/more weeks/NNS/week and/CC/and "
                + "the/DT/the base/NN/base 20/CD/20 additional/JJ/additional years/NNS/year");
        List<Timex> timexes = List.of(timex(tokens, 4, 5, "DURATION", "PXW"),
                timex(tokens, 10, 11, "DURATION", "PXY"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("two more weeks", "DURATION", "P2W"), tuple("20 additional years", "DURATION", "P20Y"));
    }

    @Test
    void aCountAndAHalfIsOneDurationWhereverTheHalfIsWritten() {
        List<Token> tokens = tokens("They/PRP/they stayed/VBD/stay two/CD/two and/CC/and a/DT/a half/NN/half "
                + "years/NNS/year and/CC/and a/DT/a day/NN/day and/CC/and a/DT/a half/NN/half");
        List<Timex> timexes = List.of(timex(tokens, 6, 7, "DURATION", "PXY"),
                timex(tokens, 8, 10, "DURATION", "P1D"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("two and a half years", "DURATION", "P2Y6M"), tuple("a day and a half", "DURATION", "P1DT12H"));
    }

    @Test
    void aMixedNumberBeforeTheUnitIsPartOfTheDuration() {
        // the tokenizer keeps "5 1/2" as one token, joined by a no-break space
        List<Token> tagged = tokens("The/DT/the flight/NN/flight took/VBD/take 5_1/CD/5_1 hours/NNS/hour");
        Token mixed = tagged.get(3);
        List<Token> tokens = List.of(tagged.get(0), tagged.get(1), tagged.get(2),
                new Token(3, "5\u00a01/2", "5\u00a01/2", "CD", "O", mixed.charStart(), mixed.charEnd() + 2),
                new Token(4, "hours", "hour", "NNS", "O", mixed.charEnd() + 3, mixed.charEnd() + 8));
        List<Timex> timexes = List.of(timex(tokens, 4, 5, "DURATION", "PTXH"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("5\u00a01/2 hours", "DURATION", "PT5H30M"));
    }

    @Test
    void aHalfBeforeTheYearSutimeReadAloneIsPartOfIt() {
        List<Token> tokens = tokens("Growth/NN/growth will/MD/will pick/VB/pick up/RP/up in/IN/in the/DT/the "
                + "second/JJ/second half/NN/half of/IN/of the/DT/the year/NN/year and/CC/and in/IN/in the/DT/the "
                + "first/JJ/first half/NN/half of/IN/of next/JJ/next year/NN/year");
        List<Timex> timexes = List.of(timex(tokens, 9, 11, "DATE", "2022"), timex(tokens, 17, 19, "DATE", "2023"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("the second half of the year", "2022-H2"), tuple("the first half of next year", "2023-H1"));
    }

    @Test
    void theLastHalfOfAYearIsItsSecondHalf() {
        List<Token> tokens = tokens("Sales/NNS/sale rose/VBD/rise in/IN/in the/DT/the last/JJ/last half/NN/half "
                + "of/IN/of 1989/CD/1989");
        List<Timex> timexes = List.of(timex(tokens, 3, 8, "DATE", "1989"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("the last half of 1989", "1989-H2"));
    }

    @Test
    void lastWeekdayIsTheLatestSuchDayBeforeTheArticle() {
        // published on Thursday 17 February: last Tuesday is the 15th, last Thursday the 10th
        List<Token> tokens = tokens("He/PRP/he spoke/VBD/speak last/JJ/last Tuesday/NNP/Tuesday ,/,/, the/DT/the "
                + "day/NN/day before/IN/before last/JJ/last Tuesday/NNP/Tuesday and/CC/and last/JJ/last "
                + "Thursday/NNP/Thursday");
        List<Timex> timexes = List.of(timex(tokens, 2, 4, "DATE", "2022-02-08"),
                timex(tokens, 5, 10, "DATE", "2022-02-07"), timex(tokens, 11, 13, "DATE", "2022-02-10"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("last Tuesday", "2022-02-15"), tuple("the day before last Tuesday", "2022-02-14"),
                tuple("last Thursday", "2022-02-10"));
    }

    @Test
    void aDateAndTheDayOrYearInAppositionAreSplitAndBothThatDate() {
        List<Token> tokens = tokens("He/PRP/he was/VBD/be seen/VBN/see Nov./NNP/November 3/CD/3 ,/,/, the/DT/the "
                + "day/NN/day before/IN/before police/NNS/police came/VBD/come");
        List<Timex> timexes = List.of(timex(tokens, 3, 9, "DATE", "THIS P1D INTERSECT XXXX-11-03"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("Nov. 3", "DATE", "2022-11-03"), tuple("the day", "DATE", "2022-11-03"));
        List<Token> year = tokens("Prices/NNS/price peaked/VBD/peak in/IN/in 2008/CD/2008 ,/,/, the/DT/the "
                + "year/NN/year the/DT/the crisis/NN/crisis began/VBD/begin");
        assertThat(apply(year, List.of(timex(year, 3, 7, "DATE", "THIS P1Y INTERSECT 2008"))))
                .extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                        tuple("2008", "DATE", "2008"), tuple("the year", "DATE", "2008"));
    }

    @Test
    void aCountOfTradingOrBusinessDaysIsADurationOfThatManyDays() {
        List<Token> tokens = tokens("Over/IN/over the/DT/the past/JJ/past five/CD/five trading/NN/trading "
                + "days/NNS/day it/PRP/it fell/VBD/fall and/CC/and refunds/NNS/refund take/VBP/take ten/CD/ten "
                + "business/NN/business days/NNS/day");
        List<Timex> timexes = List.of(timex(tokens, 1, 3, "DATE", "PAST_REF"),
                timex(tokens, 5, 6, "DURATION", "PXD"), timex(tokens, 12, 14, "DATE", "2022-W07-WD"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("the past five trading days", "DURATION", "P5D"),
                tuple("ten business days", "DURATION", "P10D"));
    }

    @Test
    void theEarlyHoursOfADayAreThatDay() {
        List<Token> tokens = tokens("He/PRP/he was/VBD/be arrested/VBN/arrest in/IN/in the/DT/the early/JJ/early "
                + "hours/NNS/hour of/IN/of Thursday/NNP/Thursday morning/NN/morning");
        List<Timex> timexes = List.of(timex(tokens, 4, 10, "DATE", "2022-02-17-WXX-4TMO INTERSECT PTXH"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("Thursday morning", "TIME", "2022-02-17TMO"));
    }

    @Test
    void theVerbLastIsNoPartOfTheDuration() {
        List<Token> tokens = tokens("The/DT/the emergency/NN/emergency will/MD/will last/VB/last three/CD/three "
                + "months/NNS/month");
        List<Timex> timexes = List.of(timex(tokens, 3, 6, "DATE", "2021-11-17/2022-02-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("three months", "DURATION", "P3M"));
    }

    @Test
    void aTrailingPrepositionLeavesTheExpression() {
        List<Token> tokens = tokens("starts/VBZ/start at/IN/at 9/CD/9 p.m./RB/p.m. on/IN/on Friday/NNP/Friday");
        List<Timex> timexes = List.of(timex(tokens, 2, 5, "TIME", "2022-02-18T21:00"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::tokenEnd, Timex::charEnd)
                .containsExactly(tuple("9 p.m.", 4, 16));
    }

    @Test
    void futureBeforeItsNounIsNoTimeButTheFutureAndFutureQuartersAre() {
        List<Token> tokens = tokens("Future/JJ/future earnings/NNS/earning will/MD/will grow/VB/grow in/IN/in "
                + "future/JJ/future quarters/NNS/quarter and/CC/and in/IN/in the/DT/the future/NN/future");
        List<Timex> timexes = List.of(timex(tokens, 0, 1, "DATE", "FUTURE_REF"),
                timex(tokens, 5, 7, "DATE", "FUTURE_REF"), timex(tokens, 9, 11, "DATE", "FUTURE_REF"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("future quarters", "FUTURE_REF"),
                tuple("the future", "FUTURE_REF"));
    }

    @Test
    void aWeekOfADayOrMonthIsAnIsoWeek() {
        List<Token> tokens = tokens("in/IN/in the/DT/the last/JJ/last week/NN/week of/IN/of March/NNP/March ,/,/, "
                + "the/DT/the week/NN/week of/IN/of May/NNP/May 4/CD/4 and/CC/and start/VB/start in/IN/in the/DT/the "
                + "first/JJ/first week/NN/week of/IN/of May/NNP/May 2010/CD/2010");
        List<Timex> timexes = List.of(timex(tokens, 1, 6, "DATE", "PREV_IMMEDIATE P1W INTERSECT XXXX-03"),
                timex(tokens, 7, 12, "DATE", "2022-05-04 INTERSECT P1W"),
                timex(tokens, 13, 21, "DATE", "2010-05 INTERSECT P1W-#1"));

        // March 2022 ends on a Thursday, so the week of March 28 has four of its days (W13); May 4, 2022 is in
        // W18; May 2010's first week with four of its days starts on May 3 (W18)
        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                tuple("the last week of March", "2022-W13", "week-of"),
                tuple("the week of May 4", "2022-W18", "week-of"),
                tuple("the first week of May 2010", "2010-W18", "week-of"));
    }

    @Test
    void aValueComposedOfPartsIsItsDate() {
        List<Token> tokens = tokens("for/IN/for at/IN/at least/JJS/least the/DT/the first/JJ/first two/CD/two "
                + "quarters/NNS/quarter of/IN/of 1990/CD/1990");
        List<Timex> timexes = List.of(timex(tokens, 1, 9, "DATE", "1990 INTERSECT >=P6M"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                tuple("at least the first two quarters of 1990", "1990", "readable"));
    }

    @Test
    void aHolidayWhoseDayWasReadAloneIsTheHoliday() {
        List<Token> tokens = tokens("polls/NNS/poll close/VBP/close on/IN/on Election/NNP/Election Day/NNP/Day "
                + "and/CC/and on/IN/on Labor/NNP/Labor Day/NNP/Day ,/,/, not/RB/not a/DT/a Day/NN/day");
        List<Timex> timexes = List.of(timex(tokens, 4, 5, "DURATION", "P1D"), timex(tokens, 8, 9, "DURATION", "P1D"),
                timex(tokens, 12, 13, "DURATION", "P1D"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("Election Day", "DATE", "2022-11-08"),
                tuple("Labor Day", "DATE", "2022-09-05"),
                tuple("Day", "DURATION", "P1D"));
    }

    @Test
    void aWeekdayAfterTheWordOfAHolidayIsTheHolidayAndHolyWeekIsTheWeekBeforeEaster() {
        List<Token> tokens = tokens("he/PRP/he will/MD/will speak/VB/speak on/IN/on Palm/NNP/Palm Sunday/NNP/Sunday "
                + "and/CC/and lead/VB/lead Holy/NNP/Holy Week/NNP/Week services/NNS/service on/IN/on "
                + "Casual/NNP/Casual Friday/NNP/Friday");
        List<Timex> timexes = List.of(timex(tokens, 5, 6, "DATE", "2022-02-20"), timex(tokens, 9, 10, "DURATION",
                "P1W"), timex(tokens, 13, 14, "DATE", "2022-02-18"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("Palm Sunday", "DATE", "2022-04-10"),
                tuple("Holy Week", "DATE", "2022-W15"),
                tuple("Friday", "DATE", "2022-02-18"));
    }

    @Test
    void hoursAgoAreOnThePublicationDay() {
        List<Token> tokens = tokens("left/VBD/leave two/CD/two hours/NNS/hour ago/RB/ago ,/,/, 4/CD/4 hrs/NNS/hr "
                + "ago/RB/ago ,/,/, 36/CD/36 hours/NNS/hour ago/RB/ago and/CC/and minutes/NNS/minute ago/RB/ago");
        List<Timex> timexes = List.of(timex(tokens, 1, 4, "TIME", "2022-02-16T22:00"),
                timex(tokens, 5, 8, "TIME", "2022-02-16T20:00"), timex(tokens, 9, 12, "TIME", "2022-02-15T12:00"),
                timex(tokens, 13, 15, "TIME", "2022-02-16T23:59"));

        // from noon of the publication date: 36 hours back is the start of the day before the day before
        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("two hours ago", "TIME", "2022-02-17"),
                tuple("4 hrs ago", "TIME", "2022-02-17"),
                tuple("36 hours ago", "TIME", "2022-02-16"),
                tuple("minutes ago", "DATE", "PAST_REF"));
    }

    @Test
    void aUnitMadeAnAdjectiveIsASpanWithoutTheArticleOfItsNoun() {
        List<Token> tokens = tokens("the/DT/the year/NN/year -/HYPH/- long/JJ/long uprising/NN/uprising and/CC/and "
                + "a/DT/a decades/NNS/decade -/HYPH/- old/JJ/old ban/NN/ban");
        List<Timex> timexes = List.of(timex(tokens, 0, 2, "DATE", "2022"), timex(tokens, 6, 8, "DURATION", "P10Y"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("year - long", "DURATION", "P1Y"),
                tuple("decades - old", "DURATION", "PXY"));
    }

    @Test
    void aPartOfTheDayMadeAnAdjectiveIsNoTime() {
        List<Token> tokens = tokens("a/DT/a series/NN/series of/IN/of morning/NN/morning -/HYPH/- show/NN/show "
                + "appearances/NNS/appearance in/IN/in the/DT/the morning/NN/morning");
        List<Timex> timexes = List.of(timex(tokens, 3, 4, "TIME", "2022-02-17TMO"),
                timex(tokens, 8, 10, "TIME", "2022-02-17TMO"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("the morning");
    }

    @Test
    void thisBeforeAWrittenDateInACaptionIsLeftOut() {
        List<Token> tokens = tokens("in/IN/in this/DT/this June/NNP/June 8/CD/8 ,/,/, 2010/CD/2010 file/NN/file "
                + "photo/NN/photo");
        List<Timex> timexes = List.of(timex(tokens, 1, 3, "DATE", "2022-06"), timex(tokens, 5, 6, "DATE", "2010"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("June 8 , 2010", "DATE", "2010-06-08"));
    }

    @Test
    void aVerbReadAsASeasonIsLeftOut() {
        List<Token> tokens = tokens("will/MD/will decline/VB/decline and/CC/and fall/VB/fall tomorrow/NN/tomorrow "
                + "and/CC/and in/IN/in the/DT/the fall/NN/fall");
        List<Timex> timexes = List.of(timex(tokens, 3, 5, "DATE", "2022-02-18"),
                timex(tokens, 7, 9, "DATE", "2022-FA"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("tomorrow", "2022-02-18"), tuple("the fall", "2022-FA"));
    }

    @Test
    void byTheDayAndWhatADayWasLikeAreNoTime() {
        List<Token> tokens = tokens("grows/VBZ/grow worse/JJR/worse by/IN/by the/DT/the day/NN/day ,/,/, "
                + "after/IN/after a/DT/a very/RB/very sad/JJ/sad day/NN/day and/CC/and a/DT/a full/JJ/full "
                + "day/NN/day and/CC/and a/DT/a second/JJ/second straight/JJ/straight day/NN/day");
        List<Timex> timexes = List.of(timex(tokens, 3, 5, "DATE", "2022-02-17"),
                timex(tokens, 10, 11, "DURATION", "P1D"), timex(tokens, 14, 15, "DURATION", "P1D"),
                timex(tokens, 19, 20, "DURATION", "P1D"));

        assertThat(apply(tokens, timexes)).extracting(Timex::tokenStart, Timex::type, Timex::value).containsExactly(
                tuple(14, "DURATION", "P1D"), tuple(19, "DURATION", "P1D"));
    }

    @Test
    void aPartOfAMonthTakesTheYearWrittenAfterIt() {
        List<Token> tokens = tokens("began/VBD/begin in/IN/in mid-March/JJ/mid-March last/JJ/last year/NN/year "
                + "and/CC/and ended/VBD/end in/IN/in late-April/JJ/late-April 2009/CD/2009");
        List<Timex> timexes = List.of(timex(tokens, 3, 5, "DATE", "2021"), timex(tokens, 9, 10, "DATE", "2009"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("mid-March last year", "2021-03"), tuple("late-April 2009", "2009-04"));
    }

    @Test
    void thisBeforeMonthsAgoIsAPronoun() {
        List<Token> tokens = tokens("should/MD/should have/VB/have dealt/VBN/deal with/IN/with this/DT/this "
                + "months/NNS/month ago/RB/ago");
        List<Timex> timexes = List.of(timex(tokens, 4, 7, "DATE", "2022-02"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("months ago", "PAST_REF"));
    }

    @Test
    void aQuarterCenturyAndADozenYearsAreCounted() {
        List<Token> tokens = tokens("endured/VBD/endure for/IN/for a/DT/a quarter/NN/quarter century/NN/century "
                + "after/IN/after it/PRP/it began/VBD/begin half/NN/half a/DT/a dozen/NN/dozen years/NNS/year "
                + "ago/RB/ago");
        List<Timex> timexes = List.of(timex(tokens, 2, 4, "DURATION", "P3M"),
                timex(tokens, 4, 5, "DURATION", "P100Y"), timex(tokens, 10, 13, "DATE", "2010-02-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("a quarter century", "DURATION", "P25Y"),
                tuple("half a dozen years ago", "DATE", "2016"));
    }

    @Test
    void theNumberOfAResolutionIsNoYear() {
        List<Token> tokens = tokens("Resolution/NNP/Resolution 1441/CD/1441 and/CC/and Resolution/NNP/Resolution "
                + "1973/CD/1973 of/IN/of March/NNP/March 17/CD/17 ,/,/, passed/VBN/pass by/IN/by "
                + "resolution/NN/resolution 1970/CD/1970 last/JJ/last week/NN/week");
        List<Timex> timexes = List.of(timex(tokens, 1, 2, "DATE", "1441"),
                timex(tokens, 4, 8, "DATE", "1973-03-17"), timex(tokens, 12, 15, "DATE", "1970"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("March 17", "2022-03-17"), tuple("last week", "2022-W06"));
    }

    @Test
    void oneDayAsSomeDayAndAQuarterOfATownAreNoSpans() {
        List<Token> tokens = tokens("Islam/NNP/Islam will/MD/will one/CD/one day/NN/day be/VB/be larger/JJR/large "
                + "in/IN/in the/DT/the old/JJ/old quarter/NN/quarter ,/,/, as/IN/as in/IN/in the/DT/the "
                + "third/JJ/third quarter/NN/quarter ,/,/, after/IN/after one/CD/one day/NN/day in/IN/in "
                + "office/NN/office");
        List<Timex> timexes = List.of(timex(tokens, 2, 4, "DURATION", "P1D"), timex(tokens, 7, 10, "DATE", "2022-Q1"),
                timex(tokens, 13, 16, "DATE", "2022-Q3"), timex(tokens, 18, 20, "DURATION", "P1D"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("one day", "DATE", "FUTURE_REF"),
                tuple("the third quarter", "DATE", "2022-Q3"),
                tuple("one day", "DURATION", "P1D"));
    }

    @Test
    void partsOfATownAreNoQuartersButTwoOrdinalQuartersAre() {
        List<Token> tokens = tokens("in/IN/in the/DT/the old/JJ/old quarters/NNS/quarter of/IN/of Deraa/NNP/Deraa "
                + "and/CC/and the/DT/the Jewish/JJ/Jewish and/CC/and Christian/JJ/Christian quarters/NNS/quarter "
                + "but/CC/but in/IN/in the/DT/the first/JJ/first and/CC/and second/JJ/second quarters/NNS/quarter");
        List<Timex> timexes = List.of(timex(tokens, 1, 4, "DURATION", "PXM"), timex(tokens, 7, 12, "DURATION", "PXM"),
                timex(tokens, 14, 19, "DATE", "2023-05"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("first", "2022-Q1"), tuple("second quarters", "2022-Q2"));
    }

    @Test
    void aPartOfTheDayBeforeItsDayLeavesTheDateBefore() {
        List<Token> tokens = tokens("since/IN/since December/NNP/December 2008/CD/2008 late/RB/late on/IN/on "
                + "Monday/NNP/Monday");
        List<Timex> timexes = List.of(timex(tokens, 1, 4, "DATE", "2008-12"),
                timex(tokens, 5, 6, "DATE", "2022-02-14"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("December 2008", "Monday");
    }

    @Test
    void aSeasonInANameIsNoTime() {
        List<Token> tokens = tokens("the/DT/the Arab/NNP/Arab Spring/NNP/Spring and/CC/and the/DT/the "
                + "Winter/NNP/Winter Olympics/NNPS/Olympics in/IN/in Spring/NNP/Spring 2012/CD/2012 and/CC/and "
                + "this/DT/this summer/NN/summer");
        List<Timex> timexes = List.of(timex(tokens, 2, 3, "DATE", "2022-SP"), timex(tokens, 5, 6, "DATE", "2021-WI"),
                timex(tokens, 8, 10, "DATE", "2012-SP"), timex(tokens, 11, 13, "DATE", "2022-SU"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("Spring 2012", "this summer");
        List<Token> title = tokens("Winter/NNP/Winter Soldier/NNP/Soldier was/VBD/be not/RB/not as/RB/as "
                + "successful/JJ/successful");
        assertThat(apply(title, List.of(timex(title, 0, 1, "DATE", "2021-WI")))).isEmpty();
        List<Token> quoted = tokens("the/DT/the ``/``/`` Arab/JJ/Arab ''/''/'' Spring/NN/Spring");
        assertThat(apply(quoted, List.of(timex(quoted, 4, 5, "DATE", "2022-SP")))).isEmpty();
        // a plural noun capitalized after the season is of the name too
        List<Token> meetings = tokens("at/IN/at the/DT/the Winter/NN/winter Meetings/NNS/meeting");
        assertThat(apply(meetings, List.of(timex(meetings, 2, 3, "DATE", "2021-WI")))).isEmpty();
    }

    @Test
    void aYearBeforeANameThatOpensWithAMonthIsTheYear() {
        List<Token> tokens = tokens("as/IN/as recently/RB/recently as/IN/as 2007/CD/2007 ,/,/, Jan/NNP/Jan "
                + "Erik/NNP/Erik Vinnem/NNP/Vinnem said/VBD/say ,/,/, and/CC/and in/IN/in 2009/CD/2009 ,/,/, "
                + "May/NNP/May 5/CD/5");
        List<Timex> timexes = List.of(timex(tokens, 1, 2, "DATE", "PAST_REF"), timex(tokens, 3, 6, "DATE", "2007-01"),
                timex(tokens, 12, 16, "DATE", "2009-05-05"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("recently", "PAST_REF"), tuple("2007", "2007"), tuple("2009 , May 5", "2009-05-05"));
    }

    @Test
    void aClockTimeAfterPluralWeekdaysIsTheirTime() {
        List<Token> tokens = tokens("on/IN/on Saturdays/NNPS/Saturday ,/,/, 1130/CD/1130");
        List<Timex> timexes = List.of(timex(tokens, 1, 4, "DATE", "1130-WXX-6"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("Saturdays , 1130", "SET", "XXXX-WXX-6T11:30"));
    }

    @Test
    void aWeekdayWithAPartOfTheDayInThePluralIsASet() {
        List<Token> tokens = tokens("flights/NNS/flight leave/VBP/leave on/IN/on Tuesday/NNP/Tuesday "
                + "nights/NNS/night and/CC/and Sunday/NNP/Sunday mornings/NNS/morning");
        List<Timex> timexes = List.of(timex(tokens, 3, 5, "TIME", "2022-02-15TNI"),
                timex(tokens, 6, 8, "TIME", "2022-02-20TMO"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("Tuesday nights", "SET", "XXXX-WXX-2TNI"), tuple("Sunday mornings", "SET", "XXXX-WXX-7TMO"));
    }

    @Test
    void aDayOfEachYearIsASet() {
        List<Token> tokens = tokens("designated/VBN/designate December/NNP/December 17/CD/17 of/IN/of each/DT/each "
                + "year/NN/year as/IN/as Wright/NNP/Wright Brothers/NNP/Brothers Day/NNP/Day");
        List<Timex> timexes = List.of(timex(tokens, 1, 3, "DATE", "2022-12-17"), timex(tokens, 4, 6, "SET", "P1Y"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("December 17 of each year", "SET", "XXXX-12-17"));
    }

    @Test
    void aMonthAfterATitleIsAName() {
        List<Token> tokens = tokens("founded/VBN/found by/IN/by Lord/NNP/Lord March/NNP/March in/IN/in "
                + "March/NNP/March");
        List<Timex> timexes = List.of(timex(tokens, 3, 4, "DATE", "2022-03"), timex(tokens, 5, 6, "DATE", "2022-03"));

        assertThat(apply(tokens, timexes)).extracting(Timex::tokenStart).containsExactly(5);
    }

    @Test
    void aPeriodicalIsNoSet() {
        List<Token> tokens = tokens("in/IN/in the/DT/the Political/NNP/Political Quarterly/NNP/Quarterly and/CC/and "
                + "Congressional/NNP/Congressional Quarterly/NNP/Quarterly ,/,/, published/VBN/publish "
                + "quarterly/RB/quarterly");
        List<Timex> timexes = List.of(timex(tokens, 3, 4, "SET", "P3M"), timex(tokens, 6, 7, "SET", "P3M"),
                timex(tokens, 9, 10, "SET", "P3M"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("quarterly", "P3M"));
    }

    @Test
    void currentWithACapitalInsideASentenceIsAName() {
        List<Token> tokens = tokens("he/PRP/he moved/VBD/move to/IN/to Current/NNP/Current TV/NNP/TV and/CC/and "
                + "into/IN/into the/DT/the Loop/NNP/Loop Current/NNP/Current");
        List<Timex> timexes = List.of(timex(tokens, 3, 4, "DATE", "PRESENT_REF"),
                timex(tokens, 9, 10, "DATE", "PRESENT_REF"));
        assertThat(apply(tokens, timexes)).isEmpty();
        List<Token> opening = tokens("Current/JJ/current treatments/NNS/treatment do/VBP/do work/VB/work");
        assertThat(apply(opening, List.of(timex(opening, 0, 1, "DATE", "PRESENT_REF")))).extracting(Timex::text)
                .containsExactly("Current");
        List<Token> dateline = tokens("11:14/CD/11:14 am/NN/am ET/NNP/ET Current/JJ/current events/NNS/event "
                + "are/VBP/be clear/JJ/clear");
        assertThat(apply(dateline, List.of(timex(dateline, 3, 4, "DATE", "PRESENT_REF")))).extracting(Timex::text)
                .containsExactly("Current");
    }

    @Test
    void aProgrammeNamedForTheDayIsNoTime() {
        List<Token> tokens = tokens("he/PRP/he told/VBD/tell NBC/NNP/NBC 's/POS/'s Today/NN/today show/NN/show "
                + "today/NN/today");
        List<Timex> timexes = List.of(timex(tokens, 4, 5, "DATE", "2022-02-17"),
                timex(tokens, 6, 7, "DATE", "2022-02-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::tokenStart).containsExactly(6);
        List<Token> week = tokens("he/PRP/he told/VBD/tell ABC/NNP/ABC 's/POS/'s This/DT/this Week/NNP/Week "
                + "program/NN/program");
        assertThat(apply(week, List.of(timex(week, 4, 6, "DATE", "2022-W07")))).isEmpty();
    }

    @Test
    void aUnitOrAWeekendOpeningANameIsNoTime() {
        List<Token> bay = tokens("the/DT/the mouth/NN/mouth of/IN/of Weeks/NNS/week Bay/NNP/Bay");
        List<Token> section = tokens("in/IN/in its/PRP$/its Weekend/NNP/Weekend Review/NNP/Review "
                + "section/NN/section");
        // a headline writes every word with a capital
        List<Token> headline = tokens("Oil/NN/oil Spill/NN/spill Weeks/NNS/week Away/NNP/Away From/IN/from "
                + "End/NN/end");

        assertThat(apply(bay, List.of(timex(bay, 3, 4, "DURATION", "PXW")))).isEmpty();
        assertThat(apply(section, List.of(timex(section, 2, 3, "DATE", "2022-W06-WE")))).isEmpty();
        assertThat(apply(headline, List.of(timex(headline, 2, 3, "DURATION", "PXW"))))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("Weeks", "PXW"));
    }

    @Test
    void aTimeAmongCapitalsBetweenQuotesIsATitle() {
        List<Token> show = tokens("analysis/NN/analysis on/IN/on ``/``/`` Piers/NNP/Piers Morgan/NNP/Morgan "
                + "Tonight/NNP/Tonight ''/''/''");
        List<Token> quote = tokens("``/``/`` Last/JJ/last Tuesday/NNP/Tuesday ,/,/, ''/''/'' he/PRP/he said/VBD/say "
                + ",/,/, ``/``/`` Tonight/NN/tonight we/PRP/we fight/VBP/fight ''/''/''");

        assertThat(apply(show, List.of(timex(show, 5, 6, "TIME", "2022-02-17TNI")))).isEmpty();
        assertThat(apply(quote, List.of(timex(quote, 1, 3, "DATE", "2022-02-15"),
                timex(quote, 9, 10, "TIME", "2022-02-17TNI")))).extracting(Timex::text)
                .containsExactly("Last Tuesday", "Tonight");
    }

    @Test
    void anAmountBeforeASpanIsNoPartOfIt() {
        // SUTime multiplied the two numbers into a count of years that overflows
        List<Token> tokens = tokens("a/DT/a company/NN/company makes/VBZ/make $/$/$ 100/CD/100 billion/CD/billion "
                + "one/CD/one year/NN/year");
        List<Timex> timexes = List.of(timex(tokens, 4, 8, "DURATION", "P2147483647Y"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("one year", "DURATION", "P1Y"));
    }

    @Test
    void anOrdinalAfterACommaGoesWithTheNounAfterIt() {
        List<Token> tokens = tokens("rose/VBD/rise from/IN/from a/DT/a year/NN/year earlier/RBR/early ,/,/, "
                + "the/DT/the second/JJ/second monthly/JJ/monthly gain/NN/gain");
        List<Timex> timexes = List.of(timex(tokens, 2, 8, "DATE", "2021-02-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("a year earlier");
    }

    @Test
    void aDayBeforeAPlaceIsThePlaceAsItIs() {
        List<Token> tokens = List.of(new Token(0, "tomorrow", "tomorrow", "NN", "O", 0, 8),
                new Token(1, "'s", "'s", "POS", "O", 8, 10),
                new Token(2, "China", "China", "NNP", "LOCATION", 11, 16),
                new Token(3, "and", "and", "CC", "O", 17, 20),
                new Token(4, "tomorrow", "tomorrow", "NN", "O", 21, 29),
                new Token(5, "'s", "'s", "POS", "O", 29, 31),
                new Token(6, "meeting", "meeting", "NN", "O", 32, 39));
        List<Timex> timexes = List.of(timex(tokens, 0, 1, "DATE", "2022-02-18"),
                timex(tokens, 4, 5, "DATE", "2022-02-18"));

        assertThat(apply(tokens, timexes)).extracting(Timex::value).containsExactly("FUTURE_REF", "2022-02-18");
    }

    @Test
    void aPluralUnitRunIntoADatelineIsTheSpanCountedBeforeItAndTheDate() {
        List<Token> tokens = tokens("could/MD/could continue/VB/continue for/IN/for two/CD/two more/JJR/more "
                + "days/NNS/day Friday/NNP/Friday 28/CD/28 May/NNP/May 2010/CD/2010");
        List<Timex> timexes = List.of(timex(tokens, 5, 10, "DATE",
                "2010-05-28-WXX-5 INTERSECT P1D INTERSECT 2010-05-28"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("two more days", "DURATION", "P2D"), tuple("Friday 28 May 2010", "DATE", "2010-05-28"));
    }

    @Test
    void theVerbLastBeforeAPluralUnitIsASpanOfSomeUnits() {
        List<Token> tokens = tokens("damage/NN/damage could/MD/could last/VB/last decades/NNS/decade and/CC/and "
                + "talks/NNS/talk will/MD/will last/VB/last weeks/NNS/week");
        List<Timex> timexes = List.of(timex(tokens, 2, 4, "DATE", "200X"), timex(tokens, 7, 9, "DATE", "2022-W06"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("decades", "DURATION", "PXY"), tuple("weeks", "DURATION", "PXW"));
    }

    @Test
    void twoWordsOfDaysInAListAreEachTheirDay() {
        List<Token> tokens = tokens("tested/VBN/test today/NN/today ,/,/, tomorrow/NN/tomorrow and/CC/and "
                + "every/DT/every day/NN/day");
        List<Timex> timexes = List.of(timex(tokens, 1, 4, "DATE", "2022-02-18"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("today", "2022-02-17"), tuple("tomorrow", "2022-02-18"));
    }

    @Test
    void hundredsOrThousandsOfThingsAreNoTime() {
        List<Token> tokens = tokens("1000s/CD/1000s of/IN/of miles/NNS/mile from/IN/from the/DT/the 1990s/CD/1990s");
        List<Timex> timexes = List.of(timex(tokens, 0, 1, "DATE", "10"), timex(tokens, 4, 6, "DATE", "199"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("the 1990s");
    }

    @Test
    void followingWithoutADeterminerBeforeASpanIsAPreposition() {
        List<Token> tokens = tokens("Following/VBG/follow a/DT/a year/NN/year of/IN/of research/NN/research "
                + ",/,/, he/PRP/he left/VBD/leave");
        List<Timex> timexes = List.of(timex(tokens, 0, 3, "DATE", "2023"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("a year", "DURATION", "P1Y"));
    }

    @Test
    void aSurnameOrAVerbBeforeATimeIsNoPartOfIt() {
        List<Token> tokens = tokens("talking/VBG/talk to/IN/to Larry/NNP/Larry Summers/NNP/Summers this/DT/this "
                + "morning/NN/morning ;/:/; a/DT/a law/NN/law that/WDT/that sunsets/VBZ/sunset next/JJ/next "
                + "month/NN/month");
        List<Timex> timexes = List.of(timex(tokens, 3, 6, "DATE", "2022-02-17"),
                timex(tokens, 10, 13, "DATE", "2022-03"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("this morning", "TIME", "2022-02-17TMO"), tuple("next month", "DATE", "2022-03"));
    }

    @Test
    void aCompoundOrdinalCenturyIsThatCentury() {
        // SUTime read "first century" alone
        List<Token> tokens = tokens("the/DT/the challenges/NNS/challenge of/IN/of the/DT/the twenty/CD/twenty "
                + "-/HYPH/- first/JJ/first century/NN/century");
        List<Timex> timexes = List.of(timex(tokens, 6, 8, "DATE", "00XX"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("the twenty - first century", "20"));
    }

    @Test
    void aSpanBeforeTheSubjectOfAClauseIsNoPartOfIt() {
        List<Token> tokens = tokens("I/PRP/I thought/VBD/think in/IN/in 10/CD/10 years/NNS/year the/DT/the "
                + "billable/JJ/billable hour/NN/hour would/MD/would go/VB/go");
        List<Timex> timexes = List.of(timex(tokens, 3, 8, "DATE", "2022-02-17TXX INTERSECT P10Y"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("10 years", "DURATION", "P10Y"));
    }

    @Test
    void aDayBeforeTheNameOfADailyPaperIsThatDay() {
        List<Token> tokens = tokens("in/IN/in yesterday/NN/yesterday 's/POS/'s Daily/NNP/Daily Mirror/NNP/Mirror");
        List<Timex> timexes = List.of(timex(tokens, 1, 4, "SET", "2022-02-16"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("yesterday", "DATE", "2022-02-16"));
    }

    @Test
    void aLongerNameEndingInAHolidayIsThatDay() {
        // SUTime read "Memorial Day" and "Day" alone
        List<Token> tokens = tokens("Workers/NNPS/Workers Memorial/NNP/Memorial Day/NNP/Day and/CC/and "
                + "International/JJ/international Holocaust/NN/holocaust Remembrance/NN/remembrance Day/NN/day");
        List<Timex> timexes = List.of(timex(tokens, 1, 3, "DATE", "2022-05-30"),
                timex(tokens, 7, 8, "DURATION", "P1D"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("Workers Memorial Day", "2022-04-28"),
                tuple("International Holocaust Remembrance Day", "2022-01-27"));
    }

    @Test
    void pearlHarborRemembranceDayIsTheSeventhOfDecember() {
        // SUTime read "Remembrance Day" alone, as November 11; the year is the tense rules' to choose
        List<Token> tokens = tokens("As/IN/as we/PRP/we mark/VBP/mark National/NNP/National Pearl/NNP/Pearl "
                + "Harbor/NNP/Harbor Remembrance/NNP/Remembrance Day/NNP/Day");
        List<Timex> timexes = List.of(timex(tokens, 6, 8, "DATE", "2021-11-11"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("National Pearl Harbor Remembrance Day", "2022-12-07"));
    }

    @Test
    void aMonthOpeningAHyphenedNameIsNoTime() {
        List<Token> tokens = tokens("at/IN/at Mar/NNP/Mar -/HYPH/- a-Lago/NNP/a-Lago in/IN/in March/NNP/March "
                + "-/HYPH/- April/NNP/April");
        List<Timex> timexes = List.of(timex(tokens, 1, 2, "DATE", "2022-03"), timex(tokens, 5, 6, "DATE", "2022-03"),
                timex(tokens, 7, 8, "DATE", "2022-04"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("March", "April");
    }

    @Test
    void aPronounBeforeTheDayIsNoPartOfIt() {
        List<Token> tokens = tokens("to/TO/to do/VB/do this/DT/this the/DT/the day/NN/day before/IN/before "
                + "the/DT/the vote/NN/vote");
        List<Timex> timexes = List.of(timex(tokens, 2, 6, "DATE", "2022-02-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("the day before");
        List<Token> spoke = tokens("he/PRP/he spoke/VBD/speak to/IN/to this/DT/this yesterday/NN/yesterday");
        assertThat(apply(spoke, List.of(timex(spoke, 3, 5, "DATE", "2022-02-16"))))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("yesterday", "2022-02-16"));
    }

    @Test
    void aMonthAndADayAfterThisAreThatDayAndInACaptionThePastOne() {
        List<Token> tokens = tokens("In/IN/in this/DT/this July/NNP/July 31/CD/31 file/NN/file photo/NN/photo "
                + "and/CC/and by/IN/by this/DT/this Jan./NNP/Jan. 14/CD/14 and/CC/and Treas./NNP/Treas. Sec/NNP/Sec");
        List<Timex> timexes = List.of(timex(tokens, 1, 3, "DATE", "2022-07"), timex(tokens, 8, 10, "DATE", "2022-01"),
                timex(tokens, 13, 14, "DURATION", "PT1S"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("July 31", "2021-07-31"), tuple("Jan. 14", "2022-01-14"));
    }

    @Test
    void aCapitalMonthAfterACapitalWordIsTheNameOfAnObservance() {
        List<Token> tokens = tokens("February/NNP/February is/VBZ/be Black/JJ/black History/NN/history "
                + "Month/NNP/month and/CC/and prices/NNS/price Rise/VBP/rise Next/JJ/next Month/NNP/month");
        List<Timex> timexes = List.of(timex(tokens, 0, 1, "DATE", "2022-02"), timex(tokens, 4, 5, "DURATION", "P1M"),
                timex(tokens, 8, 10, "DATE", "2022-03"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("February", "Next Month");
    }

    @Test
    void aWrittenCountOfYearsAgoTodayIsThatDay() {
        // SUTime read "fifty-four" as 27
        List<Token> tokens = tokens("he/PRP/he died/VBD/die fifty-four/CD/fifty-four years/NNS/year ago/RB/ago "
                + "today/NN/today");
        List<Timex> timexes = List.of(timex(tokens, 2, 6, "DATE", "THIS P1D INTERSECT 1995-02-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("fifty-four years ago today", "1968-02-17"));
    }

    @Test
    void aMonthThenTodayOpeningTheNextClauseAreTwoExpressions() {
        List<Token> tokens = tokens("a/DT/a commitment/NN/commitment in/IN/in March/NNP/March ,/,/, today/NN/today "
                + "she/PRP/she relaunched/VBD/relaunch it/PRP/it");
        List<Timex> timexes = List.of(timex(tokens, 3, 6, "DATE", "THIS P1D INTERSECT XXXX-03"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("March", "2022-03"), tuple("today", "2022-02-17"));
    }

    @Test
    void aPartOfACenturyWrittenWithItsOrdinalIsThatCentury() {
        // SUTime read the 21st century
        List<Token> tokens = tokens("its/PRP$/its roots/NNS/root in/IN/in the/DT/the mid-19th/JJ/mid-19th "
                + "century/NN/century");
        List<Timex> timexes = List.of(timex(tokens, 3, 6, "DATE", "20XX"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("the mid-19th century", "18"));
    }

    @Test
    void aSeasonReadAsATimeOfDayIsTheSeason() {
        List<Token> tokens = tokens("but/CC/but by/IN/by fall/NN/fall ,/,/, the/DT/the wave/NN/wave "
                + "returned/VBD/return");
        List<Timex> timexes = List.of(timex(tokens, 2, 3, "TIME", "2022-02-17TXX:XX"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("fall", "DATE", "2022-FA"));
    }

    @Test
    void dDayIsNoSpanOfADay() {
        List<Token> tokens = tokens("the/DT/the D/NN/d -/HYPH/- Day/NN/day invasion/NN/invasion lasted/VBD/last "
                + "a/DT/a day/NN/day");
        List<Timex> timexes = List.of(timex(tokens, 3, 4, "DURATION", "P1D"), timex(tokens, 6, 8, "DURATION", "P1D"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("a day");
    }

    @Test
    void theMarchOnACityIsNoMonth() {
        List<Token> tokens = tokens("the/DT/the March/NNP/March on/IN/on Washington/NNP/Washington and/CC/and "
                + "the/DT/the March/NNP/March of/IN/of 2010/CD/2010");
        List<Timex> timexes = List.of(timex(tokens, 1, 2, "DATE", "2022-03"), timex(tokens, 6, 9, "DATE", "2010-03"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("March of 2010");
    }

    @Test
    void theYearOrTheDayInATitleIsNoTime() {
        List<Token> tokens = tokens("Journalist/NNP/Journalist of/IN/of the/DT/the Year/NNP/Year ,/,/, "
                + "Question/NN/question of/IN/of the/DT/the Day/NN/day ,/,/, the/DT/the best/JJS/good of/IN/of "
                + "the/DT/the year/NN/year");
        List<Timex> timexes = List.of(timex(tokens, 2, 4, "DATE", "2022"), timex(tokens, 7, 9, "DATE", "2022-02-17"),
                timex(tokens, 13, 15, "DATE", "2022"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("the year");
    }

    @Test
    void hundredsAndOrdinalCenturiesAreCenturies() {
        List<Token> tokens = tokens("in/IN/in the/DT/the 1800s/CNS/1800s ,/,/, the/DT/the 2000s/CDS/2000s and/CC/and "
                + "the/DT/the 19th/JJ/19th and/CC/and early/JJ/early 20th/JJ/20th centuries/NNS/century");
        List<Timex> timexes = List.of(timex(tokens, 1, 3, "DATE", "180X"), timex(tokens, 4, 6, "DATE", "200X"),
                timex(tokens, 10, 13, "DATE", "3909"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("the 1800s", "18"), tuple("the 2000s", "200"), tuple("early 20th centuries", "19"));
    }

    @Test
    void aUnitRepeatedAcrossToIsNoTime() {
        List<Token> tokens = tokens("the/DT/the day/NN/day -/HYPH/- to/IN/to -/HYPH/- day/NN/day running/NN/run "
                + "and/CC/and the/DT/the quarter/NN/quarter to/IN/to quarter/NN/quarter gain/NN/gain in/IN/in "
                + "the/DT/the day/NN/day");
        List<Timex> timexes = List.of(timex(tokens, 0, 2, "DATE", "2022-02-17"), timex(tokens, 5, 6, "DURATION", "P1D"),
                timex(tokens, 8, 10, "DATE", "2022-Q1"), timex(tokens, 14, 16, "DATE", "2022-02-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("the day");
    }

    @Test
    void todayAndALaterSpanInAppositionAreBothNow() {
        List<Token> tokens = tokens("Today/NN/today ,/,/, more/JJR/more than/IN/than two/CD/two decades/NNS/decade "
                + "later/RB/later ,/,/, he/PRP/he is/VBZ/be tried/VBN/try");
        List<Timex> timexes = List.of(timex(tokens, 0, 7, "DATE", "2042-02-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("Today", "2022-02-17"), tuple("more than two decades later", "2022"));
    }

    @Test
    void toTheDayIsNoDayAndAnotherUnitIsOne() {
        List<Token> tokens = tokens("came/VBD/come eight/CD/eight years/NNS/year to/IN/to the/DT/the day/NN/day "
                + "after/IN/after ,/,/, given/VBN/give another/DT/another month/NN/month");
        List<Timex> timexes = List.of(timex(tokens, 1, 3, "DURATION", "P8Y"), timex(tokens, 4, 6, "DATE", "2022-02-17"),
                timex(tokens, 9, 11, "DURATION", "PXM"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("eight years", "P8Y"), tuple("another month", "P1M"));
    }

    @Test
    void aVerbBeforeTheDayAndAConjunctionAfterAgoAreLeftOut() {
        List<Token> tokens = tokens("meetings/NNS/meeting start/VBP/start Wednesday/NNP/Wednesday ,/,/, I/PRP/I "
                + "was/VBD/be there/RB/there a/DT/a month/NN/month ago/RB/ago before/IN/before they/PRP/they "
                + "came/VBD/come");
        List<Timex> timexes = List.of(timex(tokens, 1, 3, "DATE", "2022-02-16"),
                timex(tokens, 7, 11, "DATE", "2022-01-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("Wednesday", "2022-02-16"), tuple("a month ago", "2022-01"));
        List<Token> beginning = tokens("the/DT/the effort/NN/effort ,/,/, beginning/VBG/begin Monday/NNP/Monday");
        assertThat(apply(beginning, List.of(timex(beginning, 3, 5, "DATE", "2022-02-21"))))
                .extracting(Timex::text).containsExactly("Monday");
    }

    @Test
    void lastAndNextSeasonsAreTheNearestAndHalfACenturyIsASpan() {
        // published in February: last fall is 2021's, next spring this year's, next fall too
        List<Token> tokens = tokens("since/IN/since last/JJ/last fall/NN/fall and/CC/and until/IN/until next/JJ/next "
                + "spring/NN/spring or/CC/or next/JJ/next fall/NN/fall over/IN/over the/DT/the past/JJ/past "
                + "half/JJ/half century/NN/century");
        List<Timex> timexes = List.of(timex(tokens, 1, 3, "DATE", "2021-FA"), timex(tokens, 5, 7, "DATE", "2023-SP"),
                timex(tokens, 8, 10, "DATE", "2023-FA"), timex(tokens, 11, 15, "DATE", "20XX"));

        assertThat(apply(tokens, timexes)).extracting(Timex::type, Timex::value).containsExactly(
                tuple("DATE", "2021-FA"), tuple("DATE", "2022-SP"), tuple("DATE", "2022-FA"),
                tuple("DURATION", "P50Y"));
    }

    @Test
    void aQuarterMileIsNoTimeAndEarlierThanPlannedIsBySoMuch() {
        List<Token> tokens = tokens("about/RB/about a/DT/a quarter/NN/quarter -/HYPH/- mile/NN/mile away/RB/away "
                + "ended/VBD/end six/CD/six weeks/NNS/week earlier/RBR/earlier than/IN/than planned/VBN/plan");
        List<Timex> timexes = List.of(timex(tokens, 0, 3, "DURATION", "P3M"),
                timex(tokens, 7, 10, "DATE", "2022-01-06"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("six weeks earlier", "DURATION", "P6W"));
    }

    @Test
    void theFallOfSomeoneIsNoSeason() {
        List<Token> tokens = tokens("until/IN/until the/DT/the fall/NN/fall of/IN/of Ben/NNP/Ben Ali/NNP/Ali "
                + "and/CC/and in/IN/in the/DT/the fall/NN/fall of/IN/of 2008/CD/2008");
        List<Timex> timexes = List.of(timex(tokens, 1, 3, "DATE", "2022-FA"), timex(tokens, 8, 12, "DATE", "2008-FA"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("the fall of 2008");
    }

    @Test
    void halfAUnitIsHalfTheSpanAndADawnAfterACapitalisedWordEndsAName() {
        List<Token> tokens = tokens("after/IN/after half/NN/half a/DT/a year/NN/year of/IN/of Operation/NNP/Operation "
                + "Odyssey/NN/Odyssey Dawn/NNP/Dawn ,/,/, half/NN/half an/DT/an hour/NN/hour later/RB/later");
        List<Timex> timexes = List.of(timex(tokens, 2, 4, "DURATION", "P1Y"), timex(tokens, 7, 8, "DATE", "2022-02-17"),
                timex(tokens, 10, 13, "DURATION", "PT1H"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("half a year", "P6M"), tuple("half an hour later", "PT30M"));
    }

    @Test
    void halfACenturyAgoIsTheYearFiftyYearsBack() {
        // SUTime counts the fraction as a whole century: 1922-02-17
        List<Token> tokens = tokens("it/PRP/it ended/VBD/end half/PDT/half a/DT/a century/NN/century ago/RB/ago "
                + "or/CC/or nearly/RB/nearly a/DT/a quarter/NN/quarter of/IN/of a/DT/a century/NN/century "
                + "ago/RB/ago");
        List<Timex> timexes = List.of(timex(tokens, 2, 6, "DATE", "1922-02-17"),
                timex(tokens, 7, 14, "DATE", "1922-02-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("half a century ago", "DATE", "1972"),
                tuple("nearly a quarter of a century ago", "DATE", "1997"));
    }

    @Test
    void aDayThenAnOrdinalAreTwoExpressionsAndAnOrdinalOfNoUnitNoTime() {
        // SUTime reads "Tuesday, the third day" and "This past weekend, the second" as one day each
        List<Token> tokens = tokens("on/IN/on Tuesday/NNP/Tuesday ,/,/, the/DT/the third/JJ/third day/NN/day "
                + "of/IN/of protests/NNS/protest ;/:/; this/DT/this past/JJ/past weekend/NN/weekend ,/,/, the/DT/the "
                + "second/JJ/second -/HYPH/- largest/JJS/large search/NN/search");
        List<Timex> timexes = List.of(timex(tokens, 1, 6, "DATE", "2022-02-17"),
                timex(tokens, 9, 15, "DATE", "2022-02-17TXX:XX"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("Tuesday", "2022-02-17"), tuple("the third day", "2022-02-17"),
                tuple("this past weekend", "2022-W07-WE"));
    }

    @Test
    void aDayOfHistoryNamedByItsWeekdayIsNoTimeButAHolidayIs() {
        List<Token> tokens = tokens("since/IN/since Black/NNP/Black Monday/NNP/Monday and/CC/and Super/NNP/Super "
                + "Tuesday/NNP/Tuesday ,/,/, on/IN/on Black/NNP/Black Friday/NNP/Friday");
        List<Timex> timexes = List.of(timex(tokens, 2, 3, "DATE", "2022-02-14"), timex(tokens, 5, 6, "DATE",
                "2022-02-15"), timex(tokens, 9, 10, "DATE", "2022-02-18"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Black Friday", "2022-11-25"));
    }

    @Test
    void thousandsOfYearsAgoAreAYear() {
        // SUTime keeps the day: 1022-02-17
        List<Token> tokens = tokens("the/DT/the Crusades/NNPS/Crusades 1,000/CD/1,000 years/NNS/year ago/RB/ago");
        List<Timex> timexes = List.of(timex(tokens, 2, 5, "DATE", "1022-02-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("1,000 years ago", "1022"));
    }

    @Test
    void aMonthOrDayOfNoYearInAComposedValueTakesThePublicationsYearForTheTenseToPlace() {
        List<Token> tokens = tokens("in/IN/in the/DT/the last/JJ/last days/NNS/day of/IN/of May/NNP/May");
        List<Timex> timexes = List.of(timex(tokens, 1, 6, "DATE", "PREV_IMMEDIATE P1D INTERSECT XXXX-05"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("the last days of May", "2022-05"));
        List<Token> hours = tokens("in/IN/in the/DT/the early/JJ/early hours/NNS/hour of/IN/of Friday/NNP/Friday "
                + "May/NNP/May 6/CD/6");
        assertThat(apply(hours, List.of(timex(hours, 1, 8, "DATE",
                "2022-02-18-WXX-5 INTERSECT PTXH INTERSECT XXXX-05-06")))).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("the early hours of Friday May 6", "2022-05-06"));
    }

    @Test
    void theNextAndThePastDaysAreSomeDaysNotTomorrowOrYesterday() {
        List<Token> tokens = tokens("the/DT/the next/JJ/next days/NNS/day will/MD/will bring/VB/bring more/JJR/more "
                + "than/IN/than the/DT/the past/JJ/past days/NNS/day");
        List<Timex> timexes = List.of(timex(tokens, 0, 3, "DATE", "2022-02-18"),
                timex(tokens, 7, 10, "DATE", "2022-02-16"));

        assertThat(apply(tokens, timexes)).extracting(Timex::type, Timex::value)
                .containsExactly(tuple("DURATION", "PXD"), tuple("DURATION", "PXD"));
    }

    @Test
    void aSpanBeforeYesterdayIsTheSpanAndTheDayAndALastMinuteChangeNoTime() {
        // SUTime reads "two hours yesterday" as yesterday intersected with two hours
        List<Token> tokens = tokens("they/PRP/they met/VBD/meet for/IN/for two/CD/two hours/NNS/hour "
                + "yesterday/NN/yesterday after/IN/after a/DT/a last/JJ/last minute/NN/minute change/NN/change");
        List<Timex> timexes = List.of(timex(tokens, 3, 6, "DATE", "2022-02-16 INTERSECT PT2H"),
                timex(tokens, 8, 10, "DATE", "2022-02-17T11:59"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("two hours", "DURATION", "PT2H"), tuple("yesterday", "DATE", "2022-02-16"));
        // with a hedge on the span
        List<Token> hedged = tokens("it/PRP/it took/VBD/take about/RB/about two/CD/two hours/NNS/hour "
                + "yesterday/NN/yesterday");
        assertThat(apply(hedged, List.of(timex(hedged, 2, 6, "DATE", "2022-02-16 INTERSECT PT2H"))))
                .extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                        tuple("about two hours", "DURATION", "PT2H"), tuple("yesterday", "DATE", "2022-02-16"));
    }

    @Test
    void theVeryLastMinuteIsNoTimeAndAConjunctionAfterLastMonthLeavesIt() {
        List<Token> tokens = tokens("at/IN/at the/DT/the very/RB/very last/JJ/last minute/NN/minute ,/,/, "
                + "began/VBD/begin last/JJ/last month/NN/month before/IN/before spreading/VBG/spread");
        List<Timex> timexes = List.of(timex(tokens, 3, 5, "DATE", "2022-02-17"),
                timex(tokens, 7, 10, "DATE", "2022-01"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("last month");
    }

    @Test
    void aTimeOfYearIsNoSpan() {
        List<Token> tokens = tokens("the/DT/the best/JJS/good time/NN/time of/IN/of year/NN/year for/IN/for a/DT/a "
                + "year/NN/year");
        List<Timex> timexes = List.of(timex(tokens, 4, 5, "DURATION", "P1Y"), timex(tokens, 6, 8, "DURATION", "P1Y"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("a year");
    }

    @Test
    void twoYearsWrittenShortAreASpanAndTheVerbLastBeforeAHedgeIsLeftOut() {
        List<Token> tokens = tokens("the/DT/the recession/NN/recession in/IN/in 2007/CD/2007 -/HYPH/- 09/CD/09 ,/,/, "
                + "which/WDT/which could/MD/could last/VB/last up/RB/up to/TO/to 48/CD/48 hours/NNS/hour");
        List<Timex> timexes = List.of(timex(tokens, 3, 6, "DATE", "2007-09"),
                timex(tokens, 9, 14, "DATE", "2022-02-15/2022-02-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("2007 - 09", "DURATION", "P2Y"), tuple("up to 48 hours", "DURATION", "PT48H"));
    }

    @Test
    void aDateAndAnOffsetAfterACommaAreApart() {
        List<Token> tokens = tokens("arrives/VBZ/arrive on/IN/on November/NNP/November 11/CD/11 ,/,/, three/CD/three "
                + "days/NNS/day later/RB/later than/IN/than planned/VBN/plan");
        List<Timex> timexes = List.of(timex(tokens, 2, 8, "DATE", "2022-11-14"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("November 11", "DATE", "2022-11-11"), tuple("three days later", "DURATION", "P3D"));
    }

    @Test
    void theOtherDayIsSomeRecentDay() {
        List<Token> tokens = tokens("just/RB/just the/DT/the other/JJ/other day/NN/day");
        List<Timex> timexes = List.of(timex(tokens, 1, 4, "DATE", "2022-02-17"));

        assertThat(apply(tokens, timexes)).extracting(Timex::value).containsExactly("PAST_REF");
    }

    @Test
    void theSecondNumberOfTwoResolutionsIsNoYearEither() {
        List<Token> tokens = tokens("resolutions/NNS/resolution 1970/CD/1970 and/CC/and 1973/CD/1973 ,/,/, "
                + "troops/NNS/troop will/MD/will start/VB/start in/IN/in May/NNP/May");
        List<Timex> timexes = List.of(timex(tokens, 1, 2, "DATE", "1970"), timex(tokens, 3, 4, "DATE", "1973"),
                timex(tokens, 7, 10, "DATE", "2022-05"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("May");
    }

    @Test
    void theFirstOrLastDayOfAMonthIsThatDay() {
        // published in February 2022: the nearest March is this year's, the nearest December last year's
        List<Token> tokens = tokens("on/IN/on the/DT/the last/JJ/last day/NN/day of/IN/of March/NNP/March and/CC/and "
                + "the/DT/the first/JJ/first day/NN/day of/IN/of December/NNP/December");
        List<Timex> timexes = List.of(timex(tokens, 1, 6, "DATE", "XXXX-03"),
                timex(tokens, 7, 12, "DATE", "2022-12"));

        assertThat(apply(tokens, timexes)).extracting(Timex::value).containsExactly("2022-03-31", "2021-12-01");
    }

    @Test
    void anOrdinalSecondTheVerbMarAndBeforeAfterThisWeekendAreNoPartOfATime() {
        List<Token> tokens = tokens("the/DT/the recent/JJ/recent second/JJ/second world/NN/world war/NN/war "
                + "movies/NNS/movie will/MD/will mar/VB/mar this/DT/this weekend/NN/weekend before/IN/before "
                + "the/DT/the vote/NN/vote");
        List<Timex> timexes = List.of(timex(tokens, 0, 3, "DATE", "2022-02-17"), timex(tokens, 7, 8, "DATE", "2022-03"),
                timex(tokens, 8, 11, "DATE", "2022-W07-WE"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("this weekend");
    }

    @Test
    void aWeekdayOrAPartOfTheDayInTheNameOfANewspaperIsNoTime() {
        List<Token> tokens = tokens("he/PRP/he told/VBD/tell the/DT/the Sunday/NNP/Sunday Times/NNP/Times ,/,/, "
                + "the/DT/the Mail/NNP/Mail on/IN/on Sunday/NNP/Sunday ,/,/, The/DT/the Sun/NNP/Sun and/CC/and "
                + "the/DT/the South/NNP/South China/NNP/China Morning/NNP/Morning Post/NNP/Post on/IN/on "
                + "Sunday/NNP/Sunday");
        List<Timex> timexes = List.of(timex(tokens, 3, 4, "DATE", "2022-02-20"), timex(tokens, 9, 10, "DATE",
                "2022-02-13"), timex(tokens, 12, 13, "DATE", "2022-02-20"), timex(tokens, 17, 18, "TIME",
                "2022-02-17TMO"), timex(tokens, 20, 21, "DATE", "2022-02-13"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Sunday", "2022-02-13"));
    }

    @Test
    void theEleventhHourAWarNamedByItsLengthAndAFallWithAnArticleAreNoTimes() {
        List<Token> tokens = tokens("at/IN/at the/DT/the eleventh/JJ/eleventh hour/NN/hour ,/,/, the/DT/the "
                + "Thirty/CD/thirty Years/NNS/year war/NN/war and/CC/and a/DT/a late/JJ/late fall/NN/fall on/IN/on "
                + "Wall/NNP/Wall Street/NNP/Street last/JJ/last fall/NN/fall");
        List<Timex> timexes = List.of(timex(tokens, 1, 4, "DATE", "2022-02-17"), timex(tokens, 5, 8, "DURATION",
                "P30Y"), timex(tokens, 11, 13, "DATE", "2022-FA"), timex(tokens, 16, 18, "DATE", "2021-FA"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("last fall", "2021-FA"));
        List<Token> digits = tokens("another/DT/another 11th/JJ/11th hour/NN/hour regulation/NN/regulation");
        assertThat(apply(digits, List.of(timex(digits, 1, 3, "DATE", "2022-02-17")))).isEmpty();
    }

    @Test
    void aDayOrACountOfDaysJoinedToAYearIsTheSpanAndTheYear() {
        List<Token> tokens = tokens("the/DT/the busiest/JJS/busy day/NN/day of/IN/of the/DT/the year/NN/year ,/,/, "
                + "200/CD/200 days/NNS/day in/IN/in 2010/CD/2010 and/CC/and days/NNS/day of/IN/of the/DT/the "
                + "year/NN/year");
        List<Timex> timexes = List.of(timex(tokens, 2, 6, "DATE", "2022 INTERSECT P1D"),
                timex(tokens, 7, 11, "DATE", "2010 INTERSECT P200D"),
                timex(tokens, 12, 16, "DATE", "2022 INTERSECT P1D"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("day", "DURATION", "P1D"), tuple("the year", "DATE", "2022"),
                tuple("200 days", "DURATION", "P200D"), tuple("2010", "DATE", "2010"),
                tuple("the year", "DATE", "2022"));
    }

    @Test
    void aYearNamedForWhatItHonoursIsNoTime() {
        List<Token> tokens = tokens("in/IN/in the/DT/the Year/NN/year of/IN/of the/DT/the Woman/NN/woman ,/,/, "
                + "the/DT/the International/NNP/International Year/NNP/Year of/IN/of Water/NNP/Water and/CC/and "
                + "the/DT/the year/NN/year of/IN/of the/DT/the crisis/NN/crisis");
        List<Timex> timexes = List.of(timex(tokens, 2, 3, "DURATION", "P1Y"), timex(tokens, 9, 10, "DURATION", "P1Y"),
                timex(tokens, 13, 15, "DATE", "2022"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("the year", "2022"));
    }

    @Test
    void afterHoursTradingIsNoSpan() {
        List<Token> tokens = tokens("shares/NNS/share fell/VBD/fall in/IN/in after/IN/after -/HYPH/- hours/NNS/hour "
                + "trading/NN/trading after/IN/after two/CD/two hours/NNS/hour");
        List<Timex> timexes = List.of(timex(tokens, 5, 6, "DURATION", "PTXH"), timex(tokens, 8, 10, "DURATION",
                "PT2H"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("two hours", "PT2H"));
    }

    @Test
    void aPrepositionAfterAMonthOrBeforeLastYearIsNoPartOfIt() {
        List<Token> tokens = tokens("first/RB/first detected/VBN/detect in/IN/in April/NNP/April before/IN/before "
                + "spreading/VBG/spread ,/,/, it/PRP/it did/VBD/do not/RB/not worry/VB/worry about/IN/about "
                + "last/JJ/last year/NN/year or/CC/or about/IN/about Friday/NNP/Friday 's/POS/'s report/NN/report");
        List<Timex> timexes = List.of(timex(tokens, 3, 5, "DATE", "2022-04"), timex(tokens, 11, 14, "DATE", "2021"),
                timex(tokens, 15, 17, "DATE", "2022-02-18"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("April", "2022-04"), tuple("last year", "2021"), tuple("Friday", "2022-02-18"));
    }

    @Test
    void followingWithNoDeterminerIsAPrepositionBeforeADay() {
        List<Token> tokens = tokens("Following/VBG/follow Wednesday/NNP/Wednesday 's/POS/'s sell-off/NN/sell-off ,/,/, "
                + "stocks/NNS/stock fell/VBD/fall ;/:/; the/DT/the talks/NNS/talk resumed/VBD/resume the/DT/the "
                + "following/JJ/following Monday/NNP/Monday");
        List<Timex> timexes = List.of(timex(tokens, 0, 2, "DATE", "2022-02-23"),
                timex(tokens, 11, 14, "DATE", "2022-02-21"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Wednesday", "2022-02-23"), tuple("the following Monday", "2022-02-21"));
    }

    @Test
    void previousDaysAreSomeDaysNotYesterday() {
        List<Token> tokens = tokens("In/IN/in previous/JJ/previous days/NNS/day ,/,/, planes/NNS/plane had/VBD/have "
                + "hit/VBN/hit targets/NNS/target following/VBG/follow weeks/NNS/week of/IN/of violence/NN/violence "
                + "as/IN/as in/IN/in previous/JJ/previous weeks/NNS/week and/CC/and the/DT/the last/JJ/last "
                + "weeks/NNS/week ,/,/, not/RB/not last/JJ/last weeks/NNS/week announcement/NN/announcement");
        List<Timex> timexes = List.of(timex(tokens, 1, 3, "DATE", "2022-02-16"),
                timex(tokens, 8, 10, "DATE", "2022-W08"), timex(tokens, 14, 16, "DATE", "2022-W06"),
                timex(tokens, 17, 20, "DATE", "2022-W06"), timex(tokens, 22, 24, "DATE", "2022-W06"));

        assertThat(apply(tokens, timexes)).extracting(Timex::type, Timex::value).containsExactly(
                tuple("DURATION", "PXD"), tuple("DURATION", "PXW"), tuple("DURATION", "PXW"),
                tuple("DURATION", "PXW"), tuple("DATE", "2022-W06"));
    }

    @Test
    void acronymsNicknamesAndNamesAreNoMonthsOrDays() {
        List<Token> tokens = tokens("the/DT/the Committee/NNP/Committee (/-LRB-/( DEC/NNP/DEC )/-RRB-/) ,/,/, "
                + "``/``/`` Mo/NNP/Mo ''/''/'' ,/,/, the/DT/the Millennium/NNP/Millennium Stadium/NNP/Stadium "
                + "and/CC/and Perfect/NNP/Perfect Day/NNP/Day by/IN/by DEC/NNP/DEC 12/CD/12");
        List<Timex> timexes = List.of(timex(tokens, 3, 4, "DATE", "2021-12"), timex(tokens, 7, 8, "DURATION",
                "P1M"), timex(tokens, 11, 12, "DURATION", "P1000Y"), timex(tokens, 15, 16, "DURATION", "P1D"),
                timex(tokens, 17, 19, "DATE", "2021-12-12"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("DEC 12");
    }

    @Test
    void aDayBeforeAfterOrOnIsASpanNotASet() {
        List<Token> tokens = tokens("4:37/CD/4:37 PM/NN/pm A/DT/a day/NN/day after/IN/after scientists/NNS/scientist "
                + "reported/VBD/report ,/,/, 5,000/CD/5,000 barrels/NNS/barrel a/DT/a day/NN/day");
        List<Timex> timexes = List.of(timex(tokens, 2, 4, "DURATION", "P1D"),
                timex(tokens, 10, 12, "DURATION", "P1D"));

        assertThat(apply(tokens, timexes)).extracting(Timex::type).containsExactly("DURATION", "SET");
    }

    @Test
    void theFallOfANamedPowerIsADownfall() {
        List<Token> tokens = tokens("since/IN/since the/DT/the fall/NN/fall of/IN/of the/DT/the Soviet/NNP/Soviet "
                + "Union/NNP/Union and/CC/and in/IN/in the/DT/the fall/NN/fall of/IN/of 2008/CD/2008");
        List<Timex> timexes = List.of(timex(tokens, 2, 3, "DATE", "2021-FA"), timex(tokens, 9, 13, "DATE", "2008-FA"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("the fall of 2008", "2008-FA"));
    }

    @Test
    void someonesLastDayIsAnOccasionAndTheEveningGazetteANewspaper() {
        List<Token> tokens = tokens("her/PRP$/her last/JJ/last day/NN/day on/IN/on the/DT/the streets/NNS/street "
                + "in/IN/in the/DT/the Evening/NNP/Evening Gazette/NNP/Gazette on/IN/on the/DT/the last/JJ/last "
                + "day/NN/day of/IN/of May/NNP/May");
        List<Timex> timexes = List.of(timex(tokens, 1, 3, "DATE", "2022-02-16"),
                timex(tokens, 8, 9, "TIME", "2022-02-17TEV"), timex(tokens, 11, 16, "DATE", "2022-05"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("the last day of May");
        List<Token> met = tokens("friends/NNS/friend met/VBD/meet her/PRP$/she last/JJ/last day/NN/day");
        assertThat(apply(met, List.of(timex(met, 3, 5, "DATE", "2022-02-16")))).extracting(Timex::text)
                .containsExactly("last day");
    }

    @Test
    void weddingAndSittingInTheSunAreNoDays() {
        List<Token> tokens = tokens("couples/NNS/couple eager/JJ/eager to/TO/to wed/VB/wed ,/,/, he/PRP/he "
                + "sat/VBD/sit in/IN/in the/DT/the sun/NN/sun on/IN/on Sat/NNP/Sat");
        List<Timex> timexes = List.of(timex(tokens, 3, 4, "DATE", "2022-02-16"), timex(tokens, 6, 7, "DATE",
                "2022-02-19"), timex(tokens, 9, 10, "DATE", "2022-02-20"), timex(tokens, 11, 12, "DATE", "2022-02-19"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("Sat");
    }

    @Test
    void theArabSpringInLowerCaseIsAMovement() {
        List<Token> tokens = tokens("since/IN/since the/DT/the start/NN/start of/IN/of the/DT/the Arab/JJ/Arab "
                + "spring/NN/spring and/CC/and last/JJ/last spring/NN/spring");
        List<Timex> timexes = List.of(timex(tokens, 6, 7, "DATE", "2021-SP"), timex(tokens, 8, 10, "DATE", "2021-SP"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("last spring");
        // a nationality before it, without the article: "Arab spring has allowed"
        List<Token> bare = new ArrayList<>(tokens("Arab/JJ/Arab spring/NN/spring has/VBZ/have allowed/VBN/allow"));
        Token arab = bare.get(0);
        bare.set(0, new Token(0, arab.text(), arab.lemma(), arab.pos(), "MISC", arab.charStart(), arab.charEnd()));
        assertThat(apply(bare, List.of(timex(bare, 1, 2, "DATE", "2021-SP")))).isEmpty();
        List<Token> last = tokens("Last/JJ/last spring/NN/spring was/VBD/be cold/JJ/cold");
        assertThat(apply(last, List.of(timex(last, 0, 2, "DATE", "2021-SP")))).extracting(Timex::text)
                .containsExactly("Last spring");
    }

    @Test
    void aRangeOfNumbersBeforeADayIsNoClockTime() {
        List<Token> tokens = tokens("cases/NNS/case rose/VBD/rise from/IN/from two/CD/two to/TO/to 10/CD/10 on/IN/on "
                + "Wednesday/NNP/Wednesday");
        List<Timex> timexes = List.of(timex(tokens, 3, 8, "TIME", "2022-02-16T09:58"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("Wednesday", "DATE", "2022-02-16"));
    }

    @Test
    void twoOrdinalPeriodsAreTwoExpressions() {
        List<Token> tokens = tokens("in/IN/in the/DT/the second/JJ/second and/CC/and fourth/JJ/fourth "
                + "quarters/NNS/quarter ,/,/, the/DT/the third/JJ/third and/CC/and fourth/JJ/fourth "
                + "quarters/NNS/quarter of/IN/of 2020/CD/2020 and/CC/and the/DT/the first/JJ/first and/CC/and "
                + "second/JJ/second halves/NNS/half of/IN/of next/JJ/next year/NN/year");
        List<Timex> timexes = List.of(timex(tokens, 1, 6, "DATE", "2023-08"), timex(tokens, 9, 14, "DATE", "2020-10"),
                timex(tokens, 16, 23, "DATE", "2023-06"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                tuple("second", "2022-Q2", "split"),
                tuple("fourth quarters", "2022-Q4", "split"),
                tuple("third", "2020-Q3", "period:of-year"),
                tuple("fourth quarters of 2020", "2020-Q4", "period:of-year"),
                tuple("first", "2023-H1", "period:of-year"),
                tuple("second halves of next year", "2023-H2", "period:of-year"));
    }

    @Test
    void aDecadeOfNoCenturyIsAnAge() {
        List<Token> tokens = tokens("I/PRP/I am/VBP/be in/IN/in my/PRP$/my early/JJ/early forties/NNS/forties");
        List<Timex> timexes = List.of(timex(tokens, 5, 6, "SET", "XX4X"));

        assertThat(apply(tokens, timexes)).isEmpty();
    }

    @Test
    void theVerbSpringIsNoSeason() {
        List<Token> tokens = tokens("rights/NNS/right spring/NN/spring from/IN/from aspirations/NNS/aspiration "
                + "and/CC/and a/DT/a crisis/NN/crisis to/IN/to spring/NN/spring upon/IN/upon us/PRP/we in/IN/in "
                + "spring/NN/spring");
        List<Timex> timexes = List.of(timex(tokens, 1, 2, "DATE", "2022-SP"), timex(tokens, 8, 9, "DATE", "2022-SP"),
                timex(tokens, 12, 13, "DATE", "2022-SP"));

        assertThat(apply(tokens, timexes)).extracting(Timex::tokenStart).containsExactly(12);
    }

    @Test
    void countedQuartersAreQuartersAndTwoQuartersNoShare() {
        List<Token> tokens = tokens("for/IN/for several/JJ/several quarters/NNS/quarter ,/,/, the/DT/the past/JJ/past "
                + "two/CD/two quarters/NNS/quarter ,/,/, two/CD/two quarters/NNS/quarter of/IN/of negative/JJ/negative "
                + "growth/NN/growth ,/,/, paid/VBN/pay quarterly/RB/quarterly and/CC/and three/CD/three "
                + "months/NNS/month");
        List<Timex> timexes = List.of(timex(tokens, 1, 3, "DURATION", "PXM"), timex(tokens, 4, 8, "DURATION", "P6M"),
                timex(tokens, 9, 11, "DURATION", "P6M"), timex(tokens, 16, 17, "SET", "P3M"),
                timex(tokens, 18, 20, "DURATION", "P3M"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("several quarters", "DURATION", "PXQ"),
                tuple("the past two quarters", "DURATION", "P2Q"),
                tuple("two quarters", "DURATION", "P2Q"),
                tuple("quarterly", "SET", "P3M"),
                tuple("three months", "DURATION", "P3M"));
    }

    @Test
    void aDateInAWebAddressIsNoTime() {
        List<Token> tokens = tokens("Mace/NNP/Mace said/VBD/say (/-LRB-/( "
                + "https://www.cnn.com/2022/10/23/politics/x.html/NN/address "
                + ")/-RRB-/) Sunday/NNP/Sunday");
        List<Timex> timexes = List.of(timex(tokens, 3, 4, "DATE", "2022-10-23"), timex(tokens, 5, 6, "DATE",
                "2022-10-23"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("Sunday");
    }

    @Test
    void aNameAfterADayIsNoTime() {
        List<Token> tokens = tokens("support/NN/support for/IN/for the/DT/the Good/NNP/Good Friday/NNP/Friday "
                + "Agreement/NNP/Agreement and/CC/and the/DT/the Tet/NNP/Tet Offensive/NNP/Offensive on/IN/on "
                + "Friday/NNP/Friday");
        List<Timex> timexes = List.of(timex(tokens, 3, 5, "DATE", "2022-04-15"),
                timex(tokens, 8, 9, "DATE", "XXXX-XX-XX"), timex(tokens, 11, 12, "DATE", "2022-02-18"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("Friday");
    }

    @Test
    void aMonthThenTheOrdinalOfADayIsThatDay() {
        // SUTime reads the month alone
        List<Token> tokens = tokens("a/DT/a shot/NN/shot by/IN/by July/NNP/July the/DT/the 4th/JJ/4th and/CC/and "
                + "a/DT/a parade/NN/parade on/IN/on July/NNP/July the/DT/the Fourth/NNP/fourth ,/,/, not/RB/not "
                + "in/IN/in June/NNP/June the/DT/the year/NN/year before/RB/before");
        List<Timex> timexes = List.of(timex(tokens, 3, 4, "DATE", "2022-07"), timex(tokens, 10, 11, "DATE", "2022-07"),
                timex(tokens, 16, 17, "DATE", "2022-06"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("July the 4th", "2022-07-04"), tuple("July the Fourth", "2022-07-04"), tuple("June", "2022-06"));
    }

    @Test
    void aCountAndAHalfAgoIsCountedBackWhole() {
        List<Token> tokens = tokens("a/DT/a year/NN/year -/HYPH/- and/CC/and -/HYPH/- a-half/NN/a-half ago/RB/ago "
                + ",/,/, about/IN/about a/DT/a week/NN/week and/CC/and a/DT/a half/NN/half ago/RB/ago ,/,/, "
                + "two/CD/two and/CC/and a/DT/a half/NN/half weeks/NNS/week ago/RB/ago ,/,/, for/IN/for "
                + "about/IN/about a/DT/a year/NN/year and/CC/and a/DT/a half/NN/half");
        // SUTime: "a year", "about a week", "weeks ago", "about a year"
        List<Timex> timexes = List.of(timex(tokens, 0, 2, "DURATION", "P1Y"), timex(tokens, 8, 11, "DURATION",
                "P1W"), timex(tokens, 20, 22, "DATE", "2022-02-10"), timex(tokens, 24, 27, "DURATION", "P1Y"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("a year - and - a-half ago", "DATE", "2020-08"),
                tuple("about a week and a half ago", "DATE", "2022-W06"),
                tuple("two and a half weeks ago", "DATE", "2022-W05"),
                tuple("about a year and a half", "DURATION", "P1Y6M"));
    }

    @Test
    void theOldDaysAreThePastAndAboutBeforeEarlierIsAPreposition() {
        List<Token> tokens = tokens("back/RB/back to/IN/to the/DT/the old/JJ/old days/NNS/day ,/,/, "
                + "told/VBD/tell you/PRP/you about/IN/about earlier/RBR/earlier this/DT/this month/NN/month");
        List<Timex> timexes = List.of(timex(tokens, 2, 5, "DURATION", "PXD"), timex(tokens, 8, 12, "DATE",
                "2022-02"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("the old days", "DATE", "PAST_REF"), tuple("earlier this month", "DATE", "2022-02"));
    }

    @Test
    void halfAnHourAgoIsTheDayOfWritingAndAHistoricQuarterIsOfATown() {
        List<Token> tokens = tokens("about/IN/about a/DT/a half/NN/half an/DT/a hour/NN/hour ago/RB/ago in/IN/in "
                + "the/DT/the historic/JJ/historic French/JJ/French Quarter/NN/quarter");
        // SUTime counts the half hour from the midnight that opens the day
        List<Timex> timexes = List.of(timex(tokens, 2, 6, "DATE", "2022-02-16"), timex(tokens, 7, 11, "DATE",
                "2022-Q1"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("half an hour ago", "TIME", "2022-02-17"));
    }

    @Test
    void aWeekdayOrADayOfTheMonthInAppositionToItsDayAreThatDay() {
        List<Token> tokens = tokens("on/IN/on Wednesday/NNP/Wednesday ,/,/, yesterday/NN/yesterday ,/,/, "
                + "and/CC/and on/IN/on 11/CD/11 April/NNP/April ,/,/, the/DT/the day/NN/day after/IN/after");
        List<Timex> timexes = List.of(timex(tokens, 1, 4, "DATE", "2022-02-15"), timex(tokens, 7, 12, "DATE",
                "THIS P1D INTERSECT XXXX-04-11"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("Wednesday", "2022-02-16"), tuple("yesterday", "2022-02-16"), tuple("11 April", "2022-04-11"),
                tuple("the day", "2022-04-11"));
    }

    @Test
    void lastWeekdayWithAPartOfTheDayIsTheLatestSuchDay() {
        // on a Thursday: the Wednesday of the day before, not of the week before (SUTime)
        List<Token> tokens = tokens("started/VBD/start last/JJ/last Wednesday/NNP/Wednesday night/NN/night");
        List<Timex> timexes = List.of(timex(tokens, 1, 4, "TIME", "2022-02-09TNI"));

        assertThat(apply(tokens, timexes)).extracting(Timex::value, Timex::rule)
                .containsExactly(tuple("2022-02-16TNI", "weekday:latest"));
    }

    @Test
    void anExpressionAndTheDayOrYearAfterItAreTwo() {
        List<Token> tokens = tokens("profit/NN/profit for/IN/for the/DT/the third/JJ/third quarter/NN/quarter "
                + "yesterday/NN/yesterday ,/,/, jobs/NNS/job lost/VBN/lose every/DT/every month/NN/month this/DT/this "
                + "year/NN/year ,/,/, 13/CD/13 years/NNS/year old/JJ/old today/NN/today");
        List<Timex> timexes = List.of(timex(tokens, 2, 6, "DATE", "2022-Q3 OFFSET P-1D"), timex(tokens, 9, 13,
                "SET", "THIS P1Y INTERSECT P1M"), timex(tokens, 14, 18, "DATE", "2022-02-17 INTERSECT P13Y"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("the third quarter", "DATE", "2022-Q3"), tuple("yesterday", "DATE", "2022-02-16"),
                tuple("every month", "SET", "P1M"), tuple("this year", "DATE", "2022"),
                tuple("13 years old", "DURATION", "P13Y"), tuple("today", "DATE", "2022-02-17"));
    }

    @Test
    void fourDigitsAfterAtAreAClockTimeUnlessANounFollows() {
        List<Token> tokens = tokens("struck/VBD/strike at/IN/at 1653/CD/1653 ,/,/, asleep/JJ/asleep at/IN/at "
                + "about/IN/about 1100/CD/1100 ,/,/, at/IN/at 1990/CD/1990 levels/NNS/level");
        List<Timex> timexes = List.of(timex(tokens, 2, 3, "DATE", "1653"), timex(tokens, 6, 8, "DATE", "1100"),
                timex(tokens, 10, 11, "DATE", "1990"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("1653", "TIME", "2022-02-17T16:53"), tuple("about 1100", "TIME", "2022-02-17T11:00"),
                tuple("1990", "DATE", "1990"));
    }

    @Test
    void aUnitComparedWithItselfIsNoTime() {
        List<Token> tokens = tokens("up/RB/up 5/CD/5 percent/NN/percent year/NN/year -/HYPH/- on/IN/on -/HYPH/- "
                + "year/NN/year ,/,/, up/RB/up month/NN/month over/IN/over month/NN/month ,/,/, for/IN/for "
                + "a/DT/a year/NN/year");
        List<Timex> timexes = List.of(timex(tokens, 3, 4, "DURATION", "P1Y"), timex(tokens, 12, 13, "DURATION",
                "P1M"), timex(tokens, 15, 17, "DURATION", "P1Y"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("a year");
    }

    @Test
    void aRoundYearWithAnApostropheSAfterTheIsItsDecade() {
        // SUTime reads the year alone; a year's possessive without "the" stays the year
        // "the 1800's" is a century, as "the 1800s" is; SUTime misses "mid-1990"
        List<Token> tokens = tokens("prices/NNS/price fell/VBD/fall in/IN/in the/DT/the 1990/CD/1990 's/POS/'s "
                + "and/CC/and the/DT/the late/JJ/late 1960/CD/1960 's/POS/'s ,/,/, not/RB/not 2010/CD/2010 's/POS/'s "
                + "budget/NN/budget ,/,/, in/IN/in the/DT/the 1800/CD/1800 's/POS/'s and/CC/and the/DT/the "
                + "mid-1990/NN/mid-1990 's/POS/'s");
        List<Timex> timexes = List.of(timex(tokens, 4, 5, "DATE", "1990"), timex(tokens, 7, 10, "DATE", "1960"),
                timex(tokens, 13, 14, "DATE", "2010"), timex(tokens, 19, 20, "DATE", "1800"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                tuple("1990 's", "199", "decade"), tuple("the late 1960 's", "196", "decade"),
                tuple("2010", "2010", null), tuple("1800 's", "18", "century"),
                tuple("mid-1990 's", "199", "part-of:mid"));
    }

    @Test
    void theVerbWedBeforeATimeIsNoWeekday() {
        // SUTime read "wed" as the Wednesday of the week named after it
        List<Token> tokens = tokens("the/DT/the deputy/NN/deputy ,/,/, who/WP/who was/VBD/be wed/VBN/wed "
                + "about/RB/about three/CD/three weeks/NNS/week ago/RB/ago ,/,/, and/CC/and they/PRP/they "
                + "were/VBD/be wed/VBN/wed last/JJ/last week/NN/week");
        List<Timex> timexes = List.of(timex(tokens, 5, 10, "DATE", "2022-01-26"),
                timex(tokens, 14, 17, "DATE", "2022-02-09"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("about three weeks ago", "2022-W04"), tuple("last week", "2022-W06"));
    }

    @Test
    void aSeasonInThePluralAndCapitalizedIsAName() {
        List<Token> tokens = tokens("she/PRP/she left/VBD/leave the/DT/the clinic/NN/clinic in/IN/in Palm/NNP/Palm "
                + "Springs/NNP/Springs on/IN/on Monday/NNP/Monday");
        List<Timex> timexes = List.of(timex(tokens, 6, 7, "DATE", "2022-SP"), timex(tokens, 8, 9, "DATE",
                "2022-02-14"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("Monday");
        // whatever SUTime took before it
        List<Token> about = tokens("more/JJR/more about/IN/about Summers/NNP/Summers 's/POS/'s job/NN/job");
        assertThat(apply(about, List.of(timex(about, 1, 3, "DATE", "2022-SU")))).isEmpty();
    }

    @Test
    void aPartOfTheDayBeforeANounIsAKindOfTime() {
        List<Token> tokens = tokens("the/DT/the host/NN/host of/IN/of a/DT/a daytime/JJ/daytime talk/NN/talk "
                + "show/NN/show left/VBD/leave in/IN/in the/DT/the daytime/NN/daytime");
        List<Timex> timexes = List.of(timex(tokens, 4, 5, "TIME", "2022-02-17TDT"),
                timex(tokens, 9, 11, "TIME", "2022-02-17TDT"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text).containsExactly("the daytime");
    }

    @Test
    void anOrdinalAYearAndQuarterAreThatQuarter() {
        // SUTime read 2,008 quarters
        List<Token> tokens = tokens("the/DT/the deal/NN/deal closes/VBZ/close by/IN/by its/PRP$/its first/JJ/first "
                + "fiscal/JJ/fiscal 2008/CD/2008 quarter/NN/quarter");
        List<Timex> timexes = List.of(timex(tokens, 7, 9, "DURATION", "P6024M"));

        assertThat(apply(tokens, timexes)).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("first fiscal 2008 quarter", "DATE", "2008-Q1"));
    }

    private static List<Timex> apply(List<Token> tokens, List<Timex> timexes) {
        String text = tokens.stream().map(Token::text).collect(Collectors.joining(" "));
        return ValueRules.apply(text, tokens, timexes, THURSDAY);
    }
}
