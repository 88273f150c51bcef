package org.storyline.eval;

import java.util.List;

/**
 * The result of a temporal-expression evaluation. Immutable and thread-safe.
 *
 * @param scores the counts and scores over all documents
 * @param errors the missed, spurious and wrong expressions, by document in corpus order
 */
public record TimexEvaluation(TimexScores scores, List<TimexError> errors) {
    public TimexEvaluation {
        errors = List.copyOf(errors);
    }
}
