package org.storyline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchFormatTest {
    private static final BenchRun ONE = new BenchRun(1, 5, 4, 1, 0, 80, 50, 20.0, 0.2, 4.0, 2_097_152_000L,
            1_048_576_000L, 0.5, List.of(
                    StageFigure.measured("read", 5, 0.5, 4, 80),
                    StageFigure.measured("annotate", 4, 16.0, 4, 80),
                    StageFigure.measured("code", 4, 0.25, 4, 80),
                    StageFigure.notBuilt("dedupe_cluster"),
                    StageFigure.measured("store", 10, 2.0, 4, 80)));
    private static final BenchRun TWO = new BenchRun(2, 5, 4, 1, 0, 80, 50, 12.5, 0.32, 6.4, 2_097_152_000L,
            1_153_433_600L, 0.75, List.of(
                    StageFigure.measured("read", 5, 0.5, 4, 80),
                    StageFigure.measured("annotate", 4, 20.0, 4, 80),
                    StageFigure.measured("code", 4, 0.25, 4, 80),
                    StageFigure.notBuilt("dedupe_cluster"),
                    StageFigure.measured("store", 10, 2.0, 4, 80)));
    private static final BenchReport REPORT = new BenchReport("examples", 5, 5, 30.25, List.of(ONE, TWO), 1.6);

    @Test
    void jsonHasTheCorpusEveryRunWithItsStagesInOrderAndTheScaling() {
        assertThat(BenchFormat.JSON.format(REPORT)).isEqualTo("{\"corpus\":\"examples\",\"corpus_files\":5,"
                + "\"files\":5,\"model_load_seconds\":30.25,\"runs\":["
                + "{\"threads\":1,\"files\":5,\"articles\":4,\"publications_added\":1,\"skipped\":0,\"sentences\":80,"
                + "\"event_mentions\":50,\"wall_seconds\":20.0,\"articles_per_second\":0.2,\"sentences_per_second\":4.0,"
                + "\"peak_heap_bytes\":2097152000,\"peak_live_heap_bytes\":1048576000,\"cpu_per_core\":0.5,"
                + "\"stages\":["
                + "{\"stage\":\"read\",\"calls\":5,\"busy_seconds\":0.5,\"articles_per_busy_second\":8.0,"
                + "\"sentences_per_busy_second\":160.0},"
                + "{\"stage\":\"annotate\",\"calls\":4,\"busy_seconds\":16.0,\"articles_per_busy_second\":0.25,"
                + "\"sentences_per_busy_second\":5.0},"
                + "{\"stage\":\"code\",\"calls\":4,\"busy_seconds\":0.25,\"articles_per_busy_second\":16.0,"
                + "\"sentences_per_busy_second\":320.0},"
                + "{\"stage\":\"dedupe_cluster\",\"note\":\"not built yet\"},"
                + "{\"stage\":\"store\",\"calls\":10,\"busy_seconds\":2.0,\"articles_per_busy_second\":2.0,"
                + "\"sentences_per_busy_second\":40.0}]},"
                + "{\"threads\":2,\"files\":5,\"articles\":4,\"publications_added\":1,\"skipped\":0,\"sentences\":80,"
                + "\"event_mentions\":50,\"wall_seconds\":12.5,\"articles_per_second\":0.32,"
                + "\"sentences_per_second\":6.4,\"peak_heap_bytes\":2097152000,\"peak_live_heap_bytes\":1153433600,"
                + "\"cpu_per_core\":0.75,\"stages\":["
                + "{\"stage\":\"read\",\"calls\":5,\"busy_seconds\":0.5,\"articles_per_busy_second\":8.0,"
                + "\"sentences_per_busy_second\":160.0},"
                + "{\"stage\":\"annotate\",\"calls\":4,\"busy_seconds\":20.0,\"articles_per_busy_second\":0.2,"
                + "\"sentences_per_busy_second\":4.0},"
                + "{\"stage\":\"code\",\"calls\":4,\"busy_seconds\":0.25,\"articles_per_busy_second\":16.0,"
                + "\"sentences_per_busy_second\":320.0},"
                + "{\"stage\":\"dedupe_cluster\",\"note\":\"not built yet\"},"
                + "{\"stage\":\"store\",\"calls\":10,\"busy_seconds\":2.0,\"articles_per_busy_second\":2.0,"
                + "\"sentences_per_busy_second\":40.0}]}],"
                + "\"thread_scaling\":1.6}" + System.lineSeparator());
    }

    @Test
    void textHasATablePerRunAndTheScaling() {
        String n = System.lineSeparator();
        assertThat(BenchFormat.TEXT.format(new BenchReport("examples", 5, 5, 30.25, List.of(ONE, TWO), 1.6)))
                .isEqualTo("corpus examples: 5 of 5 file(s); models loaded in 30.3 s" + n
                        + n
                        + "1 thread(s): 5 file(s), 4 article(s), 1 publication(s) added, 0 skipped, 80 sentence(s), "
                        + "50 event mention(s) in 20.00 s" + n
                        + "end to end: 0.20 articles/s, 4.00 sentences/s, peak heap 2000 MB (live 1000 MB), "
                        + "CPU 0.50 per core" + n
                        + "stage             calls     busy s   articles/s    sentences/s" + n
                        + "(busy s: summed over threads; rates: per busy second of the stage)" + n
                        + "read                  5       0.50         8.00         160.00" + n
                        + "annotate              4      16.00         0.25           5.00" + n
                        + "code                  4       0.25        16.00         320.00" + n
                        + "dedupe_cluster  not built yet" + n
                        + "store                10       2.00         2.00          40.00" + n
                        + n
                        + "2 thread(s): 5 file(s), 4 article(s), 1 publication(s) added, 0 skipped, 80 sentence(s), "
                        + "50 event mention(s) in 12.50 s" + n
                        + "end to end: 0.32 articles/s, 6.40 sentences/s, peak heap 2000 MB (live 1100 MB), "
                        + "CPU 0.75 per core" + n
                        + "stage             calls     busy s   articles/s    sentences/s" + n
                        + "(busy s: summed over threads; rates: per busy second of the stage)" + n
                        + "read                  5       0.50         8.00         160.00" + n
                        + "annotate              4      20.00         0.20           4.00" + n
                        + "code                  4       0.25        16.00         320.00" + n
                        + "dedupe_cluster  not built yet" + n
                        + "store                10       2.00         2.00          40.00" + n
                        + n
                        + "2 thread(s) vs 1: 1.60x the articles/s" + n);
    }
}
