package org.storyline.store;

import java.time.LocalDate;

/**
 * A line of the article list.
 *
 * @param id           article id
 * @param title        headline, or null
 * @param published    earliest publication date
 * @param outlet       outlet of the earliest publication, or null
 * @param url          url of the earliest publication, or null
 * @param publications number of publications
 * @param sentences    number of sentences
 */
public record ArticleSummary(String id, String title, LocalDate published, String outlet, String url,
                             int publications, int sentences) {
}
