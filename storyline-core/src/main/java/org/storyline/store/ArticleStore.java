package org.storyline.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.ingest.Publication;

/**
 * Where annotated articles live. An article is stored whole, with its annotations and publications, or not at
 * all; storing the same text twice never creates a second article. Implementations are safe to share between
 * threads; one store directory is used by one process at a time.
 */
public interface ArticleStore extends AutoCloseable {
    /** Whether an article with this id is stored. */
    boolean contains(String articleId);

    /**
     * Stores an annotated article with its publications, or, when its text is already stored, adds the
     * publications not yet known.
     */
    StoreOutcome add(AnnotatedArticle article);

    /** Adds a publication to an article already stored (no annotation needed). */
    StoreOutcome addPublication(String articleId, Publication publication);

    /** The stored article with all its publications and annotations. */
    Optional<AnnotatedArticle> find(String articleId);

    /** Number of stored articles. */
    long count();

    /** Stored articles, earliest publication first, then by id. */
    List<ArticleSummary> list(int offset, int limit);

    /** Full-text search (Lucene query syntax; plain words are fine), best first. */
    List<SearchHit> search(String query, int limit);

    /**
     * Visits the annotated articles matching {@code query} (all of them when it is null or blank), in a stable
     * order (earliest publication, then id).
     */
    void forEachAnnotated(String query, Consumer<AnnotatedArticle> visitor);

    /** Makes everything added so far durable. */
    void commit();

    @Override
    void close();
}
