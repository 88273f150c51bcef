package org.storyline.bench;

/**
 * The time of one stage over a run. Immutable and thread-safe.
 *
 * @param stage                  the stage's name: {@code read}, {@code annotate}, {@code code},
 *                               {@code dedupe_cluster} or {@code store}
 * @param calls                  pieces of work timed (files read, articles annotated, coded, store calls), or null
 *                               when the stage is not built yet
 * @param busySeconds            time spent in the stage, summed over threads, or null when it is not built yet
 * @param articlesPerBusySecond  the run's new articles per second of this stage's time (what one thread of the
 *                               stage alone would keep up with), or null
 * @param sentencesPerBusySecond the run's sentences per second of this stage's time, or null
 * @param note                   why there is no figure, or null when there is one
 */
public record StageFigure(String stage, Long calls, Double busySeconds, Double articlesPerBusySecond,
                          Double sentencesPerBusySecond, String note) {
    /** A stage that ran: its figures from its time and the run's counts. */
    static StageFigure measured(String stage, long calls, double busySeconds, int articles, int sentences) {
        return new StageFigure(stage, calls, busySeconds, rate(articles, busySeconds), rate(sentences, busySeconds),
                null);
    }

    /** A stage the pipeline does not have yet: named, with no figure. */
    static StageFigure notBuilt(String stage) {
        return new StageFigure(stage, null, null, null, null, "not built yet");
    }

    static double rate(int count, double seconds) {
        return seconds > 0 ? count / seconds : 0;
    }
}
