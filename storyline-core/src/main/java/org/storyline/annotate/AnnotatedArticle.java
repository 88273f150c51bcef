package org.storyline.annotate;

import java.util.List;
import org.storyline.ingest.Article;

/**
 * An article with its annotated sentences. Immutable and thread-safe.
 *
 * @param article   the article
 * @param sentences its sentences, in text order
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }
}
