package org.storyline.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.storyline.annotate.Parses.dependencies;
import static org.storyline.annotate.Parses.timex;
import static org.storyline.annotate.Parses.tokens;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ParagraphDatesTest {
    /** A Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2022, 1, 21);
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2022, 1, 17);

    /** Published on a Friday; paragraphs separated by blank lines (a day is carried from one to the next). */
    private static final String TEXT = """
            Talks began on Jan. 10 in Geneva. The next day, the delegations met again. Two days later they signed a \
            deal.

            He arrived on Jan. 3 and left the following day. A day earlier he was in Kyiv.

            The next day, he flew home.

            Blinken will visit Ukraine on Wednesday and Germany on Thursday before Friday's meeting in Geneva.

            Blinken will meet Lavrov on Monday. Then, on Wednesday, he flies to Berlin.

            Blinken met Lavrov on Tuesday and will see Scholz on Saturday.
            """;

    @Test
    void annotatedParagraphsAnchorOffsetsAndWeekdaySequences() {
        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(TEXT, FRIDAY);

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream()))
                .extracting(Timex::text, Timex::value, Timex::sourceValue, Timex::rule).containsExactly(
                        tuple("Jan. 10", "2022-01-10", "2022-01-10", null),
                        tuple("The next day", "2022-01-11", "2022-01-22", "anchor:previous-date"),
                        tuple("Two days later", "2022-01-13", "2022-01-23", "anchor:previous-date"),
                        tuple("Jan. 3", "2022-01-03", "2022-01-03", null),
                        tuple("the following day", "2022-01-04", "2022-01-22", "anchor:previous-date"),
                        tuple("A day earlier", "2022-01-02", "2022-01-20", "anchor:previous-date"),
                        tuple("The next day", "2022-01-03", "2022-01-22", "anchor:previous-date"),
                        tuple("Wednesday", "2022-01-19", "2022-01-19", "sequence:weekday"),
                        tuple("Thursday", "2022-01-20", "2022-01-20", "sequence:weekday"),
                        tuple("Friday", "2022-01-21", "2022-01-21", null),
                        tuple("Monday", "2022-01-24", "2022-01-24", null),
                        tuple("Wednesday", "2022-01-26", "2022-01-19", "sequence:weekday"),
                        tuple("Tuesday", "2022-01-18", "2022-01-25", "tense:past"),
                        tuple("Saturday", "2022-01-22", "2022-01-22", null));
        assertThat(sentences).extracting(Sentence::date).containsExactly("2022-01-10", "2022-01-11", "2022-01-13",
                "2022-01-03", "2022-01-02", "2022-01-03", "2022-01-19", "2022-01-24", "2022-01-26", "2022-01-18");
    }

    @Test
    void aDayIsCarriedIntoTheNextParagraphAndAYearOnlyFromAParagraphOfOneSentence() {
        String text = """
                The plant opened in May 1995. The following year, it closed.

                The mill opened in May 1995.

                The following year, it closed.

                The shop opened in 1972. It sold books.

                That same year it burned down.

                The strike began on Jan. 10.

                The next day, talks failed.
                """;

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, FRIDAY);

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("May 1995", "1995-05"), tuple("The following year", "1996"),
                        tuple("May 1995", "1995-05"), tuple("The following year", "1996"),
                        tuple("1972", "1972"), tuple("That same year", "2022"),
                        tuple("Jan. 10", "2022-01-10"), tuple("The next day", "2022-01-11"));
    }

    @Test
    void aStorysYearReachesPastASentenceNamingNoTimeAndStaysWithTheDayItPlaced() {
        String text = "He warned in a document on March 7 2019 that the plan was illegal. The government refused to "
                + "publish it. He gave the cabinet an answer issued on March 17. The March 17 answer is short. Yet the "
                + "following day, March 18, it was called his opinion.";

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, FRIDAY);

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("March 7 2019", "2019-03-07"), tuple("March 17", "2019-03-17"),
                        tuple("March 17", "2019-03-17"), tuple("the following day", "2019-03-18"),
                        tuple("March 18", "2019-03-18"));
    }

    @Test
    void aMonthToldInThePastAfterTheYearOfTheTellingIsOfThatYear() {
        String text = "In 1918, there was a first wave of mild flu in April. It then seemed to disappear during the "
                + "summer but came back severely in August. The horse won the Derby in 2019 and last year's Oaks. "
                + "She won a race in the United States in November.";

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, FRIDAY);

        // a sentence of two years sets none for the next
        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("1918", "1918"), tuple("April", "1918-04"), tuple("summer", "1918-SU"),
                        tuple("August", "1918-08"), tuple("2019", "2019"), tuple("last year", "2021"),
                        tuple("November", "2021-11"));
        // nor for a sentence naming another year itself
        String other = "In 2019, the company was fined for a blast. Inspectors found no fault when they came in "
                + "December and in January this year.";
        assertThat(CoreNlpAnnotator.shared().annotate(other, FRIDAY).stream().flatMap(s -> s.timexes().stream()))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("2019", "2019"),
                        tuple("December", "2021-12"), tuple("January this year", "2022-01"));
        // nor a year counted from now
        String past = "In the past year, agents have worked to divide the groups. When the protests erupted in "
                + "March, the opposition failed to lead.";
        assertThat(CoreNlpAnnotator.shared().annotate(past, LocalDate.of(2022, 6, 29)).stream()
                .flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("the past year", "2021"), tuple("March", "2022-03"));
        // nor a year of a noun
        String noun = "The money included a bonus of $2 million for work in 2019, which the bank paid him in "
                + "December.";
        assertThat(CoreNlpAnnotator.shared().annotate(noun, FRIDAY).stream().flatMap(s -> s.timexes().stream()))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("2019", "2019"),
                        tuple("December", "2021-12"));
    }

    @Test
    void aDayToldInThePastIsNotPlacedAfterThePublication() {
        String text = "The Treasury extends until April 30, 2023, its guarantee on deposits, which was put into place "
                + "on Sept. 19.";

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, FRIDAY);

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("April 30, 2023", "2023-04-30"), tuple("Sept. 19", "2021-09-19"));
    }

    @Test
    void aClockTimeStampedAfterADateAndADashIsOfThatDate() {
        String text = "20 January 2022 - 19:49 Everybody will agree that it is important.";

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, FRIDAY);

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("20 January 2022", "2022-01-20"), tuple("19:49", "2022-01-20T19:49"));
    }

    @Test
    void theSameDayReachesBackPastOneOrTwoSentencesThatNameNoTime() {
        String text = "The man was shot on Jan. 14 at the station. Police said he had jumped the barrier. The same day "
                + "the chief said the shooting was linked. The following day he apologised.\n\nThe shop was searched "
                + "on Jan. 10. Police said it was empty. Officers said it was locked. A guard said it was dark. The "
                + "same day they left.";

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, FRIDAY);

        // three sentences naming no time are too many: the last "same day" keeps the publication's
        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Jan. 14", "2022-01-14"), tuple("The same day", "2022-01-14"),
                        tuple("The following day", "2022-01-15"), tuple("Jan. 10", "2022-01-10"),
                        tuple("The same day", "2022-01-21"));
    }

    @Test
    void thenAfterTheFirstVerbOrdersTheSentencesOwnEventsNotThoseOfThePreviousSentence() {
        String text = "Blinken will meet Lavrov on Monday. He argued that Moscow had promised and then broken a truce "
                + "on Thursday.";

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, FRIDAY);

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Monday", "2022-01-24"), tuple("Thursday", "2022-01-20"));
    }

    @Test
    void yearsLaterCountFromTheYearWrittenWhenTheSentenceDateWouldPutThemAhead() {
        String text = "BELTON, Mo., Jan. 20 -- Battling Bush for the nomination in 2014, the senator lashed out at "
                + "him. Eight years later, the senator is again criticizing his party. The plant opened in April "
                + "1967. Four years later it closed.";

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, FRIDAY);

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream()))
                .filteredOn(t -> t.text().endsWith("later")).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Eight years later", "2022"), tuple("Four years later", "1971"));
    }

    @Test
    void followedByPutsTheWeekdayWrittenSecondAfterTheMainClauseWeekday() {
        List<Token> tokens = tokens("He/PRP/he met/VBD/meet Lavrov/NNP/Lavrov on/IN/on Monday/NNP/Monday ,/,/, "
                + "followed/VBN/follow by/IN/by talks/NNS/talk on/IN/on Wednesday/NNP/Wednesday");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obj(1,2) obl:on(1,4) case(4,3) "
                + "punct(1,5) advcl(1,6) obl:by(6,8) case(8,7) nmod:on(8,10) case(10,9)");
        Timex wednesday = timex(tokens, 10, 11, "DATE", "2022-01-19");
        List<Timex> timexes = List.of(timex(tokens, 4, 5, "DATE", "2022-01-17"),
                new Timex("Wednesday", "DATE", "2022-01-26", "2022-01-19", "tense:future", 10, 11,
                        wednesday.charStart(), wednesday.charEnd()));

        Sentence resolved = resolveAlone(tokens, dependencies, timexes, FRIDAY);

        assertThat(resolved.timexes()).extracting(Timex::value, Timex::sourceValue, Timex::rule).containsExactly(
                tuple("2022-01-17", "2022-01-17", null),
                tuple("2022-01-19", "2022-01-19", "sequence:weekday"));
    }

    @Test
    void beforeThatPutsTheWeekdayWrittenSecondFirst() {
        List<Token> tokens = tokens("He/PRP/he will/MD/will meet/VB/meet Lavrov/NNP/Lavrov on/IN/on Friday/NNP/Friday "
                + "and/CC/and before/IN/before that/DT/that visit/VB/visit Kyiv/NNP/Kyiv on/IN/on "
                + "Wednesday/NNP/Wednesday");
        List<Dependency> dependencies = dependencies("root(-1,2) nsubj(2,0) aux(2,1) obj(2,3) obl:on(2,5) case(5,4) "
                + "cc(9,6) conj:and(2,9) obl:before(9,8) case(8,7) obj(9,10) obl:on(9,12) case(12,11)");
        List<Timex> timexes = List.of(timex(tokens, 5, 6, "DATE", "2022-01-21"),
                timex(tokens, 12, 13, "DATE", "2022-01-26"));

        Sentence resolved = resolveAlone(tokens, dependencies, timexes, MONDAY);

        assertThat(resolved.timexes()).extracting(Timex::value, Timex::rule).containsExactly(
                tuple("2022-01-21", null), tuple("2022-01-19", "sequence:weekday"));
        assertThat(resolved.date()).isEqualTo("2022-01-21");
    }

    @Test
    void weekdaysWithoutWordsOrderingThemAreLeftAlone() {
        List<Token> tokens = tokens("He/PRP/he left/VBD/leave on/IN/on Tuesday/NNP/Tuesday and/CC/and will/MD/will "
                + "return/VB/return on/IN/on Monday/NNP/Monday");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:on(1,3) case(3,2) cc(6,4) aux(6,5) "
                + "conj:and(1,6) obl:on(6,8) case(8,7)");
        List<Timex> timexes = List.of(timex(tokens, 3, 4, "DATE", "2022-01-18"),
                timex(tokens, 8, 9, "DATE", "2022-01-24"));

        assertThat(resolveAlone(tokens, dependencies, timexes, FRIDAY).timexes()).isEqualTo(timexes);
    }

    @Test
    void wordsThatDisagreeOnTheOrderChangeNothing() {
        List<Token> tokens = tokens("Talks/NNS/talk on/IN/on Monday/NNP/Monday coming/VBG/come after/IN/after "
                + "calls/NNS/call and/CC/and before/IN/before visits/NNS/visit on/IN/on Thursday/NNP/Thursday");
        List<Dependency> dependencies = dependencies("root(-1,0) nmod:on(0,2) case(2,1) acl(0,3) obl:after(3,5) "
                + "case(5,4) cc(8,6) obl:before(3,8) case(8,7) nmod:on(8,10) case(10,9)");
        List<Timex> timexes = List.of(timex(tokens, 2, 3, "DATE", "2022-01-17"),
                timex(tokens, 10, 11, "DATE", "2022-01-13"));

        assertThat(resolveAlone(tokens, dependencies, timexes, FRIDAY).timexes()).isEqualTo(timexes);
    }

    @Test
    void aWordAfterAVerbOfItsOwnOrdersThatVerbsEventNotTheDayBefore() {
        // "after" orders the fall after the reopening, not Friday after Tuesday
        List<Token> tokens = tokens("Shares/NNS/share closed/VBD/close on/IN/on Friday/NNP/Friday but/CC/but "
                + "fell/VBD/fall after/IN/after markets/NNS/market reopened/VBD/reopen on/IN/on Tuesday/NNP/Tuesday");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:on(1,3) case(3,2) cc(5,4) "
                + "conj:but(1,5) mark(8,6) nsubj(8,7) advcl:after(5,8) obl:on(8,10) case(10,9)");
        List<Timex> timexes = List.of(timex(tokens, 3, 4, "DATE", "2022-01-14"),
                timex(tokens, 10, 11, "DATE", "2022-01-18"));

        assertThat(resolveAlone(tokens, dependencies, timexes, FRIDAY).timexes()).isEqualTo(timexes);
    }

    @Test
    void dayOffsetCountsFromTheDayBeforeItUnlessItNamesItsOwnAnchor() {
        List<Token> tokens = tokens("Polls/NNS/poll closed/VBD/close on/IN/on Jan./NNP/Jan. 9/CD/9 ,/,/, "
                + "the/DT/the day/NN/day before/IN/before the/DT/the holiday/NN/holiday ,/,/, and/CC/and "
                + "results/NNS/result came/VBD/come the/DT/the day/NN/day after/RB/after");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:on(1,3) case(3,2) nummod(3,4) "
                + "punct(3,5) appos(3,7) det(7,6) nmod:before(7,10) case(10,8) det(10,9) punct(1,11) cc(14,12) "
                + "conj:and(1,14) nsubj(14,13) obl:tmod(14,16) det(16,15) advmod(16,17)");
        List<Timex> timexes = List.of(timex(tokens, 3, 5, "DATE", "2022-01-09"),
                timex(tokens, 6, 9, "DATE", "2022-01-20"), timex(tokens, 15, 18, "DATE", "2022-01-22"));

        Sentence resolved = resolveAlone(tokens, dependencies, timexes, FRIDAY);

        assertThat(resolved.timexes()).extracting(Timex::text, Timex::value, Timex::sourceValue, Timex::rule)
                .containsExactly(tuple("Jan. 9", "2022-01-09", "2022-01-09", null),
                        tuple("the day before", "2022-01-20", "2022-01-20", null),
                        tuple("the day after", "2022-01-10", "2022-01-22", "anchor:previous-date"));
    }

    @Test
    void aDirectionClosingThePhraseJoinsTheDaySutimeKeptAlone() {
        List<Token> tokens = tokens("It/PRP/it comes/VBZ/come out/RP/out on/IN/on Jan./NNP/Jan. 9/CD/9 and/CC/and "
                + "on/IN/on CD/NN/cd the/DT/the day/NN/day after/RB/after ././.");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) compound:prt(1,2) obl:on(1,4) case(4,3) "
                + "nummod(4,5) cc(8,6) case(8,7) conj:and(4,8) obl:tmod(1,10) det(10,9) advmod(10,11) punct(1,12)");
        List<Timex> timexes = List.of(timex(tokens, 4, 6, "DATE", "2022-01-09"),
                timex(tokens, 9, 11, "DATE", "2022-01-21"));

        assertThat(resolveAlone(tokens, dependencies, timexes, FRIDAY).timexes())
                .extracting(Timex::text, Timex::value, Timex::rule)
                .containsExactly(tuple("Jan. 9", "2022-01-09", null),
                        tuple("the day after", "2022-01-10", "anchor:previous-date"));
    }

    @Test
    void dayOffsetWithoutAnAnchorKeepsSutimeValue() {
        List<Token> tokens = tokens("The/DT/the next/JJ/next day/NN/day ,/,/, talks/NNS/talk resumed/VBD/resume");
        List<Dependency> dependencies = dependencies(
                "root(-1,5) det(2,0) amod(2,1) obl:tmod(5,2) punct(5,3) nsubj(5,4)");
        List<Timex> timexes = List.of(timex(tokens, 0, 3, "DATE", "2022-01-22"));

        assertThat(resolveAlone(tokens, dependencies, timexes, FRIDAY).timexes()).isEqualTo(timexes);
    }

    @Test
    void theSameDayAndTheEntireYearNameTheDayAndYearJustWritten() {
        List<Token> tokens = tokens("Shares/NNS/share rose/VBD/rise on/IN/on Tuesday/NNP/Tuesday before/IN/before "
                + "falling/VBG/fall later/RB/late in/IN/in the/DT/the day/NN/day ,/,/, after/IN/after a/DT/a "
                + "loss/NN/loss in/IN/in 2005/CD/2005 and/CC/and for/IN/for the/DT/the entire/JJ/entire year/NN/year");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:on(1,3) case(3,2) advcl(1,5) "
                + "mark(5,4) advmod(5,6) obl:in(5,9) case(9,7) det(9,8) punct(1,10) obl:after(1,13) case(13,11) "
                + "det(13,12) nmod:in(13,15) case(15,14) cc(20,16) conj(13,20) case(20,17) det(20,18) amod(20,19)");
        List<Timex> timexes = List.of(timex(tokens, 3, 4, "DATE", "2022-01-18"),
                timex(tokens, 8, 10, "DATE", "2022-01-21"), timex(tokens, 15, 16, "DATE", "2005"),
                timex(tokens, 18, 21, "DATE", "2022"));

        Sentence resolved = resolveAlone(tokens, dependencies, timexes, FRIDAY);

        assertThat(resolved.timexes()).extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                tuple("Tuesday", "2022-01-18", null),
                tuple("the day", "2022-01-18", "anchor:same"),
                tuple("2005", "2005", null),
                tuple("the entire year", "2005", "anchor:same"));
    }

    @Test
    void theSameDayWithoutADayWrittenBeforeKeepsSutimeValue() {
        List<Token> tokens = tokens("The/DT/the same/JJ/same day/NN/day ,/,/, prices/NNS/price fell/VBD/fall");
        List<Dependency> dependencies = dependencies(
                "root(-1,5) det(2,0) amod(2,1) obl:tmod(5,2) punct(5,3) nsubj(5,4)");
        List<Timex> timexes = List.of(timex(tokens, 0, 3, "DATE", "2022-01-21"));

        assertThat(resolveAlone(tokens, dependencies, timexes, FRIDAY).timexes()).isEqualTo(timexes);
    }

    @Test
    void thatYearAndThatDayWhereSutimeTookTheUnitAloneAreWidenedAndAnchored() {
        List<Token> tokens = tokens("He/PRP/he fled/VBD/flee in/IN/in June/NNP/June 1998/CD/1998 and/CC/and "
                + "returned/VBD/return later/RB/late that/DT/that year/NN/year");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:in(1,3) case(3,2) nummod(3,4) "
                + "cc(6,5) conj:and(1,6) advmod(6,7) obl:tmod(6,9) det(9,8)");
        List<Timex> timexes = List.of(timex(tokens, 3, 5, "DATE", "1998-06"), timex(tokens, 9, 10, "DURATION", "P1Y"));
        List<Token> alone = tokens("It/PRP/it lasted/VBD/last a/DT/a day/NN/day");
        List<Timex> unanchored = List.of(timex(alone, 3, 4, "DURATION", "P1D"));

        Sentence resolved = resolveAlone(tokens, dependencies, timexes, FRIDAY);

        assertThat(resolved.timexes()).extracting(Timex::text, Timex::type, Timex::value, Timex::rule)
                .containsExactly(tuple("June 1998", "DATE", "1998-06", null),
                        tuple("that year", "DATE", "1998", "anchor:same"));
        assertThat(resolved.timexes().get(1).tokenStart()).isEqualTo(8);
        assertThat(resolveAlone(alone, dependencies("root(-1,1) nsubj(1,0) obj(1,3) det(3,2)"), unanchored, FRIDAY)
                .timexes()).isEqualTo(unanchored);
    }

    @Test
    void aClockTimeToldInThePastIsOnTheDayJustNamed() {
        List<Token> past = tokens("They/PRP/they met/VBD/meet on/IN/on Tuesday/NNP/Tuesday and/CC/and the/DT/the "
                + "talks/NNS/talk began/VBD/begin at/IN/at 10:30/CD/10:30 a.m./RB/a.m.");
        List<Dependency> pastGraph = dependencies("root(-1,1) nsubj(1,0) obl:on(1,3) case(3,2) cc(7,4) det(6,5) "
                + "nsubj(7,6) conj:and(1,7) obl:at(7,10) case(10,8) nummod(10,9)");
        List<Token> future = tokens("They/PRP/they met/VBD/meet on/IN/on Tuesday/NNP/Tuesday and/CC/and "
                + "will/MD/will speak/VB/speak at/IN/at 10:30/CD/10:30 a.m./RB/a.m.");
        List<Dependency> futureGraph = dependencies("root(-1,1) nsubj(1,0) obl:on(1,3) case(3,2) cc(6,4) aux(6,5) "
                + "nsubj(6,0) conj:and(1,6) obl:at(6,9) case(9,7) nummod(9,8)");

        Sentence resolved = resolveAlone(past, pastGraph, List.of(timex(past, 3, 4, "DATE", "2022-01-18"),
                timex(past, 9, 11, "TIME", "2022-01-21T10:30")), FRIDAY);
        List<Timex> ahead = List.of(timex(future, 3, 4, "DATE", "2022-01-18"),
                timex(future, 8, 10, "TIME", "2022-01-21T10:30"));

        assertThat(resolved.timexes()).extracting(Timex::value, Timex::rule).containsExactly(
                tuple("2022-01-18", null), tuple("2022-01-18T10:30", "anchor:previous-date"));
        assertThat(resolveAlone(future, futureGraph, ahead, FRIDAY).timexes()).isEqualTo(ahead);
        List<Timex> smallHours = List.of(timex(past, 3, 4, "DATE", "2022-01-18"),
                timex(past, 9, 11, "TIME", "2022-01-21T01:30"));
        assertThat(resolveAlone(past, pastGraph, smallHours, FRIDAY).timexes()).isEqualTo(smallHours);
        List<Token> morning = tokens("They/PRP/they met/VBD/meet on/IN/on Tuesday/NNP/Tuesday and/CC/and "
                + "shares/NNS/share rose/VBD/rise in/IN/in morning/NN/morning trading/NN/trading");
        Sentence dayPart = resolveAlone(morning, dependencies("root(-1,1) nsubj(1,0) obl:on(1,3) case(3,2) cc(6,4) "
                + "nsubj(6,5) conj:and(1,6) obl:in(6,9) case(9,7) compound(9,8)"), List.of(
                timex(morning, 3, 4, "DATE", "2022-01-18"), timex(morning, 8, 9, "TIME", "2022-01-21TMO")), FRIDAY);
        assertThat(dayPart.timexes().get(1).value()).isEqualTo("2022-01-18TMO");
        List<Token> local = tokens("It/PRP/it landed/VBD/land on/IN/on Tuesday/NNP/Tuesday at/IN/at 1300/CD/1300 "
                + "local/JJ/local time/NN/time");
        Sentence localTime = resolveAlone(local, dependencies("root(-1,1) nsubj(1,0) obl:on(1,3) case(3,2) "
                + "obl:at(1,7) case(7,4) nummod(7,5) amod(7,6)"), List.of(timex(local, 3, 4, "DATE", "2022-01-18"),
                timex(local, 5, 8, "TIME", "2022-01-21T13:00")), FRIDAY);
        assertThat(localTime.timexes().get(1).value()).isEqualTo("2022-01-18T13:00");
        List<Token> zone = tokens("They/PRP/they met/VBD/meet on/IN/on Tuesday/NNP/Tuesday ,/,/, and/CC/and at/IN/at "
                + "9:08/CD/9:08 p.m./NN/p.m. ET/NNP/ET Friday/NNP/Friday talks/NNS/talk ended/VBD/end");
        Sentence zoned = resolveAlone(zone, dependencies("root(-1,1) nsubj(1,0) obl:on(1,3) case(3,2) punct(1,4) "
                + "cc(13,5) obl:at(13,8) case(8,6) nummod(8,7) compound(10,9) nmod:tmod(8,10) nsubj(13,12) "
                + "conj:and(1,13)"), List.of(timex(zone, 3, 4, "DATE", "2022-01-18"),
                timex(zone, 7, 9, "TIME", "2022-01-21T21:08"), timex(zone, 10, 11, "DATE", "2022-01-21")), FRIDAY);
        assertThat(zoned.timexes().get(1).value()).isEqualTo("2022-01-21T21:08");
        List<Token> until = tokens("Available/JJ/available until/IN/until 12:00/CD/12:00 AM/NN/AM Thu/NNP/Thu ,/,/, "
                + "1/CD/1 Jan/NNP/January 2099/CD/2099");
        Sentence available = resolveAlone(until, dependencies("root(-1,0) obl:until(0,3) case(3,1) nummod(3,2) "
                + "appos(3,6) punct(6,5) nummod(6,7) compound(6,4) nummod(6,8)"), List.of(
                timex(until, 2, 4, "TIME", "2022-01-21T00:00"), timex(until, 6, 9, "DATE", "2099-01-01")), FRIDAY);
        assertThat(available.timexes().get(0).value()).isEqualTo("2099-01-01T00:00");
    }

    @Test
    void aClockTimeIsOnTheDayNamedRightAfterIt() {
        // "(0735 GMT)" is no day of its own; the leaving is in the future, and still on the day written after it
        List<Token> tokens = tokens("The/DT/the blast/NN/blast came/VBD/come at/IN/at 10:35/CD/10:35 a.m./NN/a.m. "
                + "(/-LRB-/( 0735/CD/0735 GMT/NNP/GMT )/-RRB-/) Tuesday/NNP/Tuesday and/CC/and he/PRP/he "
                + "will/MD/will leave/VB/leave at/IN/at 4/CD/4 in/IN/in the/DT/the morning/NN/morning on/IN/on "
                + "Monday/NNP/Monday");
        List<Dependency> graph = dependencies("root(-1,2) det(1,0) nsubj(2,1) obl:at(2,5) case(5,3) nummod(5,4) "
                + "appos(5,8) nummod(8,7) obl:tmod(2,10) cc(14,11) nsubj(14,12) aux(14,13) conj:and(2,14) "
                + "obl:at(14,16) case(16,15) nmod:in(16,19) case(19,17) det(19,18) obl:on(14,21) case(21,20)");
        List<Timex> timexes = List.of(timex(tokens, 4, 6, "TIME", "2022-01-21T10:35"),
                timex(tokens, 7, 9, "TIME", "2022-01-21T07:35Z"), timex(tokens, 10, 11, "DATE", "2022-01-18"),
                timex(tokens, 16, 20, "TIME", "2022-01-21T04:00"), timex(tokens, 21, 22, "DATE", "2022-01-24"));

        assertThat(resolveAlone(tokens, graph, timexes, FRIDAY).timexes()).extracting(Timex::value).containsExactly(
                "2022-01-18T10:35", "2022-01-18T07:35Z", "2022-01-18", "2022-01-24T04:00", "2022-01-24");
    }

    @Test
    void aPartOfTheDayBeforeOrAfterIsCountedFromTheDayJustNamed() {
        List<Token> tokens = tokens("Protests/NNS/protest began/VBD/begin on/IN/on Tuesday/NNP/Tuesday ;/:/; "
                + "the/DT/the night/NN/night before/RB/before ,/,/, police/NNS/police came/VBD/come and/CC/and "
                + "the/DT/the next/JJ/next morning/NN/morning they/PRP/they left/VBD/leave");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:on(1,3) case(3,2) punct(1,4) "
                + "det(6,5) obl:tmod(10,6) advmod(6,7) punct(10,8) nsubj(10,9) parataxis(1,10) cc(17,11) det(14,12) "
                + "amod(14,13) obl:tmod(17,14) nsubj(17,15) conj:and(10,17)");
        List<Timex> timexes = List.of(timex(tokens, 3, 4, "DATE", "2022-01-18"),
                timex(tokens, 6, 8, "TIME", "2022-01-21TNI"), timex(tokens, 12, 15, "TIME", "2022-01-21TMO"));

        Sentence resolved = resolveAlone(tokens, dependencies, timexes, FRIDAY);

        assertThat(resolved.timexes()).extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                tuple("Tuesday", "2022-01-18", null),
                tuple("night before", "2022-01-17TNI", "anchor:previous-date"),
                tuple("the next morning", "2022-01-18TMO", "anchor:previous-date"));
    }

    @Test
    void theFirstDayInAppositionToADayIsThatDay() {
        List<Token> tokens = tokens("Police/NNS/police fired/VBD/fire on/IN/on Monday/NNP/Monday ,/,/, the/DT/the "
                + "first/JJ/first day/NN/day of/IN/of the/DT/the curfew/NN/curfew");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:on(1,3) case(3,2) punct(3,4) "
                + "det(7,5) amod(7,6) appos(3,7) nmod:of(7,10) case(10,8) det(10,9)");

        Sentence sentence = resolveAlone(tokens, dependencies, List.of(timex(tokens, 3, 4, "DATE", "2022-01-17"),
                timex(tokens, 5, 8, "DATE", "XXXX-XX-XX")), FRIDAY);

        assertThat(sentence.timexes()).extracting(Timex::value).containsExactly("2022-01-17", "2022-01-17");
    }

    @Test
    void anOrdinalDayCountedFromTheDayNamedToTheWritingIsTheWriting() {
        // written 2022-01-21: January 1 is the first day, the twenty-first is today
        List<Token> tokens = tokens("the/DT/the Jan./NNP/Jan. 1/CD/1 strike/NN/strike is/VBZ/be now/RB/now in/IN/in "
                + "its/PRP$/its 21st/JJ/21st day/NN/day");
        List<Dependency> dependencies = dependencies("root(-1,9) det(3,0) compound(3,1) nummod(1,2) nsubj(9,3) "
                + "cop(9,4) advmod(9,5) case(9,6) nmod:poss(9,7) amod(9,8)");
        List<Token> fifth = tokens("On/IN/on Jan./NNP/Jan. 14/CD/14 the/DT/the strike/NN/strike entered/VBD/enter "
                + "its/PRP$/its fifth/JJ/fifth day/NN/day");
        List<Dependency> fifthGraph = dependencies("root(-1,5) case(1,0) obl:on(5,1) nummod(1,2) det(4,3) "
                + "nsubj(5,4) nmod:poss(8,6) amod(8,7) obj(5,8)");

        Sentence now = resolveAlone(tokens, dependencies, List.of(timex(tokens, 1, 3, "DATE", "2022-01-01"),
                timex(tokens, 8, 10, "DATE", "2022-02-10")), FRIDAY);
        Sentence then = resolveAlone(fifth, fifthGraph, List.of(timex(fifth, 1, 3, "DATE", "2022-01-14"),
                timex(fifth, 7, 9, "DATE", "2022-01-18")), FRIDAY);

        assertThat(now.timexes()).extracting(Timex::value).containsExactly("2022-01-01", "2022-01-21");
        assertThat(then.timexes()).extracting(Timex::value).containsExactly("2022-01-14", "2022-01-14");
    }

    @Test
    void anOrdinalDayIsTheDayTheSentenceSpeaksOf() {
        List<Token> tokens = tokens("Fighting/NN/fighting went/VBD/go on/RP/on for/IN/for a/DT/a third/JJ/third "
                + "day/NN/day on/IN/on Monday/NNP/Monday and/CC/and stocks/NNS/stock fell/VBD/fall for/IN/for "
                + "a/DT/a second/JJ/second consecutive/JJ/consecutive day/NN/day");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) compound:prt(1,2) obl:for(1,6) case(6,3) "
                + "det(6,4) amod(6,5) obl:on(1,8) case(8,7) cc(11,9) nsubj(11,10) conj:and(1,11) obl:for(11,16) "
                + "case(16,12) det(16,13) amod(16,14) amod(16,15)");
        List<Timex> timexes = List.of(timex(tokens, 5, 7, "DATE", "2022-01-19"),
                timex(tokens, 8, 9, "DATE", "2022-01-17"), timex(tokens, 16, 17, "DURATION", "P1D"));

        Sentence resolved = resolveAlone(tokens, dependencies, timexes, FRIDAY);

        assertThat(resolved.timexes()).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("third day", "DATE", "2022-01-17"), tuple("Monday", "DATE", "2022-01-17"),
                tuple("a second consecutive day", "DATE", "2022-01-17"));
        List<Token> alone = tokens("Stocks/NNS/stock fell/VBD/fall for/IN/for a/DT/a second/JJ/second day/NN/day");
        Sentence unnamed = resolveAlone(alone, dependencies("root(-1,1) nsubj(1,0) obl:for(1,5) case(5,2) det(5,3) "
                + "amod(5,4)"), List.of(timex(alone, 5, 6, "DURATION", "P1D")), FRIDAY);
        assertThat(unnamed.timexes()).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("a second day", "DATE", "2022-01-21"));
    }

    @Test
    void anOrdinalDayReadAsASpanIsADay() {
        List<Token> tokens = tokens("Stocks/NNS/stock rose/VBD/rise on/IN/on Monday/NNP/Monday for/IN/for the/DT/the "
                + "seventh/JJ/seventh straight/JJ/straight day/NN/day");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:on(1,3) case(3,2) obl:for(1,8) "
                + "case(8,4) det(8,5) amod(8,6) amod(8,7)");
        List<Timex> timexes = List.of(timex(tokens, 3, 4, "DATE", "2022-01-17"),
                timex(tokens, 5, 9, "DURATION", "P7D"));

        Sentence resolved = resolveAlone(tokens, dependencies, timexes, FRIDAY);

        assertThat(resolved.timexes()).extracting(Timex::text, Timex::type, Timex::value, Timex::rule)
                .containsExactly(tuple("Monday", "DATE", "2022-01-17", null),
                        tuple("the seventh straight day", "DATE", "2022-01-17", "anchor:same"));
    }

    @Test
    void aSuperlativeDayIsTheDayItsSentenceNames() {
        List<Token> tokens = tokens("On/IN/on Monday/NNP/Monday ,/,/, bombs/NNS/bomb killed/VBD/kill 50/CD/50 "
                + "people/NNS/people ,/,/, the/DT/the deadliest/JJS/deadly day/NN/day in/IN/in months/NNS/month");
        List<Dependency> dependencies = dependencies("root(-1,4) obl:on(4,1) case(1,0) punct(4,2) nsubj(4,3) "
                + "obj(4,6) nummod(6,5) punct(6,7) appos(6,10) det(10,8) amod(10,9) nmod:in(10,12) case(12,11)");
        List<Timex> timexes = List.of(timex(tokens, 1, 2, "DATE", "2022-01-17"),
                timex(tokens, 10, 11, "DURATION", "P1D"), timex(tokens, 12, 13, "DURATION", "PXM"));
        List<Token> alone = tokens("It/PRP/it was/VBD/be Syria/NNP/Syria 's/POS/'s most/RBS/most violent/JJ/violent "
                + "day/NN/day in/IN/in years/NNS/year and/CC/and the/DT/the happiest/JJS/happy day/NN/day of/IN/of "
                + "his/PRP$/his life/NN/life");
        Sentence unnamed = resolveAlone(alone, dependencies("root(-1,6) nsubj(6,0) cop(6,1) nmod:poss(6,2) "
                + "case(2,3) advmod(5,4) amod(6,5) nmod:in(6,8) case(8,7) conj:and(6,12) cc(12,9) det(12,10) "
                + "amod(12,11) nmod:of(12,15) case(15,13) nmod:poss(15,14)"), List.of(timex(alone, 6, 7, "DURATION",
                "P1D"), timex(alone, 8, 9, "DURATION", "PXY"), timex(alone, 12, 13, "DURATION", "P1D")), FRIDAY);

        List<Token> since = tokens("The/DT/the beaches/NNS/beach saw/VBD/see their/PRP$/their worst/JJS/bad "
                + "day/NN/day since/IN/since the/DT/the rig/NN/rig sank/VBD/sink 65/CD/65 days/NNS/day ago/RB/ago");
        Sentence compared = resolveAlone(since, dependencies("root(-1,2) det(1,0) nsubj(2,1) obj(2,5) "
                + "nmod:poss(5,3) amod(5,4) acl:since(5,9) mark(9,6) det(8,7) nsubj(9,8) advmod(9,12) "
                + "obl:npmod(12,11) nummod(11,10)"), List.of(timex(since, 5, 6, "DURATION", "P1D"),
                timex(since, 10, 13, "DATE", "2021-11-17")), FRIDAY);

        Sentence resolved = resolveAlone(tokens, dependencies, timexes, FRIDAY);

        assertThat(resolved.timexes()).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("Monday", "DATE", "2022-01-17"), tuple("the deadliest day", "DATE", "2022-01-17"),
                tuple("months", "DURATION", "PXM"));
        assertThat(compared.timexes()).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("worst day", "DATE", "2022-01-21"), tuple("65 days ago", "DATE", "2021-11-17"));
        assertThat(unnamed.timexes()).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("most violent day", "DATE", "2022-01-21"), tuple("years", "DURATION", "PXY"),
                tuple("day", "DURATION", "P1D"));
    }

    @Test
    void aNeighbouringDayIsTheDateInAppositionToIt() {
        List<Token> tokens = tokens("Yet/CC/yet the/DT/the following/JJ/following day/NN/day ,/,/, March/NNP/March "
                + "18/CD/18 ,/,/, it/PRP/it was/VBD/be described/VBN/describe");
        List<Dependency> dependencies = dependencies("root(-1,10) cc(10,0) det(3,1) amod(3,2) obl:tmod(10,3) "
                + "punct(3,4) appos(3,5) nummod(5,6) punct(3,7) nsubj:pass(10,8) aux:pass(10,9)");
        List<Timex> timexes = List.of(timex(tokens, 1, 4, "DATE", "2022-01-22"),
                timex(tokens, 5, 7, "DATE", "2021-03-18"));

        Sentence resolved = resolveAlone(tokens, dependencies, timexes, FRIDAY);

        assertThat(resolved.timexes()).extracting(Timex::text, Timex::value).containsExactly(
                tuple("the following day", "2021-03-18"), tuple("March 18", "2021-03-18"));
    }

    @Test
    void anotherOrdinalDayIsNoAnchor() {
        List<Token> tokens = tokens("the/DT/the sixth/JJ/sixth day/NN/day of/IN/of protests/NNS/protest "
                + "ended/VBD/end and/CC/and the/DT/the seventh/JJ/seventh day/NN/day began/VBD/begin");
        List<Dependency> dependencies = dependencies("root(-1,5) det(2,0) amod(2,1) nsubj(5,2) nmod:of(2,4) "
                + "case(4,3) cc(10,6) det(9,7) amod(9,8) nsubj(10,9) conj:and(5,10)");
        // SUTime counts each ordinal forward from the publication
        List<Timex> timexes = List.of(timex(tokens, 0, 3, "DATE", "2022-01-26"),
                timex(tokens, 7, 10, "DATE", "2022-01-27"));

        Sentence resolved = resolveAlone(tokens, dependencies, timexes, FRIDAY);

        assertThat(resolved.timexes()).extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                tuple("the sixth day", "2022-01-21", "anchor:same"),
                tuple("the seventh day", "2022-01-21", "anchor:same"));
        // "this" as the article
        // "the last day of" something is the last of its days, not the day before
        List<Token> last = tokens("today/NN/today is/VBZ/be the/DT/the last/JJ/last day/NN/day of/IN/of the/DT/the "
                + "festival/NN/festival");
        List<Dependency> lastGraph = dependencies("root(-1,4) nsubj(4,0) cop(4,1) det(4,2) amod(4,3) nmod:of(4,7) "
                + "case(7,5) det(7,6)");
        assertThat(resolveAlone(last, lastGraph, List.of(timex(last, 0, 1, "DATE", "2022-01-21"),
                timex(last, 2, 5, "DATE", "2022-01-20")), FRIDAY).timexes()).extracting(Timex::value)
                .containsExactly("2022-01-21", "2022-01-21");
        // "this" as the article: the day of writing, whatever other day the sentence names
        List<Token> these = tokens("on/IN/on this/DT/this seventh/JJ/seventh day/NN/day of/IN/of protests/NNS/protest "
                + "the/DT/the crowd/NN/crowd was/VBD/be bigger/JJR/big than/IN/than Saturday/NNP/Saturday 's/POS/'s");
        List<Dependency> theseGraph = dependencies("root(-1,10) obl:on(10,3) case(3,0) det(3,1) amod(3,2) "
                + "nmod:of(3,5) case(5,4) det(7,6) nsubj(10,7) cop(10,9) obl:than(10,12) case(12,11) case(12,13)");
        assertThat(resolveAlone(these, theseGraph, List.of(timex(these, 1, 4, "DATE", "2022-01-27"),
                timex(these, 12, 13, "DATE", "2022-01-15")), FRIDAY).timexes())
                .extracting(Timex::value, Timex::rule).containsExactly(tuple("2022-01-21", "anchor:same"),
                        tuple("2022-01-15", null));
    }

    @Test
    void anOrdinalWeekMonthOrYearIsTheOneTheSentenceSpeaksOf() {
        List<Token> tokens = tokens("Strikes/NNS/strike entered/VBD/enter the/DT/the fourth/JJ/fourth "
                + "month/NN/month on/IN/on Monday/NNP/Monday as/IN/as stocks/NNS/stock rose/VBD/rise for/IN/for "
                + "a/DT/a third/JJ/third straight/JJ/straight week/NN/week");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obj(1,4) det(4,2) amod(4,3) obl:on(1,6) "
                + "case(6,5) mark(9,7) nsubj(9,8) advcl:as(1,9) obl:for(9,14) case(14,10) det(14,11) amod(14,12) "
                + "amod(14,13)");
        // SUTime counts each ordinal forward from the publication
        List<Timex> timexes = List.of(timex(tokens, 2, 5, "DATE", "2022-04"), timex(tokens, 6, 7, "DATE",
                "2022-01-17"), timex(tokens, 11, 15, "DATE", "2022-W05"));

        Sentence resolved = resolveAlone(tokens, dependencies, timexes, FRIDAY);

        assertThat(resolved.timexes()).extracting(Timex::text, Timex::value).containsExactly(
                tuple("the fourth month", "2022-01"), tuple("Monday", "2022-01-17"),
                tuple("a third straight week", "2022-W03"));
    }

    @Test
    void thePreviousWeekIsTheWeekBeforeTheDayJustNamedElseThePublications() {
        List<Token> tokens = tokens("He/PRP/he left/VBD/leave on/IN/on Jan./NNP/January 10/CD/10 ;/:/; "
                + "the/DT/the previous/JJ/previous week/NN/week he/PRP/he had/VBD/have arrived/VBN/arrive");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:on(1,3) case(3,2) nummod(3,4) "
                + "punct(1,5) det(8,6) amod(8,7) obl:tmod(12,8) nsubj(12,9) aux(12,10) parataxis(1,12)");
        List<Token> alone = tokens("The/DT/the previous/JJ/previous week/NN/week ,/,/, he/PRP/he "
                + "had/VBD/have arrived/VBN/arrive");

        Sentence anchored = resolveAlone(tokens, dependencies, List.of(timex(tokens, 3, 5, "DATE", "2022-01-10"),
                timex(tokens, 6, 9, "DATE", "2022-W03")), FRIDAY);
        Sentence unanchored = resolveAlone(alone, dependencies("root(-1,6) det(2,0) amod(2,1) obl:tmod(6,2) "
                + "punct(6,3) nsubj(6,4) aux(6,5)"), List.of(timex(alone, 0, 3, "DATE", "2022-W03")), FRIDAY);

        assertThat(anchored.timexes().get(1).value()).isEqualTo("2022-W01");
        assertThat(unanchored.timexes().get(0).value()).isEqualTo("2022-W02");
    }

    @Test
    void aHedgedCountOfMonthsLaterCountsFromTheMonthJustWritten() {
        List<Token> tokens = tokens("He/PRP/he asked/VBD/ask in/IN/in January/NNP/January and/CC/and heard/VBD/hear "
                + "more/JJR/more than/IN/than two/CD/two months/NNS/month later/RB/later");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:in(1,3) case(3,2) cc(5,4) "
                + "conj:and(1,5) nsubj(5,0) advmod(8,6) fixed(6,7) nummod(9,8) obl:npmod(10,9) advmod(5,10)");

        Sentence resolved = resolveAlone(tokens, dependencies, List.of(timex(tokens, 3, 4, "DATE", "2022-01"),
                timex(tokens, 6, 11, "DATE", "2022-03-21")), FRIDAY);

        assertThat(resolved.timexes()).extracting(Timex::text, Timex::value).containsExactly(
                tuple("January", "2022-01"), tuple("more than two months later", "2022-03"));
    }

    @Test
    void yearsLaterCountFromTheYearJustWrittenAndAreAnUnknownYearWithout() {
        List<Token> tokens = tokens("He/PRP/he refused/VBD/refuse in/IN/in April/NNP/April 1967/CD/1967 and/CC/and "
                + "won/VBD/win four/CD/four years/NNS/year later/RB/later");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:in(1,3) case(3,2) nummod(3,4) "
                + "cc(6,5) conj:and(1,6) nsubj(6,0) obl:npmod(6,9) nummod(8,7) advmod(6,9)");
        List<Token> alone = tokens("Four/CD/four years/NNS/year later/RB/later ,/,/, he/PRP/he won/VBD/win");

        Sentence anchored = resolveAlone(tokens, dependencies, List.of(timex(tokens, 3, 5, "DATE", "1967-04"),
                timex(tokens, 7, 10, "DATE", "2026-01-21")), FRIDAY);
        Sentence unanchored = resolveAlone(alone, dependencies("root(-1,5) nummod(1,0) obl:npmod(2,1) advmod(5,2) "
                + "punct(5,3) nsubj(5,4)"), List.of(timex(alone, 0, 3, "DATE", "2026-01-21")), FRIDAY);

        assertThat(anchored.timexes().get(1).value()).isEqualTo("1971");
        assertThat(unanchored.timexes().get(0).value()).isEqualTo("XXXX");
    }

    @Test
    void decadesLaterCountTenYearsEach() {
        List<Token> tokens = tokens("The/DT/the wall/NN/wall fell/VBD/fall in/IN/in 1989/CD/1989 and/CC/and "
                + "two/CD/two decades/NNS/decade later/RB/later the/DT/the city/NN/city celebrated/VBD/celebrate");
        List<Dependency> dependencies = dependencies("root(-1,2) det(1,0) nsubj(2,1) obl:in(2,4) case(4,3) cc(11,5) "
                + "nummod(7,6) obl:npmod(11,7) advmod(11,8) det(10,9) nsubj(11,10) conj:and(2,11)");

        Sentence sentence = resolveAlone(tokens, dependencies, List.of(timex(tokens, 4, 5, "DATE", "1989"),
                timex(tokens, 6, 9, "DATE", "2042-01-21")), FRIDAY);

        assertThat(sentence.timexes().get(1).value()).isEqualTo("2009");
        List<Token> century = tokens("The/DT/the land/NN/land was/VBD/be taken/VBN/take in/IN/in 1864/CD/1864 "
                + "and/CC/and became/VBD/become a/DT/a park/NN/park a/DT/a century/NN/century later/RB/later");
        Sentence park = resolveAlone(century, dependencies("root(-1,3) det(1,0) nsubj:pass(3,1) aux:pass(3,2) "
                + "obl:in(3,5) case(5,4) cc(7,6) conj:and(3,7) det(9,8) xcomp(7,9) det(11,10) obl:npmod(12,11) "
                + "advmod(7,12)"), List.of(timex(century, 5, 6, "DATE", "1864"),
                timex(century, 10, 13, "DATE", "2122-01-21")), FRIDAY);
        assertThat(park.timexes().get(1).value()).isEqualTo("1964");
    }

    @Test
    void halfACenturyLaterCountsFiftyYearsFromTheYearJustWritten() {
        // SUTime counts "half a century later" as a whole century from the publication
        List<Token> tokens = tokens("The/DT/the strike/NN/strike began/VBD/begin in/IN/in 1984/CD/1984 and/CC/and "
                + "a/DT/a quarter/NN/quarter of/IN/of a/DT/a century/NN/century later/RB/later songs/NNS/song "
                + "recall/VBP/recall it/PRP/it");
        List<Dependency> dependencies = dependencies("root(-1,2) det(1,0) nsubj(2,1) obl:in(2,4) case(4,3) "
                + "cc(13,5) det(7,6) obl:npmod(11,7) case(10,8) det(10,9) nmod:of(7,10) advmod(13,11) nsubj(13,12) "
                + "conj:and(2,13) obj(13,14)");

        Sentence sentence = resolveAlone(tokens, dependencies, List.of(timex(tokens, 4, 5, "DATE", "1984"),
                timex(tokens, 6, 12, "DATE", "2126-01-21")), FRIDAY);

        assertThat(sentence.timexes().get(1).value()).isEqualTo("2009");
    }

    @Test
    void aCoupleOfYearsLaterCountsTwoFromTheYearJustWritten() {
        List<Token> tokens = tokens("They/PRP/they married/VBD/marry in/IN/in 2004/CD/2004 and/CC/and a/DT/a "
                + "couple/NN/couple of/IN/of years/NNS/year later/RB/later divorced/VBD/divorce");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:in(1,3) case(3,2) cc(10,4) "
                + "det(6,5) nmod(8,6) case(6,7) obl:npmod(10,8) advmod(10,9) conj:and(1,10)");

        Sentence sentence = resolveAlone(tokens, dependencies, List.of(timex(tokens, 3, 4, "DATE", "2004"),
                timex(tokens, 5, 10, "DATE", "2028-01-21")), FRIDAY);

        assertThat(sentence.timexes().get(1).value()).isEqualTo("2006");
    }

    @Test
    void theFollowingYearIsAfterTheYearJustWritten() {
        List<Token> tokens = tokens("He/PRP/he was/VBD/be promoted/VBN/promote on/IN/on May/NNP/May 22/CD/22 ,/,/, "
                + "1995/CD/1995 and/CC/and the/DT/the following/JJ/following year/NN/year he/PRP/he left/VBD/leave");
        List<Dependency> dependencies = dependencies("root(-1,2) nsubj:pass(2,0) aux:pass(2,1) obl:on(2,4) case(4,3) "
                + "nummod(4,5) punct(4,6) nummod(4,7) cc(13,8) det(11,9) amod(11,10) obl:tmod(13,11) nsubj(13,12) "
                + "conj:and(2,13)");
        List<Timex> timexes = List.of(timex(tokens, 4, 8, "DATE", "1995-05-22"),
                timex(tokens, 9, 12, "DATE", "2023"));

        Sentence resolved = resolveAlone(tokens, dependencies, timexes, FRIDAY);

        assertThat(resolved.timexes()).extracting(Timex::value, Timex::rule).containsExactly(
                tuple("1995-05-22", null), tuple("1996", "anchor:previous-date"));
    }

    @Test
    void inTheNextYearOfAClauseNotToldInThePastIsTheYearAhead() {
        List<Token> tokens = tokens("It/PRP/it began/VBD/begin in/IN/in 2008/CD/2008 and/CC/and will/MD/will "
                + "end/VB/end in/IN/in the/DT/the next/JJ/next year/NN/year");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:in(1,3) case(3,2) cc(6,4) aux(6,5) "
                + "conj:and(1,6) nsubj(6,0) obl:in(6,10) case(10,7) det(10,8) amod(10,9)");
        List<Token> past = tokens("It/PRP/it began/VBD/begin in/IN/in 2008/CD/2008 and/CC/and ended/VBD/end "
                + "in/IN/in the/DT/the next/JJ/next year/NN/year");
        List<Dependency> pastGraph = dependencies("root(-1,1) nsubj(1,0) obl:in(1,3) case(3,2) cc(5,4) "
                + "conj:and(1,5) nsubj(5,0) obl:in(5,9) case(9,6) det(9,7) amod(9,8)");

        Sentence ahead = resolveAlone(tokens, dependencies, List.of(timex(tokens, 3, 4, "DATE", "2008"),
                timex(tokens, 8, 11, "DATE", "2023")), FRIDAY);
        Sentence following = resolveAlone(past, pastGraph, List.of(timex(past, 3, 4, "DATE", "2008"),
                timex(past, 7, 10, "DATE", "2023")), FRIDAY);

        assertThat(ahead.timexes().get(1).value()).isEqualTo("2023");
        assertThat(following.timexes().get(1).value()).isEqualTo("2009");
    }

    @Test
    void aDayInBracketsAfterAClockTimeOfAnotherZoneIsThatTimesOwn() {
        // Friday 4 a.m. in Tripoli is Thursday 10 p.m. in New York
        List<Token> tokens = tokens("Friday/NNP/Friday 's/POS/'s strike/NN/strike came/VBD/come about/RB/about "
                + "4/CD/4 a.m./NN/a.m. (/-LRB-/( 10/CD/10 p.m./NN/p.m. ET/NNP/ET Thursday/NNP/Thursday )/-RRB-/)");
        List<Dependency> graph = dependencies("root(-1,3) nmod:poss(2,0) case(0,1) nsubj(3,2) obl:tmod(3,6) "
                + "advmod(6,4) nummod(6,5) appos(6,9) nummod(9,8) compound(9,10) obl:tmod(9,11)");
        List<Timex> timexes = List.of(timex(tokens, 0, 1, "DATE", "2022-01-21"),
                timex(tokens, 4, 7, "TIME", "2022-01-21T04:00"), timex(tokens, 8, 10, "TIME", "2022-01-21T22:00"),
                timex(tokens, 11, 12, "DATE", "2022-01-20"));

        assertThat(resolveAlone(tokens, graph, timexes, FRIDAY).timexes()).extracting(Timex::value).containsExactly(
                "2022-01-21", "2022-01-21T04:00", "2022-01-20T22:00", "2022-01-20");
    }

    @Test
    void theDayBeforeWithNoDayBeforeItIsTheDayBeforeThePublication() {
        List<Token> tokens = tokens("The/DT/the bomb/NN/bomb had/VBD/have been/VBN/be planted/VBN/plant the/DT/the "
                + "day/NN/day before/RB/before");
        List<Dependency> dependencies = dependencies(
                "root(-1,4) det(1,0) nsubj:pass(4,1) aux(4,2) aux:pass(4,3) obl:tmod(4,6) det(6,5) advmod(6,7)");

        Sentence resolved = resolveAlone(tokens, dependencies, List.of(timex(tokens, 5, 8, "DATE", "2022-01-21")),
                FRIDAY);

        assertThat(resolved.timexes().get(0).value()).isEqualTo("2022-01-20");
    }

    @Test
    void thatDayWithNoDayBeforeItIsTheDayOfWriting() {
        List<Token> tokens = tokens("Unfortunately/RB/unfortunately ,/,/, that/DT/that day/NN/day has/VBZ/have "
                + "come/VBN/come");
        List<Dependency> dependencies = dependencies("root(-1,5) advmod(5,0) punct(5,1) det(3,2) nsubj(5,3) aux(5,4)");

        Sentence resolved = resolveAlone(tokens, dependencies, List.of(timex(tokens, 3, 4, "DURATION", "P1D")),
                FRIDAY);

        assertThat(resolved.timexes()).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("that day", "DATE", "2022-01-21"));
    }

    @Test
    void aDayWithoutItsYearAfterADayOfAnotherYearIsInThatYearWhenToldInThePast() {
        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate("""
                Lord Goldsmith warned Tony Blair in a document on March 7 2003 that the use of force could be illegal.
                The government has refused to publish the March 7 document.
                The attorney general answered a question on March 17.

                The inquiry will report on March 1.

                On Dec. 30, 2004, the memo leaked. On January 3 the minister resigned.
                """, LocalDate.of(2005, 2, 23));

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream()))
                .extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                        tuple("March 7 2003", "2003-03-07", null),
                        tuple("March 7", "2003-03-07", "anchor:year"),
                        tuple("March 17", "2003-03-17", "anchor:year"),
                        tuple("March 1", "2005-03-01", null),
                        tuple("Dec. 30, 2004", "2004-12-30", null),
                        tuple("January 3", "2005-01-03", null));
    }

    @Test
    void aDayWrittenWithItsYearIsThatDayWhenNamedAgainWithoutIt() {
        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate("""
                He paid the families of those who died in the Sept. 11, 2001, attacks.

                His team worked for free with the Sept. 11 and Virginia Tech funds.

                The memorial will open on Sept. 11.
                """, LocalDate.of(2010, 6, 19));

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream()))
                .extracting(Timex::text, Timex::value).containsExactly(
                        tuple("Sept. 11, 2001", "2001-09-11"),
                        tuple("Sept. 11", "2001-09-11"),
                        tuple("Sept. 11", "2010-09-11"));
    }

    @Test
    void theEndOfASpanFromNowIsNotTheDayWrittenEarlierWithAnotherYear() {
        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate("""
                The bill was introduced on Nov. 4, 1999.

                It is worth keeping in mind while Democrats point fingers between now and Nov. 4.
                """, LocalDate.of(2008, 9, 19));

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream()))
                .extracting(Timex::text, Timex::value).containsExactly(
                        tuple("Nov. 4, 1999", "1999-11-04"),
                        tuple("now", "PRESENT_REF"),
                        tuple("Nov. 4", "2008-11-04"));
    }

    @Test
    void aClockTimeIsNotOnTheDaySomethingHasLastedSince() {
        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate("""
                BP has now lost 44bn of its market value since 20 April, when the rig exploded.
                By 10am the shares had staged a partial recovery.
                The rig exploded on 20 April.
                By 10pm the fire had spread.
                """, LocalDate.of(2010, 6, 1));

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream()).filter(t -> t.type().equals("TIME")))
                .extracting(Timex::text, Timex::value)
                .containsExactly(tuple("10am", "2010-06-01T10:00"), tuple("10pm", "2010-04-20T22:00"));
    }

    @Test
    void aClockTimeOfASentenceThatNamesItsOwnDayLaterIsOnThatDay() {
        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate("""
                Protests began on January 25.
                (Update 9:29 p.m. in Cairo) Hundreds of police officers protested on Sunday.
                Protests began on January 25.
                The Nikkei dropped 10 percent in the morning session on Thursday.
                """, LocalDate.of(2011, 2, 13));

        assertThat(sentences.get(1).timexes()).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("9:29 p.m.", "2011-02-13T21:29"), tuple("Sunday", "2011-02-13"));
        assertThat(sentences.get(3).timexes()).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("morning", "2011-02-10TMO"), tuple("Thursday", "2011-02-10"));
        // not the day of another zone's clock time in brackets
        List<Sentence> storm = CoreNlpAnnotator.shared().annotate("As of 0200 local time (2200 GMT, Friday) the "
                + "center of the depression was lying 125 miles west of Sarasota, the center said.",
                LocalDate.of(2010, 7, 24));
        assertThat(storm.get(0).timexes()).extracting(Timex::value)
                .containsExactly("2010-07-24T02:00", "2010-07-23T22:00Z", "2010-07-23");
    }

    @Test
    void aDistanceFromAnEarlierTimeRightAfterNowIsTheTimeOfWriting() {
        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(
                "Now, almost two decades later, tribal elders may hold the cards.", LocalDate.of(2011, 3, 4));

        assertThat(sentences.get(0).timexes()).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Now", "PRESENT_REF"), tuple("two decades later", "2011"));
    }

    @Test
    void weekdaysOfAListFollowEachOtherButAListMovesNoDayToldAsPastBeyondTheWriting() {
        LocalDate friday = LocalDate.of(2013, 3, 22);
        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate("Obama arrived in Israel on Wednesday, a trip "
                + "that will take him to the West Bank on Thursday and Jordan on Friday.", friday);
        List<Token> tokens = tokens("Protests/NNS/protest took/VBD/take place/NN/place on/IN/on Friday/NNP/Friday "
                + "and/CC/and Saturday/NNP/Saturday ././.");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obj(1,2) obl:on(1,4) obl:on(1,6) "
                + "punct(1,7) case(4,3) conj:and(4,6) cc(6,5)");
        Sentence past = resolveAlone(tokens, dependencies, List.of(timex(tokens, 4, 5, "DATE", "2013-03-22"),
                timex(tokens, 6, 7, "DATE", "2013-03-16")), friday);

        assertThat(sentences).flatExtracting(Sentence::timexes).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Wednesday", "2013-03-20"), tuple("Thursday", "2013-03-21"),
                        tuple("Friday", "2013-03-22"));
        assertThat(past.timexes()).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Friday", "2013-03-22"), tuple("Saturday", "2013-03-16"));
        // no tense: the list's order, though the second day ends up after the writing (a Tuesday)
        List<Token> tent = tokens("a/DT/a tent/NN/tent that/WDT/that was/VBD/be scheduled/VBN/schedule to/TO/to "
                + "shelter/VB/shelter partiers/NNS/partier Friday/NNP/Friday and/CC/and Saturday/NNP/Saturday "
                + "has/VBZ/have collapsed/VBN/collapse");
        List<Dependency> tentGraph = dependencies("root(-1,1) det(1,0) ref(1,2) acl:relcl(1,4) nsubj:pass(4,1) "
                + "aux:pass(4,3) xcomp(4,6) mark(6,5) obj(6,7) obl:tmod(6,8) obl:tmod(6,10) dep(6,12) "
                + "conj:and(8,10) cc(10,9) aux(12,11)");
        Sentence unknown = resolveAlone(tent, tentGraph, List.of(timex(tent, 8, 9, "DATE", "2011-02-04"),
                timex(tent, 10, 11, "DATE", "2011-01-29")), LocalDate.of(2011, 2, 1));
        assertThat(unknown.timexes()).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Friday", "2011-02-04"), tuple("Saturday", "2011-02-05"));
        List<Sentence> update = CoreNlpAnnotator.shared().annotate("(Update 12:05 a.m. Wednesday in Cairo, 5:05 p.m. "
                + "ET Tuesday) Chants continue.", LocalDate.of(2011, 1, 31));
        assertThat(update).flatExtracting(Sentence::timexes).filteredOn(t -> t.text().equals("Tuesday"))
                .extracting(Timex::value).containsExactly("2011-02-01");
    }

    @Test
    void aYearEarlierThanAMonthOfItsSentenceIsThatMonthAYearBefore() {
        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate("Home sales rose 0.8% in February, up 10.2% "
                + "from a year earlier. In April 1967 he was elected. Four years later he resigned.",
                LocalDate.of(2013, 3, 21));

        assertThat(sentences).flatExtracting(Sentence::timexes).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("February", "2013-02"), tuple("a year earlier", "2012-02"),
                        tuple("April 1967", "1967-04"), tuple("Four years later", "1971"));
    }

    @Test
    void theStartOfASpanOfHoursIsOnTheDayWrittenWithItsEnd() {
        List<Token> tokens = tokens("Polls/NNS/poll are/VBP/be open/JJ/open from/IN/from 7/CD/7 a.m./NN/a.m. "
                + "to/TO/to 8/CD/8 p.m./NN/p.m. Tuesday/NNP/Tuesday");
        List<Dependency> graph = dependencies("root(-1,2) nsubj(2,0) cop(2,1) obl:from(2,5) case(5,3) nummod(5,4) "
                + "obl:to(5,8) case(8,6) nummod(8,7) obl:tmod(8,9)");
        List<Timex> timexes = List.of(timex(tokens, 4, 6, "TIME", "2022-01-21T07:00"),
                timex(tokens, 7, 10, "TIME", "2022-01-25T20:00"));

        assertThat(resolveAlone(tokens, graph, timexes, FRIDAY).timexes()).extracting(Timex::value)
                .containsExactly("2022-01-25T07:00", "2022-01-25T20:00");
        // a span that crosses midnight starts the day before its end
        List<Token> curfew = tokens("a/DT/a curfew/NN/curfew from/IN/from 3/CD/3 p.m./NN/p.m. to/TO/to 8/CD/8 "
                + "a.m./NN/a.m. on/IN/on Monday/NNP/Monday");
        List<Dependency> curfewGraph = dependencies("root(-1,1) det(1,0) nmod:from(1,4) case(4,2) nummod(4,3) "
                + "nmod:to(4,7) case(7,5) nummod(7,6) nmod:on(7,9) case(9,8)");
        List<Timex> hours = List.of(timex(curfew, 3, 5, "TIME", "2022-01-21T15:00"),
                timex(curfew, 6, 10, "TIME", "2022-01-24T08:00"));
        assertThat(resolveAlone(curfew, curfewGraph, hours, FRIDAY).timexes()).extracting(Timex::value)
                .containsExactly("2022-01-23T15:00", "2022-01-24T08:00");
        // "between" makes "and" join the ends of a span
        List<Token> edits = tokens("Between/IN/between 2am/CD/2am and/CC/and 3am/CD/3am on/IN/on 27/CD/27 "
                + "May/NNP/May ,/,/, aides/NNS/aide made/VBD/make edits/NNS/edit");
        List<Dependency> editsGraph = dependencies("root(-1,9) obl:between(9,1) case(1,0) conj:and(1,3) cc(3,2) "
                + "nmod:on(3,5) case(5,4) compound(5,6) punct(9,7) nsubj(9,8) obj(9,10)");
        List<Timex> between = List.of(timex(edits, 1, 2, "TIME", "2022-01-21T02:00"),
                timex(edits, 3, 7, "TIME", "2021-05-27T03:00"));
        assertThat(resolveAlone(edits, editsGraph, between, FRIDAY).timexes()).extracting(Timex::value)
                .containsExactly("2021-05-27T02:00", "2021-05-27T03:00");
    }

    @Test
    void aClockTimeRightAfterADayIsOnItInAnyTense() {
        List<Token> tokens = tokens("He/PRP/he will/MD/will speak/VB/speak on/IN/on Thursday/NNP/Thursday ,/,/, "
                + "March/NNP/March 3/CD/3 ,/,/, at/IN/at 10/CD/10 a.m./NN/a.m. and/CC/and again/RB/again at/IN/at "
                + "4/CD/4 p.m./NN/p.m.");
        List<Dependency> graph = dependencies("root(-1,2) nsubj(2,0) aux(2,1) obl:on(2,4) dep(2,11) dep(2,13) "
                + "case(4,3) punct(4,5) appos(4,6) punct(4,8) nummod(6,7) case(11,9) nummod(11,10) conj:and(11,13) "
                + "cc(13,12) obl:at(13,16) case(16,14) nummod(16,15)");
        List<Timex> timexes = List.of(timex(tokens, 4, 8, "DATE", "2022-03-03"),
                timex(tokens, 10, 12, "TIME", "2022-01-21T10:00"), timex(tokens, 15, 17, "TIME", "2022-01-21T16:00"));

        assertThat(resolveAlone(tokens, graph, timexes, FRIDAY).timexes()).extracting(Timex::value)
                .containsExactly("2022-03-03", "2022-03-03T10:00", "2022-03-03T16:00");
    }

    @Test
    void aWeekdayInAppositionToAWeekIsThatWeeksDay() {
        // "could" left the Tuesday to the nearer one, four days back from this Friday
        List<Token> tokens = tokens("The/DT/the operation/NN/operation could/MD/could start/VB/start next/JJ/next "
                + "week/NN/week ,/,/, perhaps/RB/perhaps on/IN/on Tuesday/NNP/Tuesday");
        List<Dependency> graph = dependencies("root(-1,3) det(1,0) nsubj(3,1) aux(3,2) obl:tmod(3,5) punct(3,6) "
                + "obl:on(3,9) amod(5,4) advmod(9,7) case(9,8)");
        List<Timex> timexes = List.of(timex(tokens, 4, 6, "DATE", "2022-W04"),
                timex(tokens, 9, 10, "DATE", "2022-01-18"));

        assertThat(resolveAlone(tokens, graph, timexes, FRIDAY).timexes()).extracting(Timex::value, Timex::rule)
                .containsExactly(tuple("2022-W04", null), tuple("2022-01-25", "anchor:same"));
    }

    @Test
    void aMonthAfterThatIsOfTheYearJustWritten() {
        String text = "The camp was established in April 2003, and damage was already visible when Dr Curtis first "
                + "visited the site that June.";

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2005, 1, 15));

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("April 2003", "2003-04"), tuple("that June", "2003-06"));
    }

    @Test
    void aDateInBracketsSetsNoStorysYear() {
        // the date of a poll cited in brackets; the next poll is of the days before the page
        String text = "Some 51 percent of voters thought so (27-28 September 2005). The poll was conducted among 900 "
                + "voters from June 8 to June 9.";

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2010, 6, 10));

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("28 September 2005", "2005-09-28"), tuple("June 8", "2010-06-08"),
                        tuple("June 9", "2010-06-09"));
    }

    @Test
    void aWeekdayOfAnUpdateWrittenTheDayAfterThePageIsThatDay() {
        // a live report dated Thursday: the first update was written on the Friday, the second names no day
        String text = """
                (Update 11:02 a.m. Friday in Cairo) State television reported Friday that the army met. The roads \
                to the palace were shut down Friday.

                (Update 10:09 p.m. in Cairo) Obama said in a statement Friday that it was broadcast live.
                """;

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2011, 2, 10));

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("11:02 a.m. Friday", "2011-02-11T11:02"), tuple("Friday", "2011-02-11"),
                        tuple("Friday", "2011-02-11"), tuple("10:09 p.m.", "2011-02-10T22:09"),
                        tuple("Friday", "2011-02-04"));
    }

    @Test
    void aClockTimeMovesWithTheWeekdayOfAnUpdate() {
        // the page is dated Thursday; the update, written on the Friday, puts its 9 a.m. on that Friday, and the
        // same moment in brackets, in another zone, with it
        String text = """
                (Update 9:17 a.m. Friday in Cairo) Demonstrators had stacked piles of rocks Friday in the square, \
                where a large crowd had already gathered by 9 a.m. (2 a.m. ET).
                """;

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2011, 2, 3));

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("9:17 a.m. Friday", "2011-02-04T09:17"), tuple("Friday", "2011-02-04"),
                        tuple("9 a.m.", "2011-02-04T09:00"), tuple("2 a.m.", "2011-02-04T02:00"));
    }

    @Test
    void aWeekdayOfAnUpdateIsCountedFromTheDayItWasWritten() {
        // the page is dated Monday; the update, written early on the Wednesday, speaks of the speech of the day
        // before, not of the Tuesday before the Monday
        String text = "(Update 3:09 a.m. Wednesday in Cairo) Here are reactions to President Mubarak's Tuesday night "
                + "speech. Obama spoke with him by phone Tuesday for 30 minutes.";

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2011, 1, 31));

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("3:09 a.m. Wednesday", "2011-02-02T03:09"),
                        tuple("Tuesday night", "2011-02-01TNI"), tuple("Tuesday", "2011-02-01"),
                        tuple("30 minutes", "PT30M"));
    }

    @Test
    void aWeekdayUnderAStorysOwnDatelineIsCountedFromIt() {
        // a page dated in February 2011 that keeps the dateline of a story of September 2010, a Wednesday; the
        // next paragraph, with no dateline, is counted from the page
        String text = """
                By the Wire Staff | September 15, 2010 The U.S. Embassy in Jordan warned Wednesday of a threat.

                The embassy said Wednesday that it had closed.
                """;

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2011, 2, 11));

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("September 15, 2010", "2010-09-15"), tuple("Wednesday", "2010-09-15"),
                        tuple("Wednesday", "2011-02-09"));
    }

    @Test
    void aClockTimeInBracketsInAnotherZoneIsOnTheDayOfTheOneBefore() {
        // published on the Friday: the 06:00 of Thursday is 03:00 GMT that Thursday; 11 p.m. is 0400 GMT the day after
        String text = "Civilians were killed on Thursday, after the ceasefire came into effect at 06:00 (03:00 GMT). "
                + "The curfew began on Thursday at 11 p.m. (0400 GMT).";

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2012, 4, 13));

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Thursday", "2012-04-12"), tuple("06:00", "2012-04-12T06:00"),
                        tuple("03:00 GMT", "2012-04-12T03:00Z"), tuple("Thursday at 11 p.m.", "2012-04-12T23:00"),
                        tuple("0400 GMT", "2012-04-13T04:00Z"));
    }

    @Test
    void aWeekdayOfAnInfinitiveAfterAfterIsNotOrderedByIt() {
        // published on a Friday: the vote came before Saturday's agreement, but the suspension it voted for starts
        // on the Wednesday after (it had been put on the Wednesday before the Saturday)
        String text = "The League agreed on Saturday to start talks after its members voted to suspend Syria from "
                + "Wednesday.";

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2011, 11, 18));

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Saturday", "2011-11-12"), tuple("Wednesday", "2011-11-16"));
    }

    @Test
    void laterOnAWeekdayOrdersNothing() {
        // "later" belongs to "later Friday" (the day of writing), not to the order of Friday and last Sunday
        String text = "A local priest is planning to hold a memorial service later Friday for migrants who washed up "
                + "on the island last Sunday.";

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2011, 5, 14));

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("later Friday", "2011-05-13"), tuple("last Sunday", "2011-05-08"));
    }

    @Test
    void aDateOfBirthSetsNoStorysYear() {
        // the death is of the year of writing, not the December before the birth
        String text = "Born March 29, 1928, in the Bronx; died December 19 at a prison hospital in Springfield.";

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2005, 12, 20));

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("March 29, 1928", "1928-03-29"), tuple("December 19", "2005-12-19"));
    }

    @Test
    void aWeekdayOfAVerbOfItsOwnAfterAGerundIsNotOrderedByAfter() {
        // "after" orders the gerund's event, not the Wednesday of "signed" (Monday had been put after Wednesday)
        String text = "The team picked up Wynn on Monday after putting Ivory on injured reserve and on Wednesday, "
                + "signed Bell to replace Thomas.";

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2011, 1, 5));

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Monday", "2011-01-03"), tuple("Wednesday", "2011-01-05"));
    }

    @Test
    void yearsLaterOpeningAParagraphCountFromTheYearOfTheOneBefore() {
        // with no year in its own paragraph, "A year later" was an unknown year; the paragraph before has two
        // sentences, from which no other year is carried
        String text = """
                He grew up in the Bronx. He was acquitted in 1958 of attempted murder.

                A year later, he was convicted of heroin trafficking.

                He was born in the Bronx.

                Forty years later, he died.
                """;

        List<Sentence> sentences = CoreNlpAnnotator.shared().annotate(text, LocalDate.of(2005, 12, 19));

        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("1958", "1958"), tuple("A year later", "1959"),
                        tuple("Forty years later", "XXXX"));
    }

    private static Sentence resolveAlone(List<Token> tokens, List<Dependency> dependencies, List<Timex> timexes,
                                         LocalDate published) {
        String text = tokens.stream().map(Token::text).collect(Collectors.joining(" "));
        SentenceDates.Choice date = SentenceDates.choose(dependencies, timexes, published);
        Sentence sentence = new Sentence(0, text, 0, text.length(), tokens, dependencies, List.of(), timexes,
                date.value(), date.source());
        return ParagraphDates.resolve(text, List.of(sentence), published).get(0);
    }
}
