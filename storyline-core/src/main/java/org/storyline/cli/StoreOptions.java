package org.storyline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by the commands that use a store. */
final class StoreOptions {
    /** Environment variable that overrides the default store location. */
    static final String ENVIRONMENT = "STORYLINE_STORE";
    /** Default store, in the working directory. */
    static final String DEFAULT = ".storyline";

    @Option(names = "--store", paramLabel = "DIR",
            description = "Store directory (default: $" + ENVIRONMENT + ", else " + DEFAULT + ").")
    Path store;

    /** The store chosen by the option, the environment, or the default, in that order. */
    Path resolve() {
        if (store != null) {
            return store;
        }
        String fromEnvironment = System.getenv(ENVIRONMENT);
        return Path.of(fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : DEFAULT);
    }
}
