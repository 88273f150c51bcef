package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyline.store.Articles.annotated;
import static org.storyline.store.Articles.publication;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.ingest.ArticleIds;

/** The PostgreSQL store: the contract of every store, and what PostgreSQL's text search and locks add to it. */
class PostgresStoreTest extends StoreContract {
    @Override
    StoreLocation newLocation(Path dir) {
        return TestPostgres.freshDatabase();
    }

    @Test
    void searchTakesWebSearchSyntaxAndSnipsAroundTheMatch() {
        String filler = "Officials met again on the following day to discuss the schedule of the meeting. ";
        String text = filler.repeat(6) + "The ministers finally agreed on a ceasefire in the eastern region.\n\n"
                + filler.repeat(6).strip();
        try (Store store = location.open()) {
            store.add(annotated(text, publication("apnews.com", "2022-02-01", "Ceasefire talks")));
            store.add(annotated(BLINKEN, publication("apnews.com", "2022-02-01", null)));

            assertThat(store.search("ceasefire eastern", 1)).extracting(SearchHit::snippet).containsExactly(
                    "following day to discuss the schedule of the meeting. The ministers finally agreed on a "
                            + "[[ceasefire]] in the [[eastern]] region. Officials met again on the following day to "
                            + "discuss the schedule of the meeting. Officials");
            assertThat(store.search("talks", 1)).extracting(SearchHit::snippet).containsExactly(
                    "Officials met again on the following day to discuss the schedule of the meeting. "
                            + "Officials met again on the following day to discuss the schedule");
            assertThat(store.search("\"withdraw its troops\"", 5)).extracting(SearchHit::id)
                    .containsExactly(ArticleIds.of(BLINKEN));
            assertThat(store.search("\"troops withdraw\"", 5)).isEmpty();
            assertThat(store.search("meeting -ceasefire", 5)).isEmpty();
            assertThat(store.search("Russia AND (troops", 5)).extracting(SearchHit::id)
                    .containsExactly(ArticleIds.of(BLINKEN));
            assertThat(store.search("the", 5)).isEmpty();
        }
    }

    @Test
    void searchIsAnsweredFromTheTextIndex() throws Exception {
        try (Store store = location.open(); Connection c = location.connect(); Statement sql = c.createStatement()) {
            store.add(annotated(BLINKEN, publication("apnews.com", "2022-02-01", null)));
            sql.execute("SET enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = sql.executeQuery("EXPLAIN SELECT id FROM article WHERE "
                    + SqlDialect.TEXT_SEARCH + " @@ websearch_to_tsquery('english', 'troops')")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }

            assertThat(plan.toString()).contains("article_text_search");
        }
    }

    @Test
    void twoStoresOnOneDatabaseStoreEachArticleOnce() throws Exception {
        List<AnnotatedArticle> articles = List.of(
                annotated(BLINKEN, publication("apnews.com", "2022-02-01", null)),
                annotated(SANCTIONS, publication("dw.com", "2022-01-31", null)),
                annotated(TALKS, publication("bbc.co.uk", "2022-02-02", null)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (Store first = location.open(); Store second = location.open()) {
            List<Callable<StoreOutcome>> tasks = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                AnnotatedArticle article = articles.get(i % 3);
                Store store = i % 2 == 0 ? first : second;
                tasks.add(() -> store.add(article));
            }
            List<StoreOutcome> outcomes = new ArrayList<>();
            for (Future<StoreOutcome> outcome : pool.invokeAll(tasks)) {
                outcomes.add(outcome.get());
            }

            assertThat(outcomes).filteredOn(StoreOutcome.STORED::equals).hasSize(3);
            assertThat(outcomes).filteredOn(StoreOutcome.ALREADY_PRESENT::equals).hasSize(21);
            assertThat(second.count()).isEqualTo(3);
            assertThat(first.search("troops", 10)).hasSize(2);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void readingCommandsDoNotCreateAStore() {
        String url = ((PostgresStoreLocation) location).url();

        assertThatThrownBy(() -> PostgresStore.openExisting(url)).isInstanceOf(StoreException.class)
                .hasMessage("no store at " + location.name() + ": ingest articles first (storyline ingest PATH…)");
        location.open().close();
        PostgresStore.openExisting(url).close();
    }

    @Test
    void aUrlOpensAPostgresStoreAndAnythingElseADirectory() {
        String url = ((PostgresStoreLocation) location).url();
        try (Store postgres = Store.open(url); Store embedded = Store.open(dir.toString())) {
            assertThat(postgres).isInstanceOf(PostgresStore.class)
                    .hasToString("PostgresStore[" + location.name() + "]");
            assertThat(embedded).isInstanceOf(EmbeddedStore.class);
        }
    }
}
