package org.storyline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.output.Json;
import org.storyline.pipeline.StoryReport;
import org.storyline.pipeline.StoryUpdate;
import org.storyline.store.Store;
import org.storyline.story.Story;
import org.storyline.story.StoryOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline stories}: the stories of the store, latest first, with their ids, labels, dates and counts.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"List the stories of the stored articles, latest first: id (use it with timeline --story), "
                + "dates, articles, outlets and label.",
                "Stories are computed when articles are ingested; stored articles without a story (a store of an "
                        + "older version) are placed first. --rebuild computes every story again from scratch, in "
                        + "publication order; ids are those of the founding articles, so most stay the same."})
final class StoriesCommand implements Callable<Integer> {
    /** How the stories are written. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Show the first N stories only (default: all).")
    int limit;

    @Option(names = "--min-articles", paramLabel = "N", defaultValue = "1",
            description = "Only stories of at least N articles (default: ${DEFAULT-VALUE}).")
    int minArticles;

    @Option(names = "--rebuild", description = "Forget the stories and compute them again from every stored article.")
    boolean rebuild;

    @Override
    public Integer call() throws JsonProcessingException {
        if (limit < 0 || minArticles < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--limit must not be negative and --min-articles must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.openExisting()) {
            if (rebuild) {
                store.clearStories();
            }
            StoryReport report = new StoryUpdate(store, store, StoryOptions.defaults()).run();
            if (report.articles() > 0) {
                spec.commandLine().getErr().printf(Locale.ROOT, "placed %d article(s): %d new stor%s, %d "
                                + "near-duplicate(s), %d merge(s)%n", report.articles(), report.founded(),
                        report.founded() == 1 ? "y" : "ies", report.nearDuplicates(), report.merges());
                spec.commandLine().getErr().flush();
            }
            List<Story> stories = store.stories().stream().filter(s -> s.articles() >= minArticles)
                    .limit(limit == 0 ? Long.MAX_VALUE : limit).toList();
            if (format == Format.json) {
                out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(stories));
            } else if (stories.isEmpty()) {
                out.println("No stories.");
            } else {
                for (Story story : stories) {
                    out.printf(Locale.ROOT, "%s  %s..%s  %3d article(s) %3d outlet(s)  %s%n", story.id(),
                            story.firstDate(), story.lastDate(), story.articles(), story.outlets(), story.label());
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
