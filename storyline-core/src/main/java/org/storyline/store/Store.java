package org.storyline.store;

import java.nio.file.Path;
import org.storyline.util.Validate;

/**
 * A store of articles and of their stories, as the commands open it: an {@link EmbeddedStore} in a directory, or
 * a {@link PostgresStore} named by a {@code jdbc:postgresql:} URL. Implementations are safe to share between
 * threads.
 */
public interface Store extends ArticleStore, StoryStore {
    /**
     * Opens the store at {@code location}, creating it when it does not exist yet.
     *
     * @param location a {@code jdbc:postgresql:} URL, or else a directory
     * @throws StoreException if the store cannot be opened
     */
    static Store open(String location) {
        Validate.notBlank(location, "location");
        return PostgresStore.isUrl(location) ? PostgresStore.open(location) : EmbeddedStore.open(Path.of(location));
    }
}
