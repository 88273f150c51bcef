package org.storyline.summarize;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.util.WordTest;

/**
 * The words of a query, lower-cased, without operators and the commonest words; a sentence matches when one of
 * its tokens or lemmas is one of them, ignoring case. Immutable and thread-safe.
 */
record QueryWords(Set<String> words, String[][] byLength, boolean asciiWords) implements WordTest {
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
        boolean ascii = words.stream().allMatch(word -> word.chars().allMatch(c -> c < 0x80));
        return new QueryWords(Set.copyOf(words), byLength, ascii);
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

    /** Same as {@link #isWord}. */
    @Override
    public boolean test(String text) {
        return isWord(text);
    }

    /**
     * Rules out a word written in ASCII that is none of the query's words, ignoring ASCII case, when the query's
     * words are ASCII too (case folding beyond ASCII can change a word's length in bytes, and is left to
     * {@link #isWord}).
     */
    @Override
    public boolean mayAccept(byte[] utf8, int offset, int length) {
        if (length >= byLength.length) {
                return !asciiWords || !ascii(utf8, offset, length);
        }
        if (!asciiWords || !ascii(utf8, offset, length)) {
            return true;
        }
        for (String word : byLength[length]) {
            if (equalsAsciiIgnoringCase(word, utf8, offset)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ascii(byte[] utf8, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (utf8[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the ASCII bytes from {@code offset} spell the lower-case ASCII {@code word}, ignoring case. */
    private static boolean equalsAsciiIgnoringCase(String word, byte[] utf8, int offset) {
        for (int i = 0; i < word.length(); i++) {
            int b = utf8[offset + i];
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != word.charAt(i)) {
                return false;
            }
        }
        return true;
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
