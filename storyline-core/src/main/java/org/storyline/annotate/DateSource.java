package org.storyline.annotate;

/** Where a sentence's date came from. */
public enum DateSource {
    /** A temporal expression in the sentence. */
    TEXT,
    /** No usable expression: the publication date. */
    PUBLISHED
}
