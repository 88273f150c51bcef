package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @Test
    void aMissingCorpusIsAnErrorNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("no-corpus");

        Run run = Run.run("bench", missing.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("storyline: no corpus at " + missing
                + ": name a file or folder of articles, e.g. storyline bench examples/" + System.lineSeparator());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run run = Run.run("bench", "../examples", "--format", "xml");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("unknown format 'xml': expected text or json");
    }
}
