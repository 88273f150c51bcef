package org.storyline.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads the articles of one input format. Implementations are stateless and safe to share between threads.
 *
 * <p>A reader reports what it cannot use through {@code skips} and goes on with the rest of the file: a bad
 * line in a JSONL file skips that line only. It throws {@link IOException} only when the file as a whole
 * cannot be read.
 */
public interface ArticleReader {
    /** Short format name, as shown to users: {@code seed}, {@code markdown}, {@code jsonl}, {@code html}, {@code feed}, {@code warc}. */
    String format();

    /**
     * Whether this reader recognises the content. Detection looks at the content first and uses the file name
     * only to break ties.
     *
     * @param file the file's path
     * @param head the first bytes of the file (up to 8 KiB, gunzipped when the file is gzip)
     */
    boolean recognizes(Path file, byte[] head);

    /** Reads every article of the file. */
    void read(Path file, Consumer<Article> articles, Consumer<Skip> skips) throws IOException;
}
