package org.storyline.serve;

import java.util.List;
import org.storyline.ingest.Publication;

/**
 * One article as the page shows it: its text, its annotated sentences and the spans of its coded events. Offsets
 * index into {@code text}. Immutable and thread-safe.
 *
 * @param id           article id
 * @param title        headline, or null
 * @param text         the body text, untrusted
 * @param publications every publication, earliest first
 * @param sentences    the sentences in text order
 * @param events       the event mentions in text order
 */
public record ArticleView(String id, String title, String text, List<Publication> publications,
                          List<SentenceView> sentences, List<EventSpan> events) {
    public ArticleView {
        publications = List.copyOf(publications);
        sentences = List.copyOf(sentences);
        events = List.copyOf(events);
    }

    /**
     * A sentence with its named entities and temporal expressions.
     *
     * @param index      position in the article
     * @param charStart  offset of the sentence
     * @param charEnd    offset after it
     * @param date       the date it speaks of (TIMEX3 value)
     * @param dateSource {@code TEXT} or {@code PUBLISHED}
     * @param entities   named entities
     * @param timexes    temporal expressions
     */
    public record SentenceView(int index, int charStart, int charEnd, String date, String dateSource,
                               List<Span> entities, List<Span> timexes) {
        public SentenceView {
            entities = List.copyOf(entities);
            timexes = List.copyOf(timexes);
        }
    }

    /**
     * Words of the text with what they are.
     *
     * @param text      the words
     * @param charStart their offset
     * @param charEnd   offset after them
     * @param kind      entity type, TIMEX3 type, or the role in an event ({@code actor}, {@code verb},
     *                  {@code recipient})
     * @param value     an actor code or normalised date, or null
     */
    public record Span(String text, int charStart, int charEnd, String kind, String value) {
    }

    /**
     * An event mention of the article.
     *
     * @param eventId       the event it belongs to
     * @param sentenceIndex the sentence that reports it
     * @param event         PLOVER type
     * @param cameo         CAMEO code
     * @param quadCode      PLOVER quad class
     * @param date          the date it gives the event
     * @param status        {@code asserted}, {@code negated} or {@code hypothetical}
     * @param rule          the pattern or rule that coded it
     * @param spans         actors, event words and recipients, in that order
     */
    public record EventSpan(String eventId, int sentenceIndex, String event, String cameo, int quadCode, String date,
                            String status, String rule, List<Span> spans) {
        public EventSpan {
            spans = List.copyOf(spans);
        }
    }
}
