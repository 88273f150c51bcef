package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.Annotator;
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

            IngestReport report = new Ingestion(new CorpusReader(), () -> UNUSED, store, 2)
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
            IngestReport report = new Ingestion(new CorpusReader(), () -> failing, store, 1)
                    .run(List.of(inputs), ProgressListener.NONE);

            assertThat(report.stored()).isEqualTo(1);
            assertThat(report.skipped()).containsExactly(new Skip(inputs.resolve("bad.txt").toString(),
                    "could not annotate: java.lang.IllegalStateException: no sentence"));
            assertThat(store.count()).isEqualTo(1);
        }
    }
}
