package org.storyline.eval;

import java.time.LocalDate;
import java.util.List;
import org.storyline.util.Validate;

/**
 * A gold sentence and the events coded in it. Immutable and thread-safe.
 *
 * @param id       the gold's identifier of the record
 * @param origin   {@code file:line} where the record starts
 * @param date     the date the gold gives the text
 * @param text     the sentence
 * @param events   its events with a PLOVER type; none for a sentence coded as reporting no event
 * @param unmapped how many of its gold codings have no PLOVER type (CAMEO public statements), left out of
 *                 {@code events}
 */
public record GoldRecord(String id, String origin, LocalDate date, String text, List<GoldEvent> events,
                         int unmapped) {
    public GoldRecord {
        Validate.notBlank(id, "id");
        Validate.notBlank(origin, "origin");
        Validate.notNull(date, "date");
        Validate.notBlank(text, "text");
        events = List.copyOf(events);
    }

    /**
     * Whether the record can be scored: it has events, or it says the sentence reports none. A record whose codings
     * all lack a PLOVER type cannot: whatever a coder finds in it, the gold does not say.
     */
    public boolean scorable() {
        return !events.isEmpty() || unmapped == 0;
    }
}
