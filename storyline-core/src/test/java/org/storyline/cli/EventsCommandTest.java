package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.cli.Run.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Sentence;
import org.storyline.code.Actor;
import org.storyline.code.EventMention;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;
import org.storyline.store.EmbeddedStore;

/** The events command on a store built from literal records: no language model, exact outputs. */
class EventsCommandTest {
    private static final String CALL = "Blinken spoke with Lavrov by phone on Tuesday.";
    private static final String CALL_AGAIN = "On Tuesday, Blinken talked to Lavrov by phone. Russia could invade.";
    private static final String CALL_ID = "15c32848d8f04040";
    private static final String SCALE = "1.5";

    @TempDir
    Path store;

    private String first;
    private String second;

    @BeforeEach
    void buildStore() {
        Article ap = Article.of(CALL, new Publication("https://apnews.com/call", "AP", LocalDate.parse("2022-02-01"),
                "Call", "ap.jsonl:1"));
        Article reuters = Article.of(CALL_AGAIN, new Publication(null, "Reuters", LocalDate.parse("2022-02-02"),
                null, "reuters.jsonl:1"));
        first = ap.id();
        second = reuters.id();
        try (EmbeddedStore s = EmbeddedStore.open(store)) {
            s.add(new AnnotatedArticle(ap, List.of(sentence(0, CALL, 0))), List.of(
                    call(first, 0, 0, CALL.length(), "Blinken", 0, "Lavrov", 19, "spoke", 8, "text")));
            s.add(new AnnotatedArticle(reuters, List.of(sentence(0, CALL_AGAIN.substring(0, 46), 0),
                    sentence(1, CALL_AGAIN.substring(47), 47))), List.of(
                    call(second, 0, 0, 46, "Blinken", 12, "Lavrov", 30, "talked", 20, "published"),
                    new EventMention(second, 1, 47, CALL_AGAIN.length(),
                            List.of(new Actor("RUS", null, "Russia", 47, 53, "dictionary")), List.of(), "ASSAULT",
                            null, List.of(), "190", -10.0, 4, "2022-02", "published", "invade", 60, 66,
                            "hypothetical", "could VERB")));
        }
    }

    @Test
    void jsonHasOneRecordPerEventWithEveryMention() {
        Run run = run("events", "--store", store.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                [ {
                  "id" : "%s",
                  "date" : "2022-02-01",
                  "date_source" : "text",
                  "actor" : [ {
                    "code" : "USA",
                    "sector" : "GOV",
                    "entity_text" : "Blinken"
                  } ],
                  "recipient" : [ {
                    "code" : "RUS",
                    "sector" : "GOV",
                    "entity_text" : "Lavrov"
                  } ],
                  "event" : "CONSULT",
                  "mode" : "phone",
                  "context" : [ "diplomatic" ],
                  "quad_code" : 1,
                  "event_scale" : %s,
                  "cameo" : "041",
                  "goldstein" : 1.0,
                  "num_articles" : 2,
                  "num_sources" : 2,
                  "mentions" : [ {
                    "article_id" : "%s",
                    "url" : "https://apnews.com/call",
                    "outlet" : "AP",
                    "published" : "2022-02-01",
                    "sentence" : "Blinken spoke with Lavrov by phone on Tuesday.",
                    "char_start" : 0,
                    "char_end" : 46,
                    "rule" : "speak with"
                  }, {
                    "article_id" : "%s",
                    "outlet" : "Reuters",
                    "published" : "2022-02-02",
                    "sentence" : "On Tuesday, Blinken talked to Lavrov by phone.",
                    "char_start" : 0,
                    "char_end" : 46,
                    "rule" : "speak with"
                  } ]
                } ]
                """.formatted(CALL_ID, SCALE, first, second));
    }

    @Test
    void jsonLinesAndAllAddTheHypotheticalEventAsARecordOfItsOwnInDateOrder() {
        Run run = run("events", "--store", store.toString(), "--format", "jsonl", "--all");

        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith("{\"id\":\"" + CALL_ID + "\",\"date\":\"2022-02-01\"")
                .contains("\"num_articles\":2").doesNotContain("status");
        assertThat(lines[0]).isEqualTo("{\"id\":\"c3261e23284f6812\",\"date\":\"2022-02\",\"date_source\":"
                + "\"published\",\"actor\":[{\"code\":\"RUS\",\"entity_text\":\"Russia\"}],\"recipient\":[],"
                + "\"event\":\"ASSAULT\",\"context\":[],\"quad_code\":4,\"event_scale\":-9.0,\"cameo\":\"190\","
                + "\"goldstein\":-10.0,\"num_articles\":1,\"num_sources\":1,\"mentions\":[{\"article_id\":\"" + second
                + "\",\"outlet\":\"Reuters\",\"published\":\"2022-02-02\",\"sentence\":\"Russia could invade.\","
                + "\"char_start\":47,\"char_end\":67,\"rule\":\"could VERB\"}],\"status\":\"hypothetical\"}");
    }

    @Test
    void csvIsOneFlatRowPerEvent() {
        Run run = run("events", "--store", store.toString(), "--format", "csv");

        assertThat(run.out()).isEqualTo("id,date,date_source,actor,actor_sector,recipient,event,mode,context,"
                + "quad_code,cameo,goldstein,event_scale,num_articles,num_sources,url,status\n"
                + CALL_ID + ",2022-02-01,text,USA,GOV,RUS,CONSULT,phone,diplomatic,1,041,1.0," + SCALE
                + ",2,2,https://apnews.com/call,asserted\n");
    }

    @Test
    void tsvFollowsTheGdeltColumns() {
        Run run = run("events", "--store", store.toString(), "--format", "tsv");

        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(2);
        String[] header = lines[0].split("\t", -1);
        String[] row = lines[1].split("\t", -1);
        assertThat(header).hasSize(61).startsWith("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
                "Actor1Code").endsWith("DATEADDED", "SOURCEURL");
        assertThat(row).hasSize(61);
        assertThat(String.join("|", row)).isEqualTo(CALL_ID + "|20220201|202202|2022|2022.1671|USAGOV|Blinken|USA"
                + "|||||GOV|||RUSGOV|Lavrov|RUS|||||GOV|||"
                + "|041|041|04|1|1.0|2|2|2|" + "|".repeat(25) + "|https://apnews.com/call");
    }

    @Test
    void filtersKeepWholeEvents() {
        assertThat(run("events", "--store", store.toString(), "--format", "jsonl", "--actor", "usa", "--type",
                "consult", "--from", "2022-02-01", "--to", "2022-02-01").out().lines()).hasSize(1);
        assertThat(run("events", "--store", store.toString(), "--format", "jsonl", "--recipient", "UKR").out())
                .isEmpty();
        assertThat(run("events", "--store", store.toString(), "--format", "jsonl", "--all", "--from", "2022-02-10")
                .out()).contains("\"event\":\"ASSAULT\"").doesNotContain("CONSULT");
        assertThat(run("events", "--store", store.toString(), "--format", "jsonl", "--to", "2022-01-31").out())
                .isEmpty();
    }

    @Test
    void explainMarksActorVerbAndRecipientInEachSentence() {
        Run run = run("events", "--store", store.toString(), "--explain", CALL_ID);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(("event %s: 2022-02-01 (text) USA -> RUS CONSULT (phone), CAMEO 041, "
                + "Goldstein 1.0, event scale %s, asserted, 2 article(s), 2 source(s)\n"
                + "\n"
                + "mention 1: article %s, AP, published 2022-02-01, https://apnews.com/call\n"
                + "  sentence 0, chars 0-46: [Blinken] {spoke} with <Lavrov> by phone on Tuesday.\n"
                + "  actor     USA GOV \"Blinken\" chars 0-7, by office\n"
                + "  verb      \"spoke\" chars 8-13\n"
                + "  recipient RUS GOV \"Lavrov\" chars 19-25, by office\n"
                + "  date      2022-02-01 (text), status asserted, rule speak with\n"
                + "\n"
                + "mention 2: article %s, Reuters, published 2022-02-02\n"
                + "  sentence 0, chars 0-46: On Tuesday, [Blinken] {talked} to <Lavrov> by phone.\n"
                + "  actor     USA GOV \"Blinken\" chars 12-19, by office\n"
                + "  verb      \"talked\" chars 20-26\n"
                + "  recipient RUS GOV \"Lavrov\" chars 30-36, by office\n"
                + "  date      2022-02-01 (published), status asserted, rule speak with\n")
                .formatted(CALL_ID, SCALE, first, second));
    }

    @Test
    void badOptionsAndUnknownIdsSayWhy() {
        Run badType = run("events", "--store", store.toString(), "--type", "CHAT");
        Run badFormat = run("events", "--store", store.toString(), "--format", "xml");
        Run unknown = run("events", "--store", store.toString(), "--explain", "0000000000000000");

        assertThat(badType.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badType.err()).contains("--type must be a PLOVER event type (").contains("CONSULT")
                .contains("not 'CHAT'");
        assertThat(badFormat.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badFormat.err()).contains("--format must be json, jsonl, csv or tsv, not 'xml'");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(unknown.err()).isEqualTo("storyline: no event 0000000000000000 in the store\n");
    }

    @Test
    void recodeReplacesTheMentionsFromTheStoredAnnotations() {
        Run recode = run("recode", "--store", store.toString());

        assertThat(recode.exit()).as(recode.err()).isZero();
        assertThat(recode.err()).isEqualTo("2 article(s) recoded: 0 event mention(s), 0 skipped\n");
        assertThat(run("events", "--store", store.toString(), "--all").out()).isEqualTo("[ ]\n");
    }

    private static EventMention call(String articleId, int sentence, int start, int end, String actor, int actorAt,
                                     String recipient, int recipientAt, String verb, int verbAt, String dateSource) {
        return new EventMention(articleId, sentence, start, end,
                List.of(new Actor("USA", "GOV", actor, actorAt, actorAt + actor.length(), "office")),
                List.of(new Actor("RUS", "GOV", recipient, recipientAt, recipientAt + recipient.length(), "office")),
                "CONSULT", "phone", List.of("diplomatic"), "041", 1.0, 1, "2022-02-01", dateSource, verb, verbAt,
                verbAt + verb.length(), "asserted", "speak with");
    }

    private static Sentence sentence(int index, String text, int start) {
        return new Sentence(index, text, start, start + text.length(), List.of(), List.of(), List.of(), List.of(),
                null, null);
    }
}
