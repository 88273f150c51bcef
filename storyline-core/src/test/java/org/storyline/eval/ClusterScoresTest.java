package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
    @Test
    void bcubedAndPairwiseScoresOfAClusteringThatJoinsTwoGoldClusters() {
        Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "2", "d", "3");
        Map<String, String> predicted = Map.of("a", "x", "b", "x", "c", "x", "d", "y");

        ClusterScores scores = ClusterScores.of(gold, predicted);

        assertThat(scores.items()).isEqualTo(4);
        assertThat(scores.goldClusters()).isEqualTo(3);
        assertThat(scores.predictedClusters()).isEqualTo(2);
        // a, b: 2/3 of their cluster is right; c: 1/3; d: 1 -> (2/3 + 2/3 + 1/3 + 1) / 4
        assertThat(scores.bcubedPrecision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(scores.bcubedRecall()).isEqualTo(1.0);
        assertThat(scores.bcubedF1()).isCloseTo(0.8, within(1e-9));
        // predicted pairs ab, ac, bc; gold pair ab
        assertThat(scores.pairPrecision()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(scores.pairRecall()).isEqualTo(1.0);
        assertThat(scores.pairF1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void singletonsEverywhereHavePerfectBcubedPrecisionAndNoPairs() {
        ClusterScores scores = ClusterScores.of(Map.of("a", "1", "b", "1"), Map.of("a", "a", "b", "b"));

        assertThat(scores.bcubedPrecision()).isEqualTo(1.0);
        assertThat(scores.bcubedRecall()).isEqualTo(0.5);
        assertThat(scores.pairPrecision()).isZero();
        assertThat(scores.pairRecall()).isZero();
        assertThat(scores.pairF1()).isZero();
    }
}
