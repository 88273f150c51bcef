package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.cli.Run.run;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples ingested through the command line into an embedded PostgreSQL and into an embedded store: the
 * commands that read the store say the same of both.
 */
class PostgresStoreIT {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    static Path embedded;

    private static EmbeddedPostgres postgres;
    private static String url;
    private static Run postgresIngest;
    private static Run embeddedIngest;

    @BeforeAll
    static void ingestBoth() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        url = postgres.getJdbcUrl("postgres", "postgres");
        postgresIngest = run("ingest", "--store", url, EXAMPLES.toString());
        embeddedIngest = run("ingest", "--store", embedded.toString(), EXAMPLES.toString());
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void bothIngestTheFiveArticles() {
        assertThat(postgresIngest.exit()).as(postgresIngest.err()).isZero();
        assertThat(embeddedIngest.exit()).as(embeddedIngest.err()).isZero();
        assertThat(postgresIngest.err())
                .contains("5 file(s): 5 article(s) ingested, 0 publication(s) added, 0 already present, 0 skipped");
        assertThat(run("ingest", "--store", url, EXAMPLES.toString()).err())
                .contains("5 file(s): 0 article(s) ingested, 0 publication(s) added, 5 already present, 0 skipped");
    }

    @Test
    void timelinesAreTheSame() {
        for (List<String> arguments : List.of(List.of("timeline"), List.of("timeline", "--query", "Russia"),
                List.of("timeline", "--query", "Russia", "--format", "json"), List.of("articles"),
                List.of("stories"), List.of("events"), List.of("events", "--all", "--format", "jsonl"))) {
            Run fromPostgres = onBoth(arguments, url);
            Run fromEmbedded = onBoth(arguments, embedded.toString());

            assertThat(fromPostgres.exit()).as(arguments + ": " + fromPostgres.err()).isZero();
            assertThat(fromPostgres.out()).as(String.join(" ", arguments)).isNotBlank()
                    .isEqualTo(fromEmbedded.out());
        }
    }

    @Test
    void searchesFindTheSameArticles() {
        for (String query : List.of("Russia", "Blinken Lavrov", "troops")) {
            List<String> fromPostgres = articleLines(onBoth(List.of("search", query), url));
            List<String> fromEmbedded = articleLines(onBoth(List.of("search", query), embedded.toString()));

            assertThat(fromPostgres).as(query).isNotEmpty().containsExactlyInAnyOrderElementsOf(fromEmbedded);
        }
    }

    private static Run onBoth(List<String> arguments, String store) {
        List<String> all = new ArrayList<>(arguments);
        all.add(1, "--store");
        all.add(2, store);
        return run(all.toArray(String[]::new));
    }

    /** The date, outlet and id line of each hit: ranks and snippets are the search engine's own. */
    private static List<String> articleLines(Run search) {
        assertThat(search.exit()).as(search.err()).isZero();
        return search.out().lines().filter(line -> line.startsWith("   ") && line.contains(" · ")).toList();
    }
}
