package org.storyline.store;

import java.time.LocalDate;

/**
 * A ranked search result.
 *
 * @param id        article id
 * @param score     relevance score (higher is better; comparable within one result list only)
 * @param title     headline, or null
 * @param published earliest publication date
 * @param outlet    outlet of the earliest publication, or null
 * @param url       url of the earliest publication, or null
 * @param snippet   a passage with the matched terms wrapped in {@code [[ ]]}
 */
public record SearchHit(String id, double score, String title, LocalDate published, String outlet, String url,
                        String snippet) {
}
