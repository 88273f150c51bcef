package org.storyline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.storyline.ingest.Skip;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline eval events FILE}: scores the event coder against gold records; {@code storyline eval timex DIR}:
 * scores temporal normalisation against TimeML or MEANTIME gold.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure Storyline against gold data.",
        subcommands = {EvalStoriesCommand.class, EvalDuplicatesCommand.class})
public final class EvalCommand implements Runnable {
    /** How the scores are written. */
    enum Format { text, json }

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
}
