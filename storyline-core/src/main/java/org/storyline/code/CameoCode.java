package org.storyline.code;

import org.storyline.util.Validate;

/**
 * A CAMEO event code with its name and Goldstein score. Immutable and thread-safe.
 *
 * @param code      two to four digits, e.g. {@code 0214}
 * @param name      the codebook's name, e.g. {@code Appeal for intelligence}
 * @param goldstein the Goldstein conflict-cooperation score, -10 to +10
 */
public record CameoCode(String code, String name, double goldstein) {
    public CameoCode {
        Validate.isTrue(code != null && code.matches("\\d{2,4}"), "CAMEO code must be 2 to 4 digits: " + code);
        Validate.notBlank(name, "name");
    }

    /** The two-digit cue category the code belongs to, e.g. {@code 02} for {@code 0214}. */
    public String root() {
        return code.substring(0, 2);
    }
}
