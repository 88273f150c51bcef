package org.storyline.code;

import java.util.List;
import org.storyline.annotate.AnnotatedArticle;

/** Codes the events an annotated article reports. Implementations are safe to share between threads. */
public interface EventCoder {
    /** The event mentions of the article, in text order. */
    List<EventMention> code(AnnotatedArticle article);
}
