package org.storyline.flink;

import java.util.List;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.code.EventMention;
import org.storyline.util.Validate;

/**
 * What the annotate-and-code operator hands to the store: a new text with its annotations and event mentions, or
 * another publication of a text the job has already annotated. Immutable and thread-safe.
 *
 * @param annotated the annotated article; for a repeated text, its sentences are empty and only its publications
 *                  count
 * @param mentions  the event mentions in text order; empty for a repeated text
 * @param repeated  whether the text was annotated already, so that only its publications are new
 */
public record CodedArticle(AnnotatedArticle annotated, List<EventMention> mentions, boolean repeated) {
    public CodedArticle {
        Validate.notNull(annotated, "annotated");
        mentions = List.copyOf(mentions);
    }
}
