package org.storyline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.CoreNlpAnnotator;
import org.storyline.code.CodeTables;
import org.storyline.code.EventCoder;
import org.storyline.eval.EventEvaluator;
import org.storyline.eval.EventGold;
import org.storyline.eval.EventScores;
import org.storyline.eval.GoldSet;
import org.storyline.ingest.Skip;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline eval events FILE}: scores the event coder against gold records. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure Storyline against gold data.")
public final class EvalCommand implements Runnable {
    /** How the scores are written. */
    enum Format { text, json }

    private final Supplier<Annotator> annotator;
    private final Supplier<EventCoder> coder;

    @Spec
    CommandSpec spec;

    /** The command with CoreNLP and the standard event coder. */
    public EvalCommand() {
        this(CoreNlpAnnotator::shared, EventCoding::standard);
    }

    EvalCommand(Supplier<Annotator> annotator, Supplier<EventCoder> coder) {
        this.annotator = annotator;
        this.coder = coder;
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
        EventScores scores = new EventEvaluator(annotator.get(), () -> eventCoder).evaluate(gold.records());
        out.print(format == Format.json ? EvalReports.json(file, gold, scores, errors)
                : EvalReports.text(file, gold, scores, errors));
        out.flush();
        err.flush();
        return gold.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.SKIPPED;
    }
}
