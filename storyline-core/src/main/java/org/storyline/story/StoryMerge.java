package org.storyline.story;

import java.time.LocalDate;

/**
 * Two stories found to be one: {@code storyId} was folded into {@code intoStoryId} when {@code articleId} matched
 * both. The merged id stays valid and leads to the story it was folded into. Immutable and thread-safe.
 *
 * @param storyId     the story merged away (the later founded)
 * @param intoStoryId the story that goes on
 * @param articleId   the article that joined them
 * @param date        that article's date
 */
public record StoryMerge(String storyId, String intoStoryId, String articleId, LocalDate date) {
}
