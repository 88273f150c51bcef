package org.storyline.serve;

import java.util.List;
import org.storyline.code.Actor;
import org.storyline.code.Event;

/**
 * The filters of {@code storyline events}: actor and recipient code, PLOVER type, dates, and whether events that did
 * not happen are listed. Every filter tests a part of the merge key, so filtering merged events is the same as
 * merging filtered mentions. Immutable and thread-safe.
 *
 * @param actor     actor code, or null for any
 * @param recipient recipient code, or null for any
 * @param type      PLOVER type, or null for any
 * @param dates     the days the event may have happened on
 * @param all       whether negated and hypothetical events are listed too
 */
record EventFilter(String actor, String recipient, String type, DateRange dates, boolean all) {
    boolean matches(Event event) {
        return (all || event.asserted())
                && (actor == null || hasCode(event.actors(), actor))
                && (recipient == null || hasCode(event.recipients(), recipient))
                && (type == null || type.equals(event.event()))
                && dates.overlaps(event.date());
    }

    static boolean hasCode(List<Actor> actors, String code) {
        return actors.stream().anyMatch(a -> a.code().equalsIgnoreCase(code));
    }
}
