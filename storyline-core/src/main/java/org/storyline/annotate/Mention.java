package org.storyline.annotate;

/**
 * A named-entity mention (person, organisation, country, title…), temporal expressions excepted (see {@link Timex}).
 *
 * @param text       the mention as written
 * @param type       NER type, e.g. {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}
 * @param tokenStart index of the first token in the sentence
 * @param tokenEnd   index after the last token
 * @param charStart  offset in the article text
 * @param charEnd    offset in the article text
 */
public record Mention(String text, String type, int tokenStart, int tokenEnd, int charStart, int charEnd) {
}
