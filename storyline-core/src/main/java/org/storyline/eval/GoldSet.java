package org.storyline.eval;

import java.util.List;
import org.storyline.ingest.Skip;

/**
 * The gold records of a file, and the records that could not be read. Immutable and thread-safe.
 *
 * @param format  {@code plover-jsonl} or {@code petrarch-xml}
 * @param records the records read, in file order
 * @param skipped the records (or the whole file) left out, each with where and why
 */
public record GoldSet(String format, List<GoldRecord> records, List<Skip> skipped) {
    public GoldSet {
        records = List.copyOf(records);
        skipped = List.copyOf(skipped);
    }
}
