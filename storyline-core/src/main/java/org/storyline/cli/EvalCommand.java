package org.storyline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.CoreNlpAnnotator;
import org.storyline.code.CodeTables;
import org.storyline.code.EventCoder;
import org.storyline.eval.EventEvaluator;
import org.storyline.eval.EventGold;
import org.storyline.eval.EventScores;
import org.storyline.eval.GoldSet;
import org.storyline.eval.TimexCorpus;
import org.storyline.eval.TimexEvaluation;
import org.storyline.eval.TimexEvaluator;
import org.storyline.eval.TimexReport;
import org.storyline.eval.TimexTagger;
import org.storyline.eval.tls.T17Corpus;
import org.storyline.eval.tls.TlsEvaluation;
import org.storyline.eval.tls.TlsReport;
import org.storyline.store.EmbeddedStore;
import org.storyline.summarize.DateMentionTimelineBuilder;
import org.storyline.summarize.DatewiseTimelineBuilder;
import org.storyline.summarize.TimelineBuilder;
import org.storyline.ingest.Skip;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline eval events FILE}: scores the event coder against gold records; {@code storyline eval timex DIR}:
 * scores temporal normalisation against TimeML or MEANTIME gold; {@code storyline eval tls DIR}: scores timelines
 * against the reference timelines of a Timeline17-layout collection.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure Storyline against gold data.",
        subcommands = {EvalStoriesCommand.class, EvalDuplicatesCommand.class})
public final class EvalCommand implements Runnable {
    /** How the scores are written. */
    enum Format { text, json }

    /** Which CoreNLP profile annotates for {@code eval tls}. */
    enum Profile { dates, full }

    /** The timeline builder `eval tls` measures: date mentions, or the one of the `timeline` command. */
    enum Builder { mentions, datewise }

    private final Supplier<Annotator> annotator;
    private final Supplier<EventCoder> coder;
    private final Function<Boolean, TimexTagger> timexTagger;

    @Spec
    CommandSpec spec;

    /** The command with CoreNLP and the standard event coder. */
    public EvalCommand() {
        this(CoreNlpAnnotator::shared, EventCoding::standard);
    }

    EvalCommand(Supplier<Annotator> annotator, Supplier<EventCoder> coder) {
        this(annotator, coder, correct -> (text, published) -> CoreNlpAnnotator.shared().annotate(text, published,
                correct));
    }

    /** @param timexTagger the temporal tagger, with our date corrections (true) or SUTime's values only (false) */
    EvalCommand(Supplier<Annotator> annotator, Supplier<EventCoder> coder, Function<Boolean, TimexTagger> timexTagger) {
        this.annotator = annotator;
        this.coder = coder;
        this.timexTagger = timexTagger;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    @Command(name = "events", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
            description = {"Code the sentences of gold event records and score the coder: PLOVER event type "
                    + "accuracy and (actor country, event type, recipient country) precision, recall and F1.",
                    "FILE is PLOVER gold records as JSON lines or PETRARCH-2 validation XML (CAMEO codes are "
                            + "turned into PLOVER types)."})
    int events(@Parameters(paramLabel = "FILE", description = "The gold records.") Path file,
               @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                       description = "text or json (default: ${DEFAULT-VALUE}).") Format format,
               @Option(names = "--errors", description = "List the records coded wrong, with text, gold and "
                       + "prediction.") boolean errors) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GoldSet gold = EventGold.read(file, CodeTables.standard());
        for (Skip skip : gold.skipped()) {
            err.println("skipped " + skip);
        }
        if (gold.records().isEmpty()) {
            err.println("storyline: no gold records in " + file);
            err.flush();
            return ExitCodes.ERROR;
        }
        // The coder first: it fails fast when missing, before the annotator spends seconds loading.
        EventCoder eventCoder = coder.get();
        EventScores scores = new EventEvaluator(annotator.get(), () -> eventCoder).evaluate(gold);
        out.print(format == Format.json ? EvalReports.json(file, gold, scores, errors)
                : EvalReports.text(file, gold, scores, errors));
        out.flush();
        err.flush();
        return gold.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.SKIPPED;
    }

    @Command(name = "timex", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
            description = {"Annotate TimeML or MEANTIME gold documents and score the temporal expressions as "
                    + "TempEval-3 does: strict and relaxed extent, type and value precision, recall and F1.",
                    "DIR holds TimeML *.tml files (TimeBank, AQUAINT) or MEANTIME CAT *.xml files, read in path "
                            + "order; the format is told from the content."})
    int timex(@Parameters(paramLabel = "DIR", description = "The gold documents.") Path dir,
              @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                      description = "text or json (default: ${DEFAULT-VALUE}).") Format format,
              @Option(names = "--errors", description = "List each missed, spurious or wrong expression with its "
                      + "sentence.") boolean errors,
              @Option(names = "--sutime-only", description = "Score SUTime's own values, without our date "
                      + "corrections.") boolean sutimeOnly,
              @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
                      description = "Evaluate the first N documents only (default: all).") int limit) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must not be negative");
        }
        if (!Files.isDirectory(dir)) {
            err.println("storyline: not a directory: " + dir);
            err.flush();
            return ExitCodes.ERROR;
        }
        TimexCorpus corpus = TimexCorpus.read(dir, limit);
        corpus.skipped().forEach(skip -> err.println("skipped " + skip));
        if (corpus.documents().isEmpty()) {
            err.println("storyline: no TimeML or MEANTIME documents in " + dir);
            err.flush();
            return ExitCodes.ERROR;
        }
        long start = System.nanoTime();
        TimexEvaluation evaluation = new TimexEvaluator(timexTagger.apply(!sutimeOnly)).evaluate(corpus.documents());
        TimexReport report = new TimexReport(dir.toString(), corpus, evaluation, sutimeOnly,
                (System.nanoTime() - start) / 1e9);
        out.print(format == Format.json ? report.json(errors) : report.text(errors));
        out.flush();
        err.flush();
        return corpus.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.SKIPPED;
    }

    @Command(name = "tls", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
            description = {"Build a timeline for each reference timeline of a Timeline17-layout collection and "
                    + "score it as news-tls does: concat, agreement and align+ m:1 ROUGE-1/2 F and Date-F1, per "
                    + "timeline and averaged, with the summarizing time per topic.",
                    "DIR holds <Topic_source>/InputDocs/<YYYY-MM-DD>/*.htm.txt and <Topic_source>/timelines/*.txt; "
                            + "the sources of a topic are pooled. The summarizer gets each reference's date span, "
                            + "number of dates and mean sentences per date (rounded half to even).",
                    "Annotations are kept in the store: a second run does not annotate again."})
    int tls(@Parameters(paramLabel = "DIR", description = "The collection.") Path dir,
            @Option(names = "--store", paramLabel = "DIR", defaultValue = ".storyline-t17",
                    description = "Store for the annotations (default: ${DEFAULT-VALUE}).") Path store,
            @Option(names = "--topics", paramLabel = "A,B", split = ",",
                    description = "Only these topics (folder names before '_').") List<String> topics,
            @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                    description = "text or json (default: ${DEFAULT-VALUE}).") Format format,
            @Option(names = "--out", paramLabel = "DIR",
                    description = "Write each predicted timeline there: <Topic_source>/<reference file> in the "
                            + "references' text format, and its cited form as .json.") Path outDir,
            @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "dates",
                    description = "Annotation: dates (tokens, lemmas, part of speech, dates; fast) or full "
                            + "(entities, parse and coded events too); a store keeps what annotated it first "
                            + "(default: ${DEFAULT-VALUE}).") Profile profile,
            @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
                    description = "Annotation threads (default: ${DEFAULT-VALUE}).") int threads,
            @Option(names = "--builder", paramLabel = "NAME", defaultValue = "mentions",
                    description = "Timeline builder: mentions (days ranked by the articles that name them) or "
                            + "datewise (the earlier date-first baseline) (default: ${DEFAULT-VALUE}).")
            Builder builder) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (!Files.isDirectory(dir)) {
            err.println("storyline: not a directory: " + dir);
            err.flush();
            return ExitCodes.ERROR;
        }
        T17Corpus corpus = T17Corpus.read(dir, topics == null ? Set.of() : Set.copyOf(topics));
        if (corpus.topics().isEmpty() || corpus.topics().stream().allMatch(t -> t.references().isEmpty())) {
            corpus.skipped().forEach(skip -> err.println("skipped " + skip));
            err.println("storyline: no topic with a reference timeline in " + dir);
            err.flush();
            return ExitCodes.ERROR;
        }
        List<Skip> skipped = new ArrayList<>();
        TlsReport report;
        try (EmbeddedStore opened = EmbeddedStore.open(store)) {
            Annotator tlsAnnotator = profile == Profile.full ? CoreNlpAnnotator.shared() : CoreNlpAnnotator.dates();
            TimelineBuilder timelines = builder == Builder.datewise ? new DatewiseTimelineBuilder()
                    : new DateMentionTimelineBuilder();
            EventCoder coder = profile == Profile.full ? EventCoding.standard() : article -> List.of();
            report = new TlsEvaluation(tlsAnnotator, coder, timelines, threads)
                    .run(dir, corpus, opened, outDir, skipped);
        }
        skipped.forEach(skip -> err.println("skipped " + skip));
        out.print(format == Format.json ? report.json() : report.text());
        out.flush();
        err.flush();
        return skipped.isEmpty() ? ExitCodes.OK : ExitCodes.SKIPPED;
    }
}
