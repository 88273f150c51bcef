package org.storyline.code;

import java.util.List;
import org.storyline.ingest.Publication;
import org.storyline.util.Validate;

/**
 * An event mention as the store keeps it: with its place among the article's mentions, the sentence that reports
 * it and where the article was published. Immutable and thread-safe.
 *
 * @param mention      the coded mention
 * @param mentionIndex its position among the mentions of its article, in text order
 * @param sentence     the text of the sentence
 * @param publications the article's publications, earliest first; never empty
 */
public record CitedMention(EventMention mention, int mentionIndex, String sentence, List<Publication> publications) {
    public CitedMention {
        Validate.notNull(mention, "mention");
        Validate.notNull(sentence, "sentence");
        publications = List.copyOf(publications);
        Validate.isTrue(!publications.isEmpty(), "an article has at least one publication");
    }

    /** The earliest publication of the article. */
    public Publication firstPublication() {
        return publications.get(0);
    }
}
