/**
 * Near-duplicate articles and stories. {@link org.storyline.story.NearDuplicateIndex} finds republished and
 * lightly edited copies with MinHash signatures banded for locality-sensitive hashing, verified exactly on word
 * shingles; {@link org.storyline.story.StoryClusterer} groups articles online, in publication order, into stories
 * with stable ids.
 */
package org.storyline.story;
