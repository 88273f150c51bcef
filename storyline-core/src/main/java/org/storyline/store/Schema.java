package org.storyline.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the store tables and records their version, so that a later release can tell which migrations an
 * existing store needs. Stateless and thread-safe.
 */
final class Schema {
    /** The schema version this code reads and writes. */
    static final int VERSION = 5;

    private static final String SCRIPT = "schema.sql";

    private Schema() {
    }

    /**
     * Brings the database to {@link #VERSION}, in the connection's current transaction mode.
     *
     * @throws StoreException if the database was written by a newer version
     */
    static void migrate(Connection connection, SqlDialect dialect, String storeName) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER NOT NULL PRIMARY KEY, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        int found = currentVersion(connection);
        if (found > VERSION) {
            throw new StoreException("store " + storeName + " has schema version " + found
                    + ", newer than this program supports (" + VERSION + ")");
        }
        if (found < VERSION) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(dialect)) {
                    statement.execute(sql);
                }
                if (found > 0) {
                    for (String sql : dialect.fromVersion3()) {
                        statement.execute(sql);
                    }
                    statement.execute("ALTER TABLE article ADD COLUMN IF NOT EXISTS parts INTEGER");
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
                insert.setInt(1, VERSION);
                insert.setObject(2, OffsetDateTime.now());
                insert.executeUpdate();
            }
        }
    }

    /** The statements of the schema script in {@code dialect}, without comments. */
    static List<String> statements(SqlDialect dialect) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : dialect.render(script()).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException(SCRIPT + " ends without a semicolon");
        }
        return statements;
    }

    private static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String script() {
        try (InputStream in = Schema.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCRIPT, e);
        }
    }
}
