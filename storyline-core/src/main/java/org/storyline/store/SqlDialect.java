package org.storyline.store;

import java.util.List;

/**
 * What the supported databases do differently: a few SQL type names, PostgreSQL's text search index, and the
 * locks PostgreSQL writers take because several processes may write one database. Everything else in the schema
 * and the queries is standard SQL both accept. Immutable and thread-safe.
 */
enum SqlDialect {
    /**
     * H2 keeps a BINARY VARYING value in its row, so an annotation is written and recovered in its article's
     * transaction. A LOB would live in H2's separate, non-transactional LOB maps, whose bookkeeping can disagree
     * with the rows after a kill -9 (an article was once recovered without its annotation); stores of schema
     * version 3 or older are converted on opening. The embedded store searches with Lucene and is written by one
     * process, so it needs no text index and no locks.
     */
    H2("BINARY VARYING", "", null, List.of("ALTER TABLE annotation ALTER COLUMN data SET DATA TYPE BINARY VARYING")),
    /**
     * The text index covers the expression {@link #TEXT_SEARCH}, so that queries using it are answered from the
     * index without a stored column. Writers lock an article's id (or the stories) for their transaction, so
     * that two processes adding the same text, or clustering at once, wait for each other instead of failing.
     */
    POSTGRESQL("BYTEA", "CREATE INDEX IF NOT EXISTS article_text_search ON article USING GIN (("
            + SqlDialect.TEXT_SEARCH + "));", "SELECT pg_advisory_xact_lock(hashtext(?))", List.of());

    /** The words of an article for PostgreSQL's text search, its title weighing more than its text. */
    static final String TEXT_SEARCH = "setweight(to_tsvector('english', COALESCE(title, '')), 'A') "
            + "|| setweight(to_tsvector('english', text), 'B')";

    private final String binaryType;
    private final String textIndex;
    private final String articleLock;
    private final List<String> fromVersion3;

    SqlDialect(String binaryType, String textIndex, String articleLock, List<String> fromVersion3) {
        this.binaryType = binaryType;
        this.textIndex = textIndex;
        this.articleLock = articleLock;
        this.fromVersion3 = fromVersion3;
    }

    /** Rewrites the placeholders of a schema script into this dialect. */
    String render(String script) {
        return script.replace("${binary}", binaryType).replace("${text_index}", textIndex);
    }

    /**
     * The statements that bring the tables of a store of schema version 1 to 3, once the schema script has added
     * what was missing, to version 4.
     */
    List<String> fromVersion3() {
        return fromVersion3;
    }

    /**
     * A statement taking a lock on its one string parameter until the end of the transaction, or null when the
     * database needs none.
     */
    String articleLock() {
        return articleLock;
    }
}
