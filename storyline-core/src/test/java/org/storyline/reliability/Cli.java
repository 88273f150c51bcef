package org.storyline.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.storyline.cli.StorylineCommand;

/**
 * One run of the {@code storyline} command line in this JVM, with what it printed. Immutable.
 *
 * @param exit the exit code
 * @param out  standard output
 * @param err  standard error
 */
record Cli(int exit, String out, String err) {
    /** Runs {@code storyline ARGS…} and captures its output. */
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = StorylineCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Cli(exit, out.toString(), err.toString());
    }
}
