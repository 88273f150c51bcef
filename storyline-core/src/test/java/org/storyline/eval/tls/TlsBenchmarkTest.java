package org.storyline.eval.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.summarize.Citation;
import org.storyline.summarize.Timeline;
import org.storyline.summarize.TimelineDate;
import org.storyline.summarize.TimelineLine;
import org.storyline.summarize.TimelineRequest;

class TlsBenchmarkTest {
    private static final LocalDate JAN_12 = LocalDate.of(2010, 1, 12);
    private static final LocalDate JAN_13 = LocalDate.of(2010, 1, 13);

    @Test
    void givesTheSummarizerEachReferencesSpanDateCountAndSentencesPerDate() {
        T17Topic quake = T17Corpus.read(T17CorpusTest.FIXTURE, Set.of("quake")).topics().get(0);
        List<TimelineRequest> requests = new ArrayList<>();
        List<Integer> articleCounts = new ArrayList<>();
        TlsBenchmark benchmark = new TlsBenchmark((articles, request, originalOf) -> {
            requests.add(request);
            articleCounts.add(articles.size());
            return new Timeline(null, articles.size(), List.of(new TimelineDate(JAN_12, List.of(new TimelineLine(
                    "The \"quake\" hit Haiti's capital (2153 GMT).", List.of(),
                    List.of(new Citation("a1", 1, 0, 45, "The \"quake\" hit Haiti's capital (2153 GMT).")), "")),
                    1.0, "", List.of())));
        });
        List<AnnotatedArticle> none = List.of();

        List<TimelineRun> runs = benchmark.run(quake, none);

        assertThat(requests).containsExactly(
                new TimelineRequest(null, JAN_12, JAN_12, 1, 1),
                new TimelineRequest(null, JAN_12, JAN_13, 2, 2));
        assertThat(articleCounts).containsExactly(0, 0);
        assertThat(runs).extracting(r -> r.reference().name())
                .containsExactly("quake_paper/paper.txt", "quake_wire/tl.txt");
        assertThat(runs.get(0).predicted())
                .isEqualTo(Map.of(JAN_12, List.of("The `` quake '' hit Haiti 's capital -LRB- 2153 GMT -RRB- .")));
    }

    @Test
    void roundsTheMeanSentencesPerDateHalfToEvenAsPythonDoes() {
        assertThat(reference(1, 2).sentencesPerDate()).isEqualTo(2);
        assertThat(reference(2, 3).sentencesPerDate()).isEqualTo(2);
        assertThat(reference(3, 4).sentencesPerDate()).isEqualTo(4);
        assertThat(reference(1, 1, 2).sentencesPerDate()).isEqualTo(1);
    }

    @Test
    void writesTimelinesInTheReferencesFormat() {
        Map<LocalDate, List<String>> dates = new TreeMap<>(Map.of(JAN_13, List.of("Teams arrive .", "Aid lands ."),
                JAN_12, List.of("A quake strikes .")));

        assertThat(TlsBenchmark.tilse(dates)).isEqualTo("2010-01-12\nA quake strikes .\n"
                + "--------------------------------\n2010-01-13\nTeams arrive .\nAid lands .\n"
                + "--------------------------------\n");
    }

    /** A reference with the given numbers of sentences on consecutive days. */
    private static ReferenceTimeline reference(int... sentences) {
        TreeMap<LocalDate, List<String>> dates = new TreeMap<>();
        for (int i = 0; i < sentences.length; i++) {
            List<String> lines = new ArrayList<>();
            for (int s = 0; s < sentences[i]; s++) {
                lines.add("Sentence " + s + " .");
            }
            dates.put(JAN_12.plusDays(i), lines);
        }
        return new ReferenceTimeline("r", dates);
    }
}
