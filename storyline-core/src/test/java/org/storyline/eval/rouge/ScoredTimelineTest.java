package org.storyline.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoredTimelineTest {
    private static final String SEPARATOR = "-".repeat(32);

    @TempDir
    Path folder;

    @Test
    void readsTheTilseTextFormat() throws IOException {
        Path file = folder.resolve("tl.txt");
        Files.writeString(file, String.join("\n",
                "2010-04-22", "The rig sinks . ", "Oil leaks .", SEPARATOR,
                "2010-04-20", "An explosion hits the rig .", SEPARATOR,
                "2010-04-22", "The rig sinks in the Gulf .", "", "2010-13-01", SEPARATOR,
                "2010-05-02", SEPARATOR, ""));

        ScoredTimeline timeline = ScoredTimeline.read(file);

        assertThat(timeline.dates()).isEqualTo(new TreeMap<>(Map.of(
                LocalDate.of(2010, 4, 20), List.of("An explosion hits the rig ."),
                LocalDate.of(2010, 4, 22), List.of("The rig sinks in the Gulf .", "2010-13-01"),
                LocalDate.of(2010, 5, 2), List.of())));
        assertThat(timeline.dates().firstKey()).isEqualTo(LocalDate.of(2010, 4, 20));
    }

    @Test
    void namesFileAndLineOfASentenceBeforeAnyDate() throws IOException {
        Path file = folder.resolve("bad.txt");
        Files.writeString(file, "\nNo date yet .\n2010-04-20\nAn explosion .\n");

        assertThatThrownBy(() -> ScoredTimeline.read(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file + ":2: sentence before the first date line");
    }

    @Test
    void copiesItsInput() {
        TreeMap<LocalDate, List<String>> dates = new TreeMap<>(Map.of(LocalDate.of(2010, 4, 20), List.of("A .")));
        ScoredTimeline timeline = new ScoredTimeline(dates);
        dates.clear();

        assertThat(timeline.dates()).containsOnlyKeys(LocalDate.of(2010, 4, 20));
        assertThatThrownBy(() -> timeline.dates().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
