package org.storyline.pipeline;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.store.ArticleStore;
import org.storyline.store.StoreException;
import org.storyline.store.StoryMember;
import org.storyline.store.StoryStore;
import org.storyline.story.Assignment;
import org.storyline.story.StoryArticle;
import org.storyline.story.StoryClusterer;
import org.storyline.story.StoryOptions;
import org.storyline.util.Validate;

/**
 * Places the stored articles that have no story yet. The stories still live at the latest story date (within the
 * window) are first rebuilt by replaying their articles in the order they were clustered; then the new articles
 * are clustered in publication order, ties by article id, settled ({@link StoryClusterer#settle}) and recorded in
 * batches of {@value #BATCH}. Articles already recorded in a story never move, so no story id changes; run
 * {@link StoryStore#clearStories()} first to compute every story again from scratch. Features are the stored
 * annotation's named entities and event actors and the text.
 *
 * <p>One instance runs one update at a time; not meant to be shared between threads.
 */
public final class StoryUpdate {
    /** Articles clustered, then settled and recorded together. */
    public static final int BATCH = 500;

    private final ArticleStore articles;
    private final StoryStore stories;
    private final StoryOptions options;

    public StoryUpdate(ArticleStore articles, StoryStore stories, StoryOptions options) {
        this.articles = Validate.notNull(articles, "articles");
        this.stories = Validate.notNull(stories, "stories");
        this.options = Validate.notNull(options, "options");
    }

    /** Places every article without a story and reports what happened. */
    public StoryReport run() {
        long start = System.nanoTime();
        List<String> todo = stories.articlesWithoutStory();
        if (todo.isEmpty()) {
            return StoryReport.none();
        }
        StoryClusterer clusterer = new StoryClusterer(options);
        int restored = 0;
        Optional<LocalDate> last = stories.lastStoryDate();
        if (last.isPresent()) {
            for (StoryMember member : stories.storyMembersSince(last.get().minusDays(options.windowDays()))) {
                clusterer.restore(features(member.articleId()), member.storyId());
                restored++;
            }
        }
        int founded = 0;
        int nearDuplicates = 0;
        int merges = 0;
        for (int from = 0; from < todo.size(); from += BATCH) {
            for (String id : todo.subList(from, Math.min(todo.size(), from + BATCH))) {
                clusterer.add(features(id));
            }
            List<Assignment> batch = clusterer.settle();
            for (Assignment assignment : batch) {
                founded += assignment.founded() ? 1 : 0;
                nearDuplicates += assignment.nearDuplicate() != null ? 1 : 0;
                merges += assignment.merges().size();
            }
            stories.recordStories(batch);
        }
        return new StoryReport(todo.size(), restored, founded, nearDuplicates, merges,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private StoryArticle features(String articleId) {
        AnnotatedArticle annotated = articles.find(articleId)
                .orElseThrow(() -> new StoreException("article " + articleId + " vanished from the store"));
        return StoryArticle.of(annotated, stories.actorCodes(articleId));
    }
}
