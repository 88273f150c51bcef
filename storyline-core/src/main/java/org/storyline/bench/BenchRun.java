package org.storyline.bench;

import java.util.List;

/**
 * One ingest of the corpus into a fresh store, measured. Immutable and thread-safe.
 *
 * @param threads            worker threads (annotation and coding)
 * @param files              files read
 * @param articles           new articles stored
 * @param publicationsAdded  publications added to texts already stored
 * @param skipped            inputs skipped
 * @param sentences          sentences annotated
 * @param eventMentions      event mentions coded
 * @param wallSeconds        wall time of the ingest, end to end (models already loaded)
 * @param articlesPerSecond  new articles per wall second
 * @param sentencesPerSecond sentences per wall second
 * @param peakHeapBytes      the largest heap in use during the run, models and garbage included
 * @param peakLiveHeapBytes  the largest heap still in use after a garbage collection during the run (the live set,
 *                           models included), 0 when none ran
 * @param cpuPerCore         process CPU time over wall time over the cores: 1 when every core was busy throughout
 * @param stages             each stage's time, in pipeline order
 */
public record BenchRun(int threads, int files, int articles, int publicationsAdded, int skipped, int sentences,
                       int eventMentions, double wallSeconds, double articlesPerSecond, double sentencesPerSecond,
                       long peakHeapBytes, long peakLiveHeapBytes, double cpuPerCore, List<StageFigure> stages) {
    public BenchRun {
        stages = List.copyOf(stages);
    }
}
