package org.storyline.serve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The query parameters of one request, read with the checks the API promises: every malformed or out-of-range value
 * is an {@link ApiException} naming the parameter. Immutable and thread-safe; one per request.
 */
final class Params {
    /** Longest text parameter accepted (a search query, say). */
    static final int MAX_TEXT = 500;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{2,12}");

    private final Map<String, List<String>> values;

    Params(Map<String, List<String>> values) {
        this.values = Map.copyOf(values);
    }

    /** The value of a parameter, stripped, or null when it is absent or blank. */
    String text(String name) {
        List<String> given = values.get(name);
        if (given == null || given.isEmpty()) {
            return null;
        }
        String value = given.get(0).strip();
        if (value.length() > MAX_TEXT) {
            throw ApiException.badParameter(name, name + " is longer than " + MAX_TEXT + " characters");
        }
        return value.isEmpty() ? null : value;
    }

    /** A date YYYY-MM-DD, or null when absent. */
    LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, name + " must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }

    /** The {@code from} and {@code to} dates, checked to be in order. */
    DateRange range() {
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badParameter("from", "from " + from + " is after to " + to);
        }
        return new DateRange(from, to);
    }

    /** An integer in [min, max], {@code fallback} when absent. */
    int integer(String name, int fallback, int min, int max) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below with the range, as an out-of-range number is.
        }
        throw ApiException.badParameter(name, name + " must be an integer from " + min + " to " + max
                + ", not '" + value + "'");
    }

    /** A boolean {@code true}/{@code false}, {@code fallback} when absent. */
    boolean bool(String name, boolean fallback) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badParameter(name, name + " must be true or false, not '" + value + "'");
        };
    }

    /** One of {@code allowed} (case-insensitive, returned lower-case), {@code fallback} when absent. */
    String choice(String name, String fallback, List<String> allowed) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            throw ApiException.badParameter(name, name + " must be one of " + String.join(", ", allowed)
                    + ", not '" + value + "'");
        }
        return lower;
    }

    /** An actor code (letters and digits, 2 to 12), upper-cased, or null when absent. */
    String code(String name) {
        return checkCode(name, text(name));
    }

    /** Checks a code given in the path or the query; null stays null. */
    static String checkCode(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!CODE.matcher(value).matches()) {
            throw ApiException.badParameter(name, name + " must be an actor code of 2 to 12 letters or digits "
                    + "(e.g. USA), not '" + value + "'");
        }
        return value.toUpperCase(Locale.ROOT);
    }
}
