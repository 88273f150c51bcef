package org.storyline.eval;

import java.util.List;
import org.storyline.ingest.Skip;

/**
 * The gold records of a file, and the records that could not be read. Immutable and thread-safe.
 *
 * @param format  {@link #PLOVER} or {@link #PETRARCH}
 * @param records the records read, in file order
 * @param skipped the records (or the whole file) left out, each with where and why
 */
public record GoldSet(String format, List<GoldRecord> records, List<Skip> skipped) {
    /** The format of PLOVER gold records, JSON lines. */
    public static final String PLOVER = "plover-jsonl";
    /** The format of PETRARCH-2 validation XML (CAMEO codes). */
    public static final String PETRARCH = "petrarch-xml";

    public GoldSet {
        records = List.copyOf(records);
        skipped = List.copyOf(skipped);
    }

    /** Whether the gold is dyadic, one actor and one recipient per event, as CAMEO (PETRARCH-2) codes it. */
    public boolean dyadic() {
        return PETRARCH.equals(format);
    }
}
