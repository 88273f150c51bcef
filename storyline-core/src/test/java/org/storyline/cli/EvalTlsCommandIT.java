package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalTlsCommandIT {
    private static final Path FIXTURE = Path.of("src/test/resources/org/storyline/eval/tls/t17");

    @TempDir
    Path dir;

    @Test
    void scoresEachReferenceTimelineAndAnnotatesOnlyOnce() throws IOException {
        String store = dir.resolve("store").toString();
        Path out = dir.resolve("out");

        Run first = Run.run("eval", "tls", FIXTURE.toString(), "--store", store, "--out", out.toString());
        Run second = Run.run("eval", "tls", FIXTURE.toString(), "--store", store, "--topics", "quake");

        assertThat(first.exit()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(first.err().replace(System.lineSeparator(), "\n")).isEqualTo(
                "skipped " + FIXTURE.resolve("flood_news/timelines/a.txt") + ":4: sentence outside a date\n"
                        + "skipped " + FIXTURE.resolve("flood_news/timelines/a.txt") + ":5: sentence outside a date\n"
                        + "skipped " + FIXTURE.resolve("quake_paper/InputDocs/2010-01-15/6.htm.txt")
                        + ": empty article file\n");
        assertThat(withoutTimes(first.out())).isEqualTo("""
                %s: 2 topic(s), 3 reference timeline(s), 3 input(s) skipped
                annotation (apart): 4 article(s) annotated in S s (R articles/s, 2 thread(s)), 1 already stored; \
                reading stored annotations S s

                                                                    concat     agreement    align+ m:1    date dates
                timeline                                       R1-F   R2-F   R1-F   R2-F   R1-F   R2-F      F1      
                flood_news/a.txt                             0.7143 0.5000 0.7143 0.5000 0.7143 0.5000  1.0000   1/1
                quake_paper/paper.txt                        0.1538 0.0000 0.1538 0.0000 0.1538 0.0000  1.0000   1/1
                quake_wire/tl.txt                            0.5116 0.3415 0.5116 0.3590 0.5116 0.3590  1.0000   2/2
                average (P, R over timelines, then F)        0.4614 0.2814 0.4614 0.2871 0.4614 0.2871  1.0000      

                topic            articles timelines   seconds     cpu s
                flood                   2         1      S.SS      S.SS
                quake                   2         2      S.SS      S.SS
                all                                      S.SS      S.SS (per topic: S.SS s, S.SS cpu s)
                """.formatted(FIXTURE));
        assertThat(withoutTimes(second.out())).contains(
                "annotation (apart): 0 article(s) annotated in S s (R articles/s, 2 thread(s)), 3 already stored");
        assertThat(Files.readString(out.resolve("quake_wire/tl.txt"))).isEqualTo("""
                2010-01-12
                A powerful earthquake struck Haiti on Tuesday , killing thousands of people in the capital .
                The earthquake on Tuesday destroyed the presidential palace and the cathedral .
                --------------------------------
                2010-01-13
                Rescue teams from the United States arrived in Port-au-Prince on Wednesday to search the rubble .
                --------------------------------
                """);
        assertThat(out.resolve("quake_wire/tl.json")).exists();
        Run datewise = Run.run("eval", "tls", FIXTURE.toString(), "--store", store, "--topics", "quake",
                "--builder", "datewise");
        assertThat(datewise.exit()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(withoutTimes(datewise.out())).contains("0 article(s) annotated", "quake_paper/paper.txt",
                "quake_wire/tl.txt").doesNotContain("flood_news/a.txt");
    }

    /** The report with its wall times replaced by S and its rates by R. */
    private static String withoutTimes(String report) {
        return report.replace(System.lineSeparator(), "\n").replaceAll("\\d+\\.\\d s\\b", "S s")
                .replaceAll("\\d+\\.\\d\\d articles/s", "R articles/s")
                .replaceAll(" \\d+\\.\\d\\d\\b", " S.SS");
    }
}
