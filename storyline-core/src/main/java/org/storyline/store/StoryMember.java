package org.storyline.store;

/**
 * An article and the story it was placed in. Immutable and thread-safe.
 *
 * @param articleId the article
 * @param storyId   its story (after merges)
 */
public record StoryMember(String articleId, String storyId) {
}
