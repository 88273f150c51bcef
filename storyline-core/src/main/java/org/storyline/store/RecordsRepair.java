package org.storyline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.Transaction;

/**
 * Makes the H2 records of an embedded store whole again after the process that had them open was killed or could
 * not write.
 *
 * <p>H2 rolls back the transactions a crash interrupted, but a kill at the wrong moment has been seen to leave a
 * table and its indexes disagreeing (a row that a scan finds and an index does not), or an article without its
 * annotation, or part of a transaction after a full disk. Three steps, on the writer connection, before the store
 * is used:
 * <ol>
 *   <li>every table is rebuilt from the rows queries see when H2 recovered a transaction it did not finish (its
 *       rows are invisible but lock their keys); otherwise every table is counted through a full scan, through each
 *       of its indexes and by the row count H2 keeps for it, and a table whose counts differ is rebuilt from the
 *       rows its scan finds (its indexes are rebuilt with it, one row kept per primary key);</li>
 *   <li>every article that is not whole (no publication, no annotation, or fewer or more rows than its
 *       {@code sentence_count} and {@code parts} say) is deleted with everything of it, as are rows whose article is
 *       gone, so that the next ingest of its file stores it again, once;</li>
 *   <li>when the story tables disagree with themselves (a membership of a deleted article, say), the stories are
 *       emptied, to be placed again by the next ingest, as {@code storyline stories --rebuild} does.</li>
 * </ol>
 * Not thread-safe: runs once, on the connection that will be the store's writer, before readers exist.
 */
final class RecordsRepair {
    /** Child tables of an article, children first: the order in which an article's rows are deleted. */
    private static final List<String> ARTICLE_PARTS = List.of("event_actor", "event_mention", "timex", "sentence",
            "annotation", "publication", "near_duplicate", "story_article");
    /** The tables counted in {@code article.parts}; publication, sentence and annotation in this order first. */
    private static final List<String> COUNTED_PARTS = List.of("publication", "sentence", "timex", "annotation",
            "event_mention", "event_actor");

    private RecordsRepair() {
    }

    /**
     * What a repair did.
     *
     * @param rebuiltTables   tables whose indexes disagreed with their rows, rebuilt
     * @param removedArticles ids of articles that were not whole, deleted
     * @param clearedStories  whether the story tables disagreed with themselves and were emptied
     * @param unfinished      whether H2 recovered a transaction it did not finish, so that every table was rebuilt
     */
    record Report(List<String> rebuiltTables, List<String> removedArticles, boolean clearedStories,
                  boolean unfinished) {
        Report {
            rebuiltTables = List.copyOf(rebuiltTables);
            removedArticles = List.copyOf(removedArticles);
        }

        /** Whether anything was changed. */
        boolean changedAnything() {
            return !rebuiltTables.isEmpty() || !removedArticles.isEmpty() || clearedStories;
        }
    }

    /** Checks and repairs the records; commits what it changed. The connection must not be in auto-commit mode. */
    static Report run(Connection c) throws SQLException {
        List<String> rebuilt = new ArrayList<>();
        Map<String, List<String>> keys = primaryKeys(c);
        c.commit();
        boolean leftover = unfinishedTransactions(c);
        for (Map.Entry<String, List<String>> table : keys.entrySet()) {
            if (leftover || !consistent(c, table.getKey())) {
                rebuild(c, table.getKey(), table.getValue());
                rebuilt.add(table.getKey());
            }
        }
        c.commit();
        List<String> removed = removeIncompleteArticles(c);
        boolean clearStories = !storiesConsistent(c);
        if (clearStories) {
            clearStories(c);
        }
        c.commit();
        return new Report(rebuilt, removed, clearStories, leftover);
    }

    /**
     * Whether H2 recovered a transaction of the dead process that it neither finished nor rolled back. Such a
     * transaction keeps rows that no query sees and that block writing the same keys again (a later ingest of the
     * article times out on its lock); rebuilding a table drops them. H2 does not show this in SQL, so its
     * transaction store is asked, before any other session exists.
     */
    private static boolean unfinishedTransactions(Connection c) throws SQLException {
        SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
        Transaction own = session.getTransaction();
        // Live sessions (H2's own among them) hold open transactions; a recovered one that H2 left half done is in
        // another state, committed most often.
        return session.getDatabase().getStore().getTransactionStore().getOpenTransactions().stream()
                .anyMatch(t -> t.getId() != own.getId() && t.getStatus() != Transaction.STATUS_OPEN);
    }

    /** The base tables of the store's schema with the columns of their primary keys, in key order. */
    private static Map<String, List<String>> primaryKeys(Connection c) throws SQLException {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        String sql = "SELECT i.table_name, k.column_name FROM information_schema.indexes i "
                + "JOIN information_schema.index_columns k ON k.index_schema = i.index_schema "
                + "AND k.index_name = i.index_name WHERE i.table_schema = CURRENT_SCHEMA "
                + "AND i.index_type_name = 'PRIMARY KEY' ORDER BY i.table_name, k.ordinal_position";
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                keys.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return keys;
    }

    /**
     * Whether a full scan of {@code table}, a walk of each of its indexes and the row count H2 keeps for it give the
     * same number of rows.
     */
    private static boolean consistent(Connection c, String table) throws SQLException {
        Map<String, String> firstColumns = new LinkedHashMap<>();
        String sql = "SELECT k.index_name, k.column_name FROM information_schema.index_columns k "
                + "WHERE k.table_schema = CURRENT_SCHEMA AND k.table_name = ? AND k.ordinal_position = 1";
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    firstColumns.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        String anyColumn = firstColumns.values().stream().findFirst().orElse(null);
        if (anyColumn == null) {
            return true;
        }
        long scanned = count(c, table, "", anyColumn);
        try (Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + quote(table))) {
            rows.next();
            if (rows.getLong(1) != scanned) {
                return false;
            }
        }
        for (Map.Entry<String, String> index : firstColumns.entrySet()) {
            if (count(c, table, quote(index.getKey()), index.getValue()) != scanned) {
                return false;
            }
        }
        return true;
    }

    /**
     * Counts the rows of {@code table} found through {@code index} (a full scan when empty); the condition keeps
     * H2 from answering from its stored row count.
     */
    private static long count(Connection c, String table, String index, String column) throws SQLException {
        String col = quote(column);
        String sql = "SELECT COUNT(*) FROM " + quote(table) + " USE INDEX (" + index + ") WHERE " + col
                + " IS NOT NULL OR " + col + " IS NULL";
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Copies the rows a scan finds aside, empties the table (indexes included) and puts them back. */
    private static void rebuild(Connection c, String table, List<String> key) throws SQLException {
        String copy = quote("repair_" + table);
        String keyList = String.join(", ", key.stream().map(RecordsRepair::quote).toList());
        try (Statement statement = c.createStatement()) {
            statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
            try {
                statement.execute("DROP TABLE IF EXISTS " + copy);
                statement.execute("CREATE TABLE " + copy + " AS SELECT * FROM " + quote(table) + " USE INDEX ()");
                statement.execute("TRUNCATE TABLE " + quote(table));
                statement.execute("MERGE INTO " + quote(table) + " KEY (" + keyList + ") SELECT * FROM " + copy);
                statement.execute("DROP TABLE " + copy);
            } finally {
                statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        }
    }

    /** Deletes the articles that are not whole and the rows of articles that are gone; returns the ids deleted. */
    private static List<String> removeIncompleteArticles(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT a.id, a.sentence_count, a.parts");
        for (String table : COUNTED_PARTS) {
            sql.append(", COALESCE(").append(table).append(".n, 0)");
        }
        sql.append(" FROM article a");
        for (String table : COUNTED_PARTS) {
            sql.append(" LEFT JOIN (SELECT article_id, COUNT(*) AS n FROM ").append(table)
                    .append(" GROUP BY article_id) ").append(table).append(" ON ").append(table)
                    .append(".article_id = a.id");
        }
        sql.append(" ORDER BY a.id");
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql.toString())) {
            while (rows.next()) {
                int sentenceCount = rows.getInt(2);
                Integer parts = rows.getObject(3, Integer.class);
                long publications = rows.getLong(4);
                long sentences = rows.getLong(5);
                long annotations = rows.getLong(7);
                long all = 0;
                for (int i = 0; i < COUNTED_PARTS.size(); i++) {
                    all += rows.getLong(4 + i);
                }
                if (publications == 0 || annotations != 1 || sentences != sentenceCount
                        || parts != null && parts != all) {
                    ids.add(rows.getString(1));
                }
            }
        }
        try (Statement statement = c.createStatement()) {
            statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
            try {
                for (String id : ids) {
                    for (String table : ARTICLE_PARTS) {
                        try (PreparedStatement delete = c.prepareStatement(
                                "DELETE FROM " + table + " WHERE article_id = ?")) {
                            delete.setString(1, id);
                            delete.executeUpdate();
                        }
                    }
                    try (PreparedStatement delete = c.prepareStatement(
                            "DELETE FROM near_duplicate WHERE original_id = ?")) {
                        delete.setString(1, id);
                        delete.executeUpdate();
                    }
                    try (PreparedStatement delete = c.prepareStatement("DELETE FROM article WHERE id = ?")) {
                        delete.setString(1, id);
                        delete.executeUpdate();
                    }
                }
                for (String table : ARTICLE_PARTS) {
                    statement.executeUpdate("DELETE FROM " + table + " t WHERE NOT EXISTS "
                            + "(SELECT 1 FROM article a WHERE a.id = t.article_id)");
                }
            } finally {
                statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        }
        return ids;
    }

    /**
     * Whether the story tables agree with themselves and the articles: every membership names a story, every live
     * story counts its members, no merged story has any, every near-duplicate is placed and every merge names a
     * stored article.
     */
    private static boolean storiesConsistent(Connection c) throws SQLException {
        String sql = "SELECT (SELECT COUNT(*) FROM story_article x WHERE NOT EXISTS "
                + "(SELECT 1 FROM story s WHERE s.id = x.story_id)) + (SELECT COUNT(*) FROM story s WHERE "
                + "(CASE WHEN s.merged_into IS NULL THEN s.articles ELSE 0 END) <> "
                + "(SELECT COUNT(*) FROM story_article x WHERE x.story_id = s.id)) "
                + "+ (SELECT COUNT(*) FROM near_duplicate d WHERE "
                + "NOT EXISTS (SELECT 1 FROM story_article x WHERE x.article_id = d.article_id)) "
                + "+ (SELECT COUNT(*) FROM story_merge g WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = "
                + "g.article_id))";
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1) == 0;
        }
    }

    /** Empties the story tables: the next ingest or {@code storyline stories --update} places every article again. */
    private static void clearStories(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            for (String table : List.of("story_merge", "near_duplicate", "story_article", "story")) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
