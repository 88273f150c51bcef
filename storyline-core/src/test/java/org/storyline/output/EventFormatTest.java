package org.storyline.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.code.Actor;
import org.storyline.code.CitedMention;
import org.storyline.code.Event;
import org.storyline.code.EventMention;
import org.storyline.code.EventMerger;
import org.storyline.ingest.Publication;

class EventFormatTest {
    private static final String SENTENCE = "Blinken spoke with Lavrov by phone.";

    @Test
    void jsonListsANearDuplicateCopyAsAlsoPublishedByAndMarksItsMention() throws Exception {
        CitedMention original = cited("wire1", "AP", "https://ap.example/call", "2022-02-01");
        CitedMention copy = cited("copy1", "Daily Courier", "https://courier.example/phone", "2022-02-02");
        Event event = EventMerger.merge(List.of(original, copy), Map.of("copy1", "wire1")).get(0);

        JsonNode json = Json.mapper().readTree(EventFormat.JSON.render(List.of(event))).get(0);

        assertThat(json.get("num_articles").asInt()).isEqualTo(1);
        assertThat(json.get("num_sources").asInt()).isEqualTo(1);
        assertThat(json.get("mentions")).hasSize(2);
        assertThat(json.get("mentions").get(0).has("copy_of")).isFalse();
        assertThat(json.get("mentions").get(1).get("copy_of").asText()).isEqualTo("wire1");
        assertThat(json.get("also_published_by").toString()).isEqualTo("[{\"article_id\":\"copy1\","
                + "\"copy_of\":\"wire1\",\"url\":\"https://courier.example/phone\",\"outlet\":\"Daily Courier\","
                + "\"published\":\"2022-02-02\"}]");
        assertThat(EventExplanation.render(event)).contains("mention 2: article copy1, Daily Courier, published "
                + "2022-02-02, https://courier.example/phone; near-duplicate of article wire1, not counted\n");
    }

    @Test
    void jsonLeavesAlsoPublishedByOutWithoutCopies() throws Exception {
        Event event = EventMerger.merge(List.of(cited("wire1", "AP", null, "2022-02-01"))).get(0);

        JsonNode json = Json.mapper().readTree(EventFormat.JSON.render(List.of(event))).get(0);

        assertThat(json.has("also_published_by")).isFalse();
        assertThat(json.get("mentions").get(0).has("copy_of")).isFalse();
    }

    private static CitedMention cited(String articleId, String outlet, String url, String published) {
        EventMention mention = new EventMention(articleId, 0, 0, SENTENCE.length(),
                List.of(new Actor("USA", "GOV", "Blinken", 0, 7, "dictionary")),
                List.of(new Actor("RUS", "GOV", "Lavrov", 19, 25, "dictionary")), "CONSULT", null, List.of(), "040",
                1.0, 1, "2022-02-01", "text", "spoke", 8, 13, "asserted", "speak with");
        return new CitedMention(mention, 0, SENTENCE,
                List.of(new Publication(url, outlet, LocalDate.parse(published), null, "feed.jsonl:1")));
    }
}
