package org.storyline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.lucene.store.LockObtainFailedException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.code.EventMention;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;
import org.storyline.util.Validate;

/**
 * An {@link ArticleStore} in one directory: records, annotations and event mentions in an embedded H2 database
 * ({@code records}, PostgreSQL mode), full text in a Lucene index ({@code index}).
 *
 * <p>Each {@link #add} (article, annotations and event mentions together) is one H2 transaction; the Lucene
 * document of the article is then replaced by id and committed with {@link #commit()} or {@link #close()}.
 * Opening the store reconciles the two sides (articles missing from the index are re-indexed from the records,
 * documents without a record are deleted), so a crash between them loses and duplicates nothing. A store that was
 * not closed (its process died) is checked and repaired when it is next opened, before anything else reads it
 * ({@link RecordsRepair}, reported by {@link #repairs()}). A second opening of the same directory, by this process or another,
 * fails with a {@link StoreException} while the first is open.
 *
 * <p>Safe to share between threads. Writes ({@code add}, {@code addPublication}, {@code commit}, {@code close})
 * are serialised on one H2 connection; reads borrow connections from a small H2 pool, run alongside writes and
 * see committed articles. Searches see added articles before {@code commit()} (near-real-time Lucene reader).
 * Do not call other methods while or after {@code close()} runs.
 */
public final class EmbeddedStore extends JdbcStore {
    /** Articles read ahead of the visitor of {@link #forEachAnnotated(String, Predicate, Consumer, Consumer)}. */
    private static final int READ_AHEAD = 64;
    private static final int READERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final String USER = "sa";
    /** Present while the store is open: found at opening, it says the last process that had it open died. */
    private static final String OPEN_MARKER = "records.open";

    private final Path dir;
    private final String url;
    private final Connection writer;
    private final JdbcConnectionPool readers;
    private final FullTextIndex index;
    private final String repairs;

    private EmbeddedStore(Path dir, String url, Connection writer, JdbcConnectionPool readers, FullTextIndex index,
                          String repairs) {
        super(dir.toString(), new JdbcRecords(dir.toString(), SqlDialect.H2, writer, readers::getConnection));
        this.dir = dir;
        this.url = url;
        this.writer = writer;
        this.readers = readers;
        this.index = index;
        this.repairs = repairs;
    }

    /**
     * Opens the store in {@code dir}, creating the directory and an empty store when needed, and reconciles the
     * index with the records.
     *
     * @throws StoreException if the store is in use by another process (or already open in this one), was
     *                        written by a newer version, or cannot be read
     */
    public static EmbeddedStore open(Path dir) {
        return open(dir, false);
    }

    /**
     * Opens the store in {@code dir} as {@link #open(Path)} does, for a command that only reads: neither closing it
     * nor H2's background housekeeping spends time compacting the records file (H2 does it for up to 200 ms at every
     * close, and rewrites sparse chunks while a command reads; the next writing process does it instead).
     *
     * @throws StoreException as {@link #open(Path)}
     */
    public static EmbeddedStore openForReading(Path dir) {
        return open(dir, true);
    }

    private static EmbeddedStore open(Path dir, boolean reading) {
        Validate.notNull(dir, "dir");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create store " + dir + ": " + e, e);
        }
        FullTextIndex index;
        try {
            index = new FullTextIndex(dir.resolve("index"), reading);
        } catch (LockObtainFailedException e) {
            throw inUse(dir, e);
        } catch (IOException e) {
            throw new StoreException("cannot open the index of store " + dir + ": " + e.getMessage(), e);
        }
        Connection writer = null;
        JdbcConnectionPool readers = null;
        try {
            String url = jdbcUrl(dir) + (reading ? ";MAX_COMPACT_TIME=0;AUTO_COMPACT_FILL_RATE=0" : "");
            writer = DriverManager.getConnection(url, USER, "");
            Schema.migrate(writer, SqlDialect.H2, dir.toString());
            writer.setAutoCommit(false);
            Path marker = dir.resolve(OPEN_MARKER);
            String repairs = null;
            boolean died = Files.exists(marker);
            if (died) {
                repairs = describe(RecordsRepair.run(writer));
            } else {
                Files.createFile(marker);
            }
            readers = JdbcConnectionPool.create(url, USER, "");
            EmbeddedStore store = new EmbeddedStore(dir, url, writer, readers, index, repairs);
            store.reconcile(died);
            return store;
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(index, writer, readers, e);
            if (e instanceof SQLException sql && databaseInUse(sql)) {
                throw inUse(dir, e);
            }
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The directory of the store. */
    public Path directory() {
        return dir;
    }

    /**
     * What opening did to make the store whole again when the process that last had it open died without closing
     * it (see {@link RecordsRepair}): empty when it was closed cleanly or nothing needed repair.
     */
    public Optional<String> repairs() {
        return Optional.ofNullable(repairs);
    }

    private static String describe(RecordsRepair.Report report) {
        if (!report.changedAnything()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (report.unfinished()) {
            parts.add("rebuilt every table, dropping the rows of a transaction H2 had not finished");
        } else if (!report.rebuiltTables().isEmpty()) {
            parts.add("rebuilt table" + (report.rebuiltTables().size() == 1 ? " " : "s ")
                    + String.join(", ", report.rebuiltTables()) + " whose indexes disagreed with their rows");
        }
        if (!report.removedArticles().isEmpty()) {
            int n = report.removedArticles().size();
            parts.add("removed " + n + (n == 1 ? " article" : " articles") + " stored only in part ("
                    + String.join(", ", report.removedArticles().subList(0, Math.min(5, n))) + (n > 5 ? ", …" : "")
                    + "); ingesting their files again stores them whole");
        }
        if (report.clearedStories()) {
            parts.add("emptied the stories, which the next ingest (or storyline stories --update) places again");
        }
        return String.join("; ", parts);
    }

    /** The JDBC URL of the records of the store in {@code dir}. */
    static String jdbcUrl(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().normalize().resolve("records")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /**
     * {@inheritDoc}
     *
     * @throws StoreException if the records cannot be written (nothing is stored then), or the index cannot be
     *                        updated (the article is stored and will be indexed when the store is next opened)
     */
    @Override
    public StoreOutcome add(AnnotatedArticle annotated, List<EventMention> mentions) {
        checkOpen();
        return records.add(annotated, mentions, this::reindex);
    }

    /**
     * {@inheritDoc}
     *
     * @throws StoreException if no article {@code articleId} is stored
     */
    @Override
    public StoreOutcome addPublication(String articleId, Publication publication) {
        checkOpen();
        return records.addPublication(articleId, publication, this::reindex);
    }

    /**
     * {@inheritDoc} Words are searched in the title (weighted higher) and the text, all of them required unless
     * the query says {@code OR}. A query that is not valid Lucene syntax is searched as plain words; one that
     * leaves nothing to search (only stop words, say) finds nothing. Snippets are a passage of about 200
     * characters around the best matches of the text, or its start when only the title matched.
     */
    @Override
    public List<SearchHit> search(String query, int limit) {
        Validate.isTrue(limit > 0, "limit must be positive");
        checkOpen();
        try {
            return index.search(query, limit);
        } catch (IOException e) {
            throw failure("cannot search for " + query, e);
        }
    }

    /**
     * {@inheritDoc} Articles are read one at a time (for a blank query, in pages of ids), so any number can be
     * visited; the query has the syntax of {@link #search}.
     */
    @Override
    public void forEachAnnotated(String query, Predicate<String> words, Consumer<AnnotatedArticle> readAhead,
                                 Consumer<AnnotatedArticle> visitor) {
        Validate.notNull(readAhead, "readAhead");
        Validate.notNull(visitor, "visitor");
        checkOpen();
        if (query == null || query.isBlank()) {
            records.forEachStored(null, null, words, readAhead.andThen(visitor));
            return;
        }
        List<String> ids = new ArrayList<>();
        try {
            index.forEachMatch(query, ids::add);
        } catch (IOException e) {
            throw failure("cannot search for " + query, e);
        }
        // Reading an article back (decoding its annotations) is most of the time of a query timeline: readers on
        // every core keep up to READ_AHEAD articles ahead of the visitor, which sees them in the index's order while
        // the next ones are read; memory stays bounded by READ_AHEAD.
        ExecutorService reading = Executors.newFixedThreadPool(READERS, runnable -> {
            Thread thread = new Thread(() -> records.pinned(this::ownConnection, runnable), "storyline-read");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Optional<AnnotatedArticle>>> ahead = new ArrayDeque<>();
            int next = 0;
            while (next < ids.size() || !ahead.isEmpty()) {
                while (next < ids.size() && ahead.size() < READ_AHEAD) {
                    String id = ids.get(next++);
                    ahead.add(reading.submit(() -> {
                        Optional<AnnotatedArticle> article = records.find(id, words);
                        article.ifPresent(readAhead);
                        return article;
                    }));
                }
                read(ahead.poll()).ifPresent(visitor);
            }
        } finally {
            reading.shutdownNow();
            awaitReaders(reading);
        }
    }

    /** A connection of its own for a reader thread, outside the pool, which other reads keep borrowing from. */
    private Connection ownConnection() throws SQLException {
        return DriverManager.getConnection(url, USER, "");
    }

    /** Waits (up to a minute) for the readers to close their connections, so that closing the store finds none. */
    private static void awaitReaders(ExecutorService reading) {
        try {
            reading.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<AnnotatedArticle> read(Future<Optional<AnnotatedArticle>> article) {
        try {
            return article.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new StoreException("cannot read an article: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while reading articles", e);
        }
    }

    /** Makes the records durable on disk, then commits the index. */
    @Override
    public void commit() {
        checkOpen();
        synchronized (records.writeLock()) {
            try {
                records.executeOnWriter("CHECKPOINT SYNC");
            } catch (SQLException e) {
                records.markWriteFailed();
                throw failure("cannot write the records to disk", e);
            }
            try {
                index.commit();
            } catch (IOException e) {
                throw failure("cannot commit the index", e);
            }
        }
    }

    /**
     * Commits the index and closes the store, releasing its locks. Closing twice does nothing. A store in which a
     * write failed (a full disk) is checked again when next opened, as one whose process died.
     */
    @Override
    public void close() {
        synchronized (records.writeLock()) {
            if (closed) {
                return;
            }
            closed = true;
            StoreException failure = new StoreException("cannot close store " + dir);
            closeQuietly(index, writer, readers, failure);
            if (failure.getSuppressed().length > 0) {
                throw failure;
            }
            if (records.writeFailed()) {
                return;
            }
            try {
                Files.deleteIfExists(dir.resolve(OPEN_MARKER));
            } catch (IOException e) {
                throw new StoreException("cannot close store " + dir + ": " + e, e);
            }
        }
    }

    @Override
    public String toString() {
        return "EmbeddedStore[" + dir + "]";
    }

    /**
     * Brings the index in line with the records: id by id after a process died with the store open (the records
     * may be ahead of the index, and the repair may have removed articles), else only when the two count different
     * articles (one stored but not indexed, the index deleted or replaced). Comparing the ids of a whole store took
     * a tenth of a second of every reading command.
     */
    private void reconcile(boolean died) throws SQLException, IOException {
        if (!died && index.count() == records.count()) {
            return;
        }
        Set<String> indexed = index.ids();
        List<String> missing = new ArrayList<>();
        for (String id : records.ids()) {
            if (!indexed.remove(id)) {
                missing.add(id);
            }
        }
        for (String id : missing) {
            Optional<IndexEntry> entry = records.indexEntry(id);
            if (entry.isPresent()) {
                index.put(entry.get());
            }
        }
        for (String stale : indexed) {
            index.delete(stale);
        }
        if (!missing.isEmpty() || !indexed.isEmpty()) {
            index.commit();
        }
    }

    private void reindex(Article a) {
        Publication first = a.firstPublication();
        try {
            index.put(new IndexEntry(a.id(), a.title(), a.text(), a.published(), first.outlet(), first.url()));
        } catch (IOException e) {
            throw failure("article " + a.id() + " is stored but could not be indexed (it will be when the store "
                    + "is next opened)", e);
        }
    }


    private StoreException failure(String what, Exception cause) {
        return records.failure(what, cause);
    }

    private static StoreException inUse(Path dir, Exception cause) {
        return new StoreException("store " + dir + " is in use by another process", cause);
    }

    private static boolean databaseInUse(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
        }
        return false;
    }

    /** Closes what is not null, recording failures as suppressed by {@code failure}. */
    private static void closeQuietly(FullTextIndex index, Connection writer, JdbcConnectionPool readers,
                                     Exception failure) {
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
        if (readers != null) {
            readers.dispose();
        }
        if (writer != null) {
            try {
                writer.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
