package org.storyline.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A PostgreSQL store in the database at {@code url}. */
record PostgresStoreLocation(String url) implements StoreLocation {
    @Override
    public Store open() {
        return PostgresStore.open(url);
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public String name() {
        return url.substring(0, url.indexOf('?'));
    }
}
