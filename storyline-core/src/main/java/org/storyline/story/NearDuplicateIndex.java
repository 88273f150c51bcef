package org.storyline.story;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.storyline.util.Validate;

/**
 * Finds near-duplicates among the articles of a time window. Each article's word shingles ({@link Shingles}) are
 * summarised by a MinHash signature of {@link #HASHES} values (one-permutation hashing) cut into {@link #BANDS}
 * bands of {@link #ROWS}: two articles become candidates when one band is equal, which happens with probability
 * {@code 1 - (1 - J^2)^63} for shingle Jaccard similarity {@code J} (0.92 at J = 0.2, 0.997 at 0.3, above 0.9999
 * from 0.4): the verification below accepts pairs as little alike as J = 0.2 (containment 0.7 at size ratio 0.3,
 * a copy printed inside a roundup), and the bands are cut to find those. Candidates are then verified exactly on
 * their shingle sets: a near-duplicate shares at least {@link #MIN_CONTAINMENT} of the smaller text's shingles and
 * is at least {@link #MIN_SIZE_RATIO} of the other's size, so a trimmed or padded copy is found while a short text
 * quoted inside a long one is not; and it keeps the names and figures of the sentences it shares ({@link
 * FilledTemplates}), so that a notice written again on the same template for another state, country or amount is
 * not taken for a copy.
 *
 * <p>Articles dated before the window (see {@link #evictBefore}) are dropped, so memory is bounded by the number
 * of articles in the window. Not thread-safe: one instance belongs to one clustering run.
 */
public final class NearDuplicateIndex {
    /** MinHash values per signature. */
    public static final int HASHES = 126;
    /** Bands of the signature. */
    public static final int BANDS = 63;
    /** Values per band. */
    public static final int ROWS = HASHES / BANDS;
    /** Least share of the smaller text's shingles found in the other. */
    public static final double MIN_CONTAINMENT = 0.7;
    /** Least ratio of the smaller shingle set's size to the larger one's. */
    public static final double MIN_SIZE_RATIO = 0.3;
    /** Texts with fewer shingles than this are too short to call copies (a one-line notice is not a reprint). */
    public static final int MIN_SHINGLES = 8;

    private static final long SEED = 0x5eed_57a1_0e11_1e5L;
    private static final long EMPTY = Long.MAX_VALUE;

    private final Map<Long, List<Entry>> buckets = new HashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();
    private final TreeMap<LocalDate, List<Entry>> byDate = new TreeMap<>();

    /**
     * Adds an article and returns the near-duplicate link when it copies an article already in the index. The
     * link goes to the original of the best match (highest containment, then the earliest added), so a group of
     * copies is a star around its first article.
     */
    public Optional<NearDuplicate> add(String articleId, LocalDate date, String text) {
        Validate.notNull(text, "text");
        long[] shingles = Shingles.of(text);
        Validate.notBlank(articleId, "articleId");
        Validate.notNull(date, "date");
        Validate.isTrue(!byId.containsKey(articleId), "article " + articleId + " is already indexed");
        long[] keys = bandKeys(signature(shingles));
        Entry best = null;
        double bestContainment = 0;
        int bestShared = 0;
        if (shingles.length >= MIN_SHINGLES) {
            for (Entry candidate : candidates(keys)) {
                int shared = Shingles.intersection(shingles, candidate.shingles);
                int smaller = Math.min(shingles.length, candidate.shingles.length);
                int larger = Math.max(shingles.length, candidate.shingles.length);
                double containment = (double) shared / smaller;
                if (containment >= MIN_CONTAINMENT && (double) smaller / larger >= MIN_SIZE_RATIO
                        && candidate.shingles.length >= MIN_SHINGLES && containment > bestContainment
                        && !FilledTemplates.differentDocuments(text, candidate.text)) {
                    best = candidate;
                    bestContainment = containment;
                    bestShared = shared;
                }
            }
        }
        String original = best == null ? articleId : best.original;
        Entry entry = new Entry(articleId, text, shingles, keys, original);
        byId.put(articleId, entry);
        byDate.computeIfAbsent(date, d -> new ArrayList<>()).add(entry);
        for (long key : keys) {
            buckets.computeIfAbsent(key, k -> new ArrayList<>(1)).add(entry);
        }
        if (best == null) {
            return Optional.empty();
        }
        double jaccard = (double) bestShared / (shingles.length + best.shingles.length - bestShared);
        return Optional.of(new NearDuplicate(articleId, original, bestContainment, jaccard));
    }

    /** Drops the articles dated before {@code cutoff}. */
    public void evictBefore(LocalDate cutoff) {
        Iterator<Map.Entry<LocalDate, List<Entry>>> old = byDate.headMap(cutoff).entrySet().iterator();
        while (old.hasNext()) {
            for (Entry entry : old.next().getValue()) {
                byId.remove(entry.id);
                for (long key : entry.keys) {
                    List<Entry> bucket = buckets.get(key);
                    bucket.remove(entry);
                    if (bucket.isEmpty()) {
                        buckets.remove(key);
                    }
                }
            }
            old.remove();
        }
    }

    /** Number of articles held. */
    public int size() {
        return byId.size();
    }

    /** Candidates in the order they were added, each once. */
    private Set<Entry> candidates(long[] keys) {
        Set<Entry> found = new LinkedHashSet<>();
        for (long key : keys) {
            List<Entry> bucket = buckets.get(key);
            if (bucket != null) {
                found.addAll(bucket);
            }
        }
        return found;
    }

    /**
     * The MinHash signature by one-permutation hashing: each shingle is hashed once, the hash picks one of
     * {@link #HASHES} bins and the least value of each bin is kept. A bin no shingle fell in takes the value of the
     * next filled bin to its right, marked with the distance (densification), so that two texts agree on a bin with
     * probability close to their Jaccard similarity, as with {@code HASHES} independent hash functions, for the
     * cost of one.
     */
    static long[] signature(long[] shingles) {
        long[] bins = new long[HASHES];
        Arrays.fill(bins, EMPTY);
        for (long shingle : shingles) {
            long h = Shingles.mix(shingle ^ SEED);
            int bin = (int) (((h >>> 32) * HASHES) >>> 32);
            long value = h & 0xffffffffL;
            if (value < bins[bin]) {
                bins[bin] = value;
            }
        }
        long[] signature = bins.clone();
        for (int i = 0; i < HASHES; i++) {
            for (int distance = 1; signature[i] == EMPTY && distance < HASHES; distance++) {
                long borrowed = bins[(i + distance) % HASHES];
                if (borrowed != EMPTY) {
                    signature[i] = borrowed + ((long) distance << 32);
                }
            }
        }
        return signature;
    }

    private static long[] bandKeys(long[] signature) {
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long h = band;
            for (int row = 0; row < ROWS; row++) {
                h = Shingles.mix(h * 31 + signature[band * ROWS + row]);
            }
            keys[band] = h;
        }
        return keys;
    }

    private static final class Entry {
        final String id;
        final String text;
        final long[] shingles;
        final long[] keys;
        final String original;

        Entry(String id, String text, long[] shingles, long[] keys, String original) {
            this.id = id;
            this.text = text;
            this.shingles = shingles;
            this.keys = keys;
            this.original = original;
        }
    }
}
