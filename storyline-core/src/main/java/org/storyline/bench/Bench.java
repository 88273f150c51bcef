package org.storyline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.Annotator;
import org.storyline.code.EventCoder;
import org.storyline.ingest.Article;
import org.storyline.ingest.CorpusReader;
import org.storyline.ingest.Publication;
import org.storyline.ingest.Skip;
import org.storyline.pipeline.IngestReport;
import org.storyline.pipeline.Ingestion;
import org.storyline.pipeline.ProgressListener;
import org.storyline.pipeline.Stage;
import org.storyline.store.EmbeddedStore;
import org.storyline.util.Validate;

/**
 * Measures the ingest: loads the models once, then ingests the corpus (or its first files) into a fresh temporary
 * store once per thread count, timing every stage, and deletes each store afterwards. Runs one benchmark at a time;
 * not meant to be shared between threads.
 */
public final class Bench {
    /** Dedupe and clustering of stories is a stage of the pipeline to come: reported by name, with no figure. */
    static final String DEDUPE_CLUSTER = "dedupe_cluster";

    private static final Article WARM_UP = Article.of("The minister met his counterpart in Geneva on Monday.",
            new Publication(null, null, LocalDate.of(2024, 1, 1), null, "warm-up"));

    private final CorpusReader reader;
    private final Supplier<Annotator> annotator;
    private final Supplier<EventCoder> coder;

    /**
     * @param annotator gives the annotator, asked for once per run: it should hand out a shared instance
     * @param coder     gives the event coder, asked for once per run: it should hand out a shared instance
     */
    public Bench(CorpusReader reader, Supplier<Annotator> annotator, Supplier<EventCoder> coder) {
        this.reader = Validate.notNull(reader, "reader");
        this.annotator = Validate.notNull(annotator, "annotator");
        this.coder = Validate.notNull(coder, "coder");
    }

    /**
     * Benchmarks the first {@code limit} files of {@code corpus} (all when {@code limit} is 0) with each number of
     * worker threads in turn.
     *
     * @param skips told of every input the first run skipped (later runs skip the same)
     * @throws IllegalArgumentException when the corpus does not exist
     */
    public BenchReport run(Path corpus, int limit, List<Integer> threads, Consumer<Skip> skips) {
        Validate.notNull(corpus, "corpus");
        Validate.isTrue(limit >= 0, "limit must not be negative, got " + limit);
        Validate.notEmpty(threads, "threads");
        Validate.notNull(skips, "skips");
        if (!Files.exists(corpus)) {
            throw new IllegalArgumentException("no corpus at " + corpus + ": name a file or folder of articles");
        }
        List<Path> all = reader.listFiles(List.of(corpus), skips);
        List<Path> files = limit > 0 && limit < all.size() ? all.subList(0, limit) : all;

        long loadStart = System.nanoTime();
        AnnotatedArticle warmedUp = annotator.get().annotate(WARM_UP);
        coder.get().code(warmedUp);
        double modelLoadSeconds = (System.nanoTime() - loadStart) / 1e9;

        List<BenchRun> runs = new ArrayList<>();
        for (int count : threads) {
            runs.add(measure(files, count, runs.isEmpty() ? skips : skip -> {
            }));
        }
        Double scaling = runs.size() > 1 && runs.get(0).articlesPerSecond() > 0
                ? runs.get(runs.size() - 1).articlesPerSecond() / runs.get(0).articlesPerSecond() : null;
        return new BenchReport(corpus.toString(), all.size(), files.size(), modelLoadSeconds, runs, scaling);
    }

    private BenchRun measure(List<Path> files, int threads, Consumer<Skip> skips) {
        Path dir = temporaryStore();
        try {
            StageClock clock = new StageClock();
            IngestReport report;
            long peakHeap;
            long peakLiveHeap;
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            try (HeapWatch heap = new HeapWatch(); EmbeddedStore store = EmbeddedStore.open(dir.resolve("store"))) {
                report = new Ingestion(reader, annotator, coder, store, threads, clock)
                        .run(files, ProgressListener.NONE);
                peakHeap = heap.peakBytes();
                peakLiveHeap = heap.peakLiveBytes();
            }
            double wall = (System.nanoTime() - start) / 1e9;
            report.skipped().forEach(skips);
            double cpuPerCore = (processCpuNanos() - cpuStart) / 1e9 / wall
                    / Runtime.getRuntime().availableProcessors();
            int articles = report.stored();
            int sentences = report.sentences();
            List<StageFigure> stages = List.of(
                    figure("read", Stage.READ, clock, articles, sentences),
                    figure("annotate", Stage.ANNOTATE, clock, articles, sentences),
                    figure("code", Stage.CODE, clock, articles, sentences),
                    figure(DEDUPE_CLUSTER, Stage.DEDUPE_CLUSTER, clock, articles, sentences),
                    figure("store", Stage.STORE, clock, articles, sentences));
            return new BenchRun(threads, report.files(), articles, report.publicationsAdded(),
                    report.skipped().size(), sentences, report.eventMentions(), wall,
                    StageFigure.rate(articles, wall), StageFigure.rate(sentences, wall), peakHeap, peakLiveHeap, cpuPerCore,
                    stages);
        } finally {
            delete(dir);
        }
    }

    private static StageFigure figure(String name, Stage stage, StageClock clock, int articles, int sentences) {
        return StageFigure.measured(name, clock.calls(stage), clock.seconds(stage), articles, sentences);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Path temporaryStore() {
        try {
            return Files.createTempDirectory("storyline-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary store", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary store " + dir, e);
        }
    }
}
