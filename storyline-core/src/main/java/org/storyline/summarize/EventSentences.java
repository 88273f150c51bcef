package org.storyline.summarize;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Which sentences report a coded event that happened (an asserted event mention): evidence a timeline weighs for a
 * day and for a line. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface EventSentences {
    /** No sentence reports an event: the articles were annotated without coding events. */
    EventSentences NONE = (articleId, sentenceIndex) -> false;

    /** Whether sentence {@code sentenceIndex} of article {@code articleId} reports an event that happened. */
    boolean reports(String articleId, int sentenceIndex);

    /**
     * Fetches now what {@link #reports} will need to know of an article, where that takes a lookup; may be called
     * from any thread. Does nothing by default.
     */
    default void lookUp(String articleId) {
    }

    /**
     * The sentences {@code sentencesOf} gives for each article (a store lookup), asked once per article, when it is
     * first asked about or {@linkplain #lookUp looked up}, and remembered.
     */
    static EventSentences lookedUp(Function<String, Set<Integer>> sentencesOf) {
        Map<String, Set<Integer>> known = new ConcurrentHashMap<>();
        return new EventSentences() {
            @Override
            public boolean reports(String articleId, int sentenceIndex) {
                return known.computeIfAbsent(articleId, sentencesOf).contains(sentenceIndex);
            }

            @Override
            public void lookUp(String articleId) {
                known.computeIfAbsent(articleId, sentencesOf);
            }
        };
    }

    /** The sentences listed by article id, copied. */
    static EventSentences of(Map<String, Set<Integer>> byArticle) {
        Map<String, Set<Integer>> copy = new HashMap<>();
        byArticle.forEach((article, sentences) -> copy.put(article, Set.copyOf(sentences)));
        return (articleId, sentenceIndex) -> copy.getOrDefault(articleId, Set.of()).contains(sentenceIndex);
    }
}
