package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.code.CodeTables;

/** Reads the real gold files of the shared data folder; skipped when it is not there. */
class EventGoldIT {
    private static final Path DATA = Path.of("../../shared/data");

    @BeforeAll
    static void needsSharedData() {
        Assumptions.assumeTrue(Files.isDirectory(DATA), "no shared data folder");
    }

    @Test
    void readsEveryPloverGoldRecord() {
        GoldSet gold = EventGold.read(DATA.resolve("plover/gsr-dev.jsonl"), CodeTables.standard());

        assertThat(gold.format()).isEqualTo("plover-jsonl");
        assertThat(gold.skipped()).isEmpty();
        assertThat(gold.records()).hasSize(161);
        assertThat(gold.records()).allSatisfy(r -> assertThat(r.events()).hasSize(1));
        assertThat(gold.records().stream().map(r -> r.events().get(0).event()).distinct().sorted())
                .containsExactly("ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
                        "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN");
    }

    @Test
    void readsEveryPetrarchValidationSentence() {
        GoldSet gold = EventGold.read(DATA.resolve("petrarch/PETR2_GSR_validation.xml"), CodeTables.standard());

        assertThat(gold.format()).isEqualTo("petrarch-xml");
        // One sentence of the file has an empty <Text>.
        assertThat(gold.skipped()).extracting(s -> s.toString()).containsExactly(
                DATA.resolve("petrarch/PETR2_GSR_validation.xml") + ":1670: sentence abc12_3 has no <Text>");
        assertThat(gold.records()).hasSize(77);
        assertThat(gold.records().stream().mapToInt(r -> r.events().size() + r.unmapped()).sum()).isEqualTo(79);
        assertThat(gold.records().stream().filter(r -> r.events().isEmpty() && r.unmapped() == 0)).hasSize(12);
        assertThat(gold.records().stream().mapToInt(GoldRecord::unmapped).sum()).isEqualTo(6);
    }
}
