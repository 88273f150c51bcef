package org.storyline.eval.rouge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-N counts of one peer against its models, as ROUGE-1.5.5 prints them with {@code -f A}. Immutable and
 * thread-safe.
 *
 * @param m model n-grams, summed over the models ({@code M_count})
 * @param p peer n-grams times the number of models ({@code P_count})
 * @param h n-gram matches, each clipped to the smaller count, summed over the models ({@code H_count})
 */
public record RougeCounts(int m, int p, int h) {
    /** No n-grams at all. */
    public static final RougeCounts ZERO = new RougeCounts(0, 0, 0);

    /**
     * Counts the n-grams (n = 1 or 2) of a peer against models, all given as token sequences from
     * {@link RougeText#tokens}. An empty model still counts in P.
     */
    public static RougeCounts of(int n, List<String> peer, List<List<String>> models) {
        Map<String, Integer> ids = new HashMap<>();
        NGrams peerGrams = NGrams.of(ids(peer, ids), n);
        NGrams[] modelGrams = new NGrams[models.size()];
        for (int i = 0; i < modelGrams.length; i++) {
            modelGrams[i] = NGrams.of(ids(models.get(i), ids), n);
        }
        return of(peerGrams, modelGrams);
    }

    static RougeCounts of(NGrams peer, NGrams[] models) {
        int m = 0;
        int h = 0;
        for (NGrams model : models) {
            m += model.total();
            h += peer.hits(model);
        }
        return new RougeCounts(m, models.length * peer.total(), h);
    }

    /** H / P, or 0 when P is 0. */
    public double precision() {
        return p == 0 ? 0 : (double) h / p;
    }

    /** H / M, or 0 when M is 0. */
    public double recall() {
        return m == 0 ? 0 : (double) h / m;
    }

    private static int[] ids(List<String> tokens, Map<String, Integer> ids) {
        int[] result = new int[tokens.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = ids.computeIfAbsent(tokens.get(i), t -> ids.size());
        }
        return result;
    }
}
