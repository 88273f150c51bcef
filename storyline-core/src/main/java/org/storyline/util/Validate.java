package org.storyline.util;

import java.util.Collection;

/**
 * Argument checks at API boundaries. Each method throws {@link IllegalArgumentException} with the given message.
 * Stateless and safe to use from any thread.
 */
public final class Validate {
    private Validate() {
    }

    /** Throws if {@code value} is null; returns it otherwise. */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /** Throws if {@code value} is null or blank; returns it otherwise. */
    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** Throws if {@code values} is null or empty. */
    public static <C extends Collection<?>> C notEmpty(C values, String name) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return values;
    }

    /** Throws with {@code message} unless {@code condition} holds. */
    public static void isTrue(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
