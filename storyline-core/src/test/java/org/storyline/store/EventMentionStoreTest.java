package org.storyline.store;

import java.nio.file.Path;

class EventMentionStoreTest extends EventMentionStoreContract {
    @Override
    StoreLocation newLocation(Path dir) {
        return new EmbeddedLocation(dir);
    }
}
