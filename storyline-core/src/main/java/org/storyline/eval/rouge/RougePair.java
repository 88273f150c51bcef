package org.storyline.eval.rouge;

/**
 * ROUGE-1 and ROUGE-2 of one timeline-metric variant. Immutable and thread-safe.
 *
 * @param rouge1 unigram precision, recall and F1
 * @param rouge2 bigram precision, recall and F1
 */
public record RougePair(Prf rouge1, Prf rouge2) {
}
