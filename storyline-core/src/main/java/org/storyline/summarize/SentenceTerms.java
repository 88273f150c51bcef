package org.storyline.summarize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.annotate.Mention;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;

/**
 * The content terms of a sentence, weighted: lemmas of nouns, verbs, adjectives and numbers, and named entities
 * (a person by surname, so "Antony Blinken" and "Mr Blinken" meet). Stateless and thread-safe.
 */
final class SentenceTerms {
    private static final Set<String> STOP_LEMMAS = Set.of(
            "be", "have", "do", "say", "tell", "add", "also", "will", "would", "can", "could", "may", "might",
            "shall", "should", "must", "mr", "mrs", "ms", "one", "get", "make", "take", "go", "there", "here",
            "other", "such", "more", "most", "many", "much", "very", "own", "same", "new", "first", "last");
    private static final Set<String> ENTITY_TYPES = Set.of(
            "PERSON", "ORGANIZATION", "COUNTRY", "NATIONALITY", "CITY", "STATE_OR_PROVINCE", "LOCATION",
            "IDEOLOGY", "RELIGION", "MISC");
    private static final double ENTITY_WEIGHT = 1.5;

    private SentenceTerms() {
    }

    /** Term frequencies of the sentence. */
    static Map<String, Double> of(Sentence sentence) {
        Map<String, Double> terms = new HashMap<>();
        for (Token token : sentence.tokens()) {
            if (isContent(token)) {
                terms.merge(token.lemma().toLowerCase(Locale.ROOT), 1.0, Double::sum);
            }
        }
        for (Mention mention : sentence.mentions()) {
            if (ENTITY_TYPES.contains(mention.type()) && !isPronoun(sentence, mention)) {
                terms.merge("@" + entityKey(sentence, mention), ENTITY_WEIGHT, Double::sum);
            }
        }
        return terms;
    }

    /** The people the sentence names, by surname. */
    static Set<String> people(Sentence sentence) {
        Set<String> people = new java.util.HashSet<>();
        for (Mention mention : sentence.mentions()) {
            if (mention.type().equals("PERSON") && !isPronoun(sentence, mention)) {
                people.add(entityKey(sentence, mention));
            }
        }
        return people;
    }

    /** Whether the sentence has a verb that is not only an auxiliary: a headline fragment or a caption has none. */
    static boolean hasVerb(Sentence sentence) {
        return sentence.tokens().stream().anyMatch(t -> t.pos().startsWith("VB") && !STOP_LEMMAS.contains(t.lemma()));
    }

    private static boolean isContent(Token token) {
        String pos = token.pos();
        boolean contentPos = pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ") || pos.equals("CD");
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        return contentPos && lemma.chars().anyMatch(Character::isLetterOrDigit) && !STOP_LEMMAS.contains(lemma);
    }

    /** CoreNLP lists pronouns it links to people ("he", "his") as mentions; they name nobody by themselves. */
    private static boolean isPronoun(Sentence sentence, Mention mention) {
        return sentence.tokens().subList(mention.tokenStart(), mention.tokenEnd()).stream()
                .allMatch(t -> t.pos().startsWith("PRP") || t.pos().equals("WP"));
    }

    private static String entityKey(Sentence sentence, Mention mention) {
        if (mention.type().equals("PERSON") && mention.tokenEnd() > mention.tokenStart()) {
            return sentence.tokens().get(mention.tokenEnd() - 1).text().toLowerCase(Locale.ROOT);
        }
        return mention.text().toLowerCase(Locale.ROOT);
    }
}
