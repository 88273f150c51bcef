package org.storyline.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What a reader produced in a test: articles and skips, in order. Not thread-safe. */
final class Collected {
    final List<Article> articles = new ArrayList<>();
    final List<Skip> skips = new ArrayList<>();

    /** Everything {@code reader} produces from {@code file}. */
    static Collected read(ArticleReader reader, Path file) throws IOException {
        Collected result = new Collected();
        reader.read(file, result.articleSink(), result.skipSink());
        return result;
    }

    Consumer<Article> articleSink() {
        return articles::add;
    }

    Consumer<Skip> skipSink() {
        return skips::add;
    }

    /** The single article read, failing if there is not exactly one. */
    Article only() {
        if (articles.size() != 1 || !skips.isEmpty()) {
            throw new AssertionError("expected one article and no skip, got " + articles + " and " + skips);
        }
        return articles.get(0);
    }
}
