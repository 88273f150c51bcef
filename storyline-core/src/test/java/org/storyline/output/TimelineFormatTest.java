package org.storyline.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.summarize.Citation;
import org.storyline.summarize.Source;
import org.storyline.summarize.Timeline;
import org.storyline.summarize.TimelineDate;
import org.storyline.summarize.TimelineLine;

class TimelineFormatTest {
    private static final LocalDate FEB_1 = LocalDate.of(2022, 2, 1);

    private static Timeline timeline(String text, String url) {
        Source wire = new Source("aaaa", url, "The Wire", FEB_1, "Call", "in/wire.jsonl:3", null);
        Source file = new Source("bbbb", null, null, FEB_1, null, "examples/001.txt", null);
        TimelineLine line = new TimelineLine(text, List.of(wire, file),
                List.of(new Citation("aaaa", 0, 0, text.length(), text)), "told by 2 article(s)");
        return new Timeline("Lavrov", 2, List.of(new TimelineDate(FEB_1, List.of(line), 5.0, "named", List.of())));
    }

    @Test
    void markdownListsEachDateWithItsLinesAndSources() {
        String markdown = TimelineFormat.MD.render(timeline("Blinken spoke with Lavrov.", "https://wire.example/call"));

        assertThat(markdown).isEqualTo("""
                # Timeline: Lavrov

                1 date(s) from 2 article(s).

                ## Tuesday 1 February 2022

                - Blinken spoke with Lavrov.
                  — The Wire (2022-02-01) https://wire.example/call; 001.txt (2022-02-01)
                """);
    }

    @Test
    void markdownAndHtmlShowANearDuplicateCopyAsAlsoPublishedBy() {
        String text = "Blinken spoke with Lavrov.";
        Source wire = new Source("aaaa", null, "The Wire", FEB_1, "Call", "in/wire.jsonl:3", null);
        Source copy = new Source("cccc", null, "Daily", FEB_1, "Phone call", "in/daily.jsonl:1", "aaaa");
        TimelineLine line = new TimelineLine(text, List.of(wire, copy),
                List.of(new Citation("aaaa", 0, 0, 26, text), new Citation("cccc", 0, 0, 26, text)), "told by 1");
        Timeline timeline = new Timeline(null, 2, List.of(new TimelineDate(FEB_1, List.of(line), 3.0, "named",
                List.of())));

        assertThat(TimelineFormat.MD.render(timeline)).endsWith("""
                - Blinken spoke with Lavrov.
                  — The Wire (2022-02-01); also published by Daily (2022-02-01)
                """);
        assertThat(TimelineFormat.HTML.render(timeline))
                .contains("<div class=\"src\">The Wire (2022-02-01); also published by Daily (2022-02-01)</div>");
    }

    @Test
    void jsonUsesSnakeCaseAndIsoDates() throws Exception {
        String json = TimelineFormat.JSON.render(timeline("Blinken spoke with Lavrov.", "https://wire.example/call"));

        JsonNode root = Json.mapper().readTree(json);
        assertThat(root.get("query").asText()).isEqualTo("Lavrov");
        JsonNode date = root.get("dates").get(0);
        assertThat(date.get("date").asText()).isEqualTo("2022-02-01");
        JsonNode line = date.get("lines").get(0);
        assertThat(line.get("text").asText()).isEqualTo("Blinken spoke with Lavrov.");
        assertThat(line.get("sources").get(0).get("article_id").asText()).isEqualTo("aaaa");
        assertThat(line.get("sources").get(0).get("published").asText()).isEqualTo("2022-02-01");
        assertThat(line.get("sources").get(1).has("url")).isFalse();
        assertThat(line.get("sources").get(1).has("copy_of")).isFalse();
        assertThat(line.get("citations").get(0).get("char_end").asInt()).isEqualTo(26);
        assertThat(date.get("event_ids").isArray()).isTrue();
    }

    @Test
    void htmlEscapesUntrustedTextAndRefusesScriptLinks() {
        String html = TimelineFormat.HTML.render(timeline("<script>alert(1)</script> said \"hi\"", "javascript:alert(1)"));

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; said &quot;hi&quot;")
                .doesNotContain("<script>").doesNotContain("href=\"javascript:");
    }
}
