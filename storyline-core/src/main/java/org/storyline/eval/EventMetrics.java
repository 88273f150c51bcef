package org.storyline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.storyline.code.Actor;
import org.storyline.code.EventMention;

/**
 * Scores coded records against their gold. Stateless and thread-safe.
 *
 * <p>Definitions:
 * <ul>
 *   <li>Only asserted mentions count as predictions: a negated or hypothetical event did not happen.</li>
 *   <li>Type accuracy: a gold event's type is right when an asserted mention of its record has that type (that
 *       mention is the one matched to it; without one, the record's first mention is, and the type is wrong).
 *       Records the gold says report no event do not count here.</li>
 *   <li>Triples: each event gives one (actor, type, recipient) triple per actor and recipient, with the empty
 *       recipient when it has none. A gold actor is the country of its code ({@link EventGold#country(String)}); a
 *       predicted actor is its {@link Actor#code()}, {@code ---} when it has none. Triples are distinct within a
 *       record and counted over all records (micro average); per type, the triples of that type.</li>
 *   <li>A record is an error when a gold event type is wrong or its triples differ from the gold's.</li>
 * </ul>
 */
public final class EventMetrics {
    /** The mention status of an event that happened. */
    public static final String ASSERTED = "asserted";
    /** The actor code of an actor whose country is not known. */
    public static final String UNKNOWN = "---";

    private EventMetrics() {
    }

    /**
     * Scores the records.
     *
     * @param records  each gold record with the coder's mentions
     * @param unscored gold records left out before coding (reported with the scores)
     */
    public static EventScores score(List<CodedRecord> records, int unscored) {
        Map<String, Score> byType = new HashMap<>();
        List<RecordError> errors = new ArrayList<>();
        int unmapped = 0;
        for (CodedRecord record : records) {
            unmapped += record.gold().unmapped();
            List<EventMention> asserted = record.predicted().stream()
                    .filter(m -> ASSERTED.equalsIgnoreCase(m.status())).toList();
            Set<String> assertedTypes = new LinkedHashSet<>();
            asserted.forEach(m -> assertedTypes.add(type(m.event())));
            boolean wrong = false;
            for (GoldEvent event : record.gold().events()) {
                boolean right = assertedTypes.contains(event.event());
                wrong |= !right;
                add(byType, event.event(), new Score(1, right ? 1 : 0, 0, 0, 0));
            }
            Set<Triple> gold = goldTriples(record.gold());
            Set<Triple> predicted = predictedTriples(asserted);
            for (Triple triple : gold) {
                add(byType, triple.event(), new Score(0, 0, 1, 0, predicted.contains(triple) ? 1 : 0));
            }
            for (Triple triple : predicted) {
                add(byType, triple.event(), new Score(0, 0, 0, 1, 0));
            }
            if (wrong || !gold.equals(predicted)) {
                errors.add(new RecordError(record.gold(), List.copyOf(gold), record.predicted(),
                        List.copyOf(predicted)));
            }
        }
        Score overall = byType.values().stream().reduce(new Score(0, 0, 0, 0, 0), Score::plus);
        return new EventScores(records.size(), unscored, unmapped, overall, byType, errors);
    }

    /** The distinct triples of a gold record. */
    public static Set<Triple> goldTriples(GoldRecord record) {
        Set<Triple> triples = new LinkedHashSet<>();
        for (GoldEvent event : record.events()) {
            addTriples(triples, event.actors(), event.event(), event.recipients(), Function.identity());
        }
        return triples;
    }

    /** The distinct triples of the asserted mentions among {@code mentions}. */
    public static Set<Triple> predictedTriples(List<EventMention> mentions) {
        Set<Triple> triples = new LinkedHashSet<>();
        for (EventMention mention : mentions) {
            if (ASSERTED.equalsIgnoreCase(mention.status())) {
                addTriples(triples, mention.actors(), type(mention.event()), mention.recipients(),
                        EventMetrics::code);
            }
        }
        return triples;
    }

    private static <A> void addTriples(Set<Triple> triples, List<A> actors, String event, List<A> recipients,
                                       Function<A, String> code) {
        List<String> from = actors.isEmpty() ? List.of(UNKNOWN) : actors.stream().map(code).toList();
        List<String> to = recipients.isEmpty() ? List.of("") : recipients.stream().map(code).toList();
        for (String actor : from) {
            for (String recipient : to) {
                triples.add(new Triple(actor, event, recipient));
            }
        }
    }

    private static String code(Actor actor) {
        return actor.code() == null || actor.code().isBlank() ? UNKNOWN
                : actor.code().strip().toUpperCase(Locale.ROOT);
    }

    private static String type(String event) {
        return event == null ? "" : event.strip().toUpperCase(Locale.ROOT);
    }

    private static void add(Map<String, Score> byType, String type, Score score) {
        byType.merge(type, score, Score::plus);
    }
}
