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
import org.storyline.code.ActorDictionary;
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
 *   <li>Organisations: the gold codes intergovernmental organisations generically ({@code IGO} in PLOVER gold,
 *       {@code IGOUNO}, {@code IGOEUREEC}… in PETRARCH-2 gold) where we name the body ({@code UN}, {@code EUR}).
 *       So on both sides a code that starts with {@code IGO}, or is one of
 *       {@link ActorDictionary#organisationCodes()}, is compared as {@code IGO}.</li>
 *   <li>Dyadic gold: PETRARCH-2 (CAMEO) gold has one actor and one recipient per event, and codes a reciprocal
 *       event ("Jordan and Britain held talks") as both directed events. Against such gold, a predicted event
 *       with several distinct actors and no recipient gives a triple per ordered pair of its actors (A to B and B
 *       to A), as the PLOVER manual says to convert to CAMEO conventions. PLOVER gold codes reciprocal events as
 *       we do, several actors and no recipient, and is compared as is.</li>
 *   <li>A record is an error when a gold event type is wrong or its triples differ from the gold's.</li>
 * </ul>
 */
public final class EventMetrics {
    /** The mention status of an event that happened. */
    public static final String ASSERTED = "asserted";
    /** The actor code of an actor whose country is not known. */
    public static final String UNKNOWN = "---";
    /** The code every intergovernmental organisation is compared as. */
    public static final String ORGANISATION = "IGO";
    private static final Set<String> ORGANISATIONS = ActorDictionary.bundled().organisationCodes();

    private EventMetrics() {
    }

    /**
     * Scores the records.
     *
     * @param records  each gold record with the coder's mentions
     * @param unscored gold records left out before coding (reported with the scores)
     * @param dyadic   whether the gold is dyadic (CAMEO conventions, PETRARCH-2): reciprocal predictions are then
     *                 expanded into their ordered actor pairs
     */
    public static EventScores score(List<CodedRecord> records, int unscored, boolean dyadic) {
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
            Set<Triple> predicted = predictedTriples(asserted, dyadic);
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
            addTriples(triples, event.actors(), event.event(), event.recipients(), EventMetrics::compared);
        }
        return triples;
    }

    /**
     * The distinct triples of the asserted mentions among {@code mentions}; against {@code dyadic} gold, a
     * reciprocal mention gives the ordered pairs of its actors.
     */
    public static Set<Triple> predictedTriples(List<EventMention> mentions, boolean dyadic) {
        Set<Triple> triples = new LinkedHashSet<>();
        for (EventMention mention : mentions) {
            if (!ASSERTED.equalsIgnoreCase(mention.status())) {
                continue;
            }
            String type = type(mention.event());
            Set<String> actors = new LinkedHashSet<>(mention.actors().stream().map(EventMetrics::code).toList());
            if (dyadic && mention.recipients().isEmpty() && actors.size() > 1) {
                for (String actor : actors) {
                    for (String other : actors) {
                        if (!actor.equals(other)) {
                            triples.add(new Triple(actor, type, other));
                        }
                    }
                }
            } else {
                addTriples(triples, mention.actors(), type, mention.recipients(), EventMetrics::code);
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
        return actor.code() == null || actor.code().isBlank() ? UNKNOWN : compared(actor.code());
    }

    /** A code as compared: upper case, and {@link #ORGANISATION} for any intergovernmental organisation. */
    private static String compared(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return upper.startsWith(ORGANISATION) || ORGANISATIONS.contains(upper) ? ORGANISATION : upper;
    }

    private static String type(String event) {
        return event == null ? "" : event.strip().toUpperCase(Locale.ROOT);
    }

    private static void add(Map<String, Score> byType, String type, Score score) {
        byType.merge(type, score, Score::plus);
    }
}
