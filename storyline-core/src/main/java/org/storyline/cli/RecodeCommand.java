package org.storyline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.code.EventCoder;
import org.storyline.code.EventMention;
import org.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline recode}: codes every stored article again from its stored annotations and replaces its event
 * mentions. For stores written before events were coded, and after the coder's patterns or dictionaries change;
 * it loads no language model. Annotations stored in an earlier format are first rewritten in the current one.
 */
@Command(name = "recode", mixinStandardHelpOptions = true,
        description = "Code the events of every stored article again from its stored annotations (no CoreNLP), "
                + "replacing its event mentions (and rewriting annotations stored in an earlier format).")
final class RecodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        EventCoder coder = EventCoding.standard();
        int[] counts = new int[3];
        try (Store store = storeOptions.openExisting()) {
            int upgraded = store.upgradeAnnotations();
            if (upgraded > 0) {
                err.println(upgraded + " annotation(s) rewritten in the current format");
            }
            store.forEachAnnotated(null, article -> {
                try {
                    List<EventMention> mentions = coder.code(article);
                    store.replaceEventMentions(article.article().id(), mentions);
                    counts[0]++;
                    counts[1] += mentions.size();
                } catch (RuntimeException e) {
                    counts[2]++;
                    err.println("skipped article " + article.article().id() + " ("
                            + article.article().firstPublication().origin() + "): could not code events: " + e);
                }
            });
            store.commit();
        }
        err.println(counts[0] + " article(s) recoded: " + counts[1] + " event mention(s), " + counts[2]
                + " skipped");
        return counts[2] == 0 ? ExitCodes.OK : ExitCodes.SKIPPED;
    }
}
