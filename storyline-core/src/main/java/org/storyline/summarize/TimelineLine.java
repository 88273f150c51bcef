package org.storyline.summarize;

import java.util.List;

/**
 * One fact under a date: a sentence that says it, and every sentence and publication that reports it.
 *
 * @param text      the sentence chosen to tell it
 * @param sources   every publication of every article that reports it (at least one)
 * @param citations the supporting sentences, the chosen one first
 * @param why       a short explanation of why this line was chosen
 */
public record TimelineLine(String text, List<Source> sources, List<Citation> citations, String why) {
    public TimelineLine {
        sources = List.copyOf(sources);
        citations = List.copyOf(citations);
    }
}
