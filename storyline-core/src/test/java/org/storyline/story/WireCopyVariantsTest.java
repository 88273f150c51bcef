package org.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Near-duplicate precision and recall on generated wire copies of the five example articles. The five report the
 * same call, so each copy must be told from four texts about the same event, not only from unrelated news.
 */
class WireCopyVariantsTest {
    private static final Path EXAMPLES = Path.of("../examples");
    private static final int VARIANTS_PER_ARTICLE = 40;
    private static final LocalDate DAY = LocalDate.of(2022, 2, 1);

    @Test
    void copiesOfEveryEditTypeAreFoundAndNeverLinkedToAnotherArticle() throws IOException {
        List<String> originals = examples();
        assertThat(originals).hasSize(5);
        StringBuilder table = new StringBuilder();
        for (WireCopies.Edit edit : WireCopies.Edit.values()) {
            Random random = new Random(42 + edit.ordinal());
            int links = 0;
            int correct = 0;
            int variants = 0;
            for (int i = 0; i < originals.size(); i++) {
                String expected = "original-" + i;
                for (int v = 0; v < VARIANTS_PER_ARTICLE; v++) {
                    NearDuplicateIndex index = new NearDuplicateIndex();
                    for (int j = 0; j < originals.size(); j++) {
                        links += index.add("original-" + j, DAY, originals.get(j)).isPresent() ? 1 : 0;
                    }
                    List<String> elsewhere = new ArrayList<>(originals);
                    elsewhere.remove(i);
                    Optional<NearDuplicate> link = index.add("copy", DAY,
                            WireCopies.variant(originals.get(i), edit, random, elsewhere));
                    variants++;
                    links += link.isPresent() ? 1 : 0;
                    correct += link.filter(l -> l.originalId().equals(expected)).isPresent()
                            ? 1 : 0;
                }
            }
            double precision = links == 0 ? 1 : (double) correct / links;
            double recall = (double) correct / variants;
            table.append(String.format(Locale.ROOT, "%-12s variants %3d links %3d precision %.3f recall %.3f%n",
                    edit, variants, links, precision, recall));
            assertThat(precision).as(edit + " precision").isGreaterThanOrEqualTo(0.99);
            assertThat(recall).as(edit + " recall").isGreaterThanOrEqualTo(0.95);
        }
        System.out.print(table);
    }

    /** The example article texts, without their {@code date} prefix. */
    static List<String> examples() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file).replaceFirst("^\\s*date \\d{4}-\\d{2}-\\d{2}\\s+", "").strip());
            }
        }
        return texts;
    }
}
