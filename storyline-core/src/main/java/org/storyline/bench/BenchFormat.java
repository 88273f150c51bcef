package org.storyline.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import org.storyline.output.Json;

/** How {@code storyline bench} prints its report. Stateless and thread-safe. */
public enum BenchFormat {
    /** A table per run, for people. */
    TEXT {
        @Override
        public String format(BenchReport report) {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "corpus %s: %d of %d file(s); models loaded in %.1f s%n",
                    report.corpus(), report.files(), report.corpusFiles(), report.modelLoadSeconds()));
            for (BenchRun run : report.runs()) {
                out.append(String.format(Locale.ROOT,
                        "%n%d thread(s): %d file(s), %d article(s), %d publication(s) added, %d skipped, "
                                + "%d sentence(s), %d event mention(s) in %.2f s%n",
                        run.threads(), run.files(), run.articles(), run.publicationsAdded(), run.skipped(),
                        run.sentences(), run.eventMentions(), run.wallSeconds()));
                out.append(String.format(Locale.ROOT,
                        "end to end: %.2f articles/s, %.2f sentences/s, peak heap %.0f MB (live %.0f MB), "
                                + "CPU %.2f per core%n",
                        run.articlesPerSecond(), run.sentencesPerSecond(), run.peakHeapBytes() / MEGABYTE,
                        run.peakLiveHeapBytes() / MEGABYTE, run.cpuPerCore()));
                out.append(String.format(Locale.ROOT, "%-15s %7s %10s %12s %14s%n",
                        "stage", "calls", "busy s", "articles/s", "sentences/s"));
                out.append(String.format("(busy s: summed over threads; rates: per busy second of the stage)%n"));
                for (StageFigure stage : run.stages()) {
                    if (stage.busySeconds() == null) {
                        out.append(String.format(Locale.ROOT, "%-15s %s%n", stage.stage(), stage.note()));
                    } else {
                        out.append(String.format(Locale.ROOT, "%-15s %7d %10.2f %12.2f %14.2f%n", stage.stage(),
                                stage.calls(), stage.busySeconds(), stage.articlesPerBusySecond(),
                                stage.sentencesPerBusySecond()));
                    }
                }
            }
            if (report.threadScaling() != null) {
                BenchRun first = report.runs().get(0);
                BenchRun last = report.runs().get(report.runs().size() - 1);
                out.append(String.format(Locale.ROOT, "%n%d thread(s) vs %d: %.2fx the articles/s%n",
                        last.threads(), first.threads(), report.threadScaling()));
            }
            return out.toString();
        }
    },
    /** One JSON object (snake_case names), for scripts and BENCHMARKS tables. */
    JSON {
        @Override
        public String format(BenchReport report) {
            try {
                return Json.mapper().writeValueAsString(report) + System.lineSeparator();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the report as JSON", e);
            }
        }
    };

    private static final double MEGABYTE = 1024 * 1024;

    /** The report in this format, ending with a line break. */
    public abstract String format(BenchReport report);
}
