package org.storyline.eval.tls;

import java.io.IOException;
import java.math.RoundingMode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.storyline.ingest.Skip;

/**
 * A reference timeline written by a journalist: its sentences under each date, as tokenised in the file. Immutable
 * and thread-safe.
 *
 * @param name  how reports name it: {@code <Topic_source>/<file>}
 * @param dates the sentences of each date, earliest date first (at least one date)
 */
public record ReferenceTimeline(String name, SortedMap<LocalDate, List<String>> dates) {
    private static final Pattern DATE_LINE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String END_OF_DATE = "-".repeat(32);

    public ReferenceTimeline {
        TreeMap<LocalDate, List<String>> copy = new TreeMap<>();
        dates.forEach((date, sentences) -> copy.put(date, List.copyOf(sentences)));
        dates = Collections.unmodifiableSortedMap(copy);
    }

    /** The first date. */
    public LocalDate first() {
        return dates.firstKey();
    }

    /** The last date. */
    public LocalDate last() {
        return dates.lastKey();
    }

    /**
     * The mean number of sentences per date, rounded half to even as news-tls does with Python's {@code round}
     * (1.5 and 2.5 both give 2).
     */
    public int sentencesPerDate() {
        int sentences = dates.values().stream().mapToInt(List::size).sum();
        int rounded = new BigDecimal(sentences).divide(new BigDecimal(dates.size()), 0, RoundingMode.HALF_EVEN)
                .intValueExact();
        return Math.max(1, rounded);
    }

    /**
     * Reads a timeline in the tilse text format: a {@code YYYY-MM-DD} line opens a date, the lines after it are its
     * sentences, a line of 32 {@code -} closes it. As tilse does, a line that is not a valid date (a malformed date
     * line) is a sentence of the date open. Blank lines are ignored; a sentence outside any date is skipped, named
     * with its line.
     *
     * @return the timeline, or null when the file has no date (reported as a skip)
     */
    public static ReferenceTimeline read(Path file, String name, Consumer<Skip> skips) throws IOException {
        Map<LocalDate, List<String>> dates = new TreeMap<>();
        LocalDate open = null;
        int lineNumber = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals(END_OF_DATE)) {
                open = null;
            } else if (DATE_LINE.matcher(line).matches() && parses(line)) {
                open = LocalDate.parse(line);
                dates.computeIfAbsent(open, d -> new ArrayList<>());
            } else if (open == null) {
                skips.accept(new Skip(file + ":" + lineNumber, "sentence outside a date"));
            } else {
                dates.get(open).add(line);
            }
        }
        dates.values().removeIf(List::isEmpty);
        if (dates.isEmpty()) {
            skips.accept(new Skip(file.toString(), "no dated sentence in the timeline"));
            return null;
        }
        return new ReferenceTimeline(name, new TreeMap<>(dates));
    }

    private static boolean parses(String line) {
        try {
            LocalDate.parse(line);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
