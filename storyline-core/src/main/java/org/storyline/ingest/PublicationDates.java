package org.storyline.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing and checking publication dates. A date-time keeps the calendar date it was written with, in its own
 * offset, so an article published in the evening in Washington is not moved to the next day. Stateless and
 * thread-safe.
 */
final class PublicationDates {
    /** The oldest year accepted: older values are typos or placeholders, not news. */
    static final int MIN_YEAR = 1900;

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private PublicationDates() {
    }

    /**
     * The date of an ISO date ({@code 2022-02-01}) or date-time ({@code 2022-02-01T16:27:04-05:00}, also with a
     * space, fractions, {@code Z} or no offset), or of an RFC 1123 date-time as used in HTTP and RSS.
     */
    static LocalDate parse(String value) throws InputException {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InputException("no publication date");
        }
        Matcher iso = ISO.matcher(text);
        try {
            if (iso.matches()) {
                if (iso.group(2) != null) {
                    DateTimeFormatter.ISO_LOCAL_TIME.parse(iso.group(2).replace(',', '.'));
                }
                return check(LocalDate.parse(iso.group(1), STRICT_DATE), text);
            }
            return check(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text, LocalDate::from), text);
        } catch (DateTimeException e) {
            throw new InputException("invalid date \"" + text + "\"");
        }
    }

    /** The calendar date in UTC of an instant that carries no offset of its own (WARC and feed dates). */
    static LocalDate ofInstant(Instant instant) throws InputException {
        LocalDate date = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        return check(date, date.toString());
    }

    /** Refuses dates before {@value #MIN_YEAR} or more than a year ahead of today. */
    static LocalDate check(LocalDate date, String written) throws InputException {
        LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusYears(1);
        if (date.getYear() < MIN_YEAR || date.isAfter(latest)) {
            throw new InputException("date out of range \"" + written + "\"");
        }
        return date;
    }
}
