package org.storyline.code;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One real event: the mentions that report it, merged by {@link EventMerger}, with the coding they agree on and
 * how widely it was reported. Immutable and thread-safe.
 *
 * @param id          stable identifier: a hash of the merge key, so it never changes as articles arrive
 * @param date        the date the event happened (TIMEX3 value, day or coarser)
 * @param dateSource  {@code text} when at least one mention dated it from its sentence, else {@code published}
 * @param actors      who acted, one per code, as the earliest mention names them
 * @param recipients  to whom, one per code (may be empty)
 * @param event       PLOVER event type
 * @param mode        PLOVER mode, or null
 * @param context     PLOVER contexts
 * @param quadCode    PLOVER quad class of the type
 * @param cameo       CAMEO code
 * @param goldstein   Goldstein score of the CAMEO code
 * @param status      {@code asserted}; {@code negated} or {@code hypothetical} for an event that did not happen,
 *                    which always has exactly one mention
 * @param numArticles distinct articles reporting it, a near-duplicate group counting once
 * @param numSources  distinct sources (outlets, else url hosts, else articles) that published the counted articles
 * @param mentions    the mentions, earliest publication first, copies included
 * @param copyOf      for each article of the mentions that is a near-duplicate copy, the article of this event
 *                    it copies and that is counted in its place ("also published by"); empty when none
 */
public record Event(String id, String date, String dateSource, List<Actor> actors, List<Actor> recipients,
                    String event, String mode, List<String> context, int quadCode, String cameo, double goldstein,
                    String status, int numArticles, int numSources, List<CitedMention> mentions,
                    Map<String, String> copyOf) {
    public Event {
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        context = List.copyOf(context);
        mentions = List.copyOf(mentions);
        copyOf = Collections.unmodifiableMap(new LinkedHashMap<>(copyOf));
    }

    /** Whether the event is reported as having happened. */
    public boolean asserted() {
        return EventMerger.ASSERTED.equals(status);
    }
}
