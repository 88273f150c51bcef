package org.storyline.store;

import java.nio.file.Path;

class PostgresEventMentionStoreTest extends EventMentionStoreContract {
    @Override
    StoreLocation newLocation(Path dir) {
        return TestPostgres.freshDatabase();
    }
}
