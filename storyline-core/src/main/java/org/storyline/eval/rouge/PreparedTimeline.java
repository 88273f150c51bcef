package org.storyline.eval.rouge;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * A timeline turned into the n-gram counts {@link TimelineRouge} scores with: per date its ROUGE unigrams and
 * bigrams and its whitespace words (for the content cost of the alignment), and the unigrams and bigrams of all
 * its sentences in date order. Prepare a reference once and score many predictions against it. Valid only with
 * the {@link TimelineRouge} that prepared it, whose token ids it holds. Immutable and thread-safe.
 */
public final class PreparedTimeline {
    final TimelineRouge owner;
    final LocalDate[] dates;
    private final NGrams[] unigrams;
    private final NGrams[] bigrams;
    private final NGrams[] words;
    final NGrams allUnigrams;
    final NGrams allBigrams;

    PreparedTimeline(TimelineRouge owner, LocalDate[] dates, NGrams[] unigrams, NGrams[] bigrams, NGrams[] words,
                     NGrams allUnigrams, NGrams allBigrams) {
        this.owner = owner;
        this.dates = dates;
        this.unigrams = unigrams;
        this.bigrams = bigrams;
        this.words = words;
        this.allUnigrams = allUnigrams;
        this.allBigrams = allBigrams;
    }

    /** The position of the date in {@link #dates}, or a negative number when the timeline lacks it. */
    int indexOf(LocalDate date) {
        return Arrays.binarySearch(dates, date);
    }

    /** The ROUGE n-grams (n = 1 or 2) of a date, empty when the timeline lacks it. */
    NGrams grams(int n, LocalDate date) {
        int i = indexOf(date);
        return i < 0 ? NGrams.EMPTY : grams(n, i);
    }

    /** The ROUGE n-grams (n = 1 or 2) of the date at a position of {@link #dates}. */
    NGrams grams(int n, int index) {
        return (n == 1 ? unigrams : bigrams)[index];
    }

    /** The whitespace words of a date, empty when the timeline lacks it. */
    NGrams words(LocalDate date) {
        int i = indexOf(date);
        return i < 0 ? NGrams.EMPTY : words(i);
    }

    /** The whitespace words of the date at a position of {@link #dates}. */
    NGrams words(int index) {
        return words[index];
    }
}
