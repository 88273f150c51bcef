package org.storyline.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.storyline.code.Actor;
import org.storyline.code.CitedMention;
import org.storyline.code.CodeTables;
import org.storyline.code.Event;
import org.storyline.code.EventMention;
import org.storyline.code.EventMerger;
import org.storyline.code.PloverType;
import org.storyline.output.EventExplanation;
import org.storyline.output.EventFormat;
import org.storyline.store.Store;
import org.storyline.util.DateSpan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline events}: the coded events of the store, each reported once however many articles mention it. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Print the events coded from the stored articles (PLOVER), one record per real event.")
final class EventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--actor", paramLabel = "CODE", description = "Only events with this actor code (e.g. USA).")
    String actor;

    @Option(names = "--recipient", paramLabel = "CODE", description = "Only events with this recipient code.")
    String recipient;

    @Option(names = "--type", paramLabel = "PLOVER_TYPE", description = "Only events of this PLOVER type.")
    String type;

    @Option(names = "--from", paramLabel = "DATE", description = "Only events that may have happened on or after "
            + "this date (YYYY-MM-DD); an event dated by month or week overlaps it or not as a whole.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only events that may have happened on or before "
            + "this date (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json, jsonl, csv or tsv (GDELT 2.0 columns); "
            + "default: json.")
    String format = "json";

    @Option(names = "--explain", paramLabel = "ID", description = "Explain one event: each mention with its "
            + "sentence, [actor], {verb}, <recipient> and the rule that coded it.")
    String explain;

    @Option(names = "--all", description = "Also list negated and hypothetical events (never merged or counted "
            + "with the events that happened).")
    boolean all;

    @Override
    public Integer call() throws Exception {
        EventFormat eventFormat = parseFormat();
        String ploverType = parseType();
        if (from != null && to != null && from.isAfter(to)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<CitedMention> mentions = new ArrayList<>();
        Map<String, String> originalOf;
        try (Store store = storeOptions.openForReading()) {
            originalOf = store.nearDuplicateOriginals();
            store.forEachEventMention(m -> {
                if (explain != null || selected(m.mention(), ploverType)) {
                    mentions.add(m);
                }
            });
        }
        List<Event> events = EventMerger.merge(mentions, originalOf);
        if (explain != null) {
            Optional<Event> event = events.stream().filter(e -> e.id().equals(explain.strip())).findFirst();
            if (event.isEmpty()) {
                spec.commandLine().getErr().println("storyline: no event " + explain + " in the store");
                return ExitCodes.ERROR;
            }
            out.print(EventExplanation.render(event.get()));
        } else {
            eventFormat.write(events, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Whether a mention passes the options. Every option tests a part of the merge key, so all the mentions of an
     * event pass or fail together and the counts of a listed event are those of the whole store.
     */
    private boolean selected(EventMention m, String ploverType) {
        return (all || EventMerger.ASSERTED.equals(m.status()))
                && (actor == null || hasCode(m.actors(), actor))
                && (recipient == null || hasCode(m.recipients(), recipient))
                && (ploverType == null || ploverType.equals(m.event()))
                && overlaps(m.date());
    }

    private static boolean hasCode(List<Actor> actors, String code) {
        return actors.stream().anyMatch(a -> a.code().equalsIgnoreCase(code.strip()));
    }

    /** Whether the period a date value names overlaps the --from/--to range; an unreadable value never does. */
    private boolean overlaps(String value) {
        if (from == null && to == null) {
            return true;
        }
        DateSpan span = DateSpan.of(value);
        return span != null && span.overlaps(from, to);
    }

    private EventFormat parseFormat() {
        try {
            return EventFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be json, jsonl, csv or tsv, not '" + format + "'");
        }
    }

    private String parseType() {
        if (type == null) {
            return null;
        }
        return CodeTables.standard().ploverType(type).map(PloverType::name)
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "--type must be a PLOVER event type (" + String.join(", ",
                                CodeTables.standard().ploverTypes().stream().map(PloverType::name).toList())
                                + "), not '" + type + "'"));
    }
}
