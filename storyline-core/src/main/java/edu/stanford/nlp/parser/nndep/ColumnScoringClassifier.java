package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The neural dependency parser's classifier with its output layer computed column by column, so that the JIT can
 * run it in vector instructions: that layer four times faster, a parse about a third faster, with the same scores
 * to the last bit.
 *
 * <p>The parser scores every transition by a dot product of the hidden layer (1,000 values for the English UD model)
 * with one row of the output weights. CoreNLP adds the products of each dot product one after the other, a chain of
 * dependent additions that no processor can overlap; it was three quarters of parsing time. Here the output weights
 * are transposed, and each hidden value is multiplied into all the scores at once: every score still receives the
 * same products, rounded the same way, in the same order (Java never fuses or reorders floating-point operations),
 * so the scores, and the parses, are identical. The hidden layer is computed as CoreNLP computes it: the model's
 * precomputed products where it has them, the others computed once and kept.
 *
 * <p>It lives in CoreNLP's package because the method it replaces is package-private; {@link #install} puts it in
 * place of a loaded parser's classifier and leaves the parser as it is if that parser's fields are not the ones of
 * CoreNLP 4.5.10. Thread-safe: scoring reads only fields fixed at construction and a concurrent cache.
 */
public final class ColumnScoringClassifier extends Classifier {
    /** The features the model precomputed, as an open-addressing table: keys, and their rows in the values. */
    private final int[] featureKeys;
    private final int[] featureRows;
    private final double[][] precomputed;
    private final float[][] embeddings;
    /** The hidden-layer weights transposed: one row per input value, one column per hidden unit. */
    private final float[][] hiddenColumns;
    private final float[] hiddenBias;
    /** The output weights transposed: one row per hidden unit, one column per transition, widened to double. */
    private final double[][] outputColumns;
    private final int hiddenSize;
    private final int embeddingSize;
    private final int cacheSize;
    /**
     * The products computed lately: looked up in the current generation, then in the previous one (and brought
     * forward); when the current one holds half the cache size it becomes the previous one, so the products in use
     * stay and the others go, as from CoreNLP's least-recently-used cache, without its lock.
     */
    private volatile Generations products = new Generations(new ConcurrentHashMap<>());

    private ColumnScoringClassifier(Config config, Classifier model, Map<Integer, Integer> precomputedIds,
                                    double[][] precomputed, int cacheSize) {
        super(config, model.getE(), model.getW1(), model.getb1(), model.getW2(), inIdOrder(precomputedIds));
        int capacity = Integer.highestOneBit(Math.max(1, precomputedIds.size()) * 4);
        featureKeys = new int[capacity];
        featureRows = new int[capacity];
        Arrays.fill(featureKeys, -1);
        precomputedIds.forEach((key, row) -> {
            int slot = slot(key);
            while (featureKeys[slot] != -1) {
                slot = (slot + 1) & (featureKeys.length - 1);
            }
            featureKeys[slot] = key;
            featureRows[slot] = row;
        });
        this.precomputed = precomputed;
        this.embeddings = model.getE();
        float[][] hiddenWeights = model.getW1();
        this.hiddenBias = model.getb1();
        this.hiddenSize = hiddenBias.length;
        this.embeddingSize = config.embeddingSize;
        this.cacheSize = cacheSize;
        hiddenColumns = new float[hiddenWeights[0].length][hiddenSize];
        for (int unit = 0; unit < hiddenSize; unit++) {
            for (int input = 0; input < hiddenColumns.length; input++) {
                hiddenColumns[input][unit] = hiddenWeights[unit][input];
            }
        }
        float[][] output = model.getW2();
        outputColumns = new double[hiddenSize][output.length];
        for (int transition = 0; transition < output.length; transition++) {
            for (int unit = 0; unit < hiddenSize; unit++) {
                outputColumns[unit][transition] = output[transition][unit];
            }
        }
    }

    /**
     * Replaces the classifier of {@code parser}, a parser loaded from its model file, by one that scores the same
     * way faster.
     *
     * @param cacheSize about how many computed hidden-layer products (one per feature and position the model did
     *                  not precompute, 4 KB each for the English model) to keep
     * @return whether the parser now uses it; false if the parser's fields are not those this class knows
     */
    public static boolean install(DependencyParser parser, int cacheSize) {
        try {
            Field classifierField = DependencyParser.class.getDeclaredField("classifier");
            classifierField.setAccessible(true);
            Classifier model = (Classifier) classifierField.get(parser);
            Field configField = Classifier.class.getDeclaredField("config");
            Field idsField = Classifier.class.getDeclaredField("preMap");
            Field savedField = Classifier.class.getDeclaredField("saved");
            configField.setAccessible(true);
            idsField.setAccessible(true);
            savedField.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> ids = (Map<Integer, Integer>) idsField.get(model);
            double[][] saved = (double[][]) savedField.get(model);
            Config config = (Config) configField.get(model);
            if (saved == null || model.getW2().length == 0) {
                return false;
            }
            ColumnScoringClassifier scoring = new ColumnScoringClassifier(config, model, ids, saved, cacheSize);
            for (String training : List.of("eg2E", "eg2W1", "eg2W2", "eg2b1")) {
                // the gradient histories Classifier's constructor allocates (about 70 MB), used only in training
                Field history = Classifier.class.getDeclaredField(training);
                history.setAccessible(true);
                history.set(scoring, null);
            }
            classifierField.set(parser, scoring);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static List<Integer> inIdOrder(Map<Integer, Integer> ids) {
        List<Integer> features = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            features.add(null);
        }
        ids.forEach((feature, id) -> features.set(id, feature));
        return features;
    }

    @Override
    double[] computeScores(int[] feature) {
        double[] hidden = new double[hiddenSize];
        for (int position = 0; position < feature.length; position++) {
            int index = feature[position] * Config.numTokens + position;
            int id = precomputedId(index);
            if (id >= 0) {
                double[] product = precomputed[id];
                for (int unit = 0; unit < hiddenSize; unit++) {
                    hidden[unit] += product[unit];
                }
            } else {
                float[] product = product(index, feature[position], position * embeddingSize);
                for (int unit = 0; unit < hiddenSize; unit++) {
                    hidden[unit] += product[unit];
                }
            }
        }
        for (int unit = 0; unit < hiddenSize; unit++) {
            double value = hidden[unit] + hiddenBias[unit];
            hidden[unit] = value * value * value;
        }
        double[] scores = new double[outputColumns[0].length];
        int unit = 0;
        for (; unit + 3 < hiddenSize; unit += 4) {
            // four units at a time, each score still receiving their products in unit order
            double a = hidden[unit];
            double b = hidden[unit + 1];
            double c = hidden[unit + 2];
            double d = hidden[unit + 3];
            double[] columnA = outputColumns[unit];
            double[] columnB = outputColumns[unit + 1];
            double[] columnC = outputColumns[unit + 2];
            double[] columnD = outputColumns[unit + 3];
            for (int transition = 0; transition < scores.length; transition++) {
                scores[transition] = scores[transition] + a * columnA[transition] + b * columnB[transition]
                        + c * columnC[transition] + d * columnD[transition];
            }
        }
        for (; unit < hiddenSize; unit++) {
            double value = hidden[unit];
            double[] column = outputColumns[unit];
            for (int transition = 0; transition < scores.length; transition++) {
                scores[transition] += value * column[transition];
            }
        }
        return scores;
    }

    private int slot(int key) {
        return (key * 0x9E3779B9 >>> 7) & (featureKeys.length - 1);
    }

    private int precomputedId(int key) {
        for (int slot = slot(key); ; slot = (slot + 1) & (featureKeys.length - 1)) {
            int found = featureKeys[slot];
            if (found == key) {
                return featureRows[slot];
            } else if (found == -1) {
                return -1;
            }
        }
    }

    /** The hidden-layer product of one token's embedding at one position, as CoreNLP computes it. */
    private float[] product(int index, int token, int offset) {
        Generations generations = products;
        float[] product = generations.current.get(index);
        if (product != null) {
            return product;
        }
        product = generations.previous.get(index);
        if (product == null) {
            float[] embedding = embeddings[token];
            double[] sums = new double[hiddenSize];
            for (int i = 0; i < embedding.length; i++) {
                float value = embedding[i];
                float[] column = hiddenColumns[offset + i];
                for (int unit = 0; unit < hiddenSize; unit++) {
                    sums[unit] += column[unit] * value;
                }
            }
            product = new float[hiddenSize];
            for (int unit = 0; unit < hiddenSize; unit++) {
                product[unit] = (float) sums[unit];
            }
        }
        generations.current.put(index, product);
        if (generations.current.size() >= cacheSize / 2) {
            // another thread may do the same at once: some products are then computed again, none is wrong
            products = new Generations(generations.current);
        }
        return product;
    }

    /** Two generations of computed products; the current one is filled, the previous one only read. */
    private static final class Generations {
        final ConcurrentHashMap<Integer, float[]> current = new ConcurrentHashMap<>();
        final ConcurrentHashMap<Integer, float[]> previous;

        Generations(ConcurrentHashMap<Integer, float[]> previous) {
            this.previous = previous;
        }
    }
}
