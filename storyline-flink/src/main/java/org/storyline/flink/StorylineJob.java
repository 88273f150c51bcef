package org.storyline.flink;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.PrintSink;
import org.apache.flink.util.OutputTag;
import org.storyline.ingest.CorpusReader;
import org.storyline.ingest.Skip;
import org.storyline.store.PostgresStore;
import org.storyline.store.Store;
import org.storyline.util.Validate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Storyline's ingest as a Flink DataStream job: input files read in order, then articles keyed by id to the
 * parallel annotate-and-code instances (one CoreNLP per task manager JVM, shared by its slots), then the store.
 * Skipped inputs are printed on standard error of the task managers, each naming its file.
 *
 * <p>Run it on a cluster with {@code flink run -c org.storyline.flink.StorylineJob JAR --store DIR PATH…}, or
 * locally (a Flink mini-cluster in this JVM) with {@code java -cp …}. The command object is used once, on the
 * thread that runs it.
 */
@Command(name = "storyline-flink", mixinStandardHelpOptions = true,
        description = "Ingest files or folders of articles with Flink: read, annotate, code events, store.")
public final class StorylineJob implements Callable<Integer> {
    /** The side output where every stage puts what it skipped. */
    public static final OutputTag<String> SKIPPED = new OutputTag<>("skipped", Types.STRING);
    /** Accumulator: inputs skipped by the stages. */
    public static final String SKIPPED_COUNT = "storyline-skipped";

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @Option(names = "--store", paramLabel = "DIR|URL", required = true,
            description = "Embedded store directory (created when missing) on the machine that runs the sink, "
                    + "written by one sink instance; or a jdbc:postgresql:// URL, written by as many sink instances "
                    + "as the job's parallelism.")
    String store;

    @Option(names = "--parallelism", paramLabel = "N", description = "Parallel readers and annotators "
            + "(default: the cluster's).")
    int parallelism;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N files, in path order (0: all).")
    int limit;

    /** Runs the job and exits with 0, 3 when inputs were skipped (each named on standard error), 1 on failure. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new StorylineJob()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = new PrintWriter(System.err, true);
        List<Skip> listingSkips = new ArrayList<>();
        List<Path> files = new ArrayList<>(new CorpusReader().listFiles(paths, listingSkips::add));
        listingSkips.forEach(skip -> err.println("skipped " + skip));
        if (limit > 0 && limit < files.size()) {
            files = files.subList(0, limit);
        }
        StreamExecutionEnvironment environment = StreamExecutionEnvironment.getExecutionEnvironment();
        if (parallelism > 0) {
            environment.setParallelism(parallelism);
        }
        // A Path is not serializable: the factory travels to the cluster with the store's location as a string.
        boolean postgres = PostgresStore.isUrl(store);
        String location = postgres ? store : Path.of(store).toAbsolutePath().toString();
        define(environment, files, () -> Store.open(location), postgres ? environment.getParallelism() : 1);
        JobExecutionResult result = environment.execute("storyline ingest");
        long articles = result.<Long>getAccumulatorResult(AnnotateAndCode.ARTICLES);
        long sentences = result.<Long>getAccumulatorResult(AnnotateAndCode.SENTENCES);
        Long first = result.getAccumulatorResult(AnnotateAndCode.FIRST_MILLIS);
        Long last = result.getAccumulatorResult(AnnotateAndCode.LAST_MILLIS);
        Long skipped = result.getAccumulatorResult(SKIPPED_COUNT);
        long skips = listingSkips.size() + (skipped != null ? skipped : 0);
        double seconds = articles > 0 ? (last - first) / 1000.0 : 0;
        err.println(String.format(Locale.ROOT, "%d file(s), %d article(s), %d sentence(s), %d skipped at "
                        + "parallelism %d: job %.1f s, annotating %.1f s, %.2f articles/s, %.2f sentences/s",
                files.size(), articles, sentences, skips, environment.getParallelism(),
                result.getNetRuntime() / 1000.0, seconds, seconds > 0 ? articles / seconds : 0,
                seconds > 0 ? sentences / seconds : 0));
        return skips == 0 ? 0 : 3;
    }

    /**
     * Adds the ingest of {@code files} to {@code environment} with one store sink, as an embedded store needs (it
     * takes a single writer).
     */
    public static void define(StreamExecutionEnvironment environment, List<Path> files, StoreFactory stores) {
        define(environment, files, stores, 1);
    }

    /**
     * Adds the ingest of {@code files} to {@code environment}: one reader of the files in order, annotate and code
     * in parallel keyed by article id, and {@code sinks} store sinks, also keyed by article id so that an article
     * and the later publications of its text reach the same writer in order. More than one sink needs a store
     * that takes several writers (PostgreSQL).
     */
    public static void define(StreamExecutionEnvironment environment, List<Path> files, StoreFactory stores,
                              int sinks) {
        Validate.isTrue(sinks > 0, "sinks must be positive, got " + sinks);
        List<String> names = files.stream().map(Path::toString).toList();
        // One reader, in file order: the copy of a text read first is the one annotated, as in the local runner,
        // and reading is a small part of the work (about 1% on the examples).
        SingleOutputStreamOperator<ArticleRecord> articles = environment.fromData(names, Types.STRING)
                .name("files")
                .setParallelism(1)
                .process(new ReadFiles(SKIPPED), Types.POJO(ArticleRecord.class))
                .name("read")
                .setParallelism(1);
        SingleOutputStreamOperator<CodedRecord> coded = articles
                .keyBy(ArticleRecord::articleId, Types.STRING)
                .process(new AnnotateAndCode(SKIPPED), Types.POJO(CodedRecord.class))
                .name("annotate and code");
        coded.keyBy(CodedRecord::articleId, Types.STRING).sinkTo(new StoreSink(stores)).name("store")
                .setParallelism(sinks);
        articles.getSideOutput(SKIPPED).union(coded.getSideOutput(SKIPPED))
                .sinkTo(new PrintSink<>(true)).name("skipped").setParallelism(1);
    }
}
