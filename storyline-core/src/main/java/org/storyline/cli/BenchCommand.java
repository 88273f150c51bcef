package org.storyline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.annotate.CoreNlpAnnotator;
import org.storyline.bench.Bench;
import org.storyline.bench.BenchFormat;
import org.storyline.bench.BenchReport;
import org.storyline.code.EventCoder;
import org.storyline.ingest.CorpusReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline bench [CORPUS]}: measures the ingest of a corpus, stage by stage, in a temporary store. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Ingest a corpus into a fresh temporary store (deleted after) and report per stage and end to "
                + "end: articles/s, sentences/s, peak heap and CPU use per core.")
final class BenchCommand implements Callable<Integer> {
    /** The White House corpus, beside the repository in a checkout with the shared data. */
    static final Path DEFAULT_CORPUS = Path.of("../shared/data/whitehouse");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CORPUS",
            description = "File or folder of articles (default: ${DEFAULT-VALUE}).")
    Path corpus = DEFAULT_CORPUS;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N files, in path order (0: all).")
    int limit;

    @Option(names = "--threads", paramLabel = "N[,N…]", split = ",",
            description = "Worker threads; several counts run one after the other and give their ratio "
                    + "(default: the cores, ${DEFAULT-VALUE}).")
    List<Integer> threads = List.of(Math.max(1, Runtime.getRuntime().availableProcessors()));

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Override
    public Integer call() {
        BenchFormat chosen = switch (format) {
            case "text" -> BenchFormat.TEXT;
            case "json" -> BenchFormat.JSON;
            default -> throw new ParameterException(spec.commandLine(),
                    "unknown format '" + format + "': expected text or json");
        };
        if (limit < 0 || threads.stream().anyMatch(n -> n < 1)) {
            throw new ParameterException(spec.commandLine(),
                    "--limit must be 0 or more and --threads counts 1 or more");
        }
        if (!Files.exists(corpus)) {
            spec.commandLine().getErr().println("storyline: no corpus at " + corpus
                    + (corpus.equals(DEFAULT_CORPUS) ? " (the default; it comes with the shared data)" : "")
                    + ": name a file or folder of articles, e.g. storyline bench examples/");
            return ExitCodes.ERROR;
        }
        BenchReport report = new Bench(new CorpusReader(), CoreNlpAnnotator::shared, () -> StandardCoder.INSTANCE)
                .run(corpus, limit, threads, skip -> spec.commandLine().getErr().println("skipped " + skip));
        spec.commandLine().getOut().print(chosen.format(report));
        spec.commandLine().getOut().flush();
        return report.runs().stream().allMatch(run -> run.skipped() == 0) ? ExitCodes.OK : ExitCodes.SKIPPED;
    }

    /** The standard coder, built once and shared by every run. */
    private static final class StandardCoder {
        static final EventCoder INSTANCE = EventCoding.standard();
    }
}
