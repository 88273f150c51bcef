package org.storyline.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into lower-cased words (letters and digits, inner apostrophes and hyphens kept) and tells the
 * function words that carry no topic. Stateless and safe to share between threads.
 */
public final class Words {
    /** English function words and reporting verbs: frequent in every story, so they tell none apart. */
    private static final Set<String> STOP = Set.of("a", "about", "above", "after", "again", "against", "all", "also",
            "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
            "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each",
            "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself",
            "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me",
            "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or",
            "other", "our", "ours", "ourselves", "out", "over", "own", "said", "same", "says", "she", "should", "so",
            "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
            "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we",
            "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
            "you", "your", "yours", "yourself", "one", "two", "new", "like", "get", "go", "going", "make", "s",
            "t", "mr", "ms", "us", "may", "might", "must", "shall", "let", "well", "many", "much", "yes", "yeah",
            "okay", "oh", "thank", "thanks", "say", "told", "tell", "think", "know", "want", "got", "see", "way",
            "lot", "people", "time", "year", "years", "day", "today", "week", "last", "first", "including", "across",
            "among", "around", "within", "without", "since", "per", "via", "upon", "toward", "towards", "another");

    private Words() {
    }

    /** The words of {@code text}, lower-cased, in order. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        spans(text, (start, end) -> words.add(text.substring(start, end).toLowerCase(Locale.ROOT)));
        return words;
    }

    /** Receives where each word of a text starts and ends (exclusive). */
    @FunctionalInterface
    interface Span {
        void word(int start, int end);
    }

    /** Gives {@code span} each word of {@code text} in order: letters and digits, joined by {@link #isJoiner}. */
    static void spans(String text, Span span) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isJoiner(text, i))) {
                i++;
            }
            if (i > start) {
                span.word(start, i);
            }
        }
    }

    /** Whether {@code word} (lower case) is a function word. */
    public static boolean isStopWord(String word) {
        return STOP.contains(word);
    }

    /** An apostrophe or hyphen between two letters or digits belongs to the word ("don't", "covid-19"). */
    static boolean isJoiner(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019' || c == '-') && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i + 1)) && i > 0
                && Character.isLetterOrDigit(text.charAt(i - 1));
    }
}
