package org.storyline.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Timex;
import org.storyline.code.Actor;
import org.storyline.code.CitedMention;
import org.storyline.code.EventMention;
import org.storyline.code.EventMerger;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;
import org.storyline.story.Assignment;
import org.storyline.story.NearDuplicate;
import org.storyline.story.Story;
import org.storyline.story.StoryMerge;
import org.storyline.util.Validate;

/**
 * The records of a store in a SQL database (the schema of {@link Schema}): writing and reading articles,
 * publications, sentences, timexes, annotations, event mentions and stories, the same for every {@link SqlDialect}.
 * The stores add their full-text search and their way of opening and closing the database.
 *
 * <p>Safe to share between threads. Writes are serialised on one connection, each a transaction; reads borrow a
 * connection from the store's pool and see committed records.
 */
final class JdbcRecords {
    /** Lends a pooled connection, returned by closing it. */
    @FunctionalInterface
    interface Connections {
        Connection get() throws SQLException;
    }

    private static final int PAGE = 256;
    private static final String ASSERTED_SENTENCES =
            "SELECT sentence_idx FROM event_mention WHERE article_id = ? AND status = ?";
    private static final String FIND_SENTENCES = "SELECT p.pub_key, p.url, p.outlet, p.published, p.title, "
            + "p.origin, n.version, n.data FROM publication p LEFT JOIN annotation n ON n.article_id = p.article_id "
            + "WHERE p.article_id = ? ORDER BY p.seq";
    private static final String ACTOR = "actor";
    private static final String RECIPIENT = "recipient";

    /** Joins the earliest publication of each article {@code a} as {@code f}, ties broken by storage order. */
    static final String FIRST_PUBLICATION = " LEFT JOIN publication f ON f.article_id = a.id AND f.seq = "
            + "(SELECT MIN(p.seq) FROM publication p WHERE p.article_id = a.id AND p.published = a.first_published)";

    private final String name;
    private final SqlDialect dialect;
    private final Connection writer;
    private final Connections readers;
    private final AnnotationCodec codec = new AnnotationCodec();
    private final ThreadLocal<Pinned> pinned = new ThreadLocal<>();
    private final Object writeLock = new Object();
    private volatile boolean writeFailed;

    /**
     * @param name    how messages name the store
     * @param writer  the connection all writes go through, not in auto-commit mode
     * @param readers the connections reads borrow
     */
    JdbcRecords(String name, SqlDialect dialect, Connection writer, Connections readers) {
        this.name = name;
        this.dialect = dialect;
        this.writer = writer;
        this.readers = readers;
    }

    /** The lock writes hold; a store holds it too to keep its own side (an index) in the order of the records. */
    Object writeLock() {
        return writeLock;
    }

    boolean contains(String articleId) {
        try (Connection c = readers.get()) {
            return exists(c, articleId);
        } catch (SQLException e) {
            throw failure("cannot look up article " + articleId, e);
        }
    }

    /**
     * Stores an article (see {@link ArticleStore#add(AnnotatedArticle, List)}) in one transaction, then, still
     * holding the write lock, gives {@code changed} the article with all its publications when anything was
     * written.
     */
    StoreOutcome add(AnnotatedArticle annotated, List<EventMention> mentions, Consumer<Article> changed) {
        Validate.notNull(annotated, "article");
        Validate.notNull(mentions, "mentions");
        Article article = annotated.article();
        checkMentionsOf(article.id(), mentions);
        synchronized (writeLock) {
            Optional<Article> merged;
            StoreOutcome outcome;
            try {
                lockArticle(article.id());
                if (exists(writer, article.id())) {
                    merged = mergePublications(article.id(), article.publications());
                    outcome = merged.isPresent() ? StoreOutcome.PUBLICATION_ADDED : StoreOutcome.ALREADY_PRESENT;
                } else {
                    Article distinct = new Article(article.id(), article.text(),
                            List.copyOf(byKey(article.publications()).values()));
                    insert(distinct, annotated.sentences(), mentions);
                    insertMentions(article.id(), mentions);
                    merged = Optional.of(distinct);
                    outcome = StoreOutcome.STORED;
                }
                writer.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                throw failure("cannot add article " + article.id() + " (" + article.firstPublication().origin()
                        + ")", e);
            }
            merged.ifPresent(changed);
            return outcome;
        }
    }

    /** See {@link ArticleStore#addPublication}; {@code changed} as for {@link #add}. */
    StoreOutcome addPublication(String articleId, Publication publication, Consumer<Article> changed) {
        Validate.notBlank(articleId, "articleId");
        Validate.notNull(publication, "publication");
        synchronized (writeLock) {
            Optional<Article> merged;
            try {
                lockArticle(articleId);
                if (!exists(writer, articleId)) {
                    throw new StoreException("store " + name + " has no article " + articleId);
                }
                merged = mergePublications(articleId, List.of(publication));
                writer.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                if (e instanceof StoreException store) {
                    throw store;
                }
                throw failure("cannot add a publication of article " + articleId + " (" + publication.origin()
                        + ")", e);
            }
            merged.ifPresent(changed);
            return merged.isPresent() ? StoreOutcome.PUBLICATION_ADDED : StoreOutcome.ALREADY_PRESENT;
        }
    }

    void replaceEventMentions(String articleId, List<EventMention> mentions) {
        Validate.notBlank(articleId, "articleId");
        Validate.notNull(mentions, "mentions");
        checkMentionsOf(articleId, mentions);
        synchronized (writeLock) {
            try {
                lockArticle(articleId);
                if (!exists(writer, articleId)) {
                    throw new StoreException("store " + name + " has no article " + articleId);
                }
                int deleted = 0;
                for (String table : List.of("event_actor", "event_mention")) {
                    try (PreparedStatement delete = writer.prepareStatement(
                            "DELETE FROM " + table + " WHERE article_id = ?")) {
                        delete.setString(1, articleId);
                        deleted += delete.executeUpdate();
                    }
                }
                insertMentions(articleId, mentions);
                addParts(articleId, mentionRows(mentions) - deleted);
                writer.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                if (e instanceof StoreException store) {
                    throw store;
                }
                throw failure("cannot replace the event mentions of article " + articleId, e);
            }
        }
    }

    /**
     * Rewrites in the current format the annotations stored in an earlier one, an article per transaction, so that
     * they read as fast as new ones; returns how many.
     *
     * @throws StoreException if an annotation cannot be read (the articles before it stay rewritten)
     */
    int upgradeAnnotations() {
        List<String> ids = new ArrayList<>();
        try (Connection c = readers.get(); PreparedStatement query = c.prepareStatement(
                "SELECT article_id FROM annotation WHERE version <> ? ORDER BY article_id")) {
            query.setInt(1, AnnotationCodec.VERSION);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failure("cannot list the annotations to rewrite", e);
        }
        int upgraded = 0;
        for (String id : ids) {
            synchronized (writeLock) {
                try {
                    lockArticle(id);
                    if (upgradeAnnotation(id)) {
                        upgraded++;
                    }
                    writer.commit();
                } catch (SQLException | IOException | RuntimeException e) {
                    rollback(e);
                    if (e instanceof IOException) {
                        throw new StoreException("store " + name + ": the annotation of article " + id
                                + " is unreadable: " + e.getMessage(), e);
                    }
                    throw failure("cannot rewrite the annotation of article " + id, e);
                }
            }
        }
        return upgraded;
    }

    private boolean upgradeAnnotation(String articleId) throws SQLException, IOException {
        int version;
        byte[] data;
        try (PreparedStatement query = writer.prepareStatement(
                "SELECT version, data FROM annotation WHERE article_id = ?")) {
            query.setString(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return false;
                }
                version = rows.getInt(1);
                data = rows.getBytes(2);
            }
        }
        if (version == AnnotationCodec.VERSION || data == null) {
            return false;
        }
        try (PreparedStatement update = writer.prepareStatement(
                "UPDATE annotation SET version = ?, data = ? WHERE article_id = ?")) {
            update.setInt(1, AnnotationCodec.VERSION);
            update.setBytes(2, codec.encode(codec.decode(data, version)));
            update.setString(3, articleId);
            update.executeUpdate();
        }
        return true;
    }

    void recordStories(List<Assignment> assignments) {
        Validate.notNull(assignments, "assignments");
        synchronized (writeLock) {
            try {
                lockStories();
                long seq = nextStorySeq();
                for (Assignment assignment : assignments) {
                    for (StoryMerge merge : assignment.merges()) {
                        recordMerge(merge);
                    }
                    saveStory(assignment.story());
                    try (PreparedStatement row = writer.prepareStatement(
                            "INSERT INTO story_article (article_id, story_id, seq, score) VALUES (?, ?, ?, ?)")) {
                        row.setString(1, assignment.articleId());
                        row.setString(2, assignment.story().id());
                        row.setLong(3, seq++);
                        row.setDouble(4, assignment.score());
                        row.executeUpdate();
                    }
                    NearDuplicate copy = assignment.nearDuplicate();
                    if (copy != null) {
                        try (PreparedStatement row = writer.prepareStatement("INSERT INTO near_duplicate "
                                + "(article_id, original_id, containment, jaccard) VALUES (?, ?, ?, ?)")) {
                            row.setString(1, copy.articleId());
                            row.setString(2, copy.originalId());
                            row.setDouble(3, copy.containment());
                            row.setDouble(4, copy.jaccard());
                            row.executeUpdate();
                        }
                    }
                }
                writer.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                throw failure("cannot record stories", e);
            }
        }
    }

    void clearStories() {
        synchronized (writeLock) {
            try (Statement statement = writer.createStatement()) {
                lockStories();
                for (String table : List.of("story_merge", "near_duplicate", "story_article", "story")) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
                writer.commit();
            } catch (SQLException e) {
                rollback(e);
                throw failure("cannot clear the stories", e);
            }
        }
    }

    /**
     * Runs {@code sql} on the write connection, outside any article's transaction.
     *
     * @throws SQLException as the database reports it
     */
    void executeOnWriter(String sql) throws SQLException {
        synchronized (writeLock) {
            try (Statement statement = writer.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    /** Ids of every stored article, in no particular order. */
    List<String> ids() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = readers.get();
             Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM article")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** What a search hit shows of a stored article, or empty when there is no such article. */
    Optional<IndexEntry> indexEntry(String articleId) throws SQLException {
        String sql = "SELECT a.id, a.title, a.text, a.first_published, f.outlet, f.url FROM article a"
                + FIRST_PUBLICATION + " WHERE a.id = ?";
        try (Connection c = readers.get(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new IndexEntry(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getObject(4, LocalDate.class), rows.getString(5), rows.getString(6)));
            }
        }
    }

    private long nextStorySeq() throws SQLException {
        try (Statement statement = writer.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(seq), -1) + 1 FROM story_article")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void saveStory(Story story) throws SQLException {
        try (PreparedStatement update = writer.prepareStatement("UPDATE story SET label = ?, first_date = ?, "
                + "last_date = ?, articles = ?, outlets = ? WHERE id = ?")) {
            update.setString(1, story.label());
            update.setObject(2, story.firstDate());
            update.setObject(3, story.lastDate());
            update.setInt(4, story.articles());
            update.setInt(5, story.outlets());
            update.setString(6, story.id());
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = writer.prepareStatement("INSERT INTO story (id, label, first_date, last_date, "
                + "articles, outlets) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, story.id());
            insert.setString(2, story.label());
            insert.setObject(3, story.firstDate());
            insert.setObject(4, story.lastDate());
            insert.setInt(5, story.articles());
            insert.setInt(6, story.outlets());
            insert.executeUpdate();
        }
    }

    private void recordMerge(StoryMerge merge) throws SQLException {
        for (String sql : List.of("UPDATE story SET merged_into = ? WHERE id = ? OR merged_into = ?",
                "UPDATE story_article SET story_id = ? WHERE story_id = ? OR story_id = ?")) {
            try (PreparedStatement update = writer.prepareStatement(sql)) {
                update.setString(1, merge.intoStoryId());
                update.setString(2, merge.storyId());
                update.setString(3, merge.storyId());
                update.executeUpdate();
            }
        }
        try (PreparedStatement insert = writer.prepareStatement("INSERT INTO story_merge "
                + "(story_id, into_story_id, article_id, merged_on) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, merge.storyId());
            insert.setString(2, merge.intoStoryId());
            insert.setString(3, merge.articleId());
            insert.setObject(4, merge.date());
            insert.executeUpdate();
        }
    }

    List<String> articlesWithoutStory() {
        return strings("SELECT a.id FROM article a WHERE NOT EXISTS "
                + "(SELECT 1 FROM story_article s WHERE s.article_id = a.id) ORDER BY a.first_published, a.id");
    }

    Optional<LocalDate> lastStoryDate() {
        try (Connection c = readers.get(); Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery("SELECT MAX(last_date) FROM story")) {
            rows.next();
            return Optional.ofNullable(rows.getObject(1, LocalDate.class));
        } catch (SQLException e) {
            throw failure("cannot read the stories", e);
        }
    }

    List<StoryMember> storyMembersSince(LocalDate from) {
        Validate.notNull(from, "from");
        List<StoryMember> members = new ArrayList<>();
        try (Connection c = readers.get(); PreparedStatement query = c.prepareStatement(
                "SELECT m.article_id, m.story_id FROM story_article m JOIN story s ON s.id = m.story_id "
                        + "WHERE s.last_date >= ? ORDER BY m.seq")) {
            query.setObject(1, from);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    members.add(new StoryMember(rows.getString(1), rows.getString(2)));
                }
            }
            return members;
        } catch (SQLException e) {
            throw failure("cannot read the stories", e);
        }
    }

    List<Story> stories() {
        return storyRows("WHERE merged_into IS NULL ORDER BY last_date DESC, articles DESC, id", null);
    }

    Optional<Story> story(String id) {
        Validate.notBlank(id, "id");
        return storyRows("WHERE id = COALESCE((SELECT merged_into FROM story WHERE id = ?), ?)", id).stream()
                .findFirst();
    }

    private List<Story> storyRows(String where, String id) {
        List<Story> stories = new ArrayList<>();
        try (Connection c = readers.get(); PreparedStatement query = c.prepareStatement(
                "SELECT id, label, first_date, last_date, articles, outlets FROM story " + where)) {
            if (id != null) {
                query.setString(1, id);
                query.setString(2, id);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stories.add(new Story(rows.getString(1), rows.getString(2), rows.getObject(3, LocalDate.class),
                            rows.getObject(4, LocalDate.class), rows.getInt(5), rows.getInt(6)));
                }
            }
            return stories;
        } catch (SQLException e) {
            throw failure("cannot read the stories", e);
        }
    }

    List<String> articlesOf(String storyId) {
        Validate.notBlank(storyId, "storyId");
        List<String> ids = new ArrayList<>();
        try (Connection c = readers.get(); PreparedStatement query = c.prepareStatement(
                "SELECT article_id FROM story_article WHERE story_id = "
                        + "COALESCE((SELECT merged_into FROM story WHERE id = ?), ?) ORDER BY seq")) {
            query.setString(1, storyId);
            query.setString(2, storyId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw failure("cannot read story " + storyId, e);
        }
    }

    Map<String, String> storiesOf(Collection<String> articleIds) {
        Validate.notNull(articleIds, "articleIds");
        Map<String, String> stories = new TreeMap<>();
        try (Connection c = readers.get(); PreparedStatement query = c.prepareStatement(
                "SELECT story_id FROM story_article WHERE article_id = ?")) {
            for (String id : articleIds) {
                query.setString(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        stories.put(id, rows.getString(1));
                    }
                }
            }
            return stories;
        } catch (SQLException e) {
            throw failure("cannot read the stories of articles", e);
        }
    }

    List<NearDuplicate> nearDuplicatesOf(Collection<String> articleIds) {
        Validate.notNull(articleIds, "articleIds");
        Map<String, NearDuplicate> links = new TreeMap<>();
        try (Connection c = readers.get(); PreparedStatement query = c.prepareStatement(
                "SELECT article_id, original_id, containment, jaccard FROM near_duplicate "
                        + "WHERE article_id = ? OR original_id = ?")) {
            for (String id : articleIds) {
                query.setString(1, id);
                query.setString(2, id);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        links.put(rows.getString(1), new NearDuplicate(rows.getString(1), rows.getString(2),
                                rows.getDouble(3), rows.getDouble(4)));
                    }
                }
            }
            return List.copyOf(links.values());
        } catch (SQLException e) {
            throw failure("cannot read near-duplicates", e);
        }
    }

    Map<String, String> nearDuplicateOriginals() {
        Map<String, String> originals = new HashMap<>();
        try (Connection c = readers.get(); PreparedStatement query = c.prepareStatement(
                "SELECT article_id, original_id FROM near_duplicate");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                originals.put(rows.getString(1), rows.getString(2));
            }
            return Map.copyOf(originals);
        } catch (SQLException e) {
            throw failure("cannot read near-duplicates", e);
        }
    }

    List<String> actorCodes(String articleId) {
        Validate.notBlank(articleId, "articleId");
        List<String> codes = new ArrayList<>();
        try (Connection c = readers.get(); PreparedStatement query = c.prepareStatement(
                "SELECT code FROM event_actor WHERE article_id = ? ORDER BY mention_idx, role, idx")) {
            query.setString(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
            return codes;
        } catch (SQLException e) {
            throw failure("cannot read the actors of article " + articleId, e);
        }
    }

    private List<String> strings(String sql) {
        List<String> values = new ArrayList<>();
        try (Connection c = readers.get(); Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw failure("cannot read the stories", e);
        }
    }

    /** See {@link ArticleStore#assertedEventSentences}. */
    Set<Integer> assertedEventSentences(String articleId) {
        Validate.notNull(articleId, "articleId");
        try {
            PreparedStatement kept = pinnedStatement(ASSERTED_SENTENCES);
            if (kept != null) {
                return assertedEventSentences(kept, articleId);
            }
            try (Connection c = readers.get(); PreparedStatement query = c.prepareStatement(ASSERTED_SENTENCES)) {
                return assertedEventSentences(query, articleId);
            }
        } catch (SQLException e) {
            throw failure("cannot read the event mentions of " + articleId, e);
        }
    }

    private static Set<Integer> assertedEventSentences(PreparedStatement query, String articleId)
            throws SQLException {
        Set<Integer> sentences = new HashSet<>();
        query.setString(1, articleId);
        query.setString(2, EventMerger.ASSERTED);
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                sentences.add(rows.getInt(1));
            }
        }
        return Set.copyOf(sentences);
    }

    long countEventMentions() {
        try (Connection c = readers.get();
             Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM event_mention")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw failure("cannot count event mentions", e);
        }
    }

    /**
     * {@inheritDoc} Mentions are read as a stream, with the actors and publications of one article at a time, so
     * any number can be visited.
     */
    void forEachEventMention(Consumer<CitedMention> visitor) {
        Validate.notNull(visitor, "visitor");
        String sql = "SELECT m.article_id, m.mention_idx, m.sentence_idx, m.event, m.mode, m.context, m.cameo, "
                + "m.goldstein, m.quad_code, m.event_date, m.date_source, m.verb_text, m.verb_start, m.verb_end, "
                + "m.char_start, m.char_end, m.status, m.rule, s.text FROM event_mention m "
                + "JOIN article a ON a.id = m.article_id "
                + "JOIN sentence s ON s.article_id = m.article_id AND s.idx = m.sentence_idx "
                + "ORDER BY a.first_published, m.article_id, m.mention_idx";
        try (Connection c = readers.get();
             PreparedStatement query = c.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            String articleId = null;
            List<Publication> publications = List.of();
            Map<String, List<Actor>> actors = Map.of();
            while (rows.next()) {
                if (!rows.getString(1).equals(articleId)) {
                    articleId = rows.getString(1);
                    publications = new ArrayList<>(publications(c, articleId).values());
                    publications.sort(Comparator.comparing(Publication::published));
                    actors = actors(c, articleId);
                }
                int mentionIndex = rows.getInt(2);
                String context = rows.getString(6);
                EventMention mention = new EventMention(articleId, rows.getInt(3), rows.getInt(15),
                        rows.getInt(16), actors.getOrDefault(actorKey(mentionIndex, ACTOR), List.of()),
                        actors.getOrDefault(actorKey(mentionIndex, RECIPIENT), List.of()), rows.getString(4),
                        rows.getString(5), context == null || context.isEmpty() ? List.of()
                        : List.of(context.split(",")), rows.getString(7), rows.getDouble(8), rows.getInt(9),
                        rows.getString(10), rows.getString(11), rows.getString(12), rows.getInt(13),
                        rows.getInt(14), rows.getString(17), rows.getString(18));
                visitor.accept(new CitedMention(mention, mentionIndex, rows.getString(19), publications));
            }
        } catch (SQLException e) {
            throw failure("cannot read the event mentions", e);
        }
    }

    /** See {@link ArticleStore#find}; an article whose annotation is missing has no sentences. */
    Optional<AnnotatedArticle> find(String articleId) {
        return find(articleId, null);
    }

    /**
     * The stored article with only its sentences that have a token whose text or lemma {@code words} accepts (all
     * of them when it is null).
     */
    Optional<AnnotatedArticle> find(String articleId, Predicate<String> words) {
        try {
            PreparedStatement kept = words == null ? null : pinnedStatement(FIND_SENTENCES);
            if (kept != null) {
                return findSentences(kept, articleId, words);
            }
            try (Connection c = readers.get()) {
                return find(c, articleId, words);
            }
        } catch (SQLException e) {
            throw failure("cannot read article " + articleId, e);
        }
    }

    /**
     * Runs {@code work} with the calling thread's reads of articles and of their asserted event sentences on one
     * connection of its own from {@code source}, whose statements are prepared once and kept until {@code work}
     * ends. For a thread that reads hundreds of articles in a row: borrowing a connection from the pool (H2 rolls it
     * back when it is returned) and preparing a statement for every read was a quarter of the reading's CPU in a
     * query's timeline. The connection should not come from the pool, which it would hold for the whole run.
     */
    void pinned(Connections source, Runnable work) {
        Pinned own = new Pinned(source);
        pinned.set(own);
        try {
            work.run();
        } finally {
            pinned.remove();
            own.close();
        }
    }

    /** The calling thread's kept statement of {@code sql}, prepared on first use; null outside {@link #pinned}. */
    private PreparedStatement pinnedStatement(String sql) throws SQLException {
        Pinned own = pinned.get();
        if (own == null) {
            return null;
        }
        if (own.connection == null) {
            own.connection = own.source.get();
        }
        PreparedStatement statement = own.statements.get(sql);
        if (statement == null) {
            statement = own.connection.prepareStatement(sql);
            own.statements.put(sql, statement);
        }
        return statement;
    }

    /** A connection one thread keeps for a run of reads, and the statements prepared on it. */
    private static final class Pinned {
        private final Connections source;
        private final Map<String, PreparedStatement> statements = new HashMap<>();
        private Connection connection;

        Pinned(Connections source) {
            this.source = source;
        }

        /** Closes the statements and the connection; failures to close lose nothing and are ignored. */
        void close() {
            for (PreparedStatement statement : statements.values()) {
                try {
                    statement.close();
                } catch (SQLException ignored) {
                    // closing the connection below closes what is left
                }
            }
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // a database already closed with its store
                }
            }
        }
    }

    long count() {
        try (Connection c = readers.get();
             Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM article")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw failure("cannot count articles", e);
        }
    }

    List<ArticleSummary> list(int offset, int limit) {
        Validate.isTrue(offset >= 0, "offset must not be negative");
        Validate.isTrue(limit >= 0, "limit must not be negative");
        String sql = "SELECT a.id, a.title, a.first_published, f.outlet, f.url, "
                + "(SELECT COUNT(*) FROM publication p WHERE p.article_id = a.id), a.sentence_count "
                + "FROM article a" + FIRST_PUBLICATION + " ORDER BY a.first_published, a.id LIMIT ? OFFSET ?";
        try (Connection c = readers.get(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setInt(1, limit);
            query.setInt(2, offset);
            List<ArticleSummary> summaries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    summaries.add(new ArticleSummary(rows.getString(1), rows.getString(2),
                            rows.getObject(3, LocalDate.class), rows.getString(4), rows.getString(5),
                            rows.getInt(6), rows.getInt(7)));
                }
            }
            return summaries;
        } catch (SQLException e) {
            throw failure("cannot list articles", e);
        }
    }

    /**
     * Visits the stored articles earliest publication first, then by id, reading the ids in pages and each
     * article on its own, so that any number can be visited.
     *
     * @param match     an SQL condition on the article's columns with one parameter, or null for every article
     * @param parameter the value of the condition's parameter
     * @param words     keeps the sentences with a token whose text or lemma it accepts; null keeps all
     */
    void forEachStored(String match, String parameter, Predicate<String> words, Consumer<AnnotatedArticle> visitor) {
        String filter = match == null ? "" : "(" + match + ") AND ";
        String first = "SELECT id, first_published FROM article WHERE " + filter + "TRUE "
                + "ORDER BY first_published, id LIMIT ?";
        String next = "SELECT id, first_published FROM article WHERE " + filter + "(first_published > ? "
                + "OR (first_published = ? AND id > ?)) ORDER BY first_published, id LIMIT ?";
        LocalDate lastDate = null;
        String lastId = null;
        while (true) {
            List<String> page = new ArrayList<>(PAGE);
            try (Connection c = readers.get();
                 PreparedStatement query = c.prepareStatement(lastId == null ? first : next)) {
                int p = 1;
                if (match != null) {
                    query.setString(p++, parameter);
                }
                if (lastId != null) {
                    query.setObject(p++, lastDate);
                    query.setObject(p++, lastDate);
                    query.setString(p++, lastId);
                }
                query.setInt(p, PAGE);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        lastId = rows.getString(1);
                        lastDate = rows.getObject(2, LocalDate.class);
                        page.add(lastId);
                    }
                }
            } catch (SQLException e) {
                throw failure("cannot list articles", e);
            }
            for (String id : page) {
                find(id, words).ifPresent(visitor);
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private Optional<AnnotatedArticle> find(Connection c, String articleId, Predicate<String> words)
            throws SQLException {
        if (words != null) {
            return findSentences(c, articleId, words);
        }
        String text;
        byte[] data;
        int version;
        try (PreparedStatement query = c.prepareStatement("SELECT a.text, n.version, n.data FROM article a "
                + "LEFT JOIN annotation n ON n.article_id = a.id WHERE a.id = ?")) {
            query.setString(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                text = rows.getString(1);
                version = rows.getInt(2);
                data = rows.getBytes(3);
            }
        }
        return Optional.of(annotated(articleId, text, version, data,
                new ArrayList<>(publications(c, articleId).values()), words));
    }

    /**
     * The stored article with only its sentences that {@code words} selects, read in one query from its
     * publications and its annotation: the article row, whose text is most of its bytes, is not read. The text of
     * the article returned is that of the kept sentences, one per line (its title, or else its id, when none is
     * kept).
     */
    private Optional<AnnotatedArticle> findSentences(Connection c, String articleId, Predicate<String> words)
            throws SQLException {
        try (PreparedStatement query = c.prepareStatement(FIND_SENTENCES)) {
            return findSentences(query, articleId, words);
        }
    }

    private Optional<AnnotatedArticle> findSentences(PreparedStatement query, String articleId,
                                                     Predicate<String> words) throws SQLException {
        Map<String, Publication> publications = new LinkedHashMap<>();
        byte[] data = null;
        int version = 0;
        query.setString(1, articleId);
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                publications.put(rows.getString(1), publication(rows, 2));
                if (data == null) {
                    version = rows.getInt(7);
                    data = rows.getBytes(8);
                }
            }
        }
        if (publications.isEmpty()) {
            return Optional.empty();
        }
        List<Sentence> sentences = decoded(articleId, version, data, words);
        StringBuilder text = new StringBuilder();
        for (Sentence sentence : sentences) {
            text.append(text.length() == 0 ? "" : "\n").append(sentence.text());
        }
        if (text.toString().isBlank()) {
            text.setLength(0);
            text.append(publications.values().stream().map(Publication::title)
                    .filter(t -> t != null && !t.isBlank()).findFirst().orElse(articleId));
        }
        return Optional.of(new AnnotatedArticle(new Article(articleId, text.toString(),
                new ArrayList<>(publications.values())), sentences));
    }

    /** The article of a row, its annotation decoded; {@code data} is null when it has none. */
    private AnnotatedArticle annotated(String articleId, String text, int version, byte[] data,
                                       List<Publication> publications, Predicate<String> words) {
        if (publications.isEmpty()) {
            throw new StoreException("store " + name + ": article " + articleId + " has no publication");
        }
        return new AnnotatedArticle(new Article(articleId, text, publications),
                decoded(articleId, version, data, words));
    }

    private List<Sentence> decoded(String articleId, int version, byte[] data, Predicate<String> words) {
        try {
            return data == null ? List.of() : codec.decode(data, version, words);
        } catch (IOException e) {
            throw new StoreException("store " + name + ": the annotation of article " + articleId
                    + " is unreadable: " + e.getMessage(), e);
        }
    }

    private void insert(Article article, List<Sentence> sentences, List<EventMention> mentions)
            throws SQLException {
        int parts = article.publications().size() + sentences.size() + 1 + mentionRows(mentions);
        for (Sentence sentence : sentences) {
            parts += sentence.timexes().size();
        }
        try (PreparedStatement row = writer.prepareStatement("INSERT INTO article (id, text, title, "
                + "first_published, sentence_count, stored_at, parts) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            row.setString(1, article.id());
            row.setString(2, article.text());
            row.setString(3, article.title());
            row.setObject(4, article.published());
            row.setInt(5, sentences.size());
            row.setObject(6, OffsetDateTime.now());
            row.setInt(7, parts);
            row.executeUpdate();
        }
        insertPublications(article.id(), byKey(article.publications()), 0);
        try (PreparedStatement sentenceRow = writer.prepareStatement("INSERT INTO sentence "
                + "(article_id, idx, text, char_start, char_end, sentence_date, date_source) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement timexRow = writer.prepareStatement("INSERT INTO timex "
                     + "(article_id, sentence_idx, idx, text, type, \"value\", source_value, rule, char_start, "
                     + "char_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Sentence sentence : sentences) {
                sentenceRow.setString(1, article.id());
                sentenceRow.setInt(2, sentence.index());
                sentenceRow.setString(3, sentence.text());
                sentenceRow.setInt(4, sentence.charStart());
                sentenceRow.setInt(5, sentence.charEnd());
                sentenceRow.setString(6, sentence.date());
                sentenceRow.setString(7, sentence.dateSource() == null ? null : sentence.dateSource().name());
                sentenceRow.addBatch();
                for (int i = 0; i < sentence.timexes().size(); i++) {
                    Timex timex = sentence.timexes().get(i);
                    timexRow.setString(1, article.id());
                    timexRow.setInt(2, sentence.index());
                    timexRow.setInt(3, i);
                    timexRow.setString(4, timex.text());
                    timexRow.setString(5, timex.type());
                    timexRow.setString(6, timex.value());
                    timexRow.setString(7, timex.sourceValue());
                    timexRow.setString(8, timex.rule());
                    timexRow.setInt(9, timex.charStart());
                    timexRow.setInt(10, timex.charEnd());
                    timexRow.addBatch();
                }
            }
            sentenceRow.executeBatch();
            timexRow.executeBatch();
        }
        try (PreparedStatement row = writer.prepareStatement(
                "INSERT INTO annotation (article_id, version, data) VALUES (?, ?, ?)")) {
            row.setString(1, article.id());
            row.setInt(2, AnnotationCodec.VERSION);
            row.setBytes(3, codec.encode(sentences));
            row.executeUpdate();
        }
    }

    /** The rows {@link #insertMentions} writes for {@code mentions}: one per mention and one per actor. */
    private static int mentionRows(List<EventMention> mentions) {
        int rows = mentions.size();
        for (EventMention m : mentions) {
            rows += m.actors().size() + m.recipients().size();
        }
        return rows;
    }

    /** Adds {@code delta} to the parts of an article that counts them (see schema.sql). */
    private void addParts(String articleId, int delta) throws SQLException {
        try (PreparedStatement update = writer.prepareStatement(
                "UPDATE article SET parts = parts + ? WHERE id = ? AND parts IS NOT NULL")) {
            update.setInt(1, delta);
            update.setString(2, articleId);
            update.executeUpdate();
        }
    }

    private void insertMentions(String articleId, List<EventMention> mentions) throws SQLException {
        try (PreparedStatement row = writer.prepareStatement("INSERT INTO event_mention (article_id, mention_idx, "
                + "sentence_idx, event, mode, context, cameo, goldstein, quad_code, event_date, date_source, "
                + "verb_text, verb_start, verb_end, char_start, char_end, status, rule) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement actorRow = writer.prepareStatement("INSERT INTO event_actor (article_id, "
                     + "mention_idx, role, idx, code, sector, entity_text, char_start, char_end, resolved_by) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < mentions.size(); i++) {
                EventMention m = mentions.get(i);
                row.setString(1, articleId);
                row.setInt(2, i);
                row.setInt(3, m.sentenceIndex());
                row.setString(4, m.event());
                row.setString(5, m.mode());
                row.setString(6, String.join(",", m.context()));
                row.setString(7, m.cameo());
                row.setDouble(8, m.goldstein());
                row.setInt(9, m.quadCode());
                row.setString(10, m.date());
                row.setString(11, m.dateSource());
                row.setString(12, m.verbText());
                row.setInt(13, m.verbStart());
                row.setInt(14, m.verbEnd());
                row.setInt(15, m.charStart());
                row.setInt(16, m.charEnd());
                row.setString(17, m.status());
                row.setString(18, m.rule());
                row.addBatch();
                addActors(actorRow, articleId, i, ACTOR, m.actors());
                addActors(actorRow, articleId, i, RECIPIENT, m.recipients());
            }
            row.executeBatch();
            actorRow.executeBatch();
        }
    }

    private static void addActors(PreparedStatement row, String articleId, int mentionIndex, String role,
                                  List<Actor> actors) throws SQLException {
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            row.setString(1, articleId);
            row.setInt(2, mentionIndex);
            row.setString(3, role);
            row.setInt(4, i);
            row.setString(5, actor.code());
            row.setString(6, actor.sector());
            row.setString(7, actor.entityText());
            row.setInt(8, actor.charStart());
            row.setInt(9, actor.charEnd());
            row.setString(10, actor.resolvedBy());
            row.addBatch();
        }
    }

    /** The actors of an article's mentions by {@link #actorKey}, each list in stored order. */
    private static Map<String, List<Actor>> actors(Connection c, String articleId) throws SQLException {
        Map<String, List<Actor>> actors = new HashMap<>();
        try (PreparedStatement query = c.prepareStatement("SELECT mention_idx, role, code, sector, entity_text, "
                + "char_start, char_end, resolved_by FROM event_actor WHERE article_id = ? "
                + "ORDER BY mention_idx, role, idx")) {
            query.setString(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actors.computeIfAbsent(actorKey(rows.getInt(1), rows.getString(2)), k -> new ArrayList<>())
                            .add(new Actor(rows.getString(3), rows.getString(4), rows.getString(5), rows.getInt(6),
                                    rows.getInt(7), rows.getString(8)));
                }
            }
        }
        return actors;
    }

    private static String actorKey(int mentionIndex, String role) {
        return mentionIndex + ":" + role;
    }

    private static void checkMentionsOf(String articleId, List<EventMention> mentions) {
        for (EventMention mention : mentions) {
            Validate.isTrue(articleId.equals(mention.articleId()),
                    "a mention of article " + mention.articleId() + " given for article " + articleId);
        }
    }

    /**
     * Adds the publications not yet stored and updates the article's title and date from the merged list.
     *
     * @return the article with all its publications, or empty when every publication was known
     */
    private Optional<Article> mergePublications(String articleId, List<Publication> candidates) throws SQLException {
        Map<String, Publication> known = publications(writer, articleId);
        Map<String, Publication> added = byKey(candidates);
        added.keySet().removeAll(known.keySet());
        if (added.isEmpty()) {
            return Optional.empty();
        }
        int nextSeq = maxSeq(articleId) + 1;
        insertPublications(articleId, added, nextSeq);
        addParts(articleId, added.size());
        List<Publication> all = new ArrayList<>(known.values());
        all.addAll(added.values());
        Article merged = new Article(articleId, text(articleId), all);
        try (PreparedStatement update = writer.prepareStatement(
                "UPDATE article SET title = ?, first_published = ? WHERE id = ?")) {
            update.setString(1, merged.title());
            update.setObject(2, merged.published());
            update.setString(3, articleId);
            update.executeUpdate();
        }
        return Optional.of(merged);
    }

    private void insertPublications(String articleId, Map<String, Publication> publications, int firstSeq)
            throws SQLException {
        try (PreparedStatement row = writer.prepareStatement("INSERT INTO publication (article_id, pub_key, seq, "
                + "url, outlet, published, title, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = firstSeq;
            for (Map.Entry<String, Publication> entry : publications.entrySet()) {
                Publication publication = entry.getValue();
                row.setString(1, articleId);
                row.setString(2, entry.getKey());
                row.setInt(3, seq++);
                row.setString(4, publication.url());
                row.setString(5, publication.outlet());
                row.setObject(6, publication.published());
                row.setString(7, publication.title());
                row.setString(8, publication.origin());
                row.addBatch();
            }
            row.executeBatch();
        }
    }

    /** The stored publications of an article by key, in the order they were stored. */
    private static Map<String, Publication> publications(Connection c, String articleId) throws SQLException {
        Map<String, Publication> publications = new LinkedHashMap<>();
        try (PreparedStatement query = c.prepareStatement("SELECT pub_key, url, outlet, published, title, origin "
                + "FROM publication WHERE article_id = ? ORDER BY seq")) {
            query.setString(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    publications.put(rows.getString(1), publication(rows, 2));
                }
            }
        }
        return publications;
    }

    /** The publication whose url, outlet, date, title and origin are the columns from {@code first} on. */
    private static Publication publication(ResultSet rows, int first) throws SQLException {
        return new Publication(rows.getString(first), rows.getString(first + 1),
                rows.getObject(first + 2, LocalDate.class), rows.getString(first + 3), rows.getString(first + 4));
    }

    private int maxSeq(String articleId) throws SQLException {
        try (PreparedStatement query = writer.prepareStatement(
                "SELECT COALESCE(MAX(seq), -1) FROM publication WHERE article_id = ?")) {
            query.setString(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private String text(String articleId) throws SQLException {
        try (PreparedStatement query = writer.prepareStatement("SELECT text FROM article WHERE id = ?")) {
            query.setString(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static boolean exists(Connection c, String articleId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM article WHERE id = ?")) {
            query.setString(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Publications by key, first occurrence kept: the same publication read twice is one. */
    private static Map<String, Publication> byKey(List<Publication> publications) {
        Map<String, Publication> byKey = new LinkedHashMap<>();
        for (Publication publication : publications) {
            byKey.putIfAbsent(publicationKey(publication), publication);
        }
        return byKey;
    }

    /**
     * Identity of a publication: where, when and under which headline, not which file it was read from. A null
     * is hashed as a character no text contains, so it differs from every value, the empty one included.
     */
    private static String publicationKey(Publication publication) {
        String joined = String.join("\u001f", orNullMark(publication.url()), orNullMark(publication.outlet()),
                publication.published().toString(), orNullMark(publication.title()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String orNullMark(String value) {
        return Objects.requireNonNullElse(value, "\u0000");
    }

    /**
     * Whether a write failed since the store was opened: the database may then hold less than its transactions
     * wrote (H2 after a full disk), so the store is checked when next opened.
     */
    boolean writeFailed() {
        return writeFailed;
    }

    /** Records that a write failed (see {@link #writeFailed()}). */
    void markWriteFailed() {
        writeFailed = true;
    }

    private void rollback(Exception cause) {
        writeFailed = true;
        try {
            writer.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void lockArticle(String articleId) throws SQLException {
        lock(dialect.articleLock(), articleId);
    }

    private void lockStories() throws SQLException {
        lock(dialect.articleLock(), "story");
    }

    /** Takes a lock until the end of the transaction, when the dialect needs one for writers of other processes. */
    private void lock(String sql, String key) throws SQLException {
        if (sql == null) {
            return;
        }
        try (PreparedStatement lock = writer.prepareStatement(sql)) {
            lock.setString(1, key);
            lock.execute();
        }
    }

    StoreException failure(String what, Exception cause) {
        // Drivers wrap the operating system's reason (a full disk, a file size limit) in messages of their own.
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root != cause && root.getMessage() != null ? " (" + root.getMessage() + ")" : "";
        return new StoreException("store " + name + ": " + what + ": " + cause.getMessage() + reason, cause);
    }
}
