package org.storyline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.storyline.ingest.CorpusReader;
import org.storyline.reliability.HostileCase.ExpectedSkip;

/**
 * Every case of the hostile corpus through the corpus reader (no annotation): the skips named as expected, and
 * the articles read equal to those of the case's good part.
 */
class HostileCorpusTest {
    private static Path root;
    private static Path hostile;
    private static Path good;
    private static List<HostileCase> cases;

    private final CorpusReader reader = new CorpusReader();

    @BeforeAll
    static void writeCorpus() throws IOException {
        Files.createDirectories(Path.of("target"));
        root = Files.createTempDirectory(Path.of("target"), "hostile-");
        hostile = root.resolve("hostile");
        good = root.resolve("good");
        cases = new HostileCorpus(hostile, good, HostileCorpus.permissionsApply(root)).write();
    }

    @AfterAll
    static void deleteCorpus() throws IOException {
        HostileCorpus.delete(root);
    }

    @Test
    void theCorpusHasAtLeastFiftyCases() {
        assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
    }

    @TestFactory
    Stream<DynamicTest> eachCaseIsSkippedByNameAndKeepsItsGoodPart() {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name() + " (" + c.kind() + ")", () -> {
            ReadResult read = ReadResult.of(reader, hostile.resolve(c.name()), hostile);
            ReadResult expected = c.goodPart() ? ReadResult.of(reader, good.resolve(c.name()), good)
                    : new ReadResult(java.util.Set.of(), List.of());

            assertThat(expected.skips()).isEmpty();
            assertThat(read.skips()).hasSameSizeAs(c.skips());
            for (int i = 0; i < c.skips().size(); i++) {
                ExpectedSkip skip = c.skips().get(i);
                String prefix = skip.location() + ": " + skip.reason();
                if (skip.prefix()) {
                    assertThat(read.skips().get(i)).startsWith(prefix).hasSizeGreaterThan(prefix.length());
                } else {
                    assertThat(read.skips().get(i)).isEqualTo(prefix);
                }
            }
            assertThat(read.articles()).isEqualTo(expected.articles());
        }));
    }
}
