package org.storyline.code;

import java.util.List;

/**
 * One event as one sentence reports it, with everything needed to explain the coding.
 *
 * @param articleId     the article
 * @param sentenceIndex the sentence in the article
 * @param charStart     offset of the sentence in the article text
 * @param charEnd       offset after the sentence
 * @param actors        who acted (a compound actor is one event with several actors)
 * @param recipients    to whom (may be empty)
 * @param event         PLOVER event type, e.g. {@code CONSULT}
 * @param mode          PLOVER mode, e.g. {@code phone}, or null
 * @param context       PLOVER contexts, e.g. {@code diplomatic}
 * @param cameo         CAMEO code, e.g. {@code 042}
 * @param goldstein     Goldstein score of the CAMEO code
 * @param quadCode      PLOVER quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 *                      4 material conflict
 * @param date          the date the event happened: a TIMEX3 value of day or coarser granularity
 * @param dateSource    {@code text} when the date came from the sentence, {@code published} when it is the
 *                      publication date
 * @param verbText      the words of the event
 * @param verbStart     offset of the event words in the article text
 * @param verbEnd       offset after them
 * @param status        {@code asserted}, or {@code negated}/{@code hypothetical} for events that did not happen
 * @param rule          the pattern or rule that coded it
 */
public record EventMention(String articleId, int sentenceIndex, int charStart, int charEnd, List<Actor> actors,
                           List<Actor> recipients, String event, String mode, List<String> context, String cameo,
                           double goldstein, int quadCode, String date, String dateSource, String verbText,
                           int verbStart, int verbEnd, String status, String rule) {
    public EventMention {
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        context = List.copyOf(context);
    }
}
