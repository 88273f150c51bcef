package org.storyline.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.annotate.CoreNlpAnnotator;
import org.storyline.cli.EventCoding;
import org.storyline.code.Actor;
import org.storyline.code.CitedMention;
import org.storyline.code.Event;
import org.storyline.code.EventMerger;
import org.storyline.ingest.CorpusReader;
import org.storyline.ingest.Publication;
import org.storyline.pipeline.IngestReport;
import org.storyline.pipeline.Ingestion;
import org.storyline.pipeline.ProgressListener;
import org.storyline.store.ArticleStore;
import org.storyline.store.EmbeddedStore;
import org.storyline.store.Store;

class StorylineJobIT {
    private static final Path EXAMPLES = Path.of("../examples");
    /** The White House corpus of the shared data, beside the repository; the slice test is skipped without it. */
    private static final Path WHITE_HOUSE = Path.of("../../shared/data/whitehouse");
    /** Files of the White House slice: the first in path order, as {@code bench --limit} takes them. */
    private static final int SLICE = 12;

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void theJobStoresTheSameEventsAsTheLocalRunner(@TempDir Path dir) throws Exception {
        List<Path> files = new CorpusReader().listFiles(List.of(EXAMPLES), skip -> {
            throw new AssertionError(skip.toString());
        });
        JobExecutionResult result = runJob(files, dir.resolve("flink"));
        assertThat(result.<Long>getAccumulatorResult(StorylineJob.SKIPPED_COUNT)).isZero();
        assertThat(result.<Long>getAccumulatorResult(AnnotateAndCode.ARTICLES)).isEqualTo(5);
        assertThat(result.<Long>getAccumulatorResult(AnnotateAndCode.SENTENCES)).isEqualTo(88);

        List<String> local;
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("local"))) {
            IngestReport report = new Ingestion(new CorpusReader(), CoreNlpAnnotator::shared, EventCoding::standard,
                    store, 2).run(List.of(EXAMPLES), ProgressListener.NONE);
            assertThat(report.stored()).isEqualTo(5);
            local = events(store);
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("flink"))) {
            assertThat(store.count()).isEqualTo(5);
            assertThat(events(store)).isEqualTo(local);
        }
        assertThat(local).hasSizeGreaterThan(20);
    }

    @Test
    void theJobStoresTheSameEventsAsTheLocalRunnerOnASliceOfTheWhiteHouseCorpus(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(WHITE_HOUSE), "shared White House data not present");
        List<Path> slice = new CorpusReader().listFiles(List.of(WHITE_HOUSE), skip -> {
            throw new AssertionError(skip.toString());
        }).subList(0, SLICE);
        JobExecutionResult result = runJob(slice, dir.resolve("flink"));
        assertThat(result.<Long>getAccumulatorResult(StorylineJob.SKIPPED_COUNT)).isZero();

        List<String> local;
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("local"))) {
            IngestReport report = new Ingestion(new CorpusReader(), CoreNlpAnnotator::shared, EventCoding::standard,
                    store, 2).run(slice, ProgressListener.NONE);
            assertThat(report.skipped()).isEmpty();
            assertThat(result.<Long>getAccumulatorResult(AnnotateAndCode.ARTICLES)).isEqualTo((long) report.stored());
            local = events(store);
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("flink"))) {
            assertThat(events(store)).isEqualTo(local);
        }
        assertThat(local).isNotEmpty();
    }

    @Test
    void twoSinksWriteTheSameEventsToPostgres(@TempDir Path dir) throws Exception {
        List<Path> files = new CorpusReader().listFiles(List.of(EXAMPLES), skip -> {
            throw new AssertionError(skip.toString());
        });
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            StreamExecutionEnvironment environment = StreamExecutionEnvironment.getExecutionEnvironment();
            environment.setParallelism(2);
            StorylineJob.define(environment, files, () -> Store.open(url), 2);
            JobExecutionResult result = environment.execute("storyline to postgres");
            assertThat(result.<Long>getAccumulatorResult(AnnotateAndCode.ARTICLES)).isEqualTo(5);

            List<String> local;
            try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("local"))) {
                new Ingestion(new CorpusReader(), CoreNlpAnnotator::shared, EventCoding::standard, store, 2)
                        .run(List.of(EXAMPLES), ProgressListener.NONE);
                local = events(store);
            }
            try (Store store = Store.open(url)) {
                assertThat(store.count()).isEqualTo(5);
                assertThat(events(store)).isEqualTo(local);
            }
        }
    }

    @Test
    void aTextReadTwiceIsStoredOnceWithBothPublications(@TempDir Path dir) throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        String text = "Ministers met in Geneva on Friday to discuss the troops on the border.";
        Files.writeString(inputs.resolve("a.txt"), " date 2022-01-21 " + text + "\n");
        Files.writeString(inputs.resolve("b.txt"), " date 2022-01-22 " + text + "\n");
        Files.writeString(inputs.resolve("c.txt"), "no date here\n");

        JobExecutionResult result = runJob(new CorpusReader().listFiles(List.of(inputs), skip -> {
        }), dir.resolve("store"));

        assertThat(result.<Long>getAccumulatorResult(StorylineJob.SKIPPED_COUNT)).isEqualTo(1);
        assertThat(result.<Long>getAccumulatorResult(AnnotateAndCode.ARTICLES)).isEqualTo(1);

        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("store"))) {
            assertThat(store.count()).isEqualTo(1);
            String id = store.list(0, 1).get(0).id();
            assertThat(store.find(id).orElseThrow().article().publications()).extracting(Publication::origin)
                    .containsExactly(inputs.resolve("a.txt").toString(), inputs.resolve("b.txt").toString());
        }
    }

    private static JobExecutionResult runJob(List<Path> files, Path store) throws Exception {
        StreamExecutionEnvironment environment = StreamExecutionEnvironment.getExecutionEnvironment();
        environment.setParallelism(2);
        String storeDir = store.toString();
        StorylineJob.define(environment, files, () -> EmbeddedStore.open(Path.of(storeDir)));
        return environment.execute("storyline test");
    }

    /** Each event as id, type, actor and recipient codes, date, status and number of mentions. */
    private static List<String> events(ArticleStore store) {
        List<CitedMention> mentions = new ArrayList<>();
        store.forEachEventMention(mentions::add);
        return EventMerger.merge(mentions).stream().map(StorylineJobIT::describe).toList();
    }

    private static String describe(Event event) {
        return String.join(" ", event.id(), event.event(), codes(event.actors()), "->", codes(event.recipients()),
                event.date(), event.status(), Integer.toString(event.mentions().size()));
    }

    private static String codes(List<Actor> actors) {
        return String.join(",", actors.stream().map(Actor::code).toList());
    }
}
