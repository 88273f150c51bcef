package org.storyline.eval;

import java.util.List;
import org.storyline.code.EventMention;

/**
 * A gold record the coder got wrong: a gold event type it missed, or triples that differ. Immutable and
 * thread-safe.
 *
 * @param gold          the gold record
 * @param goldTriples   the gold's triples
 * @param predicted     the coder's mentions
 * @param predictedTriples the triples of its asserted mentions
 */
public record RecordError(GoldRecord gold, List<Triple> goldTriples, List<EventMention> predicted,
                          List<Triple> predictedTriples) {
    public RecordError {
        goldTriples = List.copyOf(goldTriples);
        predicted = List.copyOf(predicted);
        predictedTriples = List.copyOf(predictedTriples);
    }
}
