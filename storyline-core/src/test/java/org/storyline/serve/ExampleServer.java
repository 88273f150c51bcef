package org.storyline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.storyline.cli.StorylineCommand;
import org.storyline.store.EmbeddedStore;

/**
 * A store built from {@code examples/} and one hostile article, served on a free loopback port: built once per test
 * run (the ingest takes about 20 s) and shared by the integration tests of this package, closed at the end.
 */
final class ExampleServer implements AutoCloseable {
    /** The article whose title, outlet, url and text try to run script. */
    static final Path HOSTILE = Path.of("src/test/resources/org/storyline/serve/hostile.jsonl");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ExampleServer.class);

    private final Path dir;
    private final EmbeddedStore store;
    private final StoryServer server;

    private ExampleServer() throws IOException {
        dir = Files.createTempDirectory(Path.of("target"), "serve-store-");
        StringWriter err = new StringWriter();
        int exit = StorylineCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "ingest",
                "--store", dir.toString(), "../examples", HOSTILE.toString());
        assertThat(exit).as(err.toString()).isZero();
        store = EmbeddedStore.open(dir);
        server = StoryServer.start(store, "127.0.0.1", 0);
    }

    /** Gives tests the server of this test run, started on first use. */
    static final class Resolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == ExampleServer.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return get(context);
        }
    }

    private static ExampleServer get(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(ExampleServer.class, type -> {
            try {
                return new ExampleServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, ExampleServer.class);
    }

    /** The address of the page, ending with a slash. */
    String url() {
        return server.url();
    }

    @Override
    public void close() throws IOException {
        server.close();
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
