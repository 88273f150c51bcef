package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void refusesAPortOutOfRange() {
        StringWriter err = new StringWriter();

        int exit = StorylineCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve",
                "--store", dir.toString(), "--port", "70000");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("--port must be 0 to 65535, not 70000");
    }

    @Test
    void needsAnExistingStore() {
        StringWriter err = new StringWriter();
        Path missing = dir.resolve("none");

        int exit = StorylineCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve",
                "--store", missing.toString(), "--port", "0");

        assertThat(exit).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).startsWith("storyline: no store at " + missing + ": ingest articles first");
    }
}
