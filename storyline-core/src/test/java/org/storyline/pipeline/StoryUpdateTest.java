package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.ingest.ArticleIds;
import org.storyline.ingest.CorpusReader;
import org.storyline.store.EmbeddedStore;
import org.storyline.story.NearDuplicate;
import org.storyline.story.Story;
import org.storyline.story.StoryOptions;

class StoryUpdateTest {
    private static final String CALL = "US Secretary of State Antony Blinken urged Russia on Tuesday to immediately "
            + "de-escalate tensions and withdraw the more than 100,000 troops it has amassed on the frontier with "
            + "Ukraine. In a telephone call with his Russian counterpart Sergey Lavrov, Blinken said that an "
            + "invasion would be met with swift and severe consequences, and asked Moscow to pursue a diplomatic "
            + "path. The State Department said the two men agreed to keep talking about mutual security concerns.";
    private static final String COPY = "Blinken presses Lavrov. By Matthew Lee, Associated Press. " + CALL
            + " Copyright 2022 The Associated Press. All rights reserved.";
    private static final String FLOODS = "Heavy monsoon rain caused floods across Kerala, and rescue teams used "
            + "boats to reach villages cut off by the water. Officials in Kerala said thousands of families moved to "
            + "relief camps as rivers burst their banks and landslides blocked roads.";
    private static final String CALL_ID = ArticleIds.of(CALL);
    private static final String FLOODS_ID = ArticleIds.of(FLOODS);
    private static final String COPY_ID = ArticleIds.of(COPY);

    private static IngestReport ingest(EmbeddedStore store, Path inputs) {
        return new Ingestion(new CorpusReader(), () -> article -> new AnnotatedArticle(article, List.of()),
                () -> article -> List.of(), store, 2).run(List.of(inputs), ProgressListener.NONE);
    }

    @Test
    void anIngestPlacesNewArticlesInStoriesAndALaterOneNeverRenamesThem(@TempDir Path dir) throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Files.writeString(first.resolve("floods.txt"), " date 2022-02-01 " + FLOODS + "\n");
        Files.writeString(first.resolve("call.txt"), " date 2022-02-01 " + CALL + "\n");
        Path second = Files.createDirectories(dir.resolve("second"));
        Files.writeString(second.resolve("copy.txt"), " date 2022-02-02 " + COPY + "\n");
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("store"))) {
            IngestReport report = ingest(store, first);

            assertThat(report.stories()).extracting(StoryReport::articles, StoryReport::founded)
                    .containsExactly(2, 2);
            List<Story> before = store.stories();
            assertThat(before).extracting(Story::id).containsExactlyInAnyOrder(CALL_ID, FLOODS_ID);

            IngestReport later = ingest(store, second);

            assertThat(later.stories()).extracting(StoryReport::articles, StoryReport::restored,
                    StoryReport::founded, StoryReport::nearDuplicates).containsExactly(1, 2, 0, 1);
            assertThat(store.storiesOf(List.of(CALL_ID, FLOODS_ID, COPY_ID)))
                    .containsEntry(CALL_ID, CALL_ID).containsEntry(FLOODS_ID, FLOODS_ID)
                    .containsEntry(COPY_ID, CALL_ID);
            assertThat(store.story(CALL_ID).orElseThrow()).extracting(Story::firstDate, Story::lastDate,
                    Story::articles).containsExactly(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 2), 2);
            assertThat(store.articlesOf(CALL_ID)).containsExactly(CALL_ID, COPY_ID);
            assertThat(store.nearDuplicatesOf(List.of(CALL_ID))).extracting(NearDuplicate::articleId,
                    NearDuplicate::originalId).containsExactly(tuple(COPY_ID, CALL_ID));
            assertThat(store.articlesWithoutStory()).isEmpty();
        }
    }

    @Test
    void clearedStoriesAreComputedAgainWithTheSameIds(@TempDir Path dir) throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("floods.txt"), " date 2022-02-01 " + FLOODS + "\n");
        Files.writeString(inputs.resolve("call.txt"), " date 2022-02-01 " + CALL + "\n");
        Files.writeString(inputs.resolve("copy.txt"), " date 2022-02-02 " + COPY + "\n");
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("store"))) {
            ingest(store, inputs);
            List<Story> before = store.stories();

            store.clearStories();
            assertThat(store.stories()).isEmpty();
            StoryReport report = new StoryUpdate(store, store, StoryOptions.defaults()).run();

            assertThat(report.articles()).isEqualTo(3);
            assertThat(store.stories()).isEqualTo(before);
        }
    }
}
