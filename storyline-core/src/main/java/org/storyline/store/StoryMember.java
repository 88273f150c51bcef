package org.storyline.store;

/**
 * An article and the story it was placed in.
 *
 * @param articleId the article
 * @param storyId   its story (after merges)
 */
public record StoryMember(String articleId, String storyId) {
}
