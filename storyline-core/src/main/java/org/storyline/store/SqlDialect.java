package org.storyline.store;

/**
 * What the supported databases do differently: a few SQL type names, PostgreSQL's text search index, and the
 * locks PostgreSQL writers take because several processes may write one database. Everything else in the schema
 * and the queries is standard SQL both accept. Immutable and thread-safe.
 */
enum SqlDialect {
    /**
     * H2 in PostgreSQL mode refuses the name BLOB but takes the standard one; a LOB keeps the annotation blobs
     * out of the row pages, unlike BYTEA, which H2 stores inline. The embedded store searches with Lucene and is
     * written by one process, so it needs no text index and no locks.
     */
    H2("BINARY LARGE OBJECT", "", null),
    /**
     * The text index covers the expression {@link #TEXT_SEARCH}, so that queries using it are answered from the
     * index without a stored column. Writers lock an article's id (or the stories) for their transaction, so
     * that two processes adding the same text, or clustering at once, wait for each other instead of failing.
     */
    POSTGRESQL("BYTEA", "CREATE INDEX IF NOT EXISTS article_text_search ON article USING GIN (("
            + SqlDialect.TEXT_SEARCH + "));", "SELECT pg_advisory_xact_lock(hashtext(?))");

    /** The words of an article for PostgreSQL's text search, its title weighing more than its text. */
    static final String TEXT_SEARCH = "setweight(to_tsvector('english', COALESCE(title, '')), 'A') "
            + "|| setweight(to_tsvector('english', text), 'B')";

    private final String binaryType;
    private final String textIndex;
    private final String articleLock;

    SqlDialect(String binaryType, String textIndex, String articleLock) {
        this.binaryType = binaryType;
        this.textIndex = textIndex;
        this.articleLock = articleLock;
    }

    /** Rewrites the placeholders of a schema script into this dialect. */
    String render(String script) {
        return script.replace("${binary}", binaryType).replace("${text_index}", textIndex);
    }

    /**
     * A statement taking a lock on its one string parameter until the end of the transaction, or null when the
     * database needs none.
     */
    String articleLock() {
        return articleLock;
    }
}
