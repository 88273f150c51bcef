package org.storyline.pipeline;

import java.time.Duration;

/**
 * What a story update did. Immutable and thread-safe.
 *
 * @param articles       articles placed in stories
 * @param restored       articles of live stories read back first
 * @param founded        new stories
 * @param nearDuplicates articles found to copy an earlier one
 * @param merges         stories merged into others
 * @param elapsed        wall-clock time
 */
public record StoryReport(int articles, int restored, int founded, int nearDuplicates, int merges,
                          Duration elapsed) {
    /** A report of nothing done. */
    public static StoryReport none() {
        return new StoryReport(0, 0, 0, 0, 0, Duration.ZERO);
    }
}
