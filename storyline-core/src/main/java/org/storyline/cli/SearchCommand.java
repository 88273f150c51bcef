package org.storyline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.store.Store;
import org.storyline.store.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline search TEXT}: ranked articles with highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the stored articles; matches are shown between [[ and ]].")
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "TEXT",
            description = "Words or a query: Lucene syntax, or PostgreSQL web search syntax in a PostgreSQL store.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", description = "Number of results (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.openForReading()) {
            List<SearchHit> hits = store.search(String.join(" ", words), Math.max(1, limit));
            if (hits.isEmpty()) {
                out.println("No article matches.");
            }
            Map<String, String> stories = store.storiesOf(hits.stream().map(SearchHit::id).toList());
            int rank = 1;
            for (SearchHit hit : hits) {
                String story = stories.containsKey(hit.id()) ? " · story " + stories.get(hit.id()) : "";
                out.printf("%d. %s%n   %s · %s · %s%s%n   %s%n", rank++, hit.title() != null ? hit.title() : "(untitled)",
                        hit.published(), hit.outlet() != null ? hit.outlet() : "unknown outlet", hit.id(), story,
                        hit.snippet());
                if (hit.url() != null) {
                    out.printf("   %s%n", hit.url());
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
