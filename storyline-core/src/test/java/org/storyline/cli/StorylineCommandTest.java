package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.cli.Run.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of the command line, on cases that need no language model. */
class StorylineCommandTest {
    @TempDir
    Path dir;

    @Test
    void badUsageExitsWithTwoAndSaysWhy() {
        Run badFormat = run("timeline", "--store", dir.toString(), "--format", "pdf");
        Run unknownCommand = run("timelines");
        Run badDate = run("timeline", "--from", "2022-02-30");

        assertThat(badFormat.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badFormat.err()).contains("--format must be md, json or html, not 'pdf'");
        assertThat(unknownCommand.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badDate.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badDate.err()).contains("--from");
    }

    @Test
    void theHelpListsEveryCommandInOrderAndHelpsWithEach() {
        String[] commands = {"ingest", "timeline", "search", "articles", "events", "stories", "recode", "eval",
                "serve", "bench", "help"};

        Run help = run("--help");
        Run helpTimeline = run("help", "timeline");
        Run timelineHelp = run("timeline", "--help");

        assertThat(help.exit()).isZero();
        assertThat(help.out().lines().filter(line -> line.matches("  [a-z]+ .*"))
                .map(line -> line.strip().split(" ")[0])).containsExactly(commands);
        assertThat(helpTimeline.exit()).isZero();
        assertThat(helpTimeline.out()).startsWith("Usage: storyline timeline ").isEqualTo(timelineHelp.out());
    }

    @Test
    void readingAStoreThatDoesNotExistIsAnErrorAndCreatesNothing() {
        Path missing = dir.resolve("nowhere");

        Run search = run("search", "--store", missing.toString(), "Russia");

        assertThat(search.exit()).isEqualTo(ExitCodes.ERROR);
        assertThat(search.err()).isEqualTo("storyline: no store at " + missing
                + ": ingest articles first (storyline ingest PATH…) or name the store with --store or $STORYLINE_STORE"
                + System.lineSeparator());
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void anIngestOfOnlyBadFilesNamesEachAndExitsWithThree() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("empty.txt"), "");
        Files.writeString(inputs.resolve("lines.jsonl"), "{\"text\": \"No date.\"}\nnot json\n");

        Run ingest = run("ingest", "--store", dir.resolve("store").toString(), inputs.toString());

        assertThat(ingest.exit()).isEqualTo(ExitCodes.SKIPPED);
        assertThat(ingest.err()).contains("skipped " + inputs.resolve("empty.txt") + ": empty file")
                .contains("skipped " + inputs.resolve("lines.jsonl") + ":1: ")
                .contains("skipped " + inputs.resolve("lines.jsonl") + ":2: ")
                .contains("2 file(s): 0 article(s) ingested, 0 publication(s) added, 0 already present, 3 skipped");
        assertThat(run("articles", "--store", dir.resolve("store").toString()).out())
                .isEqualTo("0 article(s) stored." + System.lineSeparator());
    }
}
