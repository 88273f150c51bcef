package org.storyline.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimelineRougeTest {
    private static final double TOLERANCE = 1e-9;
    private static final TimelineRouge ROUGE = new TimelineRouge();
    private static final JsonNode FIXTURES = RougeCountsTest.read("tls_metric_fixtures_t17.json");

    /** tilse's figures (with the Perl ROUGE) on T17 gold timelines scored against one another. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTilse(String id, JsonNode fixture) {
        assertScores(score(fixture), fixture.get("expected"));
    }

    @Test
    void scoresTwoDatesWithOneDayOff() {
        ScoredTimeline predicted = new ScoredTimeline(new TreeMap<>(Map.of(
                LocalDate.of(2020, 1, 1), List.of("Rebels seize the city."),
                LocalDate.of(2020, 1, 3), List.of("The army holds the city."))));
        ScoredTimeline reference = new ScoredTimeline(new TreeMap<>(Map.of(
                LocalDate.of(2020, 1, 1), List.of("Rebels seize the city."),
                LocalDate.of(2020, 1, 2), List.of("The army holds the city."))));

        TimelineScores scores = ROUGE.score(predicted, List.of(reference));

        Prf all = new Prf(1, 1, 1);
        Prf half = new Prf(0.5, 0.5, 0.5);
        Prf threeQuarters = new Prf(0.75, 0.75, 0.75);
        assertThat(scores).isEqualTo(new TimelineScores(new RougePair(all, all), new RougePair(half, half),
                new RougePair(threeQuarters, threeQuarters), half));
    }

    @Test
    void emptyPredictionScoresZero() {
        ScoredTimeline reference = new ScoredTimeline(new TreeMap<>(Map.of(
                LocalDate.of(2020, 1, 1), List.of("Rebels seize the city."))));
        RougePair zero = new RougePair(Prf.ZERO, Prf.ZERO);

        TimelineScores scores = ROUGE.score(new ScoredTimeline(new TreeMap<>()), List.of(reference));

        assertThat(scores).isEqualTo(new TimelineScores(zero, zero, zero, Prf.ZERO));
    }

    @Test
    void refusesTimelinesPreparedByAnotherInstance() {
        PreparedTimeline foreign = new TimelineRouge().prepare(new ScoredTimeline(new TreeMap<>()));
        PreparedTimeline own = ROUGE.prepare(new ScoredTimeline(new TreeMap<>()));

        assertThatThrownBy(() -> ROUGE.score(own, List.of(foreign)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Timelines must be prepared by the instance that scores them");
    }

    @Test
    void averagesCrossOutletCasesAsNewsTls() {
        List<TimelineScores> scores = new ArrayList<>();
        for (JsonNode fixture : FIXTURES.get("cases")) {
            if (fixture.get("kind").asText().equals("cross-outlet")) {
                scores.add(score(fixture));
            }
        }
        JsonNode averaged = FIXTURES.get("averaged");
        assertThat(scores).hasSize(averaged.get("n_cases").asInt());
        assertScores(TimelineRouge.average(scores), averaged);
    }

    static Stream<Arguments> cases() {
        JsonNode cases = FIXTURES.get("cases");
        assertThat(cases.size()).isEqualTo(157);
        List<Arguments> arguments = new ArrayList<>();
        cases.forEach(fixture -> arguments.add(Arguments.of(fixture.get("id").asText(), fixture)));
        return arguments.stream();
    }

    private static TimelineScores score(JsonNode fixture) {
        List<ScoredTimeline> references = new ArrayList<>();
        fixture.get("refs").forEach(reference -> references.add(timeline(reference)));
        return ROUGE.score(timeline(fixture.get("pred")), references);
    }

    private static ScoredTimeline timeline(JsonNode dates) {
        Map<LocalDate, List<String>> map = new TreeMap<>();
        dates.forEach(date -> map.put(LocalDate.parse(date.get("date").asText()),
                RougeCountsTest.strings(date.get("sentences"))));
        return new ScoredTimeline(new TreeMap<>(map));
    }

    private static void assertScores(TimelineScores actual, JsonNode expected) {
        assertPair(actual.concat(), expected.get("concat"));
        assertPair(actual.agreement(), expected.get("agreement"));
        assertPair(actual.alignM1(), expected.get("align_date_content_costs_many_to_one"));
        assertPrf(actual.dates(), expected.get("date"));
    }

    private static void assertPair(RougePair actual, JsonNode expected) {
        assertPrf(actual.rouge1(), expected.get("rouge_1"));
        assertPrf(actual.rouge2(), expected.get("rouge_2"));
    }

    private static void assertPrf(Prf actual, JsonNode expected) {
        assertThat(actual.precision()).isCloseTo(expected.get("p").asDouble(), within(TOLERANCE));
        assertThat(actual.recall()).isCloseTo(expected.get("r").asDouble(), within(TOLERANCE));
        assertThat(actual.f1()).isCloseTo(expected.get("f").asDouble(), within(TOLERANCE));
    }
}
