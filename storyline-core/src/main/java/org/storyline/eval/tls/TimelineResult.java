package org.storyline.eval.tls;

import org.storyline.eval.rouge.TimelineScores;

/**
 * A run and its scores against its reference timeline. Immutable and thread-safe.
 *
 * @param run    the summarizer's run
 * @param scores concat, agreement and align+ m:1 ROUGE and Date-F1 against the reference
 */
public record TimelineResult(TimelineRun run, TimelineScores scores) {
}
