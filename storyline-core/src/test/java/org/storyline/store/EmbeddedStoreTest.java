package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.storyline.store.Articles.annotated;
import static org.storyline.store.Articles.publication;

import java.io.InputStream;
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
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.h2.engine.SessionLocal;
import org.h2.index.Cursor;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.result.Row;
import org.h2.table.Table;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.ingest.Article;
import org.storyline.ingest.ArticleIds;
import org.storyline.ingest.Publication;

/** The embedded store: the contract of every store, and what Lucene and H2 add to it. */
class EmbeddedStoreTest extends StoreContract {
    @Override
    StoreLocation newLocation(Path dir) {
        return new EmbeddedLocation(dir);
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
    void aStoreOpenedForReadingHoldsTheIndexLockAndStillWrites() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.add(annotated(BLINKEN, publication("apnews.com", "2022-02-01", null)));
        }
        try (EmbeddedStore store = EmbeddedStore.openForReading(dir)) {
            assertThat(store.search("troops", 10)).extracting(SearchHit::id).containsExactly(ArticleIds.of(BLINKEN));
            assertThatThrownBy(() -> EmbeddedStore.open(dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("store " + dir + " is in use by another process");

            store.add(annotated(TALKS, publication("bbc.co.uk", "2022-02-02", null)));

            assertThat(store.search("troops", 10)).extracting(SearchHit::id)
                    .containsExactlyInAnyOrder(ArticleIds.of(BLINKEN), ArticleIds.of(TALKS));
            assertThat(committedDocuments()).isEqualTo(1);
        }
        assertThat(committedDocuments()).isEqualTo(2);
        try (EmbeddedStore store = EmbeddedStore.openForReading(dir)) {
            assertThat(store.search("geneva", 10)).extracting(SearchHit::id).containsExactly(ArticleIds.of(TALKS));
        }
    }

    @Test
    void aStoreOpenedForReadingReindexesArticlesMissingFromItsIndex() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.add(annotated(BLINKEN, publication("apnews.com", "2022-02-01", null)));
        }
        try (Directory index = FSDirectory.open(dir.resolve("index"));
             IndexWriter writer = new IndexWriter(index, new IndexWriterConfig())) {
            writer.deleteAll();
        }
        assertThat(committedDocuments()).isZero();

        try (EmbeddedStore store = EmbeddedStore.openForReading(dir)) {
            assertThat(store.search("troops", 10)).extracting(SearchHit::id).containsExactly(ArticleIds.of(BLINKEN));
        }
        assertThat(committedDocuments()).isEqualTo(1);
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
    void afterAProcessDiedTheIndexIsComparedIdByIdThoughItCountsAsManyArticles() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.add(annotated(BLINKEN, publication("apnews.com", "2022-02-01", null)));
            store.add(annotated(TALKS, publication("bbc.co.uk", "2022-02-02", null)));
        }
        // what the index may hold when a process dies: one article not yet indexed, one since removed
        try (FullTextIndex index = new FullTextIndex(dir.resolve("index"))) {
            index.delete(ArticleIds.of(TALKS));
            index.put(new IndexEntry("removed", "Removed", "The troops withdrew.", LocalDate.of(2022, 2, 3),
                    "dw.com", null));
            index.commit();
        }
        markOpen();

        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.search("troops OR talks", 10)).extracting(SearchHit::id)
                    .containsExactlyInAnyOrder(ArticleIds.of(BLINKEN), ArticleIds.of(TALKS));
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
    void aVersion3StoreHasItsAnnotationsMovedIntoTheirRows() throws SQLException {
        AnnotatedArticle blinken = annotated(BLINKEN, publication("apnews.com", "2022-02-01", null));
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.add(blinken);
        }
        try (Connection c = connect(); Statement sql = c.createStatement()) {
            sql.execute("ALTER TABLE annotation ALTER COLUMN data SET DATA TYPE BINARY LARGE OBJECT");
            sql.execute("DELETE FROM schema_version");
            sql.execute("INSERT INTO schema_version (version, applied_at) VALUES (3, CURRENT_TIMESTAMP)");
        }
        assertThat(annotationType()).isEqualTo("binary large object");

        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.find(blinken.article().id())).contains(blinken);
        }
        assertThat(annotationType()).isEqualTo("binary varying");
    }

    @Test
    void aVersion4StoreGainsArticlePartsUncountedForItsArticles() throws SQLException {
        AnnotatedArticle blinken = annotated(BLINKEN, publication("apnews.com", "2022-02-01", null));
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.add(blinken, List.of(EventMentionStoreContract.mention(blinken, "CONSULT")));
        }
        try (Connection c = connect(); Statement sql = c.createStatement()) {
            sql.execute("ALTER TABLE article DROP COLUMN parts");
            sql.execute("DELETE FROM schema_version");
            sql.execute("INSERT INTO schema_version (version, applied_at) VALUES (4, CURRENT_TIMESTAMP)");
        }
        markOpen();

        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.repairs()).isEmpty();
            assertThat(store.find(blinken.article().id())).contains(blinken);
        }
        try (Connection c = connect(); Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("SELECT parts, (SELECT MAX(version) FROM schema_version) FROM article")) {
            rows.next();
            assertThat(rows.getObject(1)).isNull();
            assertThat(rows.getInt(2)).isEqualTo(5);
        }
    }

    @Test
    void aStoreMarksItselfOpenUntilItIsClosed() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(dir.resolve("records.open")).exists();
            assertThat(store.repairs()).isEmpty();
        }
        assertThat(dir.resolve("records.open")).doesNotExist();
    }

    @Test
    void aTableWhoseIndexesLostARowInACrashIsRebuiltWhenTheStoreIsNextOpened() throws SQLException {
        AnnotatedArticle blinken = annotated(BLINKEN, publication("apnews.com", "2022-02-01", null));
        AnnotatedArticle talks = annotated(TALKS, publication("reuters.com", "2022-02-02", null));
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.add(blinken);
            store.add(talks);
        }
        // What a kill at the wrong moment has left in H2: the row of an article that a scan finds and no index does.
        try (Connection c = connect()) {
            SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
            Table article = session.getDatabase().getSchema("public").findTableOrView(session, "article");
            Row row = null;
            Cursor rows = article.getScanIndex(session).find(session, null, null, false);
            while (rows.next()) {
                Row found = rows.get();
                if (found.getValue(0).getString().equals(talks.article().id())) {
                    row = found;
                }
            }
            for (Index index : article.getIndexes()) {
                if (index != article.getScanIndex(session)) {
                    index.remove(session, row);
                }
            }
            c.commit();
        }
        try (Connection c = connect(); Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("SELECT COUNT(*), (SELECT COUNT(*) FROM (SELECT id FROM article)) "
                     + "FROM article")) {
            rows.next();
            assertThat(List.of(rows.getLong(1), rows.getLong(2))).containsExactly(2L, 1L);
        }
        markOpen();

        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.repairs()).contains("rebuilt table article whose indexes disagreed with their rows");
            assertThat(store.count()).isEqualTo(2);
            assertThat(store.list(0, 10)).extracting(ArticleSummary::id)
                    .containsExactly(blinken.article().id(), talks.article().id());
            assertThat(store.find(talks.article().id())).contains(talks);
            assertThat(store.search("Geneva", 10)).extracting(SearchHit::id).containsExactly(talks.article().id());
        }
    }

    @Test
    void anArticleStoredOnlyInPartIsRemovedWhenTheStoreIsNextOpenedAndCanBeStoredAgain() throws SQLException {
        AnnotatedArticle blinken = annotated(BLINKEN, publication("apnews.com", "2022-02-01", null));
        AnnotatedArticle talks = annotated(TALKS, publication("reuters.com", "2022-02-02", null));
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.add(blinken);
            store.add(talks);
        }
        leaveHalfWritten("annotation", talks);

        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.repairs()).contains("removed 1 article stored only in part (" + talks.article().id()
                    + "); ingesting their files again stores them whole");
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.find(talks.article().id())).isEmpty();
            assertThat(store.search("Geneva", 10)).isEmpty();

            assertThat(store.add(talks)).isEqualTo(StoreOutcome.STORED);
            assertThat(store.find(talks.article().id())).contains(talks);
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.repairs()).isEmpty();
            assertThat(store.count()).isEqualTo(2);
        }
    }

    @Test
    void aStoreKilledWhileCommittingIsRebuiltAndItsHalfWrittenArticleCanBeStoredAgain() throws Exception {
        // The records of a real `storyline ingest` of 600 two-sentence documents, SIGKILLed while it wrote: H2
        // recovered a transaction it did not finish, whose invisible rows locked the keys of article 921f774b…
        try (InputStream in = new GZIPInputStream(Objects.requireNonNull(
                EmbeddedStoreTest.class.getResourceAsStream("killed-mid-commit.mv.db.gz")))) {
            Files.createDirectories(dir);
            Files.copy(in, dir.resolve("records.mv.db"));
        }
        markOpen();
        AnnotatedArticle halfWritten = annotated("Officials in Columbus announced plan zq0133 on March 3, 2021. "
                + "Japan rejected China's proposal for joint patrols.", publication(null, "2021-03-04", null));
        assertThat(halfWritten.article().id()).isEqualTo("921f774b7b1f2a78");

        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.repairs()).contains("rebuilt every table, dropping the rows of a transaction H2 had not "
                    + "finished; removed 1 article stored only in part (921f774b7b1f2a78); ingesting their files again "
                    + "stores them whole");
            assertThat(store.count()).isEqualTo(133);
            assertThat(store.search("officials", 1_000)).hasSize(133);

            assertThat(store.add(halfWritten)).isEqualTo(StoreOutcome.STORED);
            assertThat(store.find(halfWritten.article().id())).contains(halfWritten);
        }
        markOpen();
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.repairs()).isEmpty();
            assertThat(store.count()).isEqualTo(134);
        }
    }

    @Test
    void anArticleThatLostEventRowsInACrashIsRemovedWhenTheStoreIsNextOpened() throws SQLException {
        AnnotatedArticle blinken = annotated(BLINKEN, publication("apnews.com", "2022-02-01", null));
        AnnotatedArticle talks = annotated(TALKS, publication("reuters.com", "2022-02-02", null));
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.add(blinken, List.of(EventMentionStoreContract.mention(blinken, "CONSULT")));
            store.add(talks, List.of(EventMentionStoreContract.mention(talks, "REJECT")));
        }
        leaveHalfWritten("event_actor", talks);

        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.repairs()).contains("removed 1 article stored only in part (" + talks.article().id()
                    + "); ingesting their files again stores them whole");
            assertThat(store.list(0, 10)).extracting(ArticleSummary::id).containsExactly(blinken.article().id());
            assertThat(store.countEventMentions()).isEqualTo(1);
        }
    }

    @Test
    void publicationsAndRecodedEventsAddedLaterKeepAnArticleWhole() throws SQLException {
        AnnotatedArticle talks = annotated(TALKS, publication("reuters.com", "2022-02-02", null));
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.add(talks, List.of(EventMentionStoreContract.mention(talks, "REJECT")));
            store.addPublication(talks.article().id(), publication("apnews.com", "2022-02-03", null));
            store.replaceEventMentions(talks.article().id(), List.of(EventMentionStoreContract.mention(talks,
                    "CONSULT"), EventMentionStoreContract.mention(talks, "REQUEST")));
        }
        try (Connection c = connect(); Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("SELECT parts FROM article")) {
            rows.next();
            // 2 publications, 1 sentence, 1 timex, 1 annotation, 2 mentions with an actor each
            assertThat(rows.getInt(1)).isEqualTo(9);
        }
        markOpen();

        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.repairs()).isEmpty();
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.countEventMentions()).isEqualTo(2);
        }
    }

    @Test
    void storiesThatDisagreeWithTheirMembersAreEmptiedWhenAStoreLeftOpenIsOpened() throws SQLException {
        AnnotatedArticle blinken = annotated(BLINKEN, publication("apnews.com", "2022-02-01", null));
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.add(blinken);
        }
        String id = blinken.article().id();
        try (Connection c = connect(); Statement sql = c.createStatement()) {
            sql.execute("INSERT INTO story (id, label, first_date, last_date, articles, outlets) VALUES ('" + id
                    + "', 'Blinken', DATE '2022-02-01', DATE '2022-02-01', 2, 1)");
            sql.execute("INSERT INTO story_article (article_id, story_id, seq, score) VALUES ('" + id + "', '" + id
                    + "', 0, 1.0)");
        }
        markOpen();

        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.repairs()).contains(
                    "emptied the stories, which the next ingest (or storyline stories --update) places again");
            assertThat(store.articlesWithoutStory()).containsExactly(id);
            assertThat(store.count()).isEqualTo(1);
        }
    }

    @Test
    void aStoreWhoseWriteFailedIsCheckedWhenNextOpened() throws SQLException {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            try (Connection c = connect(); Statement sql = c.createStatement()) {
                sql.execute("ALTER TABLE article ADD CONSTRAINT short_text CHECK (CHAR_LENGTH(text) < 20)");
            }
            assertThatThrownBy(() -> store.add(annotated(BLINKEN, publication("apnews.com", "2022-02-01", null))))
                    .isInstanceOf(StoreException.class);
        }
        assertThat(dir.resolve("records.open")).exists();

        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.repairs()).isEmpty();
            assertThat(store.count()).isZero();
        }
        assertThat(dir.resolve("records.open")).doesNotExist();
    }

    @Test
    void concurrentWalksLeaveThePoolToOtherReads() throws Exception {
        List<String> ids = new ArrayList<>();
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            for (String text : List.of(BLINKEN, TALKS, BLINKEN + " Lavrov replied.")) {
                store.add(annotated(text, publication("apnews.com", "2022-02-01", null)));
                ids.add(ArticleIds.of(text));
            }
            // more walks than the pool has connections for their readers, each also borrowing for every article
            ExecutorService walks = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<String>>> visited = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    visited.add(walks.submit(() -> {
                        List<String> seen = new ArrayList<>();
                        store.forEachAnnotated("troops", word -> true,
                                article -> store.assertedEventSentences(article.article().id()), article -> {
                                    assertThat(store.count()).isEqualTo(3);
                                    seen.add(article.article().id());
                                });
                        return seen;
                    }));
                }
                for (Future<List<String>> walk : visited) {
                    assertThat(walk.get(20, TimeUnit.SECONDS)).containsExactlyInAnyOrderElementsOf(ids);
                }
            } finally {
                walks.shutdownNow();
            }
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

    private String annotationType() throws SQLException {
        try (Connection c = connect(); Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("SELECT data_type FROM information_schema.columns "
                     + "WHERE table_name = 'annotation' AND column_name = 'data'")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Deletes the rows of {@code table} of an article and leaves the store marked open, as a crash may. */
    private void leaveHalfWritten(String table, AnnotatedArticle article) throws SQLException {
        try (Connection c = connect(); Statement sql = c.createStatement()) {
            sql.execute("DELETE FROM " + table + " WHERE article_id = '" + article.article().id() + "'");
        }
        markOpen();
    }

    /** Leaves the marker of an open store, as a process that died with the store open does. */
    private void markOpen() {
        try {
            Files.createFile(dir.resolve("records.open"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
