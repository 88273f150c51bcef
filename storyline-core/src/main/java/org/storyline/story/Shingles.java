package org.storyline.story;

import java.util.Arrays;
import java.util.List;

/**
 * The word shingles of a text as a sorted set of 64-bit hashes: every run of {@link #SIZE} consecutive words.
 * Punctuation, case and spacing do not count, so a reflowed or re-punctuated copy has the same shingles.
 * Stateless and safe to share between threads.
 */
public final class Shingles {
    /** Words per shingle: long enough that unrelated texts share few, short enough that an edited word costs few. */
    public static final int SIZE = 4;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Shingles() {
    }

    /** The distinct shingle hashes of {@code text}, ascending; a text shorter than a shingle is one shingle. */
    public static long[] of(String text) {
        List<String> words = Words.of(text);
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = hash(words.get(i));
        }
        int count = Math.max(1, wordHashes.length - SIZE + 1);
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            long h = FNV_OFFSET;
            for (int j = i; j < Math.min(i + SIZE, wordHashes.length); j++) {
                h = mix(h ^ wordHashes[j]) * FNV_PRIME;
            }
            shingles[i] = mix(h);
        }
        Arrays.sort(shingles);
        return distinct(shingles);
    }

    /** Size of the intersection of two ascending sets. */
    public static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
        }
        return shared;
    }

    /** A 64-bit finaliser (murmur3's): spreads every input bit over the output. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static long hash(String word) {
        long h = FNV_OFFSET;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    private static long[] distinct(long[] sorted) {
        if (sorted.length == 0) {
            return sorted;
        }
        int n = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[n - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }
}
