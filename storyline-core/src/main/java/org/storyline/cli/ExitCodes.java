package org.storyline.cli;

/** The exit codes of every command. */
public final class ExitCodes {
    /** Everything went well. */
    public static final int OK = 0;
    /** An error stopped the command. */
    public static final int ERROR = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The command finished, but some inputs were skipped (each named on stderr). */
    public static final int SKIPPED = 3;

    private ExitCodes() {
    }
}
