package org.storyline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.output.TimelineFormat;
import org.storyline.store.Store;
import org.storyline.summarize.DateMentionTimelineBuilder;
import org.storyline.summarize.EventSentences;
import org.storyline.summarize.TimelineRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline timeline [PATH…]}: the timeline of the stored articles, ingesting PATHs first. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Print the timeline of the stored articles (ingesting PATHs first, if given).")
final class TimelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to ingest first.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--query", paramLabel = "TEXT", description = "Only articles matching this search.")
    String query;

    @Option(names = "--story", paramLabel = "ID", description = "Only the articles of this story (see stories).")
    String story;

    @Option(names = "--from", paramLabel = "DATE", description = "First date (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last date (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--max-dates", paramLabel = "N", description = "Number of dates (default: ${DEFAULT-VALUE}).")
    int maxDates = TimelineRequest.DEFAULT_MAX_DATES;

    @Option(names = "--max-lines", paramLabel = "N", description = "Lines per date (default: ${DEFAULT-VALUE}).")
    int maxLines = TimelineRequest.DEFAULT_MAX_LINES;

    @Option(names = "--format", paramLabel = "FORMAT", description = "md, json or html (default: md).")
    String format = "md";

    @Option(names = "--threads", paramLabel = "N", description = "Annotation threads when ingesting.")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Override
    public Integer call() throws Exception {
        TimelineFormat timelineFormat = parseFormat();
        if (maxDates < 1 || maxLines < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-dates and --max-lines must be at least 1");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = paths.isEmpty() ? storeOptions.openForReading() : storeOptions.open()) {
            int exit = ExitCodes.OK;
            if (!paths.isEmpty()) {
                exit = Pipelines.ingest(paths, store, threads, spec.commandLine().getErr());
            }
            DateMentionTimelineBuilder.Accumulator timeline = new DateMentionTimelineBuilder().start(
                    new TimelineRequest(query, from, to, maxDates, maxLines), store.nearDuplicateOriginals(),
                    EventSentences.lookedUp(store::assertedEventSentences));
            if (story == null) {
                store.forEachAnnotated(query, timeline.sentenceWords(), timeline::readAhead, timeline::add);
            } else {
                storyArticles(store, timeline);
            }
            timelineFormat.write(timeline.finish(), out);
            out.flush();
            return exit;
        }
    }

    /** The articles of the story (or the one it was merged into) that match the query, if any. */
    private void storyArticles(Store store, DateMentionTimelineBuilder.Accumulator timeline) {
        if (store.story(story).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no story " + story
                    + " in the store (storyline stories lists them)");
        }
        Set<String> members = new HashSet<>(store.articlesOf(story));
        Predicate<AnnotatedArticle> member = article -> members.contains(article.article().id());
        store.forEachAnnotated(query, timeline.sentenceWords(), article -> {
            if (member.test(article)) {
                timeline.readAhead(article);
            }
        }, article -> {
            if (member.test(article)) {
                timeline.add(article);
            }
        });
    }

    private TimelineFormat parseFormat() {
        try {
            return TimelineFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be md, json or html, not '" + format + "'");
        }
    }
}
