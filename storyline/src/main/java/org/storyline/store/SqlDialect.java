package org.storyline.store;

/**
 * The few SQL type names on which the supported databases disagree; everything else in the schema is standard
 * SQL both accept. Immutable and thread-safe.
 */
enum SqlDialect {
    H2("BLOB"),
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
