package org.storyline.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.storyline.code.Actor;
import org.storyline.code.CitedMention;
import org.storyline.code.Event;
import org.storyline.code.EventMention;
import org.storyline.ingest.Publication;

/**
 * Explains an event for a reader checking the coding: the event, then each mention with its article, its sentence
 * with the actors marked {@code [..]}, the event words {@code {..}} and the recipients {@code <..>}, the offsets of
 * each in the article text, and the rule that coded it. Stateless and thread-safe.
 */
public final class EventExplanation {
    private EventExplanation() {
    }

    /** The explanation, one item per line. */
    public static String render(Event event) {
        StringBuilder out = new StringBuilder();
        out.append("event ").append(event.id()).append(": ").append(event.date()).append(" (").append(event.dateSource())
                .append(") ").append(codes(event.actors())).append(" -> ").append(codes(event.recipients()))
                .append(' ').append(event.event());
        if (event.mode() != null) {
            out.append(" (").append(event.mode()).append(')');
        }
        out.append(String.format(Locale.ROOT, ", CAMEO %s, Goldstein %s, event scale %s, %s, %d article(s), "
                        + "%d source(s)%n", event.cameo(), event.goldstein(), EventFormat.eventScale(event),
                event.status(), event.numArticles(), event.numSources()));
        for (int i = 0; i < event.mentions().size(); i++) {
            CitedMention cited = event.mentions().get(i);
            EventMention m = cited.mention();
            Publication first = cited.firstPublication();
            String copyOf = event.copyOf().get(m.articleId());
            out.append(String.format(Locale.ROOT, "%nmention %d: article %s, %s, published %s%s%s%n", i + 1,
                    m.articleId(), first.outlet() != null ? first.outlet() : first.origin(), first.published(),
                    first.url() != null ? ", " + first.url() : "",
                    copyOf != null ? "; near-duplicate of article " + copyOf + ", not counted" : ""));
            out.append(String.format(Locale.ROOT, "  sentence %d, chars %d-%d: %s%n", m.sentenceIndex(),
                    m.charStart(), m.charEnd(), marked(cited)));
            for (Actor actor : m.actors()) {
                out.append("  actor     ").append(actor(actor)).append('\n');
            }
            out.append(String.format(Locale.ROOT, "  verb      \"%s\" chars %d-%d%n", m.verbText(), m.verbStart(),
                    m.verbEnd()));
            for (Actor recipient : m.recipients()) {
                out.append("  recipient ").append(actor(recipient)).append('\n');
            }
            out.append(String.format(Locale.ROOT, "  date      %s (%s), status %s, rule %s%n", m.date(),
                    m.dateSource(), m.status(), m.rule()));
        }
        return out.toString();
    }

    private static String actor(Actor actor) {
        return String.format(Locale.ROOT, "%s%s \"%s\" chars %d-%d, by %s", actor.code(),
                actor.sector() != null ? " " + actor.sector() : "", actor.entityText(), actor.charStart(),
                actor.charEnd(), actor.resolvedBy());
    }

    private static String codes(List<Actor> actors) {
        return actors.isEmpty() ? "-" : String.join("+", actors.stream().map(Actor::code).toList());
    }

    /**
     * The sentence with the spans that lie inside it marked; an actor found in an earlier sentence (a pronoun's
     * antecedent) is listed but cannot be marked. Spans may nest or coincide (the actors of a meeting are also its
     * recipients), so markers are placed as balanced brackets.
     */
    static String marked(CitedMention cited) {
        EventMention m = cited.mention();
        List<Span> spans = new ArrayList<>();
        m.actors().forEach(a -> spans.add(new Span(a.charStart(), a.charEnd(), 0)));
        spans.add(new Span(m.verbStart(), m.verbEnd(), 1));
        m.recipients().forEach(a -> spans.add(new Span(a.charStart(), a.charEnd(), 2)));
        String sentence = cited.sentence();
        int base = m.charStart();
        List<Marker> markers = new ArrayList<>();
        for (Span span : spans) {
            int start = span.start() - base;
            int end = span.end() - base;
            if (start < 0 || end > sentence.length() || start >= end) {
                continue;
            }
            markers.add(new Marker(start, true, end - start, span.kind()));
            markers.add(new Marker(end, false, end - start, span.kind()));
        }
        // At one offset: closings before openings; wider spans open first and close last, so brackets nest.
        markers.sort(Comparator.comparingInt(Marker::at)
                .thenComparing(Marker::open)
                .thenComparingInt(k -> k.open() ? -k.length() : k.length())
                .thenComparingInt(k -> k.open() ? k.kind() : -k.kind()));
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (Marker marker : markers) {
            out.append(sentence, from, marker.at()).append(marker.symbol());
            from = marker.at();
        }
        return out.append(sentence.substring(from)).toString().replaceAll("\\s+", " ").strip();
    }

    private record Span(int start, int end, int kind) {
    }

    private record Marker(int at, boolean open, int length, int kind) {
        String symbol() {
            return String.valueOf((open ? "[{<" : "]}>").charAt(kind));
        }
    }
}
