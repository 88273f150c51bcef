package org.storyline.summarize;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;

/**
 * The words of a query, lower-cased, without operators and the commonest words; a sentence matches when one of
 * its tokens or lemmas is one of them, ignoring case. Immutable and thread-safe.
 */
record QueryWords(Set<String> words, String[][] byLength) {
    static QueryWords of(String query) {
        Set<String> words = new HashSet<>();
        if (query != null) {
            for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() > 1 && !List.of("and", "or", "not", "the", "of").contains(word)) {
                    words.add(word);
                }
            }
        }
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        String[][] byLength = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int wanted = length;
            byLength[length] = words.stream().filter(w -> w.length() == wanted).sorted().toArray(String[]::new);
        }
        return new QueryWords(Set.copyOf(words), byLength);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    boolean matches(Sentence sentence) {
        if (words.isEmpty()) {
            return false;
        }
        for (Token token : sentence.tokens()) {
            if (isWord(token.text()) || isWord(token.lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Compares only with the words of the same length and first letter, without lower-casing (allocating) every
     * token.
     */
    boolean isWord(String text) {
        if (text == null || text.length() >= byLength.length) {
            return false;
        }
        String[] candidates = byLength[text.length()];
        if (candidates.length == 0) {
            return false;
        }
        char first = Character.toLowerCase(text.charAt(0));
        for (String word : candidates) {
            if (word.charAt(0) == first && word.equalsIgnoreCase(text)) {
                return true;
            }
        }
        return false;
    }
}
