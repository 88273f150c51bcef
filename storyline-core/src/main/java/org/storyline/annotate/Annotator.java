package org.storyline.annotate;

import org.storyline.ingest.Article;

/**
 * Turns an article into annotated sentences, with every temporal expression resolved against the article's
 * publication date. Implementations say whether they may be shared between threads.
 */
public interface Annotator {
    /** Annotates one article. */
    AnnotatedArticle annotate(Article article);
}
