package org.storyline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.storyline.store.ArticleSummary;
import org.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline articles}: what the store holds. */
@Command(name = "articles", mixinStandardHelpOptions = true, description = "List the stored articles.")
final class ArticlesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N (default: ${DEFAULT-VALUE}).")
    int offset = 0;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N (default: ${DEFAULT-VALUE}).")
    int limit = 100;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.openForReading()) {
            out.printf("%d article(s) stored.%n", store.count());
            for (ArticleSummary article : store.list(Math.max(0, offset), Math.max(1, limit))) {
                out.printf("%s  %s  %-24s %3d sentences  %s%s%n", article.id(), article.published(),
                        article.outlet() != null ? article.outlet() : "-", article.sentences(),
                        article.title() != null ? article.title() : "(untitled)",
                        article.publications() > 1 ? "  [" + article.publications() + " publications]" : "");
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
