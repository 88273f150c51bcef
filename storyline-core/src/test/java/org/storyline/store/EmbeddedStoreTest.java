package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.storyline.store.Articles.annotated;
import static org.storyline.store.Articles.publication;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.ingest.Article;
import org.storyline.ingest.ArticleIds;
import org.storyline.ingest.Publication;

class EmbeddedStoreTest {
    private static final String BLINKEN = "Tuesday Blinken urged Russia to withdraw its troops from the border.";
    private static final String SANCTIONS = "Monday the European Union agreed new sanctions against Russian banks.";
    private static final String TALKS = "Wednesday talks in Geneva ended without agreement on troops.";

    @TempDir
    Path dir;

    @Test
    void findReturnsTheArticleAsAdded() {
        AnnotatedArticle article = annotated(BLINKEN, publication("apnews.com", "2022-02-01", "Blinken urges Russia"));
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
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
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
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
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
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
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
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
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
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
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThatThrownBy(() -> store.addPublication("00000000000000ff",
                    publication("apnews.com", "2022-02-01", null)))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("store " + dir + " has no article 00000000000000ff");
        }
    }

    @Test
    void articlesSurviveClosingAndReopening() {
        AnnotatedArticle blinken = annotated(BLINKEN, publication("apnews.com", "2022-02-01", "Blinken urges Russia"));
        AnnotatedArticle sanctions = annotated(SANCTIONS, publication(null, "2022-01-31", null));
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.add(blinken);
            store.add(sanctions);
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.count()).isEqualTo(2);
            assertThat(store.find(blinken.article().id())).contains(blinken);
            assertThat(store.find(sanctions.article().id())).contains(sanctions);
            assertThat(store.search("sanctions", 10)).extracting(SearchHit::id)
                    .containsExactly(sanctions.article().id());
        }
    }

    @Test
    void theIndexIsCommittedOnCommitWithOneDocumentPerArticle() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.add(annotated(BLINKEN, publication("apnews.com", "2022-02-01", null)));
            store.add(annotated(BLINKEN, publication("reuters.com", "2022-02-01", null)));
            store.addPublication(ArticleIds.of(BLINKEN), publication("bbc.co.uk", "2022-02-02", null));
            assertThat(committedDocuments()).isZero();

            store.commit();

            assertThat(committedDocuments()).isEqualTo(1);
            assertThat(store.find(ArticleIds.of(BLINKEN)).orElseThrow().article().publications()).hasSize(3);
        }
    }

        @Test
    void openingCreatesMissingDirectories() {
        Path nested = dir.resolve("a/b/store");
        try (EmbeddedStore store = EmbeddedStore.open(nested)) {
            assertThat(store.count()).isZero();
        }
        assertThat(nested.resolve("index")).isDirectory();
        assertThat(nested.resolve("records.mv.db")).isRegularFile();
    }

    @Test
    void listPagesThroughArticlesByDateThenId() {
        AnnotatedArticle blinken = annotated(BLINKEN, publication("apnews.com", "2022-02-01", "Blinken urges Russia"));
        AnnotatedArticle sanctions = annotated(SANCTIONS, publication(null, "2022-01-31", null));
        AnnotatedArticle talks = annotated(TALKS, publication("bbc.co.uk", "2022-02-01", "Talks end"));
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
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
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
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
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
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
    void aSnippetIsAPassageAroundTheMatchOrTheStartOfTheText() {
        String filler = "Officials met again on the following day to discuss the schedule of the meeting. ";
        String text = filler.repeat(6) + "The ministers finally agreed on a ceasefire in the eastern region.\n\n"
                + filler.repeat(6).strip();
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.add(annotated(text, publication("apnews.com", "2022-02-01", "Ceasefire talks")));

            assertThat(store.search("ceasefire eastern", 1)).extracting(SearchHit::snippet).containsExactly(
                    "Officials met again on the following day to discuss the schedule of the meeting. "
                            + "The ministers finally agreed on a [[ceasefire]] in the [[eastern]] region. "
                            + "Officials met again on the following day to discuss the schedule of the meeting.");
            assertThat(store.search("title:talks", 1)).extracting(SearchHit::snippet).containsExactly(
                    "Officials met again on the following day to discuss the schedule of the meeting. "
                            + "Officials met again on the following day to discuss the schedule of the meeting.");
        }
    }

    @Test
    void invalidQuerySyntaxIsSearchedAsWords() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.add(annotated(BLINKEN, publication("apnews.com", "2022-02-01", null)));

            assertThat(store.search("Russia AND (troops", 10)).extracting(SearchHit::id)
                    .containsExactly(ArticleIds.of(BLINKEN));
            assertThat(store.search("\"Russia troops", 10)).extracting(SearchHit::id)
                    .containsExactly(ArticleIds.of(BLINKEN));
            assertThat(store.search("*troops", 10)).extracting(SearchHit::id)
                    .containsExactly(ArticleIds.of(BLINKEN));
            assertThat(store.search("title:", 10)).isEmpty();
            assertThat(store.search("the", 10)).isEmpty();
            assertThat(store.search("  ", 10)).isEmpty();
            assertThat(store.search(null, 10)).isEmpty();
        }
    }

    @Test
    void forEachAnnotatedVisitsAllArticlesByDateThenId() {
        AnnotatedArticle blinken = annotated(BLINKEN, publication("apnews.com", "2022-02-01", null));
        AnnotatedArticle sanctions = annotated(SANCTIONS, publication(null, "2022-03-01", null));
        AnnotatedArticle talks = annotated(TALKS, publication("bbc.co.uk", "2022-02-01", null));
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
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
    void forEachAnnotatedPagesThroughManyArticles() {
        List<String> expected = new ArrayList<>();
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
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
    void reopeningReindexesArticlesMissingFromTheIndex() throws Exception {
        AnnotatedArticle blinken = annotated(BLINKEN, publication("apnews.com", "2022-02-01", "Blinken urges Russia"));
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.add(blinken);
        }
        deleteRecursively(dir.resolve("index"));

        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.search("blinken", 10)).extracting(SearchHit::id, SearchHit::outlet)
                    .containsExactly(tuple(blinken.article().id(), "apnews.com"));
        }
    }

    @Test
    void reopeningIndexesRecordsWrittenBehindItsBack() throws SQLException {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.add(annotated(BLINKEN, publication("apnews.com", "2022-02-01", null)));
        }
        String id = ArticleIds.of(SANCTIONS);
        try (Connection c = connect(); Statement sql = c.createStatement()) {
            sql.execute("INSERT INTO article (id, text, title, first_published, sentence_count, stored_at) VALUES ('"
                    + id + "', '" + SANCTIONS + "', 'EU sanctions', DATE '2022-01-31', 0, CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO publication (article_id, pub_key, seq, url, outlet, published, title, origin) "
                    + "VALUES ('" + id + "', 'k', 0, NULL, 'dw.com', DATE '2022-01-31', 'EU sanctions', 'x.txt')");
        }

        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.search("sanctions", 10)).extracting(SearchHit::id, SearchHit::outlet)
                    .containsExactly(tuple(id, "dw.com"));
            assertThat(store.find(id)).contains(new AnnotatedArticle(new Article(id, SANCTIONS,
                    List.of(new Publication(null, "dw.com", LocalDate.parse("2022-01-31"), "EU sanctions",
                            "x.txt"))), List.of()));
            assertThat(store.search("blinken", 10)).hasSize(1);
        }
    }

    @Test
    void reopeningDropsIndexedArticlesWithoutRecords() throws SQLException {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.add(annotated(BLINKEN, publication("apnews.com", "2022-02-01", null)));
            store.add(annotated(TALKS, publication("bbc.co.uk", "2022-02-02", null)));
        }
        try (Connection c = connect(); Statement sql = c.createStatement()) {
            for (String table : List.of("annotation", "timex", "sentence", "publication")) {
                sql.execute("DELETE FROM " + table + " WHERE article_id = '" + ArticleIds.of(TALKS) + "'");
            }
            sql.execute("DELETE FROM article WHERE id = '" + ArticleIds.of(TALKS) + "'");
        }

        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.search("troops", 10)).extracting(SearchHit::id)
                    .containsExactly(ArticleIds.of(BLINKEN));
            List<String> visited = new ArrayList<>();
            store.forEachAnnotated("troops", a -> visited.add(a.article().id()));
            assertThat(visited).containsExactly(ArticleIds.of(BLINKEN));
        }
    }

    @Test
    void aStoreOpenElsewhereCannotBeOpenedAgain() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.add(annotated(BLINKEN, publication("apnews.com", "2022-02-01", null)));

            assertThatThrownBy(() -> EmbeddedStore.open(dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("store " + dir + " is in use by another process");
            assertThat(store.count()).isEqualTo(1);
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.count()).isEqualTo(1);
        }
    }

    @Test
    void aClosedStoreRefusesUse() {
        EmbeddedStore store = EmbeddedStore.open(dir);
        store.close();
        store.close();

        assertThatThrownBy(store::count).isInstanceOf(IllegalStateException.class)
                .hasMessage("store " + dir + " is closed");
    }

    @Test
    void aStoreOfANewerSchemaIsRefused() throws SQLException {
        EmbeddedStore.open(dir).close();
        try (Connection c = connect(); Statement sql = c.createStatement()) {
            sql.execute("INSERT INTO schema_version (version, applied_at) VALUES (4, CURRENT_TIMESTAMP)");
        }

        assertThatThrownBy(() -> EmbeddedStore.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessage("store " + dir + " has schema version 4, newer than this program supports (3)");
        try (Connection c = connect(); Statement sql = c.createStatement()) {
            sql.execute("DELETE FROM schema_version WHERE version = 4");
        }
        EmbeddedStore.open(dir).close();
    }

    @Test
    void anUnreadableAnnotationIsReportedWithTheArticle() throws SQLException {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.add(annotated(BLINKEN, publication("apnews.com", "2022-02-01", null)));
        }
        try (Connection c = connect(); Statement sql = c.createStatement()) {
            sql.execute("UPDATE annotation SET data = X'00'");
        }

        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThatThrownBy(() -> store.find(ArticleIds.of(BLINKEN)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("store " + dir + ": the annotation of article "
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
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
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

    /** Rows in article, publication, sentence, timex and annotation. */
    private List<Long> rowCounts() throws SQLException {
        List<Long> counts = new ArrayList<>();
        try (Connection c = connect(); Statement sql = c.createStatement()) {
            for (String table : List.of("article", "publication", "sentence", "timex", "annotation")) {
                try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.add(rows.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Live documents in the last commit of the index. */
    private int committedDocuments() throws Exception {
        try (Directory index = FSDirectory.open(dir.resolve("index"))) {
            if (!DirectoryReader.indexExists(index)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(index)) {
                return reader.numDocs();
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(EmbeddedStore.jdbcUrl(dir), "sa", "");
    }

    private static void deleteRecursively(Path path) throws Exception {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
