package org.storyline.bench;

import java.util.List;

/**
 * What {@code storyline bench} measured. Immutable and thread-safe.
 *
 * @param corpus           the corpus read
 * @param corpusFiles      files in the corpus
 * @param files            files benchmarked (the first ones, in path order, when limited)
 * @param modelLoadSeconds time to load the annotator's models and the coder's dictionaries, before any run
 * @param runs             one run per thread count, in the order asked
 * @param threadScaling    articles per second of the last run over those of the first, when several thread counts
 *                         were asked; else null
 */
public record BenchReport(String corpus, int corpusFiles, int files, double modelLoadSeconds, List<BenchRun> runs,
                          Double threadScaling) {
    public BenchReport {
        runs = List.copyOf(runs);
    }
}
