package org.storyline.eval;

import java.util.List;
import org.storyline.util.Validate;

/**
 * One event of a gold record. Immutable and thread-safe.
 *
 * @param event      the PLOVER event type (older labels already renamed, e.g. {@code DEMAND} is {@code REQUEST})
 * @param mode       the PLOVER mode, or null
 * @param actors     the country (or organisation) of each actor, as {@link EventGold#country(String)} gives it
 * @param recipients the country of each recipient, possibly none
 * @param cameo      the CAMEO code the gold gave, or null for PLOVER gold
 */
public record GoldEvent(String event, String mode, List<String> actors, List<String> recipients, String cameo) {
    public GoldEvent {
        Validate.notBlank(event, "event");
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
    }
}
