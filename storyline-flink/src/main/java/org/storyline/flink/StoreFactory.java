package org.storyline.flink;

import java.io.Serializable;
import org.storyline.store.ArticleStore;

/**
 * Opens the store the job writes to, on the task manager that runs the sink: shipped to the cluster with the job,
 * so it holds only what names the store (a directory, a JDBC url), never an open store.
 */
@FunctionalInterface
public interface StoreFactory extends Serializable {
    /** Opens the store, creating it when it does not exist. */
    ArticleStore open();
}
