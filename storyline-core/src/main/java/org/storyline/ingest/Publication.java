package org.storyline.ingest;

import java.time.LocalDate;
import org.storyline.util.Validate;

/**
 * One appearance of an article's text: where and when it was published, under which headline.
 * The same wire text published by several outlets is one {@link Article} with several publications.
 *
 * @param url       the article's address, or null when the input has none
 * @param outlet    the publishing outlet (site name or host), or null when unknown
 * @param published the publication date, never null: undated inputs are rejected by the readers
 * @param title     the headline, or null
 * @param origin    where the input came from: a file path, with {@code :line} for line-based formats
 */
public record Publication(String url, String outlet, LocalDate published, String title, String origin) {
    public Publication {
        Validate.notNull(published, "published");
        Validate.notBlank(origin, "origin");
    }
}
