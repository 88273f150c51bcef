package org.storyline.summarize;

import java.util.List;
import org.storyline.annotate.AnnotatedArticle;

/** Builds a timeline from annotated articles. Implementations are deterministic: same input, same timeline. */
public interface TimelineBuilder {
    /** The timeline of {@code articles} for {@code request}. */
    Timeline build(List<AnnotatedArticle> articles, TimelineRequest request);
}
