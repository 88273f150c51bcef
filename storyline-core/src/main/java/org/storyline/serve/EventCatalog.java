package org.storyline.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.code.CitedMention;
import org.storyline.code.Event;
import org.storyline.code.EventMerger;
import org.storyline.store.ArticleStore;

/**
 * Every event of a store, merged once when the server starts. The server never writes to its store and holds its
 * lock, so the events cannot change while it runs. Immutable and thread-safe.
 */
final class EventCatalog {
    private final List<Event> events;
    private final Map<String, Event> byId;
    private final Map<String, List<CitedMention>> byArticle;
    private final Map<String, Set<String>> eventsOfSentence;

    private EventCatalog(List<Event> events) {
        this.events = List.copyOf(events);
        Map<String, Event> ids = new HashMap<>();
        Map<String, List<CitedMention>> articles = new HashMap<>();
        Map<String, Set<String>> sentences = new HashMap<>();
        for (Event event : events) {
            ids.put(event.id(), event);
            for (CitedMention cited : event.mentions()) {
                String article = cited.mention().articleId();
                articles.computeIfAbsent(article, k -> new ArrayList<>()).add(cited);
                if (event.asserted()) {
                    sentences.computeIfAbsent(article + "#" + cited.mention().sentenceIndex(),
                            k -> new LinkedHashSet<>()).add(event.id());
                }
            }
        }
        articles.values().forEach(list -> list.sort((a, b) -> Integer.compare(a.mentionIndex(), b.mentionIndex())));
        Map<String, List<CitedMention>> frozen = new HashMap<>();
        articles.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byId = Map.copyOf(ids);
        this.byArticle = Map.copyOf(frozen);
        Map<String, Set<String>> frozenSentences = new HashMap<>();
        sentences.forEach((k, v) -> frozenSentences.put(k, Set.copyOf(v)));
        this.eventsOfSentence = Map.copyOf(frozenSentences);
    }

    /** Reads every event mention of the store and merges them, counting each near-duplicate group once. */
    static EventCatalog load(ArticleStore store, Map<String, String> originalOf) {
        List<CitedMention> mentions = new ArrayList<>();
        store.forEachEventMention(mentions::add);
        return new EventCatalog(EventMerger.merge(mentions, originalOf));
    }

    /** The events that pass the filter, ordered by date, then id. */
    List<Event> select(EventFilter filter) {
        return events.stream().filter(filter::matches).toList();
    }

    Optional<Event> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The event mentions of an article, in text order. */
    List<CitedMention> mentionsOf(String articleId) {
        return byArticle.getOrDefault(articleId, List.of());
    }

    /** The ids of the events that happened and are reported by this sentence. */
    Set<String> eventsOf(String articleId, int sentenceIndex) {
        return eventsOfSentence.getOrDefault(articleId + "#" + sentenceIndex, Set.of());
    }

    int size() {
        return events.size();
    }
}
