package org.storyline.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.storyline.ingest.Article;
import org.storyline.ingest.CorpusReader;
import org.storyline.ingest.Publication;
import org.storyline.ingest.Skip;

/**
 * What the corpus reader makes of a file or folder: the articles as {@code id|url|outlet|date|title} lines (the
 * origin left out, as the good corpus lives elsewhere) and the skips located relative to a base folder.
 * Immutable.
 */
record ReadResult(Set<String> articles, List<String> skips) {
    ReadResult {
        articles = Set.copyOf(articles);
        skips = List.copyOf(skips);
    }

    /** Lists and reads {@code root} as an ingest does; skips are shown relative to {@code base}. */
    static ReadResult of(CorpusReader reader, Path root, Path base) {
        Set<String> articles = new TreeSet<>();
        List<Skip> skips = new ArrayList<>();
        for (Path file : reader.listFiles(List.of(root), skips::add)) {
            reader.readFile(file, article -> articles.add(line(article)), skips::add);
        }
        String prefix = base.toString() + "/";
        List<String> shown = new ArrayList<>();
        for (Skip skip : skips) {
            String location = skip.location().startsWith(prefix) ? skip.location().substring(prefix.length())
                    : skip.location();
            shown.add(location + ": " + skip.reason());
        }
        // Skips of one folder listing come in directory order, which the file system chooses.
        shown.sort(null);
        return new ReadResult(articles, shown);
    }

    private static String line(Article article) {
        Publication p = article.publications().get(0);
        return String.join("|", article.id(), String.valueOf(p.url()), String.valueOf(p.outlet()),
                p.published().toString(), String.valueOf(p.title()));
    }
}
