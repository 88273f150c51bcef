package org.storyline.eval.rouge;

import java.util.Arrays;

/**
 * The n-gram multiset of one side, as sorted distinct keys with their counts, so that clipped matches are a merge.
 * Tokens are small non-negative ids; a bigram key packs two ids into a long. Immutable and thread-safe.
 */
final class NGrams {
    static final NGrams EMPTY = new NGrams(new long[0], new int[0], 0);

    private final long[] keys;
    private final int[] counts;
    private final int total;

    private NGrams(long[] keys, int[] counts, int total) {
        this.keys = keys;
        this.counts = counts;
        this.total = total;
    }

    /** The n-grams (n = 1 or 2) of a token-id sequence. */
    static NGrams of(int[] ids, int n) {
        if (n != 1 && n != 2) {
            throw new IllegalArgumentException("n must be 1 or 2, was " + n);
        }
        int total = Math.max(0, ids.length - n + 1);
        if (total == 0) {
            return EMPTY;
        }
        long[] all = new long[total];
        for (int i = 0; i < total; i++) {
            all[i] = n == 1 ? ids[i] : ((long) ids[i] << 32) | ids[i + 1];
        }
        Arrays.sort(all);
        long[] keys = new long[total];
        int[] counts = new int[total];
        int distinct = 0;
        for (int i = 0; i < total; i++) {
            if (distinct > 0 && keys[distinct - 1] == all[i]) {
                counts[distinct - 1]++;
            } else {
                keys[distinct] = all[i];
                counts[distinct] = 1;
                distinct++;
            }
        }
        return new NGrams(Arrays.copyOf(keys, distinct), Arrays.copyOf(counts, distinct), total);
    }

    /** Number of n-grams, with repetitions. */
    int total() {
        return total;
    }

    /** Clipped matches: the sum over n-grams of the smaller of the two counts. */
    int hits(NGrams other) {
        int i = 0;
        int j = 0;
        int hits = 0;
        while (i < keys.length && j < other.keys.length) {
            long a = keys[i];
            long b = other.keys[j];
            if (a == b) {
                hits += Math.min(counts[i++], other.counts[j++]);
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return hits;
    }
}
