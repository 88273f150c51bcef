package org.storyline.code;

/**
 * A resolved actor: a country or organisation code and the sector acting for it.
 *
 * @param code       ISO 3166 alpha-3 country code, or an organisation code as PLOVER uses ({@code NATO}, {@code EUR},
 *                   {@code UN}, {@code OSCE}, {@code IGO}…)
 * @param sector     {@code GOV}, {@code MIL}, {@code REB}, {@code OPP}, {@code BUS}, {@code MED}, {@code CVL}…, or null
 *                   when the mention names the country as a whole
 * @param entityText the words that name the actor in the sentence
 * @param charStart  offset of those words in the article text
 * @param charEnd    offset after them
 * @param resolvedBy how it was resolved: {@code dictionary}, {@code office}, {@code phrase}, {@code coreference} or
 *                   {@code place} (a group of people by the country it acts in)
 */
public record Actor(String code, String sector, String entityText, int charStart, int charEnd, String resolvedBy) {
}
