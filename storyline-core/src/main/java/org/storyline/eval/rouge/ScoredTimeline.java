package org.storyline.eval.rouge;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timeline to score: each date with its sentences as plain text. A date may have no sentences; it still counts
 * as a date of the timeline. Immutable and thread-safe.
 *
 * @param dates the dates in ascending order, each with its sentences in order
 */
public record ScoredTimeline(SortedMap<LocalDate, List<String>> dates) {
    private static final String SEPARATOR = "-".repeat(32);
    private static final Pattern DATE_LINE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    /** Copies the map and its lists; neither may hold nulls. */
    public ScoredTimeline {
        TreeMap<LocalDate, List<String>> copy = new TreeMap<>();
        dates.forEach((date, sentences) -> copy.put(date, List.copyOf(sentences)));
        dates = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Reads a timeline in the text format of tilse and the TLS corpora: a {@code YYYY-MM-DD} line starts a date,
     * each following line is one sentence, a line of 32 {@code -} ends the entry. As tilse reads it, a date given
     * twice keeps its last entry, any other line belongs to the date above it, and blank lines are ignored.
     *
     * @throws IOException when the file cannot be read, or a sentence comes before the first date (the message
     *                     names the file and line)
     */
    public static ScoredTimeline read(Path file) throws IOException {
        SortedMap<LocalDate, List<String>> dates = new TreeMap<>();
        List<String> current = null;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.equals(SEPARATOR)) {
                    continue;
                }
                Optional<LocalDate> date = parseDate(text);
                if (date.isPresent()) {
                    current = new ArrayList<>();
                    dates.put(date.get(), current);
                } else if (current == null) {
                    throw new IOException(file + ":" + number + ": sentence before the first date line");
                } else {
                    current.add(text);
                }
            }
        }
        return new ScoredTimeline(dates);
    }

    private static Optional<LocalDate> parseDate(String text) {
        Matcher m = DATE_LINE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
