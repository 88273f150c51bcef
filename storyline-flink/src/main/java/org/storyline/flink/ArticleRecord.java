package org.storyline.flink;

/**
 * An article between the reading and the annotating operators, keyed by its id so that every copy of one text
 * goes to the same annotator. Immutable and thread-safe.
 *
 * @param articleId the article's id
 * @param json      the article, as {@link StageJson#article(org.storyline.ingest.Article)} writes it
 */
public record ArticleRecord(String articleId, String json) {
}
