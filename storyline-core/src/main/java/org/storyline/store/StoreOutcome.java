package org.storyline.store;

/** What adding an article to the store did. */
public enum StoreOutcome {
    /** A new article, stored with its annotations. */
    STORED,
    /** The text was already stored; this publication of it was new and has been added. */
    PUBLICATION_ADDED,
    /** The text and this publication were both stored already: nothing changed. */
    ALREADY_PRESENT
}
