package org.storyline.store;

/**
 * The few SQL type names on which the supported databases disagree; everything else in the schema is standard
 * SQL both accept. Immutable and thread-safe.
 */
enum SqlDialect {
    /**
     * H2 in PostgreSQL mode refuses the name BLOB but takes the standard one; a LOB keeps the annotation blobs
     * out of the row pages, unlike BYTEA, which H2 stores inline.
     */
    H2("BINARY LARGE OBJECT"),
    POSTGRESQL("BYTEA");

    private final String binaryType;

    SqlDialect(String binaryType) {
        this.binaryType = binaryType;
    }

    /** Rewrites the placeholders of a schema script into this dialect. */
    String render(String script) {
        return script.replace("${binary}", binaryType);
    }
}
