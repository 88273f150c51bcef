package org.storyline.store;

import java.time.LocalDate;

/**
 * What the full-text index keeps of an article: its text and the fields a search hit shows. Immutable and
 * thread-safe.
 *
 * @param id        article id
 * @param title     headline, or null
 * @param text      body text
 * @param published earliest publication date
 * @param outlet    outlet of the earliest publication, or null
 * @param url       url of the earliest publication, or null
 */
record IndexEntry(String id, String title, String text, LocalDate published, String outlet, String url) {
}
