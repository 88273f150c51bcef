package org.storyline.story;

/**
 * A link from an article to an earlier one it copies: a republication, possibly with another headline, trimmed or
 * added paragraphs, a byline or boilerplate, or a few edited words. Immutable and thread-safe.
 *
 * @param articleId   the later article
 * @param originalId  the earliest article of its near-duplicate group
 * @param containment share of the smaller text's shingles found in the other (0..1)
 * @param jaccard     shared shingles over all shingles of both (0..1)
 */
public record NearDuplicate(String articleId, String originalId, double containment, double jaccard) {
}
