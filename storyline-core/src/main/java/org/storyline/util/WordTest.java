package org.storyline.util;

import java.util.function.Predicate;

/**
 * A test of words that can also rule a word out from its UTF-8 bytes, before they are decoded into a string: a
 * store that keeps only the sentences with some words asks it about every distinct word of an article.
 * Implementations are thread-safe.
 */
public interface WordTest extends Predicate<String> {
    /**
     * False only when {@link #test} is false for the word that {@code length} bytes of {@code utf8} from
     * {@code offset} encode; true when it may be true.
     */
    boolean mayAccept(byte[] utf8, int offset, int length);
}
