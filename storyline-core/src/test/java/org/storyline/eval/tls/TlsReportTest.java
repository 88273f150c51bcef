package org.storyline.eval.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storyline.eval.rouge.Prf;
import org.storyline.eval.rouge.RougePair;
import org.storyline.eval.rouge.TimelineScores;
import org.storyline.summarize.Timeline;
import org.storyline.summarize.TimelineRequest;

class TlsReportTest {
    private static final LocalDate DAY = LocalDate.of(2010, 1, 12);

    @Test
    void averagesPrecisionAndRecallOverTimelinesThenTakesF() {
        TlsReport report = report();

        TimelineScores average = report.average();

        assertThat(average.alignM1().rouge1()).isEqualTo(Prf.of(0.5, 0.25));
        assertThat(average.alignM1().rouge2()).isEqualTo(Prf.of(0.0625, 0.0625));
        assertThat(average.dates()).isEqualTo(Prf.of(0.5, 0.5));
    }

    @Test
    void printsOneRowPerTimelineTheAverageAndTheTimePerTopic() {
        assertThat(report().text().replace(System.lineSeparator(), "\n")).isEqualTo("""
                t17: 1 topic(s), 2 reference timeline(s), 0 input(s) skipped
                annotation (apart): 2 article(s) annotated

                                                                    concat     agreement    align+ m:1    date dates
                timeline                                       R1-F   R2-F   R1-F   R2-F   R1-F   R2-F      F1
                quake_wire/a.txt                             0.2500 0.1250 0.2500 0.1250 0.2500 0.1250  1.0000   0/1
                quake_wire/b.txt                             0.3750 0.0000 0.3750 0.0000 0.3750 0.0000  0.0000   0/1
                average (P, R over timelines, then F)        0.3333 0.0625 0.3333 0.0625 0.3333 0.0625  0.5000

                topic            articles timelines   seconds     cpu s
                quake                   2         2      3.00      2.50
                all                                      3.00      2.50 (per topic: 3.00 s, 2.50 cpu s)
                """);
    }

    @Test
    void writesTheScoresAsJson() {
        String json = report().json();

        assertThat(json).contains("\"reference\" : \"quake_wire/a.txt\"", "\"dates_reference\" : 1",
                "\"lines_per_date\" : 1", "\"from\" : \"2010-01-12\"", "\"seconds\" : 1.25");
        assertThat(json.replaceAll("\\s+", " ")).contains(
                "\"average\" : { \"concat\" : { \"rouge1\" : { \"precision\" : 0.5, \"recall\" : 0.25, \"f1\" : 0.333333 }");
    }

    private static TlsReport report() {
        TimelineResult a = result("quake_wire/a.txt", Prf.of(0.25, 0.25), Prf.of(0.125, 0.125), Prf.of(1, 1), 1.25);
        TimelineResult b = result("quake_wire/b.txt", Prf.of(0.75, 0.25), Prf.ZERO, Prf.ZERO, 1.75);
        return new TlsReport("t17", List.of(a, b), List.of(new TlsReport.TopicTime("quake", 2, 2, 3.0, 2.5)),
                "annotation (apart): 2 article(s) annotated", 0);
    }

    private static TimelineResult result(String name, Prf rouge1, Prf rouge2, Prf dates, double seconds) {
        ReferenceTimeline reference = new ReferenceTimeline(name, new TreeMap<>(Map.of(DAY, List.of("A quake ."))));
        TimelineRequest request = TlsBenchmark.requestFor(reference);
        RougePair pair = new RougePair(rouge1, rouge2);
        TimelineRun run = new TimelineRun("quake", reference, request, new Timeline(null, 2, List.of()),
                new TreeMap<>(), seconds, seconds / 2);
        return new TimelineResult(run, new TimelineScores(pair, pair, pair, dates));
    }
}
