package org.storyline.summarize;

/**
 * A sentence of an article that supports a line.
 *
 * @param articleId     the article's id
 * @param sentenceIndex the sentence's position in the article
 * @param charStart     offset of the sentence in the article text
 * @param charEnd       offset after the sentence in the article text
 * @param sentence      the sentence as written
 */
public record Citation(String articleId, int sentenceIndex, int charStart, int charEnd, String sentence) {
}
