package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;
import org.storyline.store.EmbeddedStore;

/** The story commands on a store built from literal articles: no language model, exact outputs. */
class StoriesCommandTest {
    private static final String CALL = "US Secretary of State Antony Blinken urged Russia on Tuesday to withdraw the "
            + "troops it has amassed on the frontier with Ukraine, in a telephone call with Sergey Lavrov.";
    private static final String FLOODS = "Heavy monsoon rain caused floods across Kerala, and rescue teams used "
            + "boats to reach villages cut off by the water.";

    @TempDir
    Path store;

    private String call;
    private String floods;

    @BeforeEach
    void buildStore() {
        Article a = Article.of(CALL, new Publication("https://apnews.com/call", "AP", LocalDate.parse("2022-02-01"),
                "Call", "ap.jsonl:1"));
        Article b = Article.of(FLOODS, new Publication(null, "The Hindu", LocalDate.parse("2022-02-03"), "Floods",
                "hindu.jsonl:1"));
        call = a.id();
        floods = b.id();
        try (EmbeddedStore s = EmbeddedStore.open(store)) {
            s.add(new AnnotatedArticle(a, List.of()));
            s.add(new AnnotatedArticle(b, List.of()));
        }
    }

    @Test
    void storiesAreListedLatestFirstAfterPlacingTheArticlesWithoutOne() {
        Run run = Run.run("stories", "--store", store.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEqualTo("placed 2 article(s): 2 new stories, 0 near-duplicate(s), 0 merge(s)\n");
        assertThat(run.out()).isEqualTo(
                floods + "  2022-02-03..2022-02-03    1 article(s)   1 outlet(s)  floods, boats, caused, cut, heavy, "
                        + "kerala\n"
                        + call + "  2022-02-01..2022-02-01    1 article(s)   1 outlet(s)  call, amassed, antony, "
                        + "blinken, frontier, lavrov\n");
    }

    @Test
    void storiesAsJsonCarryTheirDatesAndCounts() {
        Run run = Run.run("stories", "--store", store.toString(), "--format", "json", "--limit", "1");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("\"id\" : \"" + floods + "\"", "\"first_date\" : \"2022-02-03\"",
                "\"articles\" : 1", "\"outlets\" : 1").doesNotContain(call);
    }

    @Test
    void anUnknownStoryIsAUsageError() {
        Run.run("stories", "--store", store.toString());

        Run run = Run.run("timeline", "--store", store.toString(), "--story", "0000000000000000");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no story 0000000000000000 in the store");
    }

    @Test
    void searchResultsNameTheStoryOfEachArticle() {
        Run.run("stories", "--store", store.toString());

        Run run = Run.run("search", "--store", store.toString(), "Kerala");

        assertThat(run.out()).contains(floods + " · story " + floods);
    }
}
