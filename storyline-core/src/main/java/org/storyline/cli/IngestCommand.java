package org.storyline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline ingest PATH…}: reads, annotates and stores articles. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read articles from files or folders (formats detected), annotate and store them.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Override
    public Integer call() {
        try (Store store = storeOptions.open()) {
            return Pipelines.ingest(paths, store, threads, spec.commandLine().getErr());
        }
    }
}
