package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.code.Actor;
import org.storyline.code.EventCoder;
import org.storyline.code.EventMention;
import picocli.CommandLine;

class EvalCommandTest {
    private static final EventCoder CODER = article -> article.article().text().startsWith("Blinken")
            ? List.of(mention("CONSULT", "phone", "asserted", "USA", "RUS"),
                    mention("SANCTION", null, "hypothetical", "USA", "RUS"))
            : List.of(mention("ACCUSE", null, "asserted", "UKR", "RUS"));

    @TempDir
    Path dir;
    Path gold;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void writeGold() throws IOException {
        gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, """
                {"id": "G1", "date": "2022-02-01", "source": [{"code": "USAGOV"}], "target": [{"code": "RUS"}], \
                "event": "CONSULT", "mode": "phone", "text": "Blinken spoke with Lavrov by phone."}
                {"id": "G2", "date": "2022-02-02", "source": [{"code": "UKR"}], "target": [{"code": "RUSMIL"}], \
                "event": "DEMAND", "text": "Kuleba urged Russia to pull back its troops."}
                {"id": "G3", "event": "AGREE", "text": "No date here."}
                """);
    }

    @Test
    void printsATableOfScores() {
        int code = run("events", gold.toString(), "--errors");

        assertThat(code).isEqualTo(ExitCodes.SKIPPED);
        assertThat(err.toString()).isEqualTo("skipped " + gold + ":3: no date" + System.lineSeparator());
        assertThat(out.toString().replace(System.lineSeparator(), "\n")).isEqualTo(gold + " (plover-jsonl): "
                + "2 record(s) scored, 0 without a PLOVER type left out, 0 gold coding(s) without a PLOVER type, "
                + "1 skipped\n"
                + "\n"
                + "type         gold  type_acc g_trip p_trip  match precision  recall     f1\n"
                + "ACCUSE          0     0.000      0      1      0     0.000   0.000  0.000\n"
                + "CONSULT         1     1.000      1      1      1     1.000   1.000  1.000\n"
                + "REQUEST         1     0.000      1      0      0     0.000   0.000  0.000\n"
                + "overall         2     0.500      2      2      1     0.500   0.500  0.500\n"
                + "\n"
                + "Errors: 1 record(s)\n"
                + "\n"
                + gold + ":2 G2\n"
                + "  text:      Kuleba urged Russia to pull back its troops.\n"
                + "  gold:      UKR REQUEST RUS\n"
                + "  predicted: UKR ACCUSE RUS\n"
                + "    ACCUSE UKR -> RUS [asserted, \"met\", CAMEO 000, test]\n");
    }

    @Test
    void printsOneJsonObject() {
        int code = run("events", gold.toString(), "--format", "json");

        assertThat(code).isEqualTo(ExitCodes.SKIPPED);
        String json = out.toString().replace(System.lineSeparator(), "\n");
        assertThat(json).isEqualTo("""
                {
                  "file" : "%s",
                  "format" : "plover-jsonl",
                  "records" : 2,
                  "unscored_records" : 0,
                  "unmapped_gold_events" : 0,
                  "skipped" : [ "%s:3: no date" ],
                  "gold_events" : 2,
                  "type_accuracy" : 0.5,
                  "gold_triples" : 2,
                  "predicted_triples" : 2,
                  "matched_triples" : 1,
                  "triple_precision" : 0.5,
                  "triple_recall" : 0.5,
                  "triple_f1" : 0.5,
                  "by_type" : {
                    "ACCUSE" : {
                      "gold_events" : 0,
                      "type_accuracy" : 0.0,
                      "gold_triples" : 0,
                      "predicted_triples" : 1,
                      "matched_triples" : 0,
                      "triple_precision" : 0.0,
                      "triple_recall" : 0.0,
                      "triple_f1" : 0.0
                    },
                    "CONSULT" : {
                      "gold_events" : 1,
                      "type_accuracy" : 1.0,
                      "gold_triples" : 1,
                      "predicted_triples" : 1,
                      "matched_triples" : 1,
                      "triple_precision" : 1.0,
                      "triple_recall" : 1.0,
                      "triple_f1" : 1.0
                    },
                    "REQUEST" : {
                      "gold_events" : 1,
                      "type_accuracy" : 0.0,
                      "gold_triples" : 1,
                      "predicted_triples" : 0,
                      "matched_triples" : 0,
                      "triple_precision" : 0.0,
                      "triple_recall" : 0.0,
                      "triple_f1" : 0.0
                    }
                  }
                }
                """.formatted(gold, gold));
    }

    @Test
    void listsErrorsInJson() {
        run("events", gold.toString(), "--format", "json", "--errors");

        assertThat(out.toString().replace(System.lineSeparator(), "\n")).contains("""
                  "errors" : [ {
                    "id" : "G2",
                    "origin" : "%s:2",
                    "text" : "Kuleba urged Russia to pull back its troops.",
                    "gold" : [ {
                      "event" : "REQUEST",
                      "mode" : null,
                      "actors" : [ "UKR" ],
                      "recipients" : [ "RUS" ],
                      "cameo" : null
                    } ],
                    "gold_triples" : [ "UKR REQUEST RUS" ],
                    "predicted" : [ {
                      "event" : "ACCUSE",
                      "mode" : null,
                      "status" : "asserted",
                      "actors" : [ "UKR" ],
                      "recipients" : [ "RUS" ],
                      "cameo" : "000",
                      "verb" : "met",
                      "rule" : "test"
                    } ],
                    "predicted_triples" : [ "UKR ACCUSE RUS" ]
                  } ]
                }
                """.formatted(gold));
    }

    @Test
    void aFileWithoutGoldRecordsIsAnError() throws IOException {
        Path empty = Files.writeString(dir.resolve("notes.txt"), "nothing\n");

        assertThat(run("events", empty.toString())).isEqualTo(ExitCodes.ERROR);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().replace(System.lineSeparator(), "\n")).isEqualTo("skipped " + empty
                + ": neither PLOVER gold records (JSON lines) nor PETRARCH-2 validation XML\n"
                + "storyline: no gold records in " + empty + "\n");
    }

    @Test
    void isASubcommandOfStoryline() {
        Path missing = dir.resolve("missing.jsonl");
        int code = StorylineCommand.execute(new PrintWriter(out), new PrintWriter(err), "eval", "events",
                missing.toString());

        assertThat(code).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).startsWith("skipped " + missing + ": cannot be read (");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(run("events", gold.toString(), "--format", "xml")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("Invalid value for option '--format': expected one of [text, json]");
    }

    private int run(String... args) {
        CommandLine command = new CommandLine(new EvalCommand(
                () -> article -> new AnnotatedArticle(article, List.of()), () -> CODER));
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    private static EventMention mention(String event, String mode, String status, String actor, String recipient) {
        return new EventMention("a1", 0, 0, 10, List.of(new Actor(actor, null, actor, 0, 3, "dictionary")),
                List.of(new Actor(recipient, null, recipient, 5, 8, "dictionary")), event, mode, List.of(), "000",
                0, 1, "2022-02-01", "published", "met", 3, 6, status, "test");
    }
}
