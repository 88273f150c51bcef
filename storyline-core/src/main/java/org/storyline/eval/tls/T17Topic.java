package org.storyline.eval.tls;

import java.util.List;
import org.storyline.ingest.Article;

/**
 * A topic of the collection: the articles of all its sources pooled (one article per distinct text, with every
 * publication of it), and the reference timelines of all its sources. Immutable and thread-safe.
 *
 * @param name       the topic, the folder name before {@code _} ({@code bpoil}, {@code LibyaWar})
 * @param sources    its source folders, in name order
 * @param articles   its articles, earliest publication first, then by id
 * @param references its reference timelines, in folder then file name order
 */
public record T17Topic(String name, List<String> sources, List<Article> articles,
                       List<ReferenceTimeline> references) {
    public T17Topic {
        sources = List.copyOf(sources);
        articles = List.copyOf(articles);
        references = List.copyOf(references);
    }
}
