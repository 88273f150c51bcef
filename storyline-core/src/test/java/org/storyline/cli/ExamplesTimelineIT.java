package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.cli.Run.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.output.Json;
import org.storyline.store.EmbeddedStore;

/** The main jobs, timeline and events, end to end through the command line, on the five founding articles. */
class ExamplesTimelineIT {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    static Path store;

    private static Run firstTimeline;

    @BeforeAll
    static void buildTimeline() {
        firstTimeline = run("timeline", "--store", store.toString(), "--format", "json", EXAMPLES.toString());
    }

    @Test
    void firstRunIngestsTheFiveArticlesAndExitsCleanly() {
        assertThat(firstTimeline.exit()).as(firstTimeline.err()).isZero();
        assertThat(firstTimeline.err())
                .contains("5 file(s): 5 article(s) ingested, 0 publication(s) added, 0 already present, 0 skipped");
    }

    @Test
    void timelineHasTheKeyDatesOfTheStory() throws Exception {
        List<String> dates = new ArrayList<>();
        Json.mapper().readTree(firstTimeline.out()).get("dates").forEach(d -> dates.add(d.get("date").asText()));

        assertThat(dates).contains("2022-01-05", "2022-01-21", "2022-02-01", "2022-02-15", "2022-02-17");
        assertThat(dates).isSorted();
    }

    @Test
    void theFebruaryFirstCallIsOneLineCitingBothArticlesThatReportIt() throws Exception {
        JsonNode february1 = null;
        for (JsonNode date : Json.mapper().readTree(firstTimeline.out()).get("dates")) {
            if (date.get("date").asText().equals("2022-02-01")) {
                february1 = date;
            }
        }
        assertThat(february1).isNotNull();
        List<JsonNode> callLines = new ArrayList<>();
        for (JsonNode line : february1.get("lines")) {
            boolean aboutTheCall = false;
            for (JsonNode citation : line.get("citations")) {
                aboutTheCall |= citation.get("sentence").asText().contains("Lavrov");
            }
            if (aboutTheCall) {
                callLines.add(line);
            }
        }
        assertThat(callLines).hasSize(1);
        List<String> origins = new ArrayList<>();
        callLines.get(0).get("sources").forEach(s -> origins.add(Path.of(s.get("origin").asText()).getFileName().toString()));
        assertThat(origins).contains("000_4b836f8422cedee9.txt", "001_1a86e49c1743badb.txt");
    }

    @Test
    void everyLineIsCitedToASentenceOfAnArticleThatContainsIt() throws Exception {
        for (JsonNode date : Json.mapper().readTree(firstTimeline.out()).get("dates")) {
            for (JsonNode line : date.get("lines")) {
                assertThat(line.get("sources").size()).isPositive();
                String text = line.get("text").asText();
                boolean cited = false;
                for (JsonNode citation : line.get("citations")) {
                    cited |= citation.get("sentence").asText().replaceAll("\\s+", " ").strip().equals(text);
                }
                assertThat(cited).as(text).isTrue();
            }
        }
    }

    @Test
    void ingestingAgainFindsEverythingAlreadyPresent() {
        Run again = run("ingest", "--store", store.toString(), EXAMPLES.toString());

        assertThat(again.exit()).isZero();
        assertThat(again.err())
                .contains("5 file(s): 0 article(s) ingested, 0 publication(s) added, 5 already present, 0 skipped");
        assertThat(run("articles", "--store", store.toString()).out()).startsWith("5 article(s) stored.");
    }

    @Test
    void searchRanksMatchingArticlesWithHighlightedSnippets() {
        Run search = run("search", "--store", store.toString(), "Kuleba");

        assertThat(search.exit()).isZero();
        String[] hits = search.out().split("\n(?=\\d+\\. )");
        assertThat(hits).hasSize(2);
        assertThat(hits[0]).startsWith("1. ").contains("2022-02-01").contains("[[Kuleba]]");
        assertThat(hits[1]).startsWith("2. ").contains("2022-01-21").contains("[[Kuleba]]");
    }

    @Test
    void aQueryRestrictsTheTimelineToMatchingArticles() throws Exception {
        Run run = run("timeline", "--store", store.toString(), "--query", "Qatar", "--format", "json");

        JsonNode timeline = Json.mapper().readTree(run.out());
        assertThat(timeline.get("articles").asInt()).isEqualTo(1);
        List<String> origins = new ArrayList<>();
        timeline.get("dates").forEach(d -> d.get("lines").forEach(l -> l.get("sources")
                .forEach(s -> origins.add(Path.of(s.get("origin").asText()).getFileName().toString()))));
        assertThat(origins).isNotEmpty().containsOnly("002_aae8e9759afd3c45.txt");
    }

    @Test
    void badInputsAreNamedSkippedAndDoNotStopTheRest(@TempDir Path inputs) throws Exception {
        Files.writeString(inputs.resolve("empty.txt"), "");
        Files.write(inputs.resolve("binary.bin"), new byte[] {0, 1, 2, 3, 0, (byte) 0xff});
        Files.writeString(inputs.resolve("copy.txt"), Files.readString(EXAMPLES.resolve("003_f9b24e5332cffdf2.txt")),
                StandardCharsets.UTF_8);

        Run run = run("ingest", "--store", store.toString(), inputs.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(run.err()).contains("empty.txt").contains("binary.bin")
                .contains("0 article(s) ingested, 0 publication(s) added, 1 already present, 2 skipped");
        assertThat(run("articles", "--store", store.toString()).out()).startsWith("5 article(s) stored.");
    }

    @Test
    void eventsAreTheRequiredOnesEachReportedOnce() throws Exception {
        Run run = run("events", "--store", store.toString(), "--format", "json");

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> events = new ArrayList<>();
        JsonNode phoneCall = null;
        for (JsonNode event : Json.mapper().readTree(run.out())) {
            String key = codes(event.get("actor")) + ">" + event.get("event").asText() + ">"
                    + codes(event.get("recipient")) + " " + event.get("date").asText();
            events.add(key);
            if (key.equals("USA>CONSULT>RUS 2022-02-01")) {
                phoneCall = event;
            }
        }
        assertThat(events).doesNotHaveDuplicates().contains("USA>CONSULT>RUS 2022-02-01",
                "USA>REQUEST>RUS 2022-02-01", "USA>THREATEN>RUS 2022-02-01", "UKR>REQUEST>RUS 2022-02-01",
                "RUS>MOBILIZE> 2022-02-01", "RUS>REJECT> 2022-02-01", "USA>CONSULT>RUS 2022-02-15",
                "USA>CONSULT>CAN+QAT 2022-02-17", "USA>AGREE>RUS 2022-01-21");
        assertThat(phoneCall.get("mode").asText()).isEqualTo("phone");
        assertThat(phoneCall.get("num_articles").asInt()).isEqualTo(2);
        Set<String> files = new TreeSet<>();
        try (EmbeddedStore opened = EmbeddedStore.open(store)) {
            for (JsonNode mention : phoneCall.get("mentions")) {
                String origin = opened.find(mention.get("article_id").asText()).orElseThrow().article()
                        .firstPublication().origin();
                files.add(Path.of(origin).getFileName().toString());
            }
        }
        assertThat(files).containsExactly("000_4b836f8422cedee9.txt", "001_1a86e49c1743badb.txt");
    }

    @Test
    void recodingTheStoreGivesTheSameEventsWithoutLoadingModels() {
        String before = run("events", "--store", store.toString(), "--all", "--format", "jsonl").out();

        Run recode = run("recode", "--store", store.toString());

        assertThat(recode.exit()).as(recode.err()).isZero();
        assertThat(recode.err()).startsWith("5 article(s) recoded: ").endsWith(" 0 skipped\n");
        assertThat(run("events", "--store", store.toString(), "--all", "--format", "jsonl").out()).isEqualTo(before);
    }

    private static String codes(JsonNode actors) {
        Set<String> codes = new TreeSet<>();
        actors.forEach(a -> codes.add(a.get("code").asText()));
        return String.join("+", codes);
    }
}
