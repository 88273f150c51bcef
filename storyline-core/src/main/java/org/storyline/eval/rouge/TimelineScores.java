package org.storyline.eval.rouge;

/**
 * All figures for one predicted timeline against its references (see {@link TimelineRouge}). Immutable and
 * thread-safe.
 *
 * @param concat    ROUGE of all predicted sentences against all sentences of each reference
 * @param agreement ROUGE of the sentences of each date against the references' sentences of the same date
 * @param alignM1   ROUGE after mapping each date to its closest date on the other side by date and content
 *                  (tilse's align+ m:1), matches discounted by distance in days
 * @param dates     precision, recall and F1 of the predicted dates against the union of the reference dates
 */
public record TimelineScores(RougePair concat, RougePair agreement, RougePair alignM1, Prf dates) {
}
