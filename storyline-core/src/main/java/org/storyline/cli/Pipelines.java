package org.storyline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.storyline.annotate.CoreNlpAnnotator;
import org.storyline.code.EventCoder;
import org.storyline.ingest.CorpusReader;
import org.storyline.ingest.Skip;
import org.storyline.pipeline.IngestReport;
import org.storyline.pipeline.Ingestion;
import org.storyline.pipeline.ProgressListener;
import org.storyline.store.ArticleStore;

/** Ingest as the commands run it: progress bar on a terminal, summary and skips on stderr. */
final class Pipelines {
    private Pipelines() {
    }

    /** Ingests {@code paths} into {@code store}, prints the summary on {@code err}, returns the exit code. */
    static int ingest(List<Path> paths, ArticleStore store, int threads, PrintWriter err) {
        Ingestion ingestion = new Ingestion(new CorpusReader(), () -> CoreNlpAnnotator.shared(),
                () -> StandardCoder.INSTANCE, store, threads);
        IngestReport report;
        try (TerminalProgress progress = new TerminalProgress()) {
            report = ingestion.run(paths, progress);
        }
        for (Skip skip : report.skipped()) {
            err.println("skipped " + skip);
        }
        err.println(String.format(Locale.ROOT,
                "%d file(s): %d article(s) ingested, %d publication(s) added, %d already present, %d skipped "
                        + "(%d sentences, %d event mention(s), %d new stor%s, %d near-duplicate(s), %.1f s, "
                        + "%.2f articles/s)",
                report.files(), report.stored(), report.publicationsAdded(), report.alreadyPresent(),
                report.skipped().size(), report.sentences(), report.eventMentions(), report.stories().founded(),
                report.stories().founded() == 1 ? "y" : "ies", report.stories().nearDuplicates(),
                report.elapsed().toMillis() / 1000.0, report.articlesPerSecond()));
        return report.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.SKIPPED;
    }

    /** The standard coder, built on first use (reading its dictionaries) and shared by every ingest after. */
    private static final class StandardCoder {
        static final EventCoder INSTANCE = EventCoding.standard();
    }

    /** A progress bar on the terminal when there are several files and a console to draw it on. */
    private static final class TerminalProgress implements ProgressListener, AutoCloseable {
        private ProgressBar bar;

        @Override
        public void started(int files) {
            if (files > 1 && System.console() != null) {
                bar = new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(files)
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).build();
            }
        }

        @Override
        public void fileRead() {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
