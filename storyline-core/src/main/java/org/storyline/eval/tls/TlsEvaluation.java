package org.storyline.eval.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.Annotator;
import org.storyline.code.EventCoder;
import org.storyline.eval.rouge.ScoredTimeline;
import org.storyline.eval.rouge.TimelineRouge;
import org.storyline.ingest.Skip;
import org.storyline.output.TimelineFormat;
import org.storyline.pipeline.IngestReport;
import org.storyline.store.ArticleStore;
import org.storyline.summarize.EventSentences;
import org.storyline.summarize.TimelineBuilder;
import org.storyline.util.Validate;

/**
 * {@code storyline eval tls}: annotates a T17 collection into a store (once), builds a timeline per reference with
 * {@link TlsBenchmark} and scores it against that reference with {@link TimelineRouge}. Optionally writes each
 * predicted timeline (tilse text format, tokenised as the references) and its cited form (JSON). Stateless; safe to
 * share between threads when the builder is, though a store should see one run at a time.
 */
public final class TlsEvaluation {
    private final Annotator annotator;
    private final EventCoder coder;
    private final TimelineBuilder builder;
    private final int threads;

    /**
     * @param annotator annotates the articles not yet stored
     * @param coder     codes their events ({@code article -> List.of()} codes none)
     * @param builder   the summarizer under test
     * @param threads   annotation threads
     */
    public TlsEvaluation(Annotator annotator, EventCoder coder, TimelineBuilder builder, int threads) {
        this.annotator = Validate.notNull(annotator, "annotator");
        this.coder = Validate.notNull(coder, "coder");
        this.builder = Validate.notNull(builder, "builder");
        Validate.isTrue(threads > 0, "threads must be positive, got " + threads);
        this.threads = threads;
    }

    /**
     * Evaluates the corpus read from {@code dir}.
     *
     * @param out folder to write the predicted timelines to, or null
     * @return the report; {@code skipped} collects every input skipped, the corpus' own skips included
     */
    public TlsReport run(Path dir, T17Corpus corpus, ArticleStore store, Path out, List<Skip> skipped) {
        IngestReport annotation = TlsAnnotation.ensure(corpus, dir, annotator, coder, store, threads);
        Set<Skip> allSkipped = new LinkedHashSet<>(corpus.skipped());
        Set<String> locations = new LinkedHashSet<>(corpus.skipped().stream().map(Skip::location).toList());
        annotation.skipped().stream().filter(s -> !locations.contains(s.location())).forEach(allSkipped::add);
        skipped.addAll(allSkipped);
        TimelineRouge rouge = new TimelineRouge();
        TlsBenchmark benchmark = new TlsBenchmark(builder);
        List<TimelineResult> results = new ArrayList<>();
        List<TlsReport.TopicTime> times = new ArrayList<>();
        double loading = 0;
        for (T17Topic topic : corpus.topics()) {
            long start = System.nanoTime();
            List<AnnotatedArticle> articles = TlsAnnotation.load(topic, store);
            // read with the annotations, so that the summarizing time counts no store lookups
            Map<String, Set<Integer>> coded = new HashMap<>();
            articles.forEach(a -> coded.put(a.article().id(), store.assertedEventSentences(a.article().id())));
            EventSentences events = EventSentences.of(coded);
            loading += (System.nanoTime() - start) / 1e9;
            List<TimelineRun> runs = benchmark.run(topic, articles, events);
            double seconds = 0;
            double cpuSeconds = 0;
            for (TimelineRun run : runs) {
                seconds += run.seconds();
                cpuSeconds += run.cpuSeconds();
                results.add(new TimelineResult(run, rouge.score(new ScoredTimeline(run.predicted()),
                        List.of(new ScoredTimeline(run.reference().dates())))));
                if (out != null) {
                    write(out, run);
                }
            }
            times.add(new TlsReport.TopicTime(topic.name(), articles.size(), runs.size(), seconds, cpuSeconds));
        }
        String summary = String.format(Locale.ROOT, "annotation (apart): %d article(s) annotated in %.1f s "
                        + "(%.2f articles/s, %d thread(s)), %d already stored; reading stored annotations %.1f s",
                annotation.stored(), annotation.elapsed().toMillis() / 1000.0, annotation.articlesPerSecond(),
                threads, annotation.alreadyPresent() + annotation.publicationsAdded(), loading);
        return new TlsReport(dir.toString(), results, times, summary, allSkipped.size());
    }

    private static void write(Path out, TimelineRun run) {
        String name = run.reference().name();
        Path text = out.resolve(name);
        Path cited = out.resolve(name.replaceAll("\\.txt$", "") + ".json");
        try {
            Files.createDirectories(text.getParent());
            Files.writeString(text, TlsBenchmark.tilse(run.predicted()), StandardCharsets.UTF_8);
            Files.writeString(cited, TimelineFormat.JSON.render(run.timeline()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + text, e);
        }
    }
}
