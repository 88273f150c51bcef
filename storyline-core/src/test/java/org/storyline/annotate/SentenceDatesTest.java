package org.storyline.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.annotate.Parses.dependencies;
import static org.storyline.annotate.Parses.timex;
import static org.storyline.annotate.Parses.tokens;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceDatesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 19);
    private static final List<Token> TOKENS = tokens("Blinken/NNP/Blinken said/VBD/say on/IN/on "
            + "Monday/NNP/Monday that/IN/that talks/NNS/talk in/IN/in March/NNP/March began/VBD/begin on/IN/on "
            + "Tuesday/NNP/Tuesday ././.");
    private static final List<Dependency> GRAPH = dependencies("root(-1,1) nsubj(1,0) obl:on(1,3) case(3,2) "
            + "ccomp(1,8) mark(8,4) nsubj(8,5) nmod:in(5,7) case(7,6) obl:on(8,10) case(10,9) punct(1,11)");
    private static final Timex MONDAY = timex(TOKENS, 3, 4, "DATE", "2022-01-17");
    private static final Timex MARCH = timex(TOKENS, 7, 8, "DATE", "2021-03");
    private static final Timex TUESDAY = timex(TOKENS, 10, 11, "DATE", "2022-01-18");

    @Test
    void dayAttachedClosestToTheRootWins() {
        assertThat(SentenceDates.choose(GRAPH, List.of(TUESDAY, MARCH, MONDAY), PUBLISHED))
                .isEqualTo(new SentenceDates.Choice("2022-01-17", DateSource.TEXT));
    }

    @Test
    void withoutAGraphTheFirstDayWins() {
        assertThat(SentenceDates.choose(List.of(), List.of(TUESDAY, MONDAY), PUBLISHED))
                .isEqualTo(new SentenceDates.Choice("2022-01-18", DateSource.TEXT));
    }

    @Test
    void equallyDeepDaysGoToTheFirst() {
        Timex otherMonday = timex(TOKENS, 3, 4, "DATE", "2022-01-10");

        assertThat(SentenceDates.choose(GRAPH, List.of(otherMonday, MONDAY), PUBLISHED).value())
                .isEqualTo("2022-01-10");
    }

    @Test
    void aDayBeatsACoarserDateCloserToTheRoot() {
        Timex monthOnMainVerb = timex(TOKENS, 3, 4, "DATE", "2022-01");

        assertThat(SentenceDates.choose(GRAPH, List.of(monthOnMainVerb, TUESDAY), PUBLISHED))
                .isEqualTo(new SentenceDates.Choice("2022-01-18", DateSource.TEXT));
    }

    @Test
    void timesCountAsTheirDay() {
        Timex time = timex(TOKENS, 10, 11, "TIME", "2022-02-01T15:55");

        assertThat(SentenceDates.choose(GRAPH, List.of(time), PUBLISHED))
                .isEqualTo(new SentenceDates.Choice("2022-02-01", DateSource.TEXT));
    }

    @Test
    void monthWeekAndYearAreKeptAsTheyAre() {
        assertThat(SentenceDates.choose(GRAPH, List.of(MARCH), PUBLISHED))
                .isEqualTo(new SentenceDates.Choice("2021-03", DateSource.TEXT));
        assertThat(SentenceDates.choose(GRAPH, List.of(timex(TOKENS, 7, 8, "DATE", "2022-W03")), PUBLISHED))
                .isEqualTo(new SentenceDates.Choice("2022-W03", DateSource.TEXT));
        assertThat(SentenceDates.choose(GRAPH, List.of(timex(TOKENS, 7, 8, "DATE", "2021")), PUBLISHED))
                .isEqualTo(new SentenceDates.Choice("2021", DateSource.TEXT));
    }

    @Test
    void valuesThatAreNoDatesFallBackToThePublicationDate() {
        List<Timex> noDates = List.of(timex(TOKENS, 3, 4, "DATE", "PRESENT_REF"),
                timex(TOKENS, 3, 4, "DATE", "PAST_REF"), timex(TOKENS, 7, 8, "DURATION", "P1W"),
                timex(TOKENS, 7, 8, "SET", "XXXX-WXX-2"), timex(TOKENS, 10, 11, "DURATION", "2022-01-18"),
                timex(TOKENS, 10, 11, "DATE", "2022-SU"));

        assertThat(SentenceDates.choose(GRAPH, noDates, PUBLISHED))
                .isEqualTo(new SentenceDates.Choice("2022-01-19", DateSource.PUBLISHED));
        assertThat(SentenceDates.choose(GRAPH, List.of(), PUBLISHED))
                .isEqualTo(new SentenceDates.Choice("2022-01-19", DateSource.PUBLISHED));
    }
}
