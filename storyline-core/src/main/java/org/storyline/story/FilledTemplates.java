package org.storyline.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a copy from another document written on the same template. Both share most of their word shingles, but
 * differently: a copy adds or drops whole sentences (a headline, a byline, boilerplate, a trimmed paragraph) and
 * keeps the names and figures of the sentences it shares, while a template filled in again ("a major disaster
 * exists in the State of West Virginia" / "… of Tennessee", "up to $675 million" / "$775 million") shares its
 * sentences with other names and figures in them.
 *
 * <p>Each sentence of the shorter text is matched with the sentence of the longer one that shares most of its
 * words (at least half of them). A matched pair is <em>refilled</em> when each side has a name or figure (a
 * capitalised word inside the sentence, or a token with a digit) that the other lacks, a misspelt word (one letter
 * added, dropped, changed or two swapped) not counting; a figure is never a misspelling. Two texts are different
 * documents when at least {@link #MIN_REFILLED_SHARE} of the matched sentences are refilled.
 *
 * <p>Stateless and thread-safe.
 */
public final class FilledTemplates {
    /** Least share of the shorter text's matched sentences that must be refilled for two documents. */
    static final double MIN_REFILLED_SHARE = 0.2;
    /** Least share of a sentence's distinct words its match must have. */
    private static final double MIN_MATCH = 0.5;
    /** Sentences with fewer words are not matched: a dateline or a byline says too little. */
    private static final int MIN_WORDS = 5;
    /** A sentence ends at . ! or ? (and closing quotes) before a space, or at a blank line; not at a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"”’)]*\\s+|\\n\\s*\\n");

    private FilledTemplates() {
    }

    /** Whether {@code a} and {@code b} are different documents on one template rather than copies of one. */
    static boolean differentDocuments(String a, String b) {
        List<Sentence> shorter = sentences(a.length() <= b.length() ? a : b);
        List<Sentence> longer = sentences(a.length() <= b.length() ? b : a);
        Map<String, List<Integer>> where = new HashMap<>();
        for (int i = 0; i < longer.size(); i++) {
            for (String word : longer.get(i).words) {
                where.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
        }
        int matched = 0;
        int refilled = 0;
        for (Sentence sentence : shorter) {
            if (sentence.words.size() < MIN_WORDS) {
                continue;
            }
            Map<Integer, Integer> shared = new HashMap<>();
            for (String word : sentence.words) {
                for (int i : where.getOrDefault(word, List.of())) {
                    shared.merge(i, 1, Integer::sum);
                }
            }
            int best = -1;
            int bestShared = 0;
            for (Map.Entry<Integer, Integer> candidate : shared.entrySet()) {
                if (candidate.getValue() > bestShared
                        || candidate.getValue() == bestShared && candidate.getKey() < best) {
                    best = candidate.getKey();
                    bestShared = candidate.getValue();
                }
            }
            if (best < 0 || bestShared < MIN_MATCH * sentence.words.size()) {
                continue;
            }
            matched++;
            Sentence match = longer.get(best);
            if (hasOwn(sentence, match) && hasOwn(match, sentence)) {
                refilled++;
            }
        }
        return refilled > 0 && refilled >= MIN_REFILLED_SHARE * matched;
    }

    /**
     * The names and figures of {@code text}, lower-cased: its capitalised words that do not begin a sentence, and
     * its tokens with a digit.
     */
    public static Set<String> namesAndFigures(String text) {
        Set<String> all = new HashSet<>();
        for (Sentence sentence : sentences(text)) {
            all.addAll(sentence.marked);
        }
        return all;
    }

    /** Whether {@code sentence} has a name or figure that {@code other} lacks, misspelt or not. */
    private static boolean hasOwn(Sentence sentence, Sentence other) {
        for (String marked : sentence.marked) {
            if (other.words.contains(marked)) {
                continue;
            }
            boolean misspelt = false;
            for (String word : isFigure(marked) ? Set.<String>of() : other.words) {
                if (oneEditApart(marked, word)) {
                    misspelt = true;
                    break;
                }
            }
            if (!misspelt) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} has a digit: a figure is never taken for a misspelling of another. */
    private static boolean isFigure(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    /** Whether one letter inserted, deleted or replaced, or two neighbours swapped, turn {@code a} into {@code b}. */
    static boolean oneEditApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        if (la == lb) {
            int first = -1;
            int differences = 0;
            for (int i = 0; i < la; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (differences++ == 0) {
                        first = i;
                    }
                }
            }
            return differences == 1 || differences == 2 && first + 1 < la && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
        }
        String longer = la > lb ? a : b;
        String shorter = la > lb ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }

    private static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (String part : SENTENCE_END.split(text)) {
            Set<String> words = new HashSet<>();
            Set<String> marked = new HashSet<>();
            Words.spans(part, (start, end) -> {
                String word = part.substring(start, end).toLowerCase(Locale.ROOT);
                // a capital on the sentence's first word (none seen yet) says nothing
                if (isFigure(word) || !words.isEmpty() && Character.isUpperCase(part.charAt(start))) {
                    marked.add(word);
                }
                words.add(word);
            });
            if (!words.isEmpty()) {
                sentences.add(new Sentence(words, marked));
            }
        }
        return sentences;
    }

    /** A sentence's distinct words, lower-cased, and those of them that are names or figures. */
    private record Sentence(Set<String> words, Set<String> marked) {
    }
}
