package org.storyline.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code storyline} command: entry point of the command line. */
@Command(name = "storyline", mixinStandardHelpOptions = true, version = "storyline 0.1.0",
        description = "Turns dated news articles into cited timelines and event data.")
public final class StorylineCommand implements Runnable {
    /**
     * The commands, in the order the help lists them. Only the one named on the command line is built when it is
     * one of them: picocli reads the annotations of every command it is given, a tenth of a second for all of
     * them, which a one-second command should not pay.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("ingest", IngestCommand::new);
        commands.put("timeline", TimelineCommand::new);
        commands.put("search", SearchCommand::new);
        commands.put("articles", ArticlesCommand::new);
        commands.put("events", EventsCommand::new);
        commands.put("stories", StoriesCommand::new);
        commands.put("recode", RecodeCommand::new);
        commands.put("eval", EvalCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("bench", BenchCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new StorylineCommand());
        // help names another command: it needs them all
        Supplier<Object> named = args.length == 0 || args[0].equals("help") ? null : COMMANDS.get(args[0]);
        if (named != null) {
            commandLine.addSubcommand(args[0], named.get());
        } else {
            COMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("storyline: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return ExitCodes.ERROR;
        });
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        commandLine.getSubcommands().values()
                .forEach(sub -> sub.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE));
        return commandLine.execute(args);
    }
}
