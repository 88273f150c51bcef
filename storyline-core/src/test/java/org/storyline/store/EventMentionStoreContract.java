package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyline.store.Articles.annotated;
import static org.storyline.store.Articles.publication;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.code.Actor;
import org.storyline.code.CitedMention;
import org.storyline.code.EventMention;

/** How every {@link Store} keeps event mentions: a subclass per store gives each test a fresh location. */
abstract class EventMentionStoreContract {
    private static final String CALL = "Tuesday Blinken spoke with Lavrov by phone about the troops.";
    private static final String DENIAL = "Monday Russia and Belarus denied plans for an invasion of Ukraine.";

    @TempDir
    Path dir;

    StoreLocation location;

    /** A location holding no store yet; {@code dir} is an empty directory the test may use. */
    abstract StoreLocation newLocation(Path dir);

    @BeforeEach
    void newStore() {
        location = newLocation(dir);
    }

    @Test
    void mentionsAreReadBackAsStoredWithTheirSentenceAndPublications() {
        AnnotatedArticle article = annotated(CALL, publication("bbc.co.uk", "2022-02-02", "Call"),
                publication("apnews.com", "2022-02-01", "Blinken calls Lavrov"));
        String id = article.article().id();
        EventMention call = new EventMention(id, 0, 0, CALL.length(),
                List.of(new Actor("USA", "GOV", "Blinken", 8, 15, "office")),
                List.of(new Actor("RUS", "GOV", "Lavrov", 27, 33, "office")), "CONSULT", "phone",
                List.of("diplomatic", "military"), "041", 1.0, 1, "2022-02-01", "text", "spoke", 16, 21, "asserted",
                "speak with");
        EventMention hypothetical = new EventMention(id, 0, 0, CALL.length(), List.of(), List.of(), "ASSAULT", null,
                List.of(), "190", -10.0, 4, "2022-02", "published", "troops", 53, 59, "hypothetical", null);
        try (Store store = location.open()) {
            assertThat(store.add(article, List.of(call, hypothetical))).isEqualTo(StoreOutcome.STORED);

            List<CitedMention> read = mentions(store);

            assertThat(read).containsExactly(
                    new CitedMention(call, 0, CALL, List.of(article.article().publications().get(1),
                            article.article().publications().get(0))),
                    new CitedMention(hypothetical, 1, CALL, List.of(article.article().publications().get(1),
                            article.article().publications().get(0))));
            assertThat(store.countEventMentions()).isEqualTo(2);
            assertThat(store.assertedEventSentences(id)).containsExactly(0);
        }
        try (Store reopened = location.open()) {
            assertThat(mentions(reopened)).extracting(CitedMention::mention).containsExactly(call, hypothetical);
        }
    }

    @Test
    void mentionsAreVisitedEarliestArticleFirstInTextOrder() {
        AnnotatedArticle later = annotated(CALL, publication("apnews.com", "2022-02-01", null));
        AnnotatedArticle earlier = annotated(DENIAL, publication("apnews.com", "2022-01-31", null));
        try (Store store = location.open()) {
            store.add(later, List.of(mention(later, "CONSULT"), mention(later, "REQUEST")));
            store.add(earlier, List.of(mention(earlier, "REJECT")));

            assertThat(mentions(store)).extracting(m -> m.mention().event() + " " + m.mentionIndex())
                    .containsExactly("REJECT 0", "CONSULT 0", "REQUEST 1");
        }
    }

    @Test
    void addingAStoredTextAgainKeepsItsMentions() {
        AnnotatedArticle article = annotated(CALL, publication("apnews.com", "2022-02-01", null));
        AnnotatedArticle republished = annotated(CALL, publication("reuters.com", "2022-02-01", null));
        try (Store store = location.open()) {
            store.add(article, List.of(mention(article, "CONSULT")));

            assertThat(store.add(republished, List.of(mention(article, "REQUEST"))))
                    .isEqualTo(StoreOutcome.PUBLICATION_ADDED);
            assertThat(mentions(store)).extracting(m -> m.mention().event() + " " + m.publications().size())
                    .containsExactly("CONSULT 2");
        }
    }

    @Test
    void replacingTheMentionsOfAnArticleLeavesTheOthersAlone() {
        AnnotatedArticle call = annotated(CALL, publication("apnews.com", "2022-02-01", null));
        AnnotatedArticle denial = annotated(DENIAL, publication("apnews.com", "2022-01-31", null));
        try (Store store = location.open()) {
            store.add(call, List.of(mention(call, "CONSULT"), mention(call, "REQUEST")));
            store.add(denial, List.of(mention(denial, "REJECT")));

            store.replaceEventMentions(call.article().id(), List.of(mention(call, "THREATEN")));

            assertThat(mentions(store)).extracting(m -> m.mention().event()).containsExactly("REJECT", "THREATEN");
            store.replaceEventMentions(denial.article().id(), List.of());
            assertThat(mentions(store)).extracting(m -> m.mention().event()).containsExactly("THREATEN");
            assertThat(store.assertedEventSentences(call.article().id())).containsExactly(0);
            assertThat(store.assertedEventSentences(denial.article().id())).isEmpty();
        }
    }

    @Test
    void articlesReadAheadLookUpTheirAssertedSentencesAsTheyAreNow() {
        AnnotatedArticle call = annotated(CALL, publication("apnews.com", "2022-02-01", null));
        AnnotatedArticle denial = annotated(DENIAL, publication("apnews.com", "2022-01-31", null));
        try (Store store = location.open()) {
            store.add(call, List.of(mention(call, "CONSULT")));
            store.add(denial, List.of());

            for (String query : new String[] {"troops OR Ukraine", null}) {
                assertThat(assertedWhileReading(store, query)).containsExactly(
                        Map.entry(denial.article().id(), Set.of()), Map.entry(call.article().id(), Set.of(0)));
            }
            store.replaceEventMentions(denial.article().id(), List.of(mention(denial, "REJECT")));
            store.replaceEventMentions(call.article().id(), List.of());
            assertThat(assertedWhileReading(store, "troops OR Ukraine")).containsExactly(
                    Map.entry(denial.article().id(), Set.of(0)), Map.entry(call.article().id(), Set.of()));
        }
        try (Store reopened = location.open()) {
            assertThat(assertedWhileReading(reopened, null)).containsExactly(
                    Map.entry(denial.article().id(), Set.of(0)), Map.entry(call.article().id(), Set.of()));
        }
    }

    /** Each article's asserted sentences, looked up as it is read ahead, in the order the articles are visited. */
    private static Map<String, Set<Integer>> assertedWhileReading(Store store, String query) {
        Map<String, Set<Integer>> asserted = new ConcurrentHashMap<>();
        Map<String, Set<Integer>> visited = new LinkedHashMap<>();
        store.forEachAnnotated(query, word -> true, article -> asserted.put(article.article().id(),
                store.assertedEventSentences(article.article().id())),
                article -> visited.put(article.article().id(), asserted.get(article.article().id())));
        return visited;
    }

    @Test
    void aMentionOfAMissingSentenceStoresNothingAndNamesTheArticle() {
        AnnotatedArticle article = annotated(CALL, publication("apnews.com", "2022-02-01", null));
        EventMention nowhere = new EventMention(article.article().id(), 3, 0, 1, List.of(), List.of(), "CONSULT",
                null, List.of(), "040", 1.0, 1, "2022-02-01", "published", "spoke", 0, 1, "asserted", "r");
        try (Store store = location.open()) {
            assertThatThrownBy(() -> store.add(article, List.of(nowhere))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("cannot add article " + article.article().id());

            assertThat(store.count()).isZero();
            assertThat(store.countEventMentions()).isZero();
        }
    }

    @Test
    void mentionsOfAnotherArticleOrOfNoStoredArticleAreRefused() {
        AnnotatedArticle call = annotated(CALL, publication("apnews.com", "2022-02-01", null));
        AnnotatedArticle denial = annotated(DENIAL, publication("apnews.com", "2022-01-31", null));
        try (Store store = location.open()) {
            assertThatThrownBy(() -> store.add(call, List.of(mention(denial, "REJECT"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a mention of article " + denial.article().id() + " given for article "
                            + call.article().id());
            assertThatThrownBy(() -> store.replaceEventMentions(denial.article().id(), List.of()))
                    .isInstanceOf(StoreException.class).hasMessageEndingWith("has no article " + denial.article().id());
        }
    }

    @Test
    void aStoreOfVersionOneGainsTheEventTablesAndKeepsItsArticles() throws Exception {
        AnnotatedArticle article = annotated(CALL, publication("apnews.com", "2022-02-01", null));
        try (Store store = location.open()) {
            store.add(article);
        }
        try (Connection c = location.connect(); Statement statement = c.createStatement()) {
            statement.execute("DROP TABLE event_actor");
            statement.execute("DROP TABLE event_mention");
            statement.execute("DELETE FROM schema_version WHERE version = " + Schema.VERSION);
            statement.execute("INSERT INTO schema_version (version, applied_at) VALUES (1, CURRENT_TIMESTAMP)");
        }
        try (Store store = location.open()) {
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.countEventMentions()).isZero();
            store.replaceEventMentions(article.article().id(), List.of(mention(article, "CONSULT")));
            assertThat(mentions(store)).extracting(m -> m.mention().event()).containsExactly("CONSULT");
        }
    }

    static EventMention mention(AnnotatedArticle article, String event) {
        String text = article.article().text();
        return new EventMention(article.article().id(), 0, 0, text.length(),
                List.of(new Actor("USA", null, "Blinken", 8, 15, "dictionary")), List.of(), event, null, List.of(),
                "040", 1.0, 1, "2022-02-01", "published", "spoke", 16, 21, "asserted", "rule");
    }

    private static List<CitedMention> mentions(Store store) {
        List<CitedMention> mentions = new ArrayList<>();
        store.forEachEventMention(mentions::add);
        return mentions;
    }
}
