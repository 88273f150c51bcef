package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.storyline.store.Articles.annotated;
import static org.storyline.store.Articles.publication;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.Sentence;
import org.storyline.ingest.Article;
import org.storyline.ingest.ArticleIds;
import org.storyline.ingest.Publication;
import org.storyline.story.Assignment;
import org.storyline.story.NearDuplicate;
import org.storyline.story.Story;
import org.storyline.story.StoryMerge;

/**
 * What every {@link Store} does, whatever keeps its records: a subclass per store gives each test a fresh
 * location.
 */
abstract class StoreContract {
    static final String BLINKEN = "Tuesday Blinken urged Russia to withdraw its troops from the border.";
    static final String SANCTIONS = "Monday the European Union agreed new sanctions against Russian banks.";
    static final String TALKS = "Wednesday talks in Geneva ended without agreement on troops.";

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
    void findReturnsTheArticleAsAdded() {
        AnnotatedArticle article = annotated(BLINKEN, publication("apnews.com", "2022-02-01", "Blinken urges Russia"));
        try (Store store = location.open()) {
            assertThat(store.add(article)).isEqualTo(StoreOutcome.STORED);

            assertThat(store.find(article.article().id())).contains(article);
            assertThat(store.contains(article.article().id())).isTrue();
            assertThat(store.contains("0000000000000000")).isFalse();
            assertThat(store.find("0000000000000000")).isEmpty();
        }
    }

    @Test
    void addingTheSameArticleTwiceStoresItOnce() throws SQLException {
        AnnotatedArticle article = annotated(BLINKEN, publication("apnews.com", "2022-02-01", "Blinken urges Russia"));
        try (Store store = location.open()) {
            store.add(article);
            assertThat(store.add(article)).isEqualTo(StoreOutcome.ALREADY_PRESENT);
            assertThat(store.count()).isEqualTo(1);
        }
        assertThat(rowCounts()).containsExactly(1L, 1L, 1L, 1L, 1L);
    }

    @Test
    void theSamePublicationReadFromAnotherFileIsAlreadyPresent() {
        Publication first = publication("apnews.com", "2022-02-01", "Blinken urges Russia");
        Publication again = new Publication(first.url(), first.outlet(), first.published(), first.title(),
                "other.warc:7");
        try (Store store = location.open()) {
            store.add(annotated(BLINKEN, first));

            assertThat(store.add(annotated(BLINKEN, again))).isEqualTo(StoreOutcome.ALREADY_PRESENT);
            assertThat(store.find(ArticleIds.of(BLINKEN)).orElseThrow().article().publications())
                    .containsExactly(first);
        }
    }

    @Test
    void anotherPublicationOfTheSameTextIsAdded() {
        Publication ap = publication("apnews.com", "2022-02-01", null);
        Publication reuters = publication("reuters.com", "2022-01-31", "Blinken urges Russia");
        AnnotatedArticle fromAp = annotated(BLINKEN, ap);
        try (Store store = location.open()) {
            store.add(fromAp);

            assertThat(store.add(annotated(BLINKEN, reuters))).isEqualTo(StoreOutcome.PUBLICATION_ADDED);

            AnnotatedArticle found = store.find(fromAp.article().id()).orElseThrow();
            assertThat(found.article().publications()).containsExactly(ap, reuters);
            assertThat(found.sentences()).isEqualTo(fromAp.sentences());
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.list(0, 10)).containsExactly(new ArticleSummary(fromAp.article().id(),
                    "Blinken urges Russia", LocalDate.parse("2022-01-31"), "reuters.com",
                    "https://reuters.com/2022-01-31", 2, 1));
            assertThat(store.search("blinken", 10)).extracting(SearchHit::title, SearchHit::outlet,
                            SearchHit::published)
                    .containsExactly(tuple("Blinken urges Russia", "reuters.com",
                            LocalDate.parse("2022-01-31")));
        }
    }

    @Test
    void publicationsDifferingOnlyInAMissingValueAreBothKept() {
        Publication noUrl = new Publication(null, "apnews.com", LocalDate.parse("2022-02-01"), null, "a.txt");
        Publication emptyUrl = new Publication("", "apnews.com", LocalDate.parse("2022-02-01"), null, "b.txt");
        try (Store store = location.open()) {
            store.add(annotated(BLINKEN, noUrl, noUrl));

            String id = ArticleIds.of(BLINKEN);
            assertThat(store.addPublication(id, emptyUrl)).isEqualTo(StoreOutcome.PUBLICATION_ADDED);
            assertThat(store.addPublication(id, noUrl)).isEqualTo(StoreOutcome.ALREADY_PRESENT);
            assertThat(store.find(ArticleIds.of(BLINKEN)).orElseThrow().article().publications())
                    .containsExactly(noUrl, emptyUrl);
        }
    }

    @Test
    void addingAPublicationToAnUnknownArticleFails() {
        try (Store store = location.open()) {
            assertThatThrownBy(() -> store.addPublication("00000000000000ff",
                    publication("apnews.com", "2022-02-01", null)))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("store " + location.name() + " has no article 00000000000000ff");
        }
    }

    @Test
    void articlesSurviveClosingAndReopening() {
        AnnotatedArticle blinken = annotated(BLINKEN, publication("apnews.com", "2022-02-01", "Blinken urges Russia"));
        AnnotatedArticle sanctions = annotated(SANCTIONS, publication(null, "2022-01-31", null));
        try (Store store = location.open()) {
            store.add(blinken);
            store.add(sanctions);
        }
        try (Store store = location.open()) {
            assertThat(store.count()).isEqualTo(2);
            assertThat(store.find(blinken.article().id())).contains(blinken);
            assertThat(store.find(sanctions.article().id())).contains(sanctions);
            assertThat(store.search("sanctions", 10)).extracting(SearchHit::id)
                    .containsExactly(sanctions.article().id());
        }
    }

    @Test
    void listPagesThroughArticlesByDateThenId() {
        AnnotatedArticle blinken = annotated(BLINKEN, publication("apnews.com", "2022-02-01", "Blinken urges Russia"));
        AnnotatedArticle sanctions = annotated(SANCTIONS, publication(null, "2022-01-31", null));
        AnnotatedArticle talks = annotated(TALKS, publication("bbc.co.uk", "2022-02-01", "Talks end"));
        try (Store store = location.open()) {
            store.add(blinken);
            store.add(sanctions);
            store.add(talks);

            ArticleSummary sanctionsLine = new ArticleSummary(sanctions.article().id(), null,
                    LocalDate.parse("2022-01-31"), null, null, 1, 1);
            List<String> sameDay = Stream.of(blinken, talks).map(a -> a.article().id()).sorted().toList();
            assertThat(store.list(0, 2)).extracting(ArticleSummary::id)
                    .containsExactly(sanctions.article().id(), sameDay.get(0));
            assertThat(store.list(0, 1)).containsExactly(sanctionsLine);
            assertThat(store.list(2, 5)).extracting(ArticleSummary::id).containsExactly(sameDay.get(1));
            assertThat(store.list(3, 5)).isEmpty();
        }
    }

    @Test
    void searchRanksTitleMatchesFirstAndHighlightsTheText() {
        AnnotatedArticle titled = annotated(SANCTIONS, publication("dw.com", "2022-01-31", "EU sanctions banks"));
        AnnotatedArticle untitled = annotated("Sunday Moscow said new sanctions would not change its course.",
                publication("tass.com", "2022-02-06", null));
        try (Store store = location.open()) {
            store.add(untitled);
            store.add(titled);
            store.add(annotated(TALKS, publication("bbc.co.uk", "2022-02-02", "Talks end")));

            List<SearchHit> hits = store.search("sanctions", 10);

            assertThat(hits).extracting(SearchHit::id)
                    .containsExactly(titled.article().id(), untitled.article().id());
            assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
            assertThat(hits.get(0)).usingRecursiveComparison().ignoringFields("score").isEqualTo(
                    new SearchHit(titled.article().id(), 0, "EU sanctions banks", LocalDate.parse("2022-01-31"),
                            "dw.com", "https://dw.com/2022-01-31",
                            "Monday the European Union agreed new [[sanctions]] against Russian banks."));
            assertThat(hits.get(1).snippet())
                    .isEqualTo("Sunday Moscow said new [[sanctions]] would not change its course.");
        }
    }

    @Test
    void searchMatchesInflectedFormsAndAllWords() {
        try (Store store = location.open()) {
            store.add(annotated(BLINKEN, publication("apnews.com", "2022-02-01", null)));
            store.add(annotated(TALKS, publication("bbc.co.uk", "2022-02-02", null)));

            assertThat(store.search("troop", 10)).hasSize(2);
            assertThat(store.search("troops Geneva", 10)).extracting(SearchHit::id)
                    .containsExactly(ArticleIds.of(TALKS));
            assertThat(store.search("troops OR Blinken", 1)).extracting(SearchHit::id)
                    .containsExactly(ArticleIds.of(BLINKEN));
        }
    }

    @Test
    void forEachAnnotatedVisitsAllArticlesByDateThenId() {
        AnnotatedArticle blinken = annotated(BLINKEN, publication("apnews.com", "2022-02-01", null));
        AnnotatedArticle sanctions = annotated(SANCTIONS, publication(null, "2022-03-01", null));
        AnnotatedArticle talks = annotated(TALKS, publication("bbc.co.uk", "2022-02-01", null));
        try (Store store = location.open()) {
            store.add(sanctions);
            store.add(blinken);
            store.add(talks);
            List<AnnotatedArticle> sameDay = Stream.of(blinken, talks)
                    .sorted(Comparator.comparing(a -> a.article().id())).toList();

            List<AnnotatedArticle> all = new ArrayList<>();
            store.forEachAnnotated(" ", all::add);
            List<AnnotatedArticle> withTroops = new ArrayList<>();
            store.forEachAnnotated("troops", withTroops::add);
            List<AnnotatedArticle> none = new ArrayList<>();
            store.forEachAnnotated("ceasefire", none::add);

            assertThat(all).containsExactly(sameDay.get(0), sameDay.get(1), sanctions);
            assertThat(withTroops).containsExactly(sameDay.get(0), sameDay.get(1));
            assertThat(none).isEmpty();
        }
    }

    @Test
    void forEachAnnotatedCanKeepOnlyTheSentencesWithSomeWords() {
        AnnotatedArticle blinken = annotated(BLINKEN, publication("apnews.com", "2022-02-01", null));
        AnnotatedArticle talks = annotated(TALKS, publication("bbc.co.uk", "2022-02-02", "Geneva talks end"));
        try (Store store = location.open()) {
            store.add(blinken);
            store.add(talks);

            List<AnnotatedArticle> blinkens = new ArrayList<>();
            store.forEachAnnotated("troops", "blinken"::equals, blinkens::add);
            List<AnnotatedArticle> all = new ArrayList<>();
            store.forEachAnnotated(null, null, all::add);

            // an article without a kept sentence stands for its text with its title
            Article untold = new Article(talks.article().id(), "Geneva talks end", talks.article().publications());
            assertThat(blinkens).containsExactly(blinken, new AnnotatedArticle(untold, List.of()));
            assertThat(all).containsExactly(blinken, talks);
        }
    }

    @Test
    void eachArticleIsReadAheadOnceBeforeItIsVisitedInOrder() {
        AnnotatedArticle blinken = annotated(BLINKEN, publication("apnews.com", "2022-02-01", null));
        AnnotatedArticle sanctions = annotated(SANCTIONS, publication("dw.com", "2022-01-31", null));
        AnnotatedArticle talks = annotated(TALKS, publication("bbc.co.uk", "2022-02-02", null));
        try (Store store = location.open()) {
            store.add(blinken);
            store.add(sanctions);
            store.add(talks);

            for (String query : new String[] {"troops OR sanctions", null}) {
                Map<String, Integer> readAhead = new ConcurrentHashMap<>();
                List<String> visited = new ArrayList<>();
                List<String> visitedBeforeReadAhead = new ArrayList<>();
                store.forEachAnnotated(query, null, article -> readAhead.merge(article.article().id(), 1, Integer::sum), article -> {
                    visited.add(article.article().id());
                    if (!readAhead.containsKey(article.article().id())) {
                        visitedBeforeReadAhead.add(article.article().id());
                    }
                });

                assertThat(visited).containsExactly(sanctions.article().id(), blinken.article().id(),
                        talks.article().id());
                assertThat(readAhead).containsOnlyKeys(visited);
                assertThat(readAhead.values()).containsOnly(1);
                assertThat(visitedBeforeReadAhead).isEmpty();
            }
        }
    }

    @Test
    void annotationsOfAnEarlierFormatAreReadAndRewrittenInTheCurrentOne() throws SQLException {
        AnnotatedArticle blinken = annotated(BLINKEN, publication("apnews.com", "2022-02-01", null));
        String id = blinken.article().id();
        try (Store store = location.open()) {
            store.add(blinken);
        }
        try (Connection c = location.connect();
             PreparedStatement update = c.prepareStatement("UPDATE annotation SET version = ?, data = ?")) {
            update.setInt(1, AnnotationCodec.COMPACT_VERSION);
            update.setBytes(2, AnnotationCodecTest.THIRD_FORMAT);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        List<Sentence> third = List.of(AnnotationCodecTest.TODAY, AnnotationCodecTest.SAID);
        try (Store store = location.open()) {
            assertThat(store.find(id).orElseThrow().sentences()).isEqualTo(third);

            assertThat(store.upgradeAnnotations()).isEqualTo(1);
            assertThat(store.upgradeAnnotations()).isZero();
            assertThat(store.find(id).orElseThrow().sentences()).isEqualTo(third);
            List<AnnotatedArticle> said = new ArrayList<>();
            store.forEachAnnotated(null, "say"::equals, said::add);
            assertThat(said).extracting(AnnotatedArticle::sentences).containsExactly(List.of(AnnotationCodecTest.SAID));
        }
        try (Connection c = location.connect(); Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("SELECT version FROM annotation")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(AnnotationCodec.VERSION);
        }
    }

    @Test
    void forEachAnnotatedPagesThroughManyArticles() {
        List<String> expected = new ArrayList<>();
        try (Store store = location.open()) {
            for (int i = 0; i < 600; i++) {
                String text = "Report number " + i + " on the troops " + (i % 2 == 0 ? "north" : "south") + ".";
                LocalDate date = LocalDate.parse("2022-01-01").plusDays(i % 7);
                store.add(annotated(text, publication("example.org", date.toString(), null)));
                expected.add(date + " " + ArticleIds.of(text));
            }
            expected.sort(null);

            List<String> all = new ArrayList<>();
            store.forEachAnnotated(null, a -> all.add(a.article().published() + " " + a.article().id()));
            List<String> north = new ArrayList<>();
            store.forEachAnnotated("north", a -> north.add(a.article().published() + " " + a.article().id()));

            assertThat(all).isEqualTo(expected);
            assertThat(north).hasSize(300).isSorted();
        }
    }

    @Test
    void aClosedStoreRefusesUse() {
        Store store = location.open();
        store.close();
        store.close();

        assertThatThrownBy(store::count).isInstanceOf(IllegalStateException.class)
                .hasMessage("store " + location.name() + " is closed");
    }

    @Test
    void aStoreOfANewerSchemaIsRefused() throws SQLException {
        location.open().close();
        try (Connection c = location.connect(); Statement sql = c.createStatement()) {
            sql.execute("INSERT INTO schema_version (version, applied_at) VALUES (6, CURRENT_TIMESTAMP)");
        }

        assertThatThrownBy(location::open)
                .isInstanceOf(StoreException.class)
                .hasMessage("store " + location.name() + " has schema version 6, newer than this program supports (5)");
        try (Connection c = location.connect(); Statement sql = c.createStatement()) {
            sql.execute("DELETE FROM schema_version WHERE version = 6");
        }
        location.open().close();
    }

    @Test
    void anUnreadableAnnotationIsReportedWithTheArticle() throws SQLException {
        try (Store store = location.open()) {
            store.add(annotated(BLINKEN, publication("apnews.com", "2022-02-01", null)));
        }
        try (Connection c = location.connect();
             PreparedStatement sql = c.prepareStatement("UPDATE annotation SET data = ?")) {
            sql.setBytes(1, new byte[] {0});
            sql.executeUpdate();
        }

        try (Store store = location.open()) {
            assertThatThrownBy(() -> store.find(ArticleIds.of(BLINKEN)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("store " + location.name() + ": the annotation of article "
                            + ArticleIds.of(BLINKEN) + " is unreadable: ");
        }
    }

    @Test
    void concurrentAddsOfTheSameArticlesStoreEachOnce() throws Exception {
        List<AnnotatedArticle> articles = List.of(
                annotated(BLINKEN, publication("apnews.com", "2022-02-01", null)),
                annotated(SANCTIONS, publication("dw.com", "2022-01-31", null)),
                annotated(TALKS, publication("bbc.co.uk", "2022-02-02", null)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (Store store = location.open()) {
            List<Callable<StoreOutcome>> tasks = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                AnnotatedArticle article = articles.get(i % 3);
                tasks.add(() -> {
                    store.search("troops", 5);
                    return store.add(article);
                });
            }
            List<StoreOutcome> outcomes = new ArrayList<>();
            for (Future<StoreOutcome> outcome : pool.invokeAll(tasks)) {
                outcomes.add(outcome.get());
            }

            assertThat(outcomes).filteredOn(StoreOutcome.STORED::equals).hasSize(3);
            assertThat(outcomes).filteredOn(StoreOutcome.ALREADY_PRESENT::equals).hasSize(21);
            assertThat(store.count()).isEqualTo(3);
            assertThat(store.search("troops", 10)).hasSize(2);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void storiesAreRecordedMergedReadAndCleared() {
        String sanctions = ArticleIds.of(SANCTIONS);
        String blinken = ArticleIds.of(BLINKEN);
        String talks = ArticleIds.of(TALKS);
        LocalDate january31 = LocalDate.parse("2022-01-31");
        LocalDate february2 = LocalDate.parse("2022-02-02");
        Story merged = new Story(blinken, "troops", january31, february2, 3, 3);
        NearDuplicate copy = new NearDuplicate(talks, blinken, 0.9, 0.8);
        try (Store store = location.open()) {
            store.add(annotated(BLINKEN, publication("apnews.com", "2022-02-01", null)));
            store.add(annotated(SANCTIONS, publication("dw.com", "2022-01-31", null)));
            store.add(annotated(TALKS, publication("bbc.co.uk", "2022-02-02", null)));
            assertThat(store.articlesWithoutStory()).containsExactly(sanctions, blinken, talks);

            store.recordStories(List.of(
                    new Assignment(sanctions, new Story(sanctions, "sanctions", january31, january31, 1, 1), 1.0,
                            null, List.of()),
                    new Assignment(blinken, new Story(blinken, "russia troops", LocalDate.parse("2022-02-01"),
                            LocalDate.parse("2022-02-01"), 1, 1), 1.0, null, List.of())));
            assertThat(store.articlesWithoutStory()).containsExactly(talks);
            store.recordStories(List.of(new Assignment(talks, merged, 0.5, copy,
                    List.of(new StoryMerge(sanctions, blinken, talks, february2)))));

            assertThat(store.stories()).containsExactly(merged);
            assertThat(store.story(sanctions)).contains(merged);
            assertThat(store.story("00000000000000ff")).isEmpty();
            assertThat(store.articlesOf(sanctions)).containsExactly(sanctions, blinken, talks);
            assertThat(store.storiesOf(List.of(talks, "00000000000000ff"))).containsExactly(entry(talks, blinken));
            assertThat(store.nearDuplicatesOf(List.of(blinken))).containsExactly(copy);
            assertThat(store.lastStoryDate()).contains(february2);
            assertThat(store.storyMembersSince(february2)).containsExactly(new StoryMember(sanctions, blinken),
                    new StoryMember(blinken, blinken), new StoryMember(talks, blinken));
            assertThat(store.storyMembersSince(february2.plusDays(1))).isEmpty();

            store.clearStories();

            assertThat(store.stories()).isEmpty();
            assertThat(store.lastStoryDate()).isEmpty();
            assertThat(store.articlesWithoutStory()).containsExactly(sanctions, blinken, talks);
        }
    }

    /** Rows in article, publication, sentence, timex and annotation. */
    private List<Long> rowCounts() throws SQLException {
        List<Long> counts = new ArrayList<>();
        try (Connection c = location.connect(); Statement sql = c.createStatement()) {
            for (String table : List.of("article", "publication", "sentence", "timex", "annotation")) {
                try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.add(rows.getLong(1));
                }
            }
        }
        return counts;
    }
}
