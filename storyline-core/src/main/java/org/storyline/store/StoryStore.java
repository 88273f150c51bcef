package org.storyline.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storyline.story.Assignment;
import org.storyline.story.NearDuplicate;
import org.storyline.story.Story;

/**
 * Where stories and near-duplicate links are kept, next to the articles. Story ids are those of the founding
 * articles; a merged story keeps its row with {@code merged_into} set, so its id still leads somewhere.
 * Implementations are safe to share between threads.
 */
public interface StoryStore {
    /**
     * Records where newly clustered articles went, in the order they were clustered, as one change: each
     * article's story, its near-duplicate link, the story's new summary and the merges it caused.
     */
    void recordStories(List<Assignment> assignments);

    /** Ids of the stored articles not yet in a story, earliest publication first, then by id. */
    List<String> articlesWithoutStory();

    /** Latest date of any story, or empty when there is none. */
    Optional<LocalDate> lastStoryDate();

    /** The articles of the stories that last until {@code from} or later, in the order they were clustered. */
    List<StoryMember> storyMembersSince(LocalDate from);

    /** Stories that were not merged away, latest last date first, then most articles, then by id. */
    List<Story> stories();

    /** The story with this id, or the one it was merged into. */
    Optional<Story> story(String id);

    /** Ids of the articles of a story (after merges), in the order they were clustered. */
    List<String> articlesOf(String storyId);

    /** The story of each of these articles that has one. */
    Map<String, String> storiesOf(Collection<String> articleIds);

    /** Near-duplicate links of these articles, as originals or copies. */
    List<NearDuplicate> nearDuplicatesOf(Collection<String> articleIds);

    /** Every near-duplicate link: each copy's id and the id of the original of its group. */
    Map<String, String> nearDuplicateOriginals();

    /** Codes of the actors and recipients of an article's event mentions, in text order. */
    List<String> actorCodes(String articleId);

    /** Forgets every story, merge and near-duplicate link, so that they can be computed again from scratch. */
    void clearStories();
}
