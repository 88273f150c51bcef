package org.storyline.summarize;

import java.time.LocalDate;

/**
 * A publication that reports a timeline line.
 *
 * @param articleId the article's id
 * @param url       where it was published, or null
 * @param outlet    who published it, or null
 * @param published when
 * @param title     its headline, or null
 * @param origin    the input it was read from
 * @param copyOf    when the article is a near-duplicate of another article of the line, that article, which is
 *                  counted in its place ("also published by"); null for independent evidence
 */
public record Source(String articleId, String url, String outlet, LocalDate published, String title, String origin,
                     String copyOf) {
}
