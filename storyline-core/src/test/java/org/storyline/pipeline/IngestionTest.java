package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Sentence;
import org.storyline.code.Actor;
import org.storyline.code.CitedMention;
import org.storyline.code.EventCoder;
import org.storyline.code.EventMention;
import org.storyline.ingest.Article;
import org.storyline.ingest.CorpusReader;
import org.storyline.ingest.Publication;
import org.storyline.ingest.Skip;
import org.storyline.store.EmbeddedStore;

class IngestionTest {
    private static final String TEXT = "Ministers met in Geneva on Friday to discuss the troops on the border.";

    /** Fails the test if the ingest asks for an annotator: known texts must not load any model. */
    private static final Annotator UNUSED = article -> {
        throw new AssertionError("annotated " + article.id());
    };

    /** Fails the test if the ingest asks for a coder: known texts must not be coded again. */
    private static final EventCoder NOT_CODING = article -> {
        throw new AssertionError("coded " + article.article().id());
    };

    @Test
    void knownTextsAreNotAnnotatedAgainAndNewPublicationsAreRecorded(@TempDir Path dir) throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("a.txt"), " date 2022-01-21 " + TEXT + "\n");
        Files.writeString(inputs.resolve("b.jsonl"), "{\"url\":\"https://news.example/geneva\",\"outlet\":\"News\","
                + "\"published\":\"2022-01-21\",\"title\":\"Geneva\",\"text\":\"" + TEXT + "\"}\n");
        Files.writeString(inputs.resolve("c.txt"), "no date here\n");
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("store"))) {
            Publication seed = new Publication(null, null, LocalDate.of(2022, 1, 21), null, "earlier.txt");
            store.add(new AnnotatedArticle(Article.of(TEXT, seed), List.of()));

            IngestReport report = new Ingestion(new CorpusReader(), () -> UNUSED, () -> NOT_CODING, store, 2)
                    .run(List.of(inputs), ProgressListener.NONE);

            assertThat(report.files()).isEqualTo(3);
            assertThat(report.stored()).isZero();
            assertThat(report.alreadyPresent()).isEqualTo(1);
            assertThat(report.publicationsAdded()).isEqualTo(1);
            assertThat(report.skipped()).extracting(Skip::location).containsExactly(inputs.resolve("c.txt").toString());
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.find(Article.of(TEXT, seed).id()).orElseThrow().article().publications())
                    .extracting(Publication::outlet).containsExactly(null, "News");
        }
    }

    @Test
    void anArticleThatCannotBeAnnotatedIsSkippedByNameAndTheRestIsStored(@TempDir Path dir) throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("good.txt"), " date 2022-01-21 " + TEXT + "\n");
        Files.writeString(inputs.resolve("bad.txt"), " date 2022-01-22 This text breaks the annotator.\n");
        Annotator failing = article -> {
            if (article.text().contains("breaks")) {
                throw new IllegalStateException("no sentence");
            }
            return new AnnotatedArticle(article, List.of());
        };
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("store"))) {
            IngestReport report = new Ingestion(new CorpusReader(), () -> failing, () -> article -> List.of(), store, 1)
                    .run(List.of(inputs), ProgressListener.NONE);

            assertThat(report.stored()).isEqualTo(1);
            assertThat(report.skipped()).containsExactly(new Skip(inputs.resolve("bad.txt").toString(),
                    "could not annotate: java.lang.IllegalStateException: no sentence"));
            assertThat(store.count()).isEqualTo(1);
        }
    }

    @Test
    void newArticlesAreStoredWithTheEventsCodedFromThem(@TempDir Path dir) throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("a.txt"), " date 2022-01-21 " + TEXT + "\n");
        Annotator oneSentence = article -> new AnnotatedArticle(article, List.of(new Sentence(0, article.text(), 0,
                article.text().length(), List.of(), List.of(), List.of(), List.of(), "2022-01-21", DateSource.TEXT)));
        EventCoder meeting = article -> List.of(new EventMention(article.article().id(), 0, 0, TEXT.length(),
                List.of(new Actor("USA", "GOV", "Ministers", 0, 9, "dictionary")), List.of(), "CONSULT", "visit",
                List.of("diplomatic"), "043", 2.8, 1, "2022-01-21", "text", "met", 10, 13, "asserted", "meet"));
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("store"))) {
            IngestReport report = new Ingestion(new CorpusReader(), () -> oneSentence, () -> meeting, store, 1)
                    .run(List.of(inputs), ProgressListener.NONE);

            assertThat(report.stored()).isEqualTo(1);
            assertThat(report.sentences()).isEqualTo(1);
            assertThat(report.eventMentions()).isEqualTo(1);
            List<CitedMention> stored = new ArrayList<>();
            store.forEachEventMention(stored::add);
            assertThat(stored).extracting(m -> m.mention().event() + " " + m.mention().verbText() + " " + m.sentence())
                    .containsExactly("CONSULT met " + TEXT);
        }
    }

    @Test
    void anArticleWhoseEventsCannotBeCodedIsSkippedByNameAndNotStored(@TempDir Path dir) throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("a.txt"), " date 2022-01-21 " + TEXT + "\n");
        EventCoder failing = article -> {
            throw new IllegalStateException("no pattern");
        };
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("store"))) {
            IngestReport report = new Ingestion(new CorpusReader(),
                    () -> article -> new AnnotatedArticle(article, List.of()), () -> failing, store, 1)
                    .run(List.of(inputs), ProgressListener.NONE);

            assertThat(report.stored()).isZero();
            assertThat(report.skipped()).containsExactly(new Skip(inputs.resolve("a.txt").toString(),
                    "could not code events: java.lang.IllegalStateException: no pattern"));
            assertThat(store.count()).isZero();
        }
    }

    @Test
    void everyFileReadAndEveryArticleAnnotatedCodedAndStoredIsTimedOnce(@TempDir Path dir) throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("a.txt"), " date 2022-01-21 " + TEXT + "\n");
        Files.writeString(inputs.resolve("b.txt"), " date 2022-01-22 Talks resumed in Vienna.\n");
        Files.writeString(inputs.resolve("c.txt"), "no date here\n");
        Map<Stage, Integer> counts = new TreeMap<>();
        List<Long> times = new ArrayList<>();
        StageListener listener = (stage, nanos) -> {
            synchronized (counts) {
                counts.merge(stage, 1, Integer::sum);
                times.add(nanos);
            }
        };
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("store"))) {
            new Ingestion(new CorpusReader(), () -> article -> new AnnotatedArticle(article, List.of()),
                    () -> article -> List.of(), store, 2, listener).run(List.of(inputs), ProgressListener.NONE);
        }

        // STORE: a look-up per new text, an add per new article, and the final commit; stories once at the end.
        assertThat(counts).containsExactly(Map.entry(Stage.READ, 3), Map.entry(Stage.ANNOTATE, 2),
                Map.entry(Stage.CODE, 2), Map.entry(Stage.STORE, 5), Map.entry(Stage.DEDUPE_CLUSTER, 1));
        assertThat(times).allMatch(nanos -> nanos >= 0);
    }
}
