package org.storyline.eval.tls;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.Annotator;
import org.storyline.code.EventCoder;
import org.storyline.ingest.Article;
import org.storyline.ingest.CorpusReader;
import org.storyline.pipeline.IngestReport;
import org.storyline.pipeline.Ingestion;
import org.storyline.pipeline.ProgressListener;
import org.storyline.store.ArticleStore;

/**
 * Annotates a T17 collection into a store once: articles already stored are not annotated again, so a second run
 * only reads. Events are coded when a coder is given (the full profile), for the timeline to weigh. Stateless; safe
 * to share between threads, though a store should see one ingest at a time.
 */
public final class TlsAnnotation {
    private TlsAnnotation() {
    }

    /**
     * Annotates the corpus' articles not yet in {@code store}, on {@code threads} threads, and codes their events
     * with {@code coder} ({@code article -> List.of()} codes none).
     */
    public static IngestReport ensure(T17Corpus corpus, Path dir, Annotator annotator, EventCoder coder,
                                      ArticleStore store, int threads) {
        Ingestion ingestion = new Ingestion(new CorpusReader(List.of(new T17ArticleReader())), () -> annotator,
                () -> coder, store, threads);
        return ingestion.run(corpus.inputFolders(dir), ProgressListener.NONE);
    }

    /** The stored annotations of a topic's articles, in the topic's order; articles not stored are left out. */
    public static List<AnnotatedArticle> load(T17Topic topic, ArticleStore store) {
        List<AnnotatedArticle> annotated = new ArrayList<>();
        for (Article article : topic.articles()) {
            Optional<AnnotatedArticle> found = store.find(article.id());
            found.ifPresent(a -> annotated.add(new AnnotatedArticle(article, a.sentences())));
        }
        return annotated;
    }
}
