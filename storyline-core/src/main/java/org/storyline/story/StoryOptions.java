package org.storyline.story;

import org.storyline.util.Validate;

/**
 * The thresholds of story clustering. Immutable and thread-safe.
 *
 * @param windowDays    a story takes no article dated more than this many days after its last one, and is then
 *                      dropped from memory
 * @param halfLifeDays  the similarity to a story halves for every this many days between the article and the
 *                      story's last article
 * @param joinThreshold least similarity to join a story; below it the article founds one
 * @param mergeThreshold least similarity to two stories at once for them to be merged
 * @param textWeight    weight of TF-IDF cosine to the story's centroid
 * @param entityWeight  weight of the cosine of named entities
 * @param actorWeight   weight of the cosine of event actor codes
 */
public record StoryOptions(int windowDays, double halfLifeDays, double joinThreshold, double mergeThreshold,
                           double textWeight, double entityWeight, double actorWeight) {
    public StoryOptions {
        Validate.isTrue(windowDays >= 0, "windowDays must not be negative");
        Validate.isTrue(halfLifeDays > 0, "halfLifeDays must be positive");
        Validate.isTrue(joinThreshold > 0 && joinThreshold <= 1, "joinThreshold must be in (0, 1]");
        Validate.isTrue(mergeThreshold >= joinThreshold, "mergeThreshold must not be below joinThreshold");
        Validate.isTrue(textWeight > 0 && entityWeight >= 0 && actorWeight >= 0, "weights must be positive");
    }

    /**
     * News defaults: a story lives a month past its last article and halves its pull every week. The join
     * threshold is strict because {@link StoryClusterer#settle} gathers afterwards the articles a strict online
     * pass leaves apart.
     */
    public static StoryOptions defaults() {
        return new StoryOptions(30, 7, 0.33, 0.5, 0.6, 0.3, 0.1);
    }
}
