package org.storyline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.reliability.HostileCase.ExpectedSkip;

/**
 * The hostile corpus through {@code storyline ingest} with the real annotator: every bad input named on stderr,
 * exit code 3, and the store equal to the one built from the good parts alone. The reference store is built once.
 */
class HostileCorpusIT {
    private static Path root;
    private static Path hostile;
    private static List<HostileCase> cases;
    private static StoreSnapshot reference;
    private static boolean permissionsApply;

    @BeforeAll
    static void buildReference() throws IOException {
        Files.createDirectories(Path.of("target"));
        root = Files.createTempDirectory(Path.of("target"), "hostile-it-");
        hostile = root.resolve("hostile");
        Path good = root.resolve("good");
        permissionsApply = HostileCorpus.permissionsApply(root);
        cases = new HostileCorpus(hostile, good, permissionsApply).write();
        Cli run = Cli.run("ingest", "--threads", "2", "--store", root.resolve("reference").toString(), good.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        reference = StoreSnapshot.of(root.resolve("reference"));
    }

    @AfterAll
    static void deleteCorpus() throws IOException {
        HostileCorpus.delete(root);
    }

    @Test
    void everyBadInputIsNamedAndTheStoreEqualsTheOneOfTheGoodInputs() throws IOException {
        long start = System.nanoTime();
        Path store = root.resolve("store");

        Cli first = Cli.run("ingest", "--threads", "2", "--store", store.toString(), hostile.toString());
        StoreSnapshot stored = StoreSnapshot.of(store);
        Cli again = Cli.run("ingest", "--threads", "2", "--store", store.toString(), hostile.toString());
        StoreSnapshot storedAgain = StoreSnapshot.of(store);
        int crashes = crashes(first) + crashes(again);
        int lost = (int) reference.articles().keySet().stream().filter(id -> !stored.articles().containsKey(id)).count();
        int duplicates = (int) stored.articles().values().stream()
                .mapToLong(a -> a.publications().size() - a.publications().stream().distinct().count()).sum();
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        int expectedSkips = cases.stream().mapToInt(c -> c.skips().size()).sum();
        Figures.record(new Figures.Row("HostileCorpusIT", cases.size(), crashes, lost, duplicates, "-", "-",
                cases.size() + " hostile cases (" + expectedSkips + " skips), ingested twice; store compared with the"
                        + " good inputs' store" + (permissionsApply ? "" : "; unreadable-file case left out: running as"
                        + " root, permissions do not stop reading") + "; " + seconds + " s"));

        Set<String> skipped = skippedLines(first.err());
        assertThat(first.exit()).as(first.err()).isEqualTo(3);
        assertThat(crashes).as(first.err() + again.err()).isZero();
        for (HostileCase c : cases) {
            for (ExpectedSkip skip : c.skips()) {
                String line = "skipped " + hostile + "/" + skip.location() + ": " + skip.reason();
                assertThat(skipped).as(c.name()).anyMatch(s -> skip.prefix() ? s.startsWith(line) : s.equals(line));
            }
        }
        assertThat(skipped).hasSize(expectedSkips);
        assertThat(reference.articles()).hasSize(3);
        assertThat(stored.articles()).isEqualTo(reference.articles());

        assertThat(again.exit()).isEqualTo(3);
        assertThat(skippedLines(again.err())).isEqualTo(skipped);
        assertThat(again.err()).contains(": 0 article(s) ingested, 0 publication(s) added");
        assertThat(storedAgain).isEqualTo(stored);
    }

    /** 1 when the run ended with an unexpected exit code or printed a stack trace, else 0. */
    private static int crashes(Cli run) {
        boolean clean = (run.exit() == 0 || run.exit() == 3) && !run.err().contains("Exception")
                && !run.err().contains("\tat ");
        return clean ? 0 : 1;
    }

    private static Set<String> skippedLines(String err) {
        return new TreeSet<>(Arrays.stream(err.split("\n")).filter(line -> line.startsWith("skipped ")).toList());
    }
}
