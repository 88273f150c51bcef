package org.storyline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.CoreNlpEntityAnnotator;
import org.storyline.eval.ClusterScores;
import org.storyline.eval.EcbPlusCorpus;
import org.storyline.eval.EcbPlusDocument;
import org.storyline.eval.StoryEvaluator;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;
import org.storyline.store.EmbeddedStore;
import org.storyline.story.StoryArticle;
import org.storyline.story.StoryOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline eval stories DIR}: clusters the ECB+ documents into stories and scores them against the gold
 * clusters (topic and seminal event) with B-cubed and pairwise precision, recall and F1.
 */
@Command(name = "stories", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = {"Cluster ECB+ documents into stories and score them against the 86 gold clusters (each "
                + "topic's two seminal events): B-cubed and pairwise precision, recall and F1.",
                "ECB+ has no reliable dates: every document gets the same date and they are clustered in the order "
                        + "of the SHA-256 of their file names. Named entities come from a light CoreNLP annotation "
                        + "(no parser), cached in a store so that later runs do not annotate again."})
final class EvalStoriesCommand implements Callable<Integer> {
    /** The date given to every ECB+ document. */
    static final LocalDate DATE = LocalDate.of(2000, 1, 1);

    private final Supplier<Annotator> annotator;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The ECB+ folder (topic folders of *ecb.xml and *ecbplus.xml).")
    Path dir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    EvalCommand.Format format;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = ".storyline-ecbplus",
            description = "Store that caches the annotations (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--text-only", description = "Use the words only: no annotation, no entities.")
    boolean textOnly;

    @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    EvalStoriesCommand() {
        this(CoreNlpEntityAnnotator::shared);
    }

    EvalStoriesCommand(Supplier<Annotator> annotator) {
        this.annotator = annotator;
    }

    @Override
    public Integer call() throws InterruptedException, ExecutionException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("storyline: not a directory: " + dir);
            err.flush();
            return ExitCodes.ERROR;
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        EcbPlusCorpus corpus = EcbPlusCorpus.read(dir);
        corpus.skipped().forEach(skip -> err.println("skipped " + skip));
        if (corpus.documents().isEmpty()) {
            err.println("storyline: no ECB+ documents in " + dir);
            err.flush();
            return ExitCodes.ERROR;
        }
        long start = System.nanoTime();
        Map<String, StoryArticle> articles = textOnly ? textArticles(corpus) : annotatedArticles(corpus, err);
        double annotateSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        ClusterScores scores = new StoryEvaluator(StoryOptions.defaults())
                .evaluate(corpus.documents(), document -> articles.get(document.name()));
        double clusterSeconds = (System.nanoTime() - start) / 1e9;
        out.print(format == EvalCommand.Format.json ? json(scores, corpus, annotateSeconds, clusterSeconds)
                : text(scores, corpus, annotateSeconds, clusterSeconds));
        out.flush();
        err.flush();
        return corpus.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.SKIPPED;
    }

    private Map<String, StoryArticle> textArticles(EcbPlusCorpus corpus) {
        Map<String, StoryArticle> articles = new HashMap<>();
        for (EcbPlusDocument document : corpus.documents()) {
            articles.put(document.name(), StoryArticle.of(article(document)));
        }
        return articles;
    }

    /** Annotates the documents not in the cache, on {@code threads} workers, and stores them there. */
    private Map<String, StoryArticle> annotatedArticles(EcbPlusCorpus corpus, PrintWriter err)
            throws InterruptedException, ExecutionException {
        Map<String, StoryArticle> articles = new HashMap<>();
        try (EmbeddedStore store = EmbeddedStore.open(cache)) {
            Map<String, Future<AnnotatedArticle>> pending = new LinkedHashMap<>();
            ExecutorService workers = Executors.newFixedThreadPool(threads);
            try {
                for (EcbPlusDocument document : corpus.documents()) {
                    Article article = article(document);
                    AnnotatedArticle cached = store.find(article.id()).orElse(null);
                    if (cached != null) {
                        articles.put(document.name(), StoryArticle.of(cached, List.of()));
                    } else {
                        pending.put(document.name(), workers.submit(() -> annotator.get().annotate(article)));
                    }
                }
                if (!pending.isEmpty()) {
                    err.println("annotating " + pending.size() + " document(s) not in " + cache);
                    err.flush();
                }
                for (Map.Entry<String, Future<AnnotatedArticle>> entry : pending.entrySet()) {
                    AnnotatedArticle annotated = entry.getValue().get();
                    store.add(annotated);
                    articles.put(entry.getKey(), StoryArticle.of(annotated, List.of()));
                }
            } finally {
                workers.shutdownNow();
            }
            store.commit();
        }
        return articles;
    }

    private Article article(EcbPlusDocument document) {
        String origin = dir.resolve(document.topic()).resolve(document.name()).toString();
        return Article.of(document.text(), new Publication(null, null, DATE, null, origin));
    }

    private String text(ClusterScores s, EcbPlusCorpus corpus, double annotateSeconds, double clusterSeconds) {
        return String.format(Locale.ROOT, "%s: %d document(s), %d gold cluster(s), %d stor%s, %d skipped%n"
                        + "features: %s (%.1f s); clustering %.2f s%n%n"
                        + "%-9s %9s %7s %6s%n%-9s %9.3f %7.3f %6.3f%n%-9s %9.3f %7.3f %6.3f%n",
                dir, s.items(), s.goldClusters(), s.predictedClusters(), s.predictedClusters() == 1 ? "y" : "ies",
                corpus.skipped().size(), textOnly ? "words only" : "words and named entities", annotateSeconds,
                clusterSeconds, "metric", "precision", "recall", "f1",
                "b-cubed", s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(),
                "pairwise", s.pairPrecision(), s.pairRecall(), s.pairF1());
    }

    private String json(ClusterScores s, EcbPlusCorpus corpus, double annotateSeconds, double clusterSeconds) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dir", dir.toString());
        json.put("documents", s.items());
        json.put("gold_clusters", s.goldClusters());
        json.put("stories", s.predictedClusters());
        json.put("skipped", corpus.skipped().size());
        json.put("features", textOnly ? "words" : "words+entities");
        json.put("bcubed", scores(s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1()));
        json.put("pairwise", scores(s.pairPrecision(), s.pairRecall(), s.pairF1()));
        json.put("annotate_seconds", annotateSeconds);
        json.put("cluster_seconds", clusterSeconds);
        try {
            return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(json)
                    + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scores are plain values", e);
        }
    }

    private static Map<String, Double> scores(double precision, double recall, double f1) {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("precision", precision);
        scores.put("recall", recall);
        scores.put("f1", f1);
        return scores;
    }
}
