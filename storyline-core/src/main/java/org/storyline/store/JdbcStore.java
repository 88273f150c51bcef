package org.storyline.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.code.CitedMention;
import org.storyline.code.EventMention;
import org.storyline.story.Assignment;
import org.storyline.story.NearDuplicate;
import org.storyline.story.Story;

/**
 * What the embedded and the PostgreSQL store share: every read and write of records goes to {@link JdbcRecords}
 * once the store is checked to be open. Subclasses add what differs: opening, full-text search, the hook run after
 * an article is written, commit and close. Thread-safe as {@link JdbcRecords} is.
 */
abstract class JdbcStore implements Store {
    /** The records, in the subclass's database. */
    final JdbcRecords records;
    /** Set once by {@code close()}; every method then refuses. */
    volatile boolean closed;
    private final String name;

    /** @param name the store's directory or database, for messages */
    JdbcStore(String name, JdbcRecords records) {
        this.name = name;
        this.records = records;
    }
    @Override
    public boolean contains(String articleId) {
        checkOpen();
        return records.contains(articleId);
    }

    /**
     * {@inheritDoc}
     *
     * @throws StoreException if no article {@code articleId} is stored, or a mention names a sentence it does not
     *                        have (nothing is changed then)
     */
    @Override
    public void replaceEventMentions(String articleId, List<EventMention> mentions) {
        checkOpen();
        records.replaceEventMentions(articleId, mentions);
    }

    @Override
    public int upgradeAnnotations() {
        checkOpen();
        return records.upgradeAnnotations();
    }

    /**
     * {@inheritDoc} An article whose annotation is missing (written by other means than this class) has no
     * sentences.
     */
    @Override
    public Optional<AnnotatedArticle> find(String articleId) {
        checkOpen();
        return records.find(articleId);
    }

    @Override
    public long count() {
        checkOpen();
        return records.count();
    }

    @Override
    public List<ArticleSummary> list(int offset, int limit) {
        checkOpen();
        return records.list(offset, limit);
    }

    @Override
    public Set<Integer> assertedEventSentences(String articleId) {
        checkOpen();
        return records.assertedEventSentences(articleId);
    }

    @Override
    public long countEventMentions() {
        checkOpen();
        return records.countEventMentions();
    }

    /**
     * {@inheritDoc} Mentions are read as a stream, with the actors and publications of one article at a time, so
     * any number can be visited.
     */
    @Override
    public void forEachEventMention(Consumer<CitedMention> visitor) {
        checkOpen();
        records.forEachEventMention(visitor);
    }

    /**
     * {@inheritDoc}
     *
     * @throws StoreException if the records cannot be written (nothing is recorded then)
     */
    @Override
    public void recordStories(List<Assignment> assignments) {
        checkOpen();
        records.recordStories(assignments);
    }

    @Override
    public List<String> articlesWithoutStory() {
        checkOpen();
        return records.articlesWithoutStory();
    }

    @Override
    public Optional<LocalDate> lastStoryDate() {
        checkOpen();
        return records.lastStoryDate();
    }

    @Override
    public List<StoryMember> storyMembersSince(LocalDate from) {
        checkOpen();
        return records.storyMembersSince(from);
    }

    @Override
    public List<Story> stories() {
        checkOpen();
        return records.stories();
    }

    @Override
    public Optional<Story> story(String id) {
        checkOpen();
        return records.story(id);
    }

    @Override
    public List<String> articlesOf(String storyId) {
        checkOpen();
        return records.articlesOf(storyId);
    }

    @Override
    public Map<String, String> storiesOf(Collection<String> articleIds) {
        checkOpen();
        return records.storiesOf(articleIds);
    }

    @Override
    public List<NearDuplicate> nearDuplicatesOf(Collection<String> articleIds) {
        checkOpen();
        return records.nearDuplicatesOf(articleIds);
    }

    @Override
    public Map<String, String> nearDuplicateOriginals() {
        checkOpen();
        return records.nearDuplicateOriginals();
    }

    @Override
    public List<String> actorCodes(String articleId) {
        checkOpen();
        return records.actorCodes(articleId);
    }

    @Override
    public void clearStories() {
        checkOpen();
        records.clearStories();
    }

    /** @throws IllegalStateException once the store is closed */
    final void checkOpen() {
        if (closed) {
            throw new IllegalStateException("store " + name + " is closed");
        }
    }
}
