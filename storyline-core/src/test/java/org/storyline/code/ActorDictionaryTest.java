package org.storyline.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {
    private static final ActorDictionary DICTIONARY = ActorDictionary.of(Map.of(
            "countries.txt", List.of("# comment", "", "USA : United States | US", "USA GOV : Washington"),
            "people.txt", List.of("NATO GOV 2014-10-01..2024-10-01 : Jens Stoltenberg | Stoltenberg",
                    "NOR GOV 2005-10-17..2013-10-16 : Jens Stoltenberg", "FRA GOV 2017-05-14.. : Emmanuel Macron"),
            "seats.txt", List.of("FRA GOV : Élysée"),
            "organisations.txt", List.of("# bodies", "UN : United Nations | UN", "EUR : European Union",
                    "UN : Security Council"),
            "agents.txt", List.of("MIL : troops | army")));

    @Test
    void readsNamesSectorsAndOfficeTerms() {
        assertThat(DICTIONARY.lookup(List.of("Jens", "Stoltenberg"))).containsExactly(
                new ActorEntry("NATO", "GOV", LocalDate.of(2014, 10, 1), LocalDate.of(2024, 10, 1), true,
                        List.of("Jens", "Stoltenberg")),
                new ActorEntry("NOR", "GOV", LocalDate.of(2005, 10, 17), LocalDate.of(2013, 10, 16), true,
                        List.of("Jens", "Stoltenberg")));
        assertThat(DICTIONARY.lookup(List.of("emmanuel", "MACRON"))).containsExactly(
                new ActorEntry("FRA", "GOV", LocalDate.of(2017, 5, 14), null, true, List.of("Emmanuel", "Macron")));
        assertThat(DICTIONARY.lookup(List.of("Washington"))).containsExactly(
                new ActorEntry("USA", "GOV", null, null, false, List.of("Washington")));
        assertThat(DICTIONARY.lookup(List.of("Elysee"))).containsExactly(
                new ActorEntry("FRA", "GOV", null, null, false, List.of("Élysée")));
        assertThat(DICTIONARY.lookup(List.of("Oslo"))).isEmpty();
        assertThat(DICTIONARY.longestName()).isEqualTo(2);
    }

    @Test
    void organisationCodesAreTheCodesOfOrganisationsOnly() {
        assertThat(DICTIONARY.organisationCodes()).containsExactly("EUR", "UN");
        assertThat(ActorDictionary.bundled().organisationCodes()).contains("NATO", "EUR", "UN", "OSCE", "G7")
                .doesNotContain("USA", "RUS");
    }

    @Test
    void readsAgentNouns() {
        assertThat(DICTIONARY.agentSector("Troops")).contains("MIL");
        assertThat(DICTIONARY.agentSector("minister")).isEmpty();
    }

    @Test
    void badLinesAreReportedWithFileAndLine() {
        assertThatThrownBy(() -> ActorDictionary.of(Map.of("people.txt", List.of("# x", "usa gov : Someone"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("people.txt:2: not 'CODE [SECTOR] [FROM..TO] : names': usa gov : Someone");
        assertThatThrownBy(() -> ActorDictionary.of(Map.of("people.txt",
                List.of("USA GOV 2021-02-30..2022-01-01 : Someone"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("people.txt:1: not a date: 2021-02-30");
        assertThatThrownBy(() -> ActorDictionary.of(Map.of("people.txt",
                List.of("USA GOV 2022-01-01..2021-01-01 : Someone"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("people.txt:1: office ends before it starts: USA GOV 2022-01-01..2021-01-01 : Someone");
        assertThatThrownBy(() -> ActorDictionary.of(Map.of("seats.txt", List.of("USA GOV : White House | "))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("seats.txt:1: empty name: USA GOV : White House |");
        assertThatThrownBy(() -> ActorDictionary.of(Map.of("agents.txt", List.of("military : troops"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agents.txt:1: not 'SECTOR : words': military : troops");
    }

    @Test
    void bundledDictionaryKnowsTheActorsOfTheDay() {
        ActorDictionary bundled = ActorDictionary.bundled();
        assertThat(bundled.lookup(List.of("Blinken"))).extracting(ActorEntry::code, ActorEntry::sector,
                        ActorEntry::from, ActorEntry::to)
                .containsExactlyInAnyOrder(
                        tuple("USA", "GOV", LocalDate.of(2021, 1, 26),
                                LocalDate.of(2025, 1, 20)),
                        tuple("USA", "GOV", LocalDate.of(2015, 1, 9),
                                LocalDate.of(2017, 1, 20)));
        assertThat(bundled.lookup(List.of("Zelenskyy"))).extracting(ActorEntry::code).containsExactly("UKR");
        assertThat(bundled.lookup(List.of("the", "Kremlin"))).isEmpty();
        // the seat of Soviet power until the Soviet Union ended, of Russia's after
        assertThat(bundled.lookup(List.of("Kremlin"))).extracting(ActorEntry::code, ActorEntry::sector,
                        ActorEntry::from, ActorEntry::to)
                .containsExactlyInAnyOrder(tuple("RUS", "GOV", LocalDate.of(1991, 12, 25), null),
                        tuple("SUN", "GOV", null, LocalDate.of(1991, 12, 24)));
        assertThat(bundled.lookup(List.of("Pentagon"))).extracting(ActorEntry::sector).containsExactly("MIL");
        assertThat(bundled.lookup(List.of("Kiev"))).extracting(ActorEntry::code).containsExactly("UKR");
        assertThat(bundled.lookup(List.of("European", "Union"))).extracting(ActorEntry::code)
                .containsExactly("EUR");
        assertThat(bundled.lookup(List.of("U.S."))).extracting(ActorEntry::code).containsExactly("USA");
        assertThat(bundled.lookup(List.of("People", "’s", "Republic", "of", "China"))).extracting(ActorEntry::code)
                .containsExactly("CHN");
        assertThat(bundled.lookup(List.of("Foreign", ",", "Commonwealth", "and", "Development", "Office")))
                .extracting(ActorEntry::code).containsExactly("GBR");
        assertThat(bundled.lookup(List.of("Hamas"))).extracting(ActorEntry::code, ActorEntry::sector)
                .containsExactly(tuple("PSE", "REB"));
        assertThat(bundled.agentSector("separatist")).contains("REB");
    }
}
