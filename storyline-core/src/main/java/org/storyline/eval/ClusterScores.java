package org.storyline.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.storyline.util.Validate;

/**
 * Scores of a clustering against gold clusters. B-cubed: for each item, the share of its predicted cluster that
 * shares its gold cluster (precision) and the share of its gold cluster that shares its predicted cluster
 * (recall), averaged over items. Pairwise: over all pairs of items, those put together by both, by the prediction,
 * by the gold. Immutable and thread-safe.
 *
 * @param items              items scored
 * @param goldClusters       distinct gold clusters
 * @param predictedClusters  distinct predicted clusters
 * @param bcubedPrecision    B-cubed precision
 * @param bcubedRecall       B-cubed recall
 * @param pairPrecision      pairwise precision
 * @param pairRecall         pairwise recall
 */
public record ClusterScores(int items, int goldClusters, int predictedClusters, double bcubedPrecision,
                            double bcubedRecall, double pairPrecision, double pairRecall) {
    /** Scores {@code predicted} against {@code gold}, both maps from item to cluster over the same items. */
    public static ClusterScores of(Map<String, String> gold, Map<String, String> predicted) {
        Validate.isTrue(gold.keySet().equals(predicted.keySet()), "gold and predicted must cover the same items");
        Map<String, Integer> goldSize = sizes(gold);
        Map<String, Integer> predictedSize = sizes(predicted);
        Map<String, Integer> both = new HashMap<>();
        gold.forEach((item, cluster) -> both.merge(cluster + "\u0000" + predicted.get(item), 1, Integer::sum));
        double precision = 0;
        double recall = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            int shared = both.get(e.getValue() + "\u0000" + predicted.get(e.getKey()));
            precision += (double) shared / predictedSize.get(predicted.get(e.getKey()));
            recall += (double) shared / goldSize.get(e.getValue());
        }
        int n = gold.size();
        long sharedPairs = both.values().stream().mapToLong(ClusterScores::pairs).sum();
        long predictedPairs = predictedSize.values().stream().mapToLong(ClusterScores::pairs).sum();
        long goldPairs = goldSize.values().stream().mapToLong(ClusterScores::pairs).sum();
        return new ClusterScores(n, Set.copyOf(gold.values()).size(), Set.copyOf(predicted.values()).size(),
                n == 0 ? 0 : precision / n, n == 0 ? 0 : recall / n, fraction(sharedPairs, predictedPairs),
                fraction(sharedPairs, goldPairs));
    }

    /** Harmonic mean of the B-cubed precision and recall. */
    public double bcubedF1() {
        return f1(bcubedPrecision, bcubedRecall);
    }

    /** Harmonic mean of the pairwise precision and recall. */
    public double pairF1() {
        return f1(pairPrecision, pairRecall);
    }

    private static Map<String, Integer> sizes(Map<String, String> clusters) {
        Map<String, Integer> sizes = new HashMap<>();
        clusters.values().forEach(cluster -> sizes.merge(cluster, 1, Integer::sum));
        return sizes;
    }

    private static long pairs(int size) {
        return (long) size * (size - 1) / 2;
    }

    private static double fraction(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
