package org.storyline.story;

import java.time.LocalDate;

/**
 * A story as it stands: articles about one unfolding event, told by one or more outlets. Immutable and
 * thread-safe.
 *
 * @param id        stable id: the id of the article that founded it
 * @param label     its key actors and terms, for people to read
 * @param firstDate earliest publication date of its articles
 * @param lastDate  latest publication date of its articles
 * @param articles  number of articles (near-duplicates included)
 * @param outlets   number of distinct outlets that published them
 */
public record Story(String id, String label, LocalDate firstDate, LocalDate lastDate, int articles, int outlets) {
}
