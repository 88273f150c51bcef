package org.storyline.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.CoreNlpAnnotator;
import org.storyline.cli.EventCoding;
import org.storyline.ingest.CorpusReader;
import org.storyline.pipeline.IngestReport;
import org.storyline.pipeline.Ingestion;
import org.storyline.pipeline.ProgressListener;
import org.storyline.store.EmbeddedStore;

/**
 * The annotated articles of a corpus as a store holds them. The first call ingests the corpus into the store
 * (loading CoreNLP once); later calls, and later benchmark forks, only read the store. Stateless and thread-safe.
 */
public final class StoredExamples {
    private StoredExamples() {
    }

    /**
     * The annotated articles of {@code corpus}, read from the store at {@code store}, which is filled first when
     * it holds nothing.
     *
     * @throws IllegalStateException when the store is empty and the corpus does not exist
     */
    public static List<AnnotatedArticle> annotated(Path corpus, Path store) {
        try (EmbeddedStore opened = EmbeddedStore.open(store)) {
            if (opened.count() == 0) {
                if (!Files.exists(corpus)) {
                    throw new IllegalStateException("no corpus at " + corpus
                            + ": run the benchmarks from the repository root, or set -p corpus=PATH");
                }
                IngestReport report = new Ingestion(new CorpusReader(), CoreNlpAnnotator::shared,
                        EventCoding::standard, opened, 1).run(List.of(corpus), ProgressListener.NONE);
                if (!report.skipped().isEmpty()) {
                    throw new IllegalStateException("could not ingest " + report.skipped());
                }
            }
            List<AnnotatedArticle> articles = new ArrayList<>();
            opened.forEachAnnotated(null, articles::add);
            return List.copyOf(articles);
        }
    }
}
