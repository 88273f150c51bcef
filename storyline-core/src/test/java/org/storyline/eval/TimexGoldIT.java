package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the real TimeML and MEANTIME gold of the shared data folder; skipped when it is not there. */
class TimexGoldIT {
    private static final Path DATA = Path.of("../../shared/data");
    private static final Path MEANTIME = DATA.resolve("meantime/intra-doc_annotation");

    @BeforeAll
    static void needsSharedData() {
        Assumptions.assumeTrue(Files.isDirectory(DATA.resolve("timeml")) && Files.isDirectory(MEANTIME),
                "no shared TimeML and MEANTIME data");
    }

    @Test
    void readsEveryTimeBankExpression() {
        TimexCorpus corpus = TimexCorpus.read(DATA.resolve("timeml/TimeBank"), 0);

        assertThat(corpus.skipped()).isEmpty();
        assertThat(corpus.documents()).hasSize(183);
        assertThat(gold(corpus)).isEqualTo(1243);
        assertThat(types(corpus)).containsExactly(1016L, 189L, 22L, 16L);
        assertExtentsAreTheirText(corpus);
    }

    @Test
    void readsEveryAquaintExpression() {
        TimexCorpus corpus = TimexCorpus.read(DATA.resolve("timeml/AQUAINT"), 0);

        assertThat(corpus.skipped()).isEmpty();
        assertThat(corpus.documents()).hasSize(73);
        assertThat(gold(corpus)).isEqualTo(579);
        assertThat(types(corpus)).containsExactly(489L, 68L, 8L, 14L);
        assertExtentsAreTheirText(corpus);
    }

    @Test
    void readsMeantimeAndNamesTheFilesWithoutAUsableCreationTime() throws IOException {
        TimexCorpus corpus = TimexCorpus.read(MEANTIME, 0);

        assertThat(corpus.skipped()).extracting(Object::toString).containsExactly(
                MEANTIME.resolve("corpus_airbus/78496_Airbus_A380_test_flight_delayed_after_accident.xml")
                        + ": no creation time (TIMEX3 with functionInDocument=\"CREATION_TIME\")",
                MEANTIME.resolve("corpus_airbus/8951_World_largest_passenger_airliner_makes_first_flight.xml")
                        + ": no creation time (TIMEX3 with functionInDocument=\"CREATION_TIME\")",
                MEANTIME.resolve("corpus_gm/120578_Automobile_sales_in_the_United_States_down_sharply.xml")
                        + ":340: creation time \"03-02-2009\" is not a day");
        assertThat(corpus.documents()).hasSize(117);
        assertThat(gold(corpus)).isEqualTo(359);
        assertThat(corpus.documents().stream().mapToInt(TimexDocument::noExtent).sum()).isEqualTo(37);
        // The corpus has 525 TIMEX3, 118 of them creation times: 117 documents with one each, 359 scored, 37 without
        // extent, and the 12 of the three skipped files (one of which holds the 118th creation time).
        assertThat(timex3(corpus.skipped().stream().map(s -> Path.of(s.location().replaceFirst(":\\d+$", "")))
                .toList())).isEqualTo(12);
        assertExtentsAreTheirText(corpus);
    }

    private static int gold(TimexCorpus corpus) {
        return corpus.documents().stream().mapToInt(d -> d.gold().size()).sum();
    }

    /** DATE, DURATION, TIME and SET expressions. */
    private static List<Long> types(TimexCorpus corpus) {
        return List.of("DATE", "DURATION", "TIME", "SET").stream().map(type -> corpus.documents().stream()
                .flatMap(d -> d.gold().stream()).filter(g -> g.type().equals(type)).count()).toList();
    }

    private static void assertExtentsAreTheirText(TimexCorpus corpus) {
        for (TimexDocument document : corpus.documents()) {
            assertThat(document.gold()).allSatisfy(g -> assertThat(document.text().substring(g.charStart(),
                    g.charEnd())).isEqualTo(g.text()));
        }
    }

    private static int timex3(List<Path> files) throws IOException {
        int count = 0;
        for (Path file : files) {
            count += Jsoup.parse(Files.readString(file), "", Parser.xmlParser()).getElementsByTag("TIMEX3").size();
        }
        return count;
    }
}
