package org.storyline.code;

import org.storyline.util.Validate;

/**
 * A PLOVER event type with its quad class and its conflict-cooperation score. Immutable and thread-safe.
 *
 * @param name       the type, e.g. {@code CONSULT}
 * @param quadCode   1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param eventScale the PLOVER score of the type without a mode, -10 to +10
 */
public record PloverType(String name, int quadCode, double eventScale) {
    public PloverType {
        Validate.notBlank(name, "name");
        Validate.isTrue(quadCode >= 1 && quadCode <= 4, "quad code must be 1 to 4: " + quadCode);
    }
}
