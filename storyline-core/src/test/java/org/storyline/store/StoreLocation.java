package org.storyline.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Where a test keeps its store: opened as often as the test likes, each opening seeing the same records. */
interface StoreLocation {
    Store open();

    /** A plain connection to the records, to change them behind the store's back. */
    Connection connect() throws SQLException;

    /** How the store's messages name it. */
    String name();
}
