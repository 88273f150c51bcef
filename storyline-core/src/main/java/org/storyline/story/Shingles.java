package org.storyline.story;

import java.util.Arrays;

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
        long[] wordHashes = wordHashes(text);
        int words = wordHashes.length;
        int count = Math.max(1, words - SIZE + 1);
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            long h = FNV_OFFSET;
            for (int j = i; j < Math.min(i + SIZE, words); j++) {
                h = mix(h ^ wordHashes[j]) * FNV_PRIME;
            }
            shingles[i] = mix(h);
        }
        Arrays.sort(shingles);
        return distinct(shingles);
    }

    /**
     * Hashes of the words of {@code text} as {@link Words#of} splits them, computed on the characters directly:
     * this runs on every article, so it allocates no strings.
     */
    private static long[] wordHashes(String text) {
        long[] hashes = new long[16];
        int count = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            long h = FNV_OFFSET;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || Words.isJoiner(text, i))) {
                h = (h ^ Character.toLowerCase(text.charAt(i))) * FNV_PRIME;
                i++;
            }
            if (i > start) {
                if (count == hashes.length) {
                    hashes = Arrays.copyOf(hashes, count * 2);
                }
                hashes[count++] = h;
            }
        }
        return Arrays.copyOf(hashes, count);
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
