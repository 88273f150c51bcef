package org.storyline.eval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of an evaluation. Immutable and thread-safe.
 *
 * @param records            gold records scored
 * @param unscored           gold records left out because none of their codings has a PLOVER type
 * @param unmappedGoldEvents gold codings without a PLOVER type (CAMEO public statements), not scored
 * @param overall            counts and scores over all records
 * @param byType             counts and scores per PLOVER event type, by name; a type appears when the gold or the
 *                           coder has it, in name order
 * @param errors             the records the coder got wrong, in gold order
 */
public record EventScores(int records, int unscored, int unmappedGoldEvents, Score overall,
                          Map<String, Score> byType, List<RecordError> errors) {
    public EventScores {
        byType = Collections.unmodifiableSortedMap(new TreeMap<>(Map.copyOf(byType)));
        errors = List.copyOf(errors);
    }
}
