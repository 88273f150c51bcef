package org.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What a reader produced in a test: articles and skips, in order. Not thread-safe. */
final class Collected {
    final List<Article> articles = new ArrayList<>();
    final List<Skip> skips = new ArrayList<>();

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
