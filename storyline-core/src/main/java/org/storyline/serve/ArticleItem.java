package org.storyline.serve;

import java.time.LocalDate;

/**
 * An article in a list: a search hit or a line of the article list. Immutable and thread-safe.
 *
 * @param id        article id
 * @param title     headline, or null
 * @param published earliest publication date
 * @param outlet    outlet of the earliest publication, or null
 * @param url       url of the earliest publication, or null
 * @param score     search relevance, or null when listing
 * @param snippet   a passage with the matched terms wrapped in {@code [[ ]]}, or null when listing
 */
public record ArticleItem(String id, String title, LocalDate published, String outlet, String url, Double score,
                          String snippet) {
}
