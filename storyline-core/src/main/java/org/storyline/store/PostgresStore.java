package org.storyline.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.code.EventMention;
import org.storyline.ingest.Publication;
import org.storyline.util.Validate;

/**
 * A {@link Store} in a PostgreSQL database, with the tables of the embedded store and PostgreSQL's own text search
 * (an index on the English words of title and text) in place of Lucene, so that several processes can write and
 * read one store at once.
 *
 * <p>Each {@link #add} is one transaction that first locks the article's id, so two processes adding the same text
 * store it once; recording or clearing stories locks the stories the same way. Everything is durable when a
 * method returns, so {@link #commit()} has nothing left to do.
 *
 * <p>Safe to share between threads. Writes are serialised on one connection; reads borrow connections from a small
 * pool and see committed articles. Do not call other methods while or after {@code close()} runs.
 */
public final class PostgresStore extends JdbcStore {
    private static final String PREFIX = "jdbc:postgresql:";
    private static final int READERS = 4;
    private static final String MATCH = SqlDialect.TEXT_SEARCH + " @@ websearch_to_tsquery('english', ?)";
    /** About 200 characters of text around the best match, or the start of the text when only the title matched. */
    private static final String HEADLINE = "StartSel=[[, StopSel=]], MinWords=25, MaxWords=35, MaxFragments=1";
    /** A text no longer than a snippet is its own snippet, punctuation included, as Lucene would show it. */
    private static final String WHOLE = "StartSel=[[, StopSel=]], HighlightAll=true";
    private static final int SNIPPET_LENGTH = 200;

    private final String name;
    private final Connection writer;
    private final HikariDataSource readers;

    private PostgresStore(String name, Connection writer, HikariDataSource readers) {
        super(name, new JdbcRecords(name, SqlDialect.POSTGRESQL, writer, readers::getConnection));
        this.name = name;
        this.writer = writer;
        this.readers = readers;
    }

    /** Whether {@code location} names a PostgreSQL database rather than a directory. */
    public static boolean isUrl(String location) {
        return location != null && location.startsWith(PREFIX);
    }

    /**
     * Opens the store in the database at {@code url} ({@code jdbc:postgresql://host:port/db?user=…}), creating
     * its tables when they do not exist yet.
     *
     * @throws StoreException if the database cannot be reached or was written by a newer version
     */
    public static PostgresStore open(String url) {
        return open(url, true);
    }

    /**
     * Opens the store in the database at {@code url}, which must hold one already: reading commands never create
     * an empty store by mistake.
     *
     * @throws StoreException if the database holds no store, cannot be reached or was written by a newer version
     */
    public static PostgresStore openExisting(String url) {
        return open(url, false);
    }

    private static PostgresStore open(String url, boolean create) {
        Validate.isTrue(isUrl(url), "not a PostgreSQL URL: " + url);
        String name = withoutParameters(url);
        Connection writer = null;
        HikariDataSource readers = null;
        try {
            writer = DriverManager.getConnection(url);
            writer.setAutoCommit(false);
            if (!create && !hasSchema(writer)) {
                throw new StoreException("no store at " + name + ": ingest articles first (storyline ingest PATH…)");
            }
            try (PreparedStatement lock = writer.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                // Two processes creating the tables at once would otherwise collide on the catalogue.
                lock.setString(1, "schema");
                lock.execute();
            }
            Schema.migrate(writer, SqlDialect.POSTGRESQL, name);
            writer.commit();
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setMaximumPoolSize(READERS);
            config.setMinimumIdle(1);
            config.setReadOnly(true);
            config.setPoolName("storyline-readers");
            readers = new HikariDataSource(config);
            return new PostgresStore(name, writer, readers);
        } catch (SQLException | RuntimeException e) {
            if (readers != null) {
                readers.close();
            }
            if (writer != null) {
                try {
                    writer.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException("cannot open store " + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasSchema(Connection c) throws SQLException {
        try (Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery("SELECT to_regclass('schema_version') IS NOT NULL")) {
            rows.next();
            boolean found = rows.getBoolean(1);
            c.commit();
            return found;
        }
    }

    /** The URL without its parameters, which may hold a password. */
    private static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public StoreOutcome add(AnnotatedArticle article, List<EventMention> mentions) {
        checkOpen();
        return records.add(article, mentions, stored -> { });
    }

    @Override
    public StoreOutcome addPublication(String articleId, Publication publication) {
        checkOpen();
        return records.addPublication(articleId, publication, stored -> { });
    }

    /**
     * {@inheritDoc} Queries have the web search syntax of PostgreSQL ({@code websearch_to_tsquery}): words are
     * stemmed English words, all required unless joined by {@code or}; {@code "quoted words"} are a phrase and
     * {@code -word} excludes. Title words weigh more than text words. A query that leaves nothing to search (only
     * stop words, say) finds nothing. Snippets are the text when it is short, else a passage of about 30 words
     * around the best match of the text, or its start when only the title matched.
     */
    @Override
    public List<SearchHit> search(String query, int limit) {
        Validate.isTrue(limit > 0, "limit must be positive");
        checkOpen();
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String sql = "WITH q AS (SELECT websearch_to_tsquery('english', ?) AS words), "
                + "hits AS (SELECT id, ts_rank(" + SqlDialect.TEXT_SEARCH + ", q.words) AS score FROM article, q "
                + "WHERE " + SqlDialect.TEXT_SEARCH + " @@ q.words ORDER BY score DESC, id LIMIT ?) "
                + "SELECT a.id, h.score, a.title, a.first_published, f.outlet, f.url, "
                + "ts_headline('english', a.text, q.words, CASE WHEN length(a.text) <= ? THEN ? ELSE ? END) "
                + "FROM hits h JOIN article a ON a.id = h.id CROSS JOIN q"
                + JdbcRecords.FIRST_PUBLICATION + " ORDER BY h.score DESC, a.id";
        try (Connection c = readers.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, query);
            statement.setInt(2, limit);
            statement.setInt(3, SNIPPET_LENGTH);
            statement.setString(4, WHOLE);
            statement.setString(5, HEADLINE);
            List<SearchHit> hits = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    hits.add(new SearchHit(rows.getString(1), rows.getDouble(2), rows.getString(3),
                            rows.getObject(4, LocalDate.class), rows.getString(5), rows.getString(6),
                            rows.getString(7).strip().replaceAll("\\s+", " ")));
                }
            }
            return hits;
        } catch (SQLException e) {
            throw records.failure("cannot search for " + query, e);
        }
    }

    /** {@inheritDoc} Articles are read one at a time, so any number can be visited; see {@link #search}. */
    @Override
    public void forEachAnnotated(String query, Predicate<String> words, Consumer<AnnotatedArticle> readAhead,
                                 Consumer<AnnotatedArticle> visitor) {
        Validate.notNull(readAhead, "readAhead");
        Validate.notNull(visitor, "visitor");
        checkOpen();
        boolean all = query == null || query.isBlank();
        records.forEachStored(all ? null : MATCH, query, words, readAhead.andThen(visitor));
    }

    /** Does nothing more than check the store is open: every change is committed when its method returns. */
    @Override
    public void commit() {
        checkOpen();
    }

    /** Closes the connections. Closing twice does nothing. */
    @Override
    public void close() {
        synchronized (records.writeLock()) {
            if (closed) {
                return;
            }
            closed = true;
            readers.close();
            try {
                writer.close();
            } catch (SQLException e) {
                throw records.failure("cannot close", e);
            }
        }
    }

    @Override
    public String toString() {
        return "PostgresStore[" + name + "]";
    }

}
