package org.storyline.code;

import java.util.List;
import org.storyline.util.Validate;

/**
 * What a CAMEO code is in PLOVER: an event type, a mode and contexts. Immutable and thread-safe.
 *
 * @param cameo     the CAMEO code of the table row that gave the mapping (the asked code or the nearest parent)
 * @param event     the PLOVER event type, e.g. {@code REQUEST}
 * @param mode      the PLOVER mode, e.g. {@code phone}, or null when the row has none
 * @param context   the PLOVER contexts, possibly empty
 * @param extension true when the row is one of ours rather than the PLOVER project's table (CAMEO 02 and 016,
 *                  which PLOVER drops)
 */
public record PloverMapping(String cameo, String event, String mode, List<String> context, boolean extension) {
    public PloverMapping {
        Validate.notBlank(cameo, "cameo");
        Validate.notBlank(event, "event");
        context = List.copyOf(context);
    }
}
