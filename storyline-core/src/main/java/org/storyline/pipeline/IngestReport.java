package org.storyline.pipeline;

import java.time.Duration;
import java.util.List;
import org.storyline.ingest.Skip;

/**
 * What an ingest did.
 *
 * @param files             files read
 * @param stored            new articles stored with their annotations
 * @param publicationsAdded new publications of texts already stored
 * @param alreadyPresent    inputs whose text and publication were stored already
 * @param sentences         sentences annotated
 * @param eventMentions     event mentions coded in the new articles, of every status
 * @param stories           what placing the new articles in stories did
 * @param skipped           inputs not stored, with the reason
 * @param elapsed           wall-clock time
 */
public record IngestReport(int files, int stored, int publicationsAdded, int alreadyPresent, int sentences,
                           int eventMentions, StoryReport stories, List<Skip> skipped, Duration elapsed) {
    public IngestReport {
        skipped = List.copyOf(skipped);
    }

    /** Articles per second over the whole run (stored ones only). */
    public double articlesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? stored / seconds : 0;
    }
}
