package org.storyline.pipeline;

/** A stage of the ingest whose time {@link Ingestion} reports to a {@link StageListener}. */
public enum Stage {
    /** Reading files into articles (format detection and parsing), on the reading thread. */
    READ,
    /** Annotating a new article, on a worker. */
    ANNOTATE,
    /** Coding the events of a new article, on a worker. */
    CODE,
    /** Looking up, adding and committing articles, publications and event mentions in the store. */
    STORE,
    /** Linking near-duplicates and placing new articles in stories, once at the end of the ingest. */
    DEDUPE_CLUSTER
}
