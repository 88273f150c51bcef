package org.storyline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** An embedded store in a test's directory. */
record EmbeddedLocation(Path dir) implements StoreLocation {
    @Override
    public Store open() {
        return EmbeddedStore.open(dir);
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(EmbeddedStore.jdbcUrl(dir), "sa", "");
    }

    @Override
    public String name() {
        return dir.toString();
    }
}
