package org.storyline.annotate;

/**
 * A token of a sentence.
 *
 * @param index     0-based position in the sentence
 * @param text      the token as written
 * @param lemma     its lemma
 * @param pos       Penn Treebank part-of-speech tag
 * @param ner       named-entity tag ({@code O} when none)
 * @param charStart offset of the first character in the article text
 * @param charEnd   offset after the last character in the article text
 */
public record Token(int index, String text, String lemma, String pos, String ner, int charStart, int charEnd) {
}
