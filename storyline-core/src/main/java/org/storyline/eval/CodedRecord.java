package org.storyline.eval;

import java.util.List;
import org.storyline.code.EventMention;

/**
 * A gold record with the event mentions a coder found in its text. Immutable and thread-safe.
 *
 * @param gold      the gold record
 * @param predicted the coder's mentions, in text order
 */
public record CodedRecord(GoldRecord gold, List<EventMention> predicted) {
    public CodedRecord {
        predicted = List.copyOf(predicted);
    }
}
