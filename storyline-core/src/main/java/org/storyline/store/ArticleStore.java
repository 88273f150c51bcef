package org.storyline.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.code.CitedMention;
import org.storyline.code.EventMention;
import org.storyline.ingest.Publication;

/**
 * Where annotated articles live. An article is stored whole, with its annotations, publications and event
 * mentions, or not at all; storing the same text twice never creates a second article. Implementations are safe to share between
 * threads; an embedded store is used by one process at a time, a PostgreSQL one by any number.
 */
public interface ArticleStore extends AutoCloseable {
    /** Whether an article with this id is stored. */
    boolean contains(String articleId);

    /**
     * Stores an annotated article with its publications and the event mentions coded from it, or, when its text
     * is already stored, adds the publications not yet known (the stored mentions are kept; {@code mentions} is
     * then ignored, as the same text codes the same events).
     *
     * @param mentions the article's event mentions in text order, each of this article
     */
    StoreOutcome add(AnnotatedArticle article, List<EventMention> mentions);

    /** Stores an annotated article with no event mentions; see {@link #add(AnnotatedArticle, List)}. */
    default StoreOutcome add(AnnotatedArticle article) {
        return add(article, List.of());
    }

    /**
     * Replaces the event mentions of a stored article by {@code mentions} (in text order), as one change: used
     * to code stored articles again when the coder changes.
     */
    void replaceEventMentions(String articleId, List<EventMention> mentions);

    /** Adds a publication to an article already stored (no annotation needed). */
    StoreOutcome addPublication(String articleId, Publication publication);

    /**
     * Rewrites in the current format the annotations stored by an earlier version of Storyline (they stay
     * readable, but a query's timeline reads the current format faster); returns how many were rewritten.
     */
    int upgradeAnnotations();

    /** The stored article with all its publications and annotations. */
    Optional<AnnotatedArticle> find(String articleId);

    /** Number of stored articles. */
    long count();

    /** Stored articles, earliest publication first, then by id. */
    List<ArticleSummary> list(int offset, int limit);

    /**
     * Full-text search, best first. Plain words are fine everywhere; the query syntax beyond them is the store's
     * (Lucene's for the embedded store, PostgreSQL's web search syntax for the PostgreSQL one).
     */
    List<SearchHit> search(String query, int limit);

    /**
     * Visits the annotated articles matching {@code query} (all of them when it is null or blank), in a stable
     * order (earliest publication, then id).
     */
    default void forEachAnnotated(String query, Consumer<AnnotatedArticle> visitor) {
        forEachAnnotated(query, null, visitor);
    }

    /**
     * Visits the articles as {@link #forEachAnnotated(String, Consumer)} does, each with only its sentences that
     * have a token whose text or lemma {@code words} accepts (every sentence when it is null): a query's timeline
     * needs the few sentences that name the query, and the others are stepped over without being decoded. With
     * {@code words} given, the rest of the article's text is not read either: its
     * {@link org.storyline.ingest.Article#text()} is the text of the kept sentences, one per line (its title, or
     * else its id, when none is kept).
     */
    default void forEachAnnotated(String query, Predicate<String> words, Consumer<AnnotatedArticle> visitor) {
        forEachAnnotated(query, words, article -> { }, visitor);
    }

    /**
     * Visits the articles as {@link #forEachAnnotated(String, Predicate, Consumer)} does, first handing each one to
     * {@code readAhead} on the thread that read it, which may run ahead of the visitor and beside other readers:
     * what the visitor will need per article from elsewhere (a lookup in this store) is fetched there, in
     * parallel, instead of in the visitor's turn. {@code readAhead} must be thread-safe.
     */
    void forEachAnnotated(String query, Predicate<String> words, Consumer<AnnotatedArticle> readAhead,
                          Consumer<AnnotatedArticle> visitor);

    /**
     * The indexes of the sentences of an article that report an event that happened (an asserted event mention):
     * evidence a timeline weighs. Empty for an article without events or not stored.
     */
    Set<Integer> assertedEventSentences(String articleId);

    /** Number of stored event mentions, of every status. */
    long countEventMentions();

    /**
     * Visits every stored event mention with its sentence and publications, in a stable order (earliest
     * publication of the article, then article id, then text order).
     */
    void forEachEventMention(Consumer<CitedMention> visitor);

    /** Makes everything added so far durable. */
    void commit();

    @Override
    void close();
}
