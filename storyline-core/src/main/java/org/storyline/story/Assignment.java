package org.storyline.story;

import java.util.List;

/**
 * Where an article went: the story it joined or founded, why, and what that changed. Immutable and
 * thread-safe.
 *
 * @param articleId     the article
 * @param story         the story after the article joined it
 * @param score         similarity to the story it joined (1 for a near-duplicate, 0 for a new story)
 * @param nearDuplicate the article it copies, or null
 * @param merges        stories folded into {@code story} because the article matched them too
 */
public record Assignment(String articleId, Story story, double score, NearDuplicate nearDuplicate,
                         List<StoryMerge> merges) {
    public Assignment {
        merges = List.copyOf(merges);
    }

    /** Whether the article founded its story. */
    public boolean founded() {
        return story.id().equals(articleId);
    }
}
