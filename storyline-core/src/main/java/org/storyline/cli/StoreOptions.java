package org.storyline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.storyline.store.EmbeddedStore;
import org.storyline.store.PostgresStore;
import org.storyline.store.Store;
import org.storyline.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by the commands that use a store. */
final class StoreOptions {
    /** Environment variable that overrides the default store location. */
    static final String ENVIRONMENT = "STORYLINE_STORE";
    /** Default store, in the working directory. */
    static final String DEFAULT = ".storyline";

    @Option(names = "--store", paramLabel = "DIR|URL",
            description = "Store directory, or a PostgreSQL database as jdbc:postgresql://host:port/db?user=… "
                    + "(default: $" + ENVIRONMENT + ", else " + DEFAULT + ").")
    String store;

    /** Opens the store, creating it when it does not exist yet. */
    Store open() {
        return reportRepairs(Store.open(resolve()));
    }

    /** Opens a store that must exist: reading commands never create an empty store by mistake. */
    Store openExisting() {
        return openExisting(false);
    }

    /** Opens a store that must exist for a command that only reads it (no compaction of the file on closing). */
    Store openForReading() {
        return openExisting(true);
    }

    private Store openExisting(boolean reading) {
        String location = resolve();
        if (PostgresStore.isUrl(location)) {
            return PostgresStore.openExisting(location);
        }
        Path dir = Path.of(location);
        if (!Files.isDirectory(dir)) {
            throw new StoreException("no store at " + dir + ": ingest articles first (storyline ingest PATH…)"
                    + " or name the store with --store or $" + ENVIRONMENT);
        }
        return reportRepairs(reading ? EmbeddedStore.openForReading(dir) : EmbeddedStore.open(dir));
    }

    /** Says on standard error what opening repaired in a store that its last process left open. */
    private static Store reportRepairs(Store store) {
        if (store instanceof EmbeddedStore embedded) {
            embedded.repairs().ifPresent(what -> System.err.println("storyline: store " + embedded.directory()
                    + " was not closed by the process that last wrote it: " + what));
        }
        return store;
    }

    /** The store chosen by the option, the environment, or the default, in that order. */
    String resolve() {
        if (store != null && !store.isBlank()) {
            return store;
        }
        String fromEnvironment = System.getenv(ENVIRONMENT);
        return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : DEFAULT;
    }
}
