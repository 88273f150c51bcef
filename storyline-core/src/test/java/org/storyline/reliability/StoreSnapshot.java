package org.storyline.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.Timex;
import org.storyline.code.Actor;
import org.storyline.code.EventMention;
import org.storyline.ingest.Publication;
import org.storyline.store.ArticleSummary;
import org.storyline.store.EmbeddedStore;

/**
 * What a store holds, in comparable form: per article id its publications (without the file they were read
 * from), sentence count, sentence dates, timex values and event mentions. Opening the store for the snapshot also
 * checks that it opens (H2 and Lucene reconciled). Immutable.
 *
 * @param articles the state of every article, by id
 */
record StoreSnapshot(Map<String, ArticleState> articles) {
    StoreSnapshot {
        articles = Map.copyOf(articles);
    }

    /**
     * One stored article.
     *
     * @param publications {@code url|outlet|date|title}, sorted
     * @param sentences    its number of sentences
     * @param dates        each sentence's date and its source
     * @param timexes      every timex value, in text order
     * @param events       every event mention as {@code sentence|type|cameo|actors|recipients|date|status}
     */
    record ArticleState(List<String> publications, int sentences, List<String> dates, List<String> timexes,
                        List<String> events) {
        ArticleState {
            publications = List.copyOf(publications);
            dates = List.copyOf(dates);
            timexes = List.copyOf(timexes);
            events = List.copyOf(events);
        }
    }

    /** Opens the store in {@code dir}, reads everything and closes it. */
    static StoreSnapshot of(Path dir) {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            return of(store);
        }
    }

    /** Reads everything of an open store. */
    static StoreSnapshot of(EmbeddedStore store) {
        Map<String, List<String>> events = new TreeMap<>();
        store.forEachEventMention(cited -> events.computeIfAbsent(cited.mention().articleId(), id -> new ArrayList<>())
                .add(event(cited.mention())));
        Map<String, ArticleState> articles = new TreeMap<>();
        for (ArticleSummary summary : store.list(0, Integer.MAX_VALUE)) {
            AnnotatedArticle article = store.find(summary.id()).orElseThrow();
            List<String> publications = article.article().publications().stream().map(StoreSnapshot::publication)
                    .sorted().toList();
            List<String> dates = article.sentences().stream().map(s -> s.date() + "/" + s.dateSource()).toList();
            List<String> timexes = article.sentences().stream().flatMap(s -> s.timexes().stream())
                    .map(Timex::value).toList();
            articles.put(summary.id(), new ArticleState(publications, article.sentences().size(), dates, timexes,
                    events.getOrDefault(summary.id(), List.of())));
            if (summary.sentences() != article.sentences().size()) {
                throw new AssertionError("article " + summary.id() + " lists " + summary.sentences()
                        + " sentences but has " + article.sentences().size());
            }
        }
        return new StoreSnapshot(articles);
    }

    private static String publication(Publication p) {
        return String.join("|", String.valueOf(p.url()), String.valueOf(p.outlet()), p.published().toString(),
                String.valueOf(p.title()));
    }

    /** An event mention as compared: {@code sentence|type|cameo|actors|recipients|date|status}. */
    static String event(EventMention m) {
        return m.sentenceIndex() + "|" + m.event() + "|" + m.cameo() + "|" + codes(m.actors()) + "|"
                + codes(m.recipients()) + "|" + m.date() + "|" + m.status();
    }

    private static String codes(List<Actor> actors) {
        return actors.stream().map(Actor::code).collect(Collectors.joining(","));
    }
}
