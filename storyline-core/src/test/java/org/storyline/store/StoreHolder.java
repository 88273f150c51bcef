package org.storyline.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Keeps a store open in a separate process for {@link EmbeddedStoreLockIT}: opens the store named by the first
 * argument, prints {@code open}, and closes it when its standard input ends.
 */
public final class StoreHolder {
    private StoreHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (EmbeddedStore store = EmbeddedStore.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            System.in.readAllBytes();
        }
    }
}
