package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.eval.Mentions.asserted;
import static org.storyline.eval.Mentions.gold;
import static org.storyline.eval.Mentions.mention;
import static org.storyline.eval.Mentions.record;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.code.EventMention;

class EventMetricsTest {
    @Test
    void perfectCodingScoresOne() {
        GoldRecord call = record("1", "Blinken called Lavrov.", gold("CONSULT", List.of("USA"), "RUS"));
        EventScores scores = EventMetrics.score(List.of(
                new CodedRecord(call, List.of(asserted("CONSULT", List.of("USA"), "RUS")))), 0, false);

        assertThat(scores.records()).isEqualTo(1);
        assertThat(scores.overall()).isEqualTo(new Score(1, 1, 1, 1, 1));
        assertThat(scores.overall().typeAccuracy()).isEqualTo(1.0);
        assertThat(scores.overall().f1()).isEqualTo(1.0);
        assertThat(scores.errors()).isEmpty();
    }

    @Test
    void countsTypesAndTriplesOverRecords() {
        GoldRecord call = record("1", "Blinken called Lavrov.", gold("CONSULT", List.of("USA"), "RUS"));
        GoldRecord urge = record("2", "Kuleba urged Russia to withdraw.", gold("REQUEST", List.of("UKR"), "RUS"));
        GoldRecord agree = record("3", "Jordan and Britain agreed to hold exercises.",
                gold("AGREE", List.of("JOR", "GBR")));
        GoldRecord quiet = record("4", "Nothing happened.");
        EventScores scores = EventMetrics.score(List.of(
                // right type, wrong recipient
                new CodedRecord(call, List.of(asserted("CONSULT", List.of("USA"), "UKR"))),
                // wrong type first, right one second: the type counts, the extra triple is a false positive
                new CodedRecord(urge, List.of(asserted("ACCUSE", List.of("UKR"), "RUS"),
                        asserted("REQUEST", List.of("UKR"), "RUS"))),
                // one compound actor: one of its two actors found
                new CodedRecord(agree, List.of(asserted("AGREE", List.of("JOR")))),
                // an event where the gold has none
                new CodedRecord(quiet, List.of(asserted("ASSAULT", List.of("SYR"))))), 2, false);

        assertThat(scores.records()).isEqualTo(4);
        assertThat(scores.unscored()).isEqualTo(2);
        // gold events 3, all types found; gold triples 1+1+2, predicted 1+2+1+1, matched 0+1+1+0
        assertThat(scores.overall()).isEqualTo(new Score(3, 3, 4, 5, 2));
        assertThat(scores.overall().typeAccuracy()).isEqualTo(1.0);
        assertThat(scores.overall().precision()).isEqualTo(0.4);
        assertThat(scores.overall().recall()).isEqualTo(0.5);
        assertThat(scores.overall().f1()).isEqualTo(2 * 0.4 * 0.5 / 0.9);
        assertThat(scores.byType()).containsOnlyKeys("ACCUSE", "AGREE", "ASSAULT", "CONSULT", "REQUEST");
        assertThat(scores.byType().keySet()).containsExactly("ACCUSE", "AGREE", "ASSAULT", "CONSULT", "REQUEST");
        assertThat(scores.byType().get("AGREE")).isEqualTo(new Score(1, 1, 2, 1, 1));
        assertThat(scores.byType().get("AGREE").recall()).isEqualTo(0.5);
        assertThat(scores.byType().get("CONSULT")).isEqualTo(new Score(1, 1, 1, 1, 0));
        assertThat(scores.byType().get("REQUEST")).isEqualTo(new Score(1, 1, 1, 1, 1));
        assertThat(scores.byType().get("ACCUSE")).isEqualTo(new Score(0, 0, 0, 1, 0));
        assertThat(scores.byType().get("ACCUSE").precision()).isEqualTo(0.0);
        assertThat(scores.byType().get("ASSAULT")).isEqualTo(new Score(0, 0, 0, 1, 0));
        assertThat(scores.errors()).extracting(e -> e.gold().id()).containsExactly("1", "2", "3", "4");
        assertThat(scores.errors().get(2).goldTriples()).containsExactly(new Triple("JOR", "AGREE", ""),
                new Triple("GBR", "AGREE", ""));
        assertThat(scores.errors().get(2).predictedTriples()).containsExactly(new Triple("JOR", "AGREE", ""));
    }

    @Test
    void negatedAndHypotheticalMentionsAreNotPredictions() {
        GoldRecord threat = record("1", "Any invasion would be met with swift and severe consequences.",
                gold("THREATEN", List.of("USA"), "RUS"));
        EventScores scores = EventMetrics.score(List.of(new CodedRecord(threat, List.of(
                mention("SANCTION", "hypothetical", List.of("USA"), "RUS"),
                mention("THREATEN", "negated", List.of("USA"), "RUS")))), 0, false);

        assertThat(scores.overall()).isEqualTo(new Score(1, 0, 1, 0, 0));
        assertThat(scores.overall().precision()).isEqualTo(0.0);
        assertThat(scores.overall().f1()).isEqualTo(0.0);
        assertThat(scores.errors()).hasSize(1);
        assertThat(scores.errors().get(0).predicted()).hasSize(2);
        assertThat(scores.errors().get(0).predictedTriples()).isEmpty();
    }

    @Test
    void wrongTypeIsAnErrorAndTriplesAreDistinctPerRecord() {
        GoldRecord talks = record("1", "US and Russian officials met twice.", gold("CONSULT", List.of("USA"), "RUS"),
                gold("CONSULT", List.of("USA"), "RUS"));
        EventScores scores = EventMetrics.score(List.of(new CodedRecord(talks, List.of(
                asserted("AGREE", List.of("USA"), "RUS"), asserted("AGREE", List.of("USA"), "RUS")))), 0, false);

        assertThat(scores.overall()).isEqualTo(new Score(2, 0, 1, 1, 0));
        assertThat(scores.byType().get("CONSULT")).isEqualTo(new Score(2, 0, 1, 0, 0));
        assertThat(scores.byType().get("AGREE")).isEqualTo(new Score(0, 0, 0, 1, 0));
    }

    @Test
    void actorsWithoutCodeAreUnknownAndEventsWithoutActorHaveUnknownActor() {
        GoldRecord attack = record("1", "Gunmen attacked a Syrian post.", gold("ASSAULT", List.of("---"), "SYR"));
        EventScores scores = EventMetrics.score(List.of(new CodedRecord(attack, List.of(
                asserted("assault", List.of(), "SYR")))), 0, false);

        assertThat(scores.overall()).isEqualTo(new Score(1, 1, 1, 1, 1));
        assertThat(EventMetrics.predictedTriples(List.of(asserted("ASSAULT", Arrays.asList((String) null))), false))
                .containsExactly(new Triple("---", "ASSAULT", ""));
    }

    @Test
    void organisationsMatchTheGenericOrganisationCodeOfTheGold() {
        GoldRecord plover = record("1", "The UN urged Syria to open the border.",
                gold("REQUEST", List.of("IGO"), "SYR"));
        GoldRecord petrarch = record("2", "The EU and NATO met Serbian leaders.",
                gold("CONSULT", List.of("IGOEUREEC"), "SRB"), gold("CONSULT", List.of("IGOUNOMIL"), "SRB"));
        GoldRecord country = record("3", "Washington urged Syria to open the border.",
                gold("REQUEST", List.of("USA"), "SYR"));
        EventScores scores = EventMetrics.score(List.of(
                new CodedRecord(plover, List.of(asserted("REQUEST", List.of("UN"), "SYR"))),
                new CodedRecord(petrarch, List.of(asserted("CONSULT", List.of("EUR", "NATO"), "SRB"))),
                // a country is not an organisation
                new CodedRecord(country, List.of(asserted("REQUEST", List.of("IGO"), "SYR")))), 0, false);

        // gold triples 1+1+1 (both IGO codes are one IGO triple), predicted 1+1+1, matched 1+1+0
        assertThat(scores.overall()).isEqualTo(new Score(4, 4, 3, 3, 2));
        assertThat(scores.errors()).extracting(e -> e.gold().id()).containsExactly("3");
        assertThat(EventMetrics.goldTriples(petrarch)).containsExactly(new Triple("IGO", "CONSULT", "SRB"));
        assertThat(EventMetrics.predictedTriples(List.of(asserted("SANCTION", List.of("eur"), "RUS", "UN")), false))
                .containsExactly(new Triple("IGO", "SANCTION", "RUS"), new Triple("IGO", "SANCTION", "IGO"));
    }

    @Test
    void reciprocalPredictionsAreExpandedIntoActorPairsAgainstDyadicGoldOnly() {
        GoldRecord cameo = record("1", "Jordan and Britain held talks.", gold("CONSULT", List.of("JOR"), "GBR"),
                gold("CONSULT", List.of("GBR"), "JOR"));
        GoldRecord plover = record("2", "Jordan and Britain held talks.", gold("CONSULT", List.of("JOR", "GBR")));
        List<EventMention> talks = List.of(asserted("CONSULT", List.of("JOR", "GBR")));

        EventScores dyadic = EventMetrics.score(List.of(new CodedRecord(cameo, talks)), 0, true);
        EventScores undirected = EventMetrics.score(List.of(new CodedRecord(cameo, talks)), 0, false);
        EventScores reciprocal = EventMetrics.score(List.of(new CodedRecord(plover, talks)), 0, false);

        assertThat(dyadic.overall()).isEqualTo(new Score(2, 2, 2, 2, 2));
        assertThat(dyadic.errors()).isEmpty();
        assertThat(undirected.overall()).isEqualTo(new Score(2, 2, 2, 2, 0));
        assertThat(reciprocal.overall()).isEqualTo(new Score(1, 1, 2, 2, 2));
        assertThat(EventMetrics.predictedTriples(List.of(asserted("CONSULT", List.of("JOR", "GBR", "JOR", "EGY")),
                asserted("AGREE", List.of("USA", "USA")), asserted("ASSAULT", List.of("ISR", "USA"), "SYR"),
                asserted("AGREE", List.of("UN", "NATO"))), true)).containsExactly(
                new Triple("JOR", "CONSULT", "GBR"), new Triple("JOR", "CONSULT", "EGY"),
                new Triple("GBR", "CONSULT", "JOR"), new Triple("GBR", "CONSULT", "EGY"),
                new Triple("EGY", "CONSULT", "JOR"), new Triple("EGY", "CONSULT", "GBR"),
                new Triple("USA", "AGREE", ""), new Triple("ISR", "ASSAULT", "SYR"),
                new Triple("USA", "ASSAULT", "SYR"), new Triple("IGO", "AGREE", ""));
    }

    @Test
    void nothingToScoreGivesZeros() {
        EventScores scores = EventMetrics.score(List.of(), 0, false);
        assertThat(scores.overall()).isEqualTo(new Score(0, 0, 0, 0, 0));
        assertThat(scores.overall().typeAccuracy()).isEqualTo(0.0);
        assertThat(scores.overall().recall()).isEqualTo(0.0);
        assertThat(scores.byType()).isEmpty();
    }
}
