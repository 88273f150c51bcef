package org.storyline.code;

import java.time.LocalDate;
import java.util.List;

/**
 * One name of an actor in the {@link ActorDictionary}. Immutable and thread-safe.
 *
 * @param code   country or organisation code
 * @param sector sector, or null for the country or organisation as a whole
 * @param from   first day in office, or null (people only; null also when unknown)
 * @param to     last day in office, or null while still in office
 * @param person whether the name is a person's, which then names the actor only while in office
 * @param words  the name, word by word, as written in the dictionary
 */
record ActorEntry(String code, String sector, LocalDate from, LocalDate to, boolean person, List<String> words) {
    ActorEntry {
        words = List.copyOf(words);
    }
}
