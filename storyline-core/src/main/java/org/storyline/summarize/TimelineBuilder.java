package org.storyline.summarize;

import java.util.List;
import java.util.Map;
import org.storyline.annotate.AnnotatedArticle;

/** Builds a timeline from annotated articles. Implementations are deterministic: same input, same timeline. */
public interface TimelineBuilder {
    /** The timeline of {@code articles} for {@code request}, every article counted as independent evidence. */
    default Timeline build(List<AnnotatedArticle> articles, TimelineRequest request) {
        return build(articles, request, Map.of());
    }

    /**
     * The timeline of {@code articles} for {@code request}, where a near-duplicate group counts once as evidence
     * and its other articles are cited as copies.
     *
     * @param originalOf for each article that is a near-duplicate, the original of its group (missing: none)
     */
    Timeline build(List<AnnotatedArticle> articles, TimelineRequest request, Map<String, String> originalOf);

    /**
     * The timeline as {@link #build(List, TimelineRequest, Map)} builds it, where {@code events} tells which
     * sentences report a coded event; a builder that does not weigh events ignores them.
     */
    default Timeline build(List<AnnotatedArticle> articles, TimelineRequest request, Map<String, String> originalOf,
                           EventSentences events) {
        return build(articles, request, originalOf);
    }
}
