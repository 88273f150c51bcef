package org.storyline.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL server for the tests of a JVM, started on first use and stopped when the JVM exits;
 * each test gets a database of its own. Thread-safe.
 */
final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** A new empty database on the shared server. */
    static PostgresStoreLocation freshDatabase() {
        String database = "store" + DATABASES.incrementAndGet();
        EmbeddedPostgres postgres = server();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement sql = c.createStatement()) {
            sql.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
        return new PostgresStoreLocation(postgres.getJdbcUrl("postgres", database));
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start an embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return server;
    }
}
