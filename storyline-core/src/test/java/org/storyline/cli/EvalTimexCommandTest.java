package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Timex;
import picocli.CommandLine;

class EvalTimexCommandTest {
    private static final String TIMEML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">\
            19980807</TIMEX3></DCT>
            <TEXT>He left <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> for \
            <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.</TEXT>
            </TimeML>
            """;

    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<Boolean> corrections = new ArrayList<>();

    @BeforeEach
    void writeGold() throws IOException {
        Files.writeString(dir.resolve("a.tml"), TIMEML);
    }

    @Test
    void printsATableOfScoresAndTheErrors() {
        int code = run("timex", dir.toString(), "--errors");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(corrections).containsExactly(true);
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().replace(System.lineSeparator(), "\n").replaceFirst("; \\d+\\.\\d s\n", "; S s\n"))
                .isEqualTo(dir + ": 1 document(s), 2 gold timex(es) (0 more without extent, not scored), "
                        + "2 system timex(es), 0 file(s) skipped; values: corrected; S s\n"
                        + "\n"
                        + "         precision  recall     f1\n"
                        + "strict       0.500   0.500  0.500\n"
                        + "relaxed      0.500   0.500  0.500\n"
                        + "type         0.500   0.500  0.500\n"
                        + "value        0.500   0.500  0.500\n"
                        + "over relaxed matches: type accuracy 1.000, value accuracy 1.000\n"
                        + "\n"
                        + "Errors: 2\n"
                        + "\n"
                        + "MISSED   " + dir.resolve("a.tml") + "  gold: \"two weeks\" DURATION P2W  system: -\n"
                        + "  sentence: He left Friday for two weeks.\n"
                        + "\n"
                        + "SPURIOUS " + dir.resolve("a.tml") + "  gold: -  system: \"He\" DATE 1998 "
                        + "(SUTime 1997, test)\n"
                        + "  sentence: He left Friday for two weeks.\n");
    }

    @Test
    void printsOneJsonObjectWithSutimeValuesOnly() {
        int code = run("timex", dir.toString(), "--format", "json", "--sutime-only", "--limit", "1");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(corrections).containsExactly(false);
        assertThat(out.toString().replace(System.lineSeparator(), "\n").replaceFirst("\"seconds\" : [0-9.E-]+",
                "\"seconds\" : S")).isEqualTo("""
                {
                  "directory" : "%s",
                  "values" : "sutime",
                  "documents" : 1,
                  "gold_timexes" : 2,
                  "gold_without_extent" : 0,
                  "system_timexes" : 2,
                  "skipped" : [ ],
                  "strict_precision" : 0.5,
                  "strict_recall" : 0.5,
                  "strict_f1" : 0.5,
                  "relaxed_precision" : 0.5,
                  "relaxed_recall" : 0.5,
                  "relaxed_f1" : 0.5,
                  "type_precision" : 0.5,
                  "type_recall" : 0.5,
                  "type_f1" : 0.5,
                  "type_accuracy" : 1.0,
                  "value_precision" : 0.5,
                  "value_recall" : 0.5,
                  "value_f1" : 0.5,
                  "value_accuracy" : 1.0,
                  "seconds" : S
                }
                """.formatted(dir));
    }

    @Test
    void skipsBadFilesByNameAndGoesOn() throws IOException {
        Files.writeString(dir.resolve("b.tml"), "<TimeML><TEXT>no creation time</TEXT></TimeML>");

        int code = run("timex", dir.toString(), "--format", "json");

        assertThat(code).isEqualTo(ExitCodes.SKIPPED);
        assertThat(err.toString()).isEqualTo("skipped " + dir.resolve("b.tml")
                + ": no creation time (<DCT><TIMEX3>)" + System.lineSeparator());
        assertThat(out.toString()).contains("\"documents\" : 1,");
    }

    @Test
    void aDirectoryWithoutDocumentsIsAnError() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));

        assertThat(run("timex", empty.toString())).isEqualTo(ExitCodes.ERROR);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("storyline: no TimeML or MEANTIME documents in " + empty
                + System.lineSeparator());
        assertThat(corrections).isEmpty();
    }

    @Test
    void aNegativeLimitIsAUsageError() {
        assertThat(run("timex", dir.toString(), "--limit", "-1")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("--limit must not be negative");
    }

    /** Finds "Friday" and, wrongly, "He"; not "two weeks". */
    private int run(String... args) {
        CommandLine command = new CommandLine(new EvalCommand(() -> article -> new AnnotatedArticle(article,
                List.of()), () -> article -> List.of(), correct -> {
                    corrections.add(correct);
                    return (text, published) -> List.of(new Sentence(0, text, 0, text.length(), List.of(), List.of(),
                            List.of(), List.of(new Timex("He", "DATE", "1998", "1997", "test", 0, 1, 0, 2),
                            new Timex("Friday", "DATE", published.toString(), published.toString(), null, 2, 3, 8,
                                    14)), published.toString(), DateSource.TEXT));
                }));
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }
}
