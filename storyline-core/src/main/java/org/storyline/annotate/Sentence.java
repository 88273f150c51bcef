package org.storyline.annotate;

import java.util.List;

/**
 * An annotated sentence. Immutable and thread-safe.
 *
 * @param index        0-based position in the article
 * @param text         the sentence as written
 * @param charStart    offset of the sentence in the article text
 * @param charEnd      offset after the sentence in the article text
 * @param tokens       its tokens
 * @param dependencies its dependency graph (empty when the parser did not run on it)
 * @param mentions     its named-entity mentions
 * @param timexes      its temporal expressions
 * @param date         the date the sentence speaks of: a TIMEX3 value of day or coarser granularity
 *                     ({@code 2022-02-01}, {@code 2022-01}, {@code 2022-W03})
 * @param dateSource   whether {@code date} came from the text or is the publication date
 */
public record Sentence(int index, String text, int charStart, int charEnd, List<Token> tokens,
                       List<Dependency> dependencies, List<Mention> mentions, List<Timex> timexes,
                       String date, DateSource dateSource) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        mentions = List.copyOf(mentions);
        timexes = List.copyOf(timexes);
    }
}
