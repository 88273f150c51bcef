package org.storyline.flink;

/**
 * A coded article between the annotating operator and the store. Immutable and thread-safe.
 *
 * @param articleId the article's id
 * @param json      the coded article, as {@link StageJson#coded(CodedArticle)} writes it
 */
public record CodedRecord(String articleId, String json) {
}
