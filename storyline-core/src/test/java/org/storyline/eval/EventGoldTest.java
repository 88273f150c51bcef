package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.code.CodeTables;
import org.storyline.ingest.Skip;

class EventGoldTest {
    @TempDir
    Path dir;

    @Test
    void readsPloverJsonLines() throws IOException {
        Path file = write("gold.jsonl", """
                {"id": "DOC-1", "event": "DOCUMENT", "eventText": "notes about the file"}
                {"id": "G-2", "date": "2021-03-04", "source": [{"actorText": "Oslo", "code": "NORGOV"}], \
                "target": [{"actorText": "Stockholm", "code": "SWE"}, {"actorText": "Helsinki", "code": "FIN"}], \
                "event": "DEMAND", "mode": "", "text": "Oslo asked Stockholm and Helsinki to reopen the border."}

                {"id": "G-3", "date": "2021-03-05", "source": [{"actorText": "Lima", "code": "PER"}, \
                {"actorText": "Quito", "code": "ECU"}], "target": "", "event": "AGREE", "mode": "visit", \
                "text": "Peru and Ecuador agreed to talks."}
                {"id": "G-4", "date": "2021-03-06", "source": [{"actorText": "the UN", "code": "IGO"}], \
                "event": "CONSULT", "text": "The UN held talks."}
                """);

        GoldSet gold = EventGold.read(file, CodeTables.standard());

        assertThat(gold.format()).isEqualTo("plover-jsonl");
        assertThat(gold.skipped()).isEmpty();
        assertThat(gold.records()).containsExactly(
                new GoldRecord("G-2", file + ":2", LocalDate.of(2021, 3, 4),
                        "Oslo asked Stockholm and Helsinki to reopen the border.",
                        List.of(new GoldEvent("REQUEST", null, List.of("NOR"), List.of("SWE", "FIN"), null)), 0),
                new GoldRecord("G-3", file + ":4", LocalDate.of(2021, 3, 5), "Peru and Ecuador agreed to talks.",
                        List.of(new GoldEvent("AGREE", "visit", List.of("PER", "ECU"), List.of(), null)), 0),
                new GoldRecord("G-4", file + ":5", LocalDate.of(2021, 3, 6), "The UN held talks.",
                        List.of(new GoldEvent("CONSULT", null, List.of("IGO"), List.of(), null)), 0));
    }

    @Test
    void badJsonLinesAreSkippedByLineAndTheRestRead() throws IOException {
        Path file = write("bad.jsonl", """
                {"id": "A", "date": "2021-03-04", "source": [{"code": "NOR"}], "event": "CHAT", "text": "x"}
                {"id": "B", "date": "2021-03-04", "source": [{"code": "NOR"}], "event": "AGREE"
                {"id": "C", "date": "4 March", "source": [{"code": "NOR"}], "event": "AGREE", "text": "x"}
                {"id": "D", "date": "2021-03-04", "source": [], "event": "AGREE", "text": "x"}
                {"id": "E", "date": "2021-03-04", "source": [{"code": "NOR"}], "event": "AGREE"}
                {"id": "F", "date": "2021-03-04", "source": [{"code": "NOR"}], "event": "AGREE", "text": "Fine."}
                [1, 2]
                """);

        GoldSet gold = EventGold.read(file, CodeTables.standard());

        assertThat(gold.records()).extracting(GoldRecord::id).containsExactly("F");
        assertThat(gold.skipped()).extracting(Skip::toString).containsExactly(
                file + ":1: unknown event type CHAT",
                file + ":2: not valid JSON (Unexpected end-of-input: expected close marker for Object "
                        + "(start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` "
                        + "disabled); line: 1, column: 1]))",
                file + ":3: date is not YYYY-MM-DD: 4 March",
                file + ":4: no source actor code",
                file + ":5: no text",
                file + ":7: not a JSON object");
    }

    @Test
    void readsPetrarchValidationXml() throws IOException {
        Path file = write("validation.xml", """
                <?xml version='1.0' encoding='utf-8'?>
                <Validation>
                # notes that mention <EventCoding...> in passing
                <Sentences>
                <Sentence category="TEST" date="20190311" id="T_1" evaluate="true"/>
                <EventCoding eventcode="042" sourcecode="FRAGOV" targetcode="DEU" />
                <EventCoding eventcode="1123" sourcecode="IGOUNO" targetcode="---MIL" />
                <Text>
                The French president visited Berlin
                on Monday.
                </Text>
                <Parse>
                1	The	the	DET	DT	_	2	det	_	_
                </Parse>
                <Sentence category="TEST" date="20190312" id="T_2" evaluate="true">
                <!-- a comment inside the sentence -->
                <EventCoding noevents="True" />
                <Text>Nothing was decided.</Text>
                </Sentence>
                <Sentence category="TEST" date="20190313" id="T_3" evaluate="true"/>
                <EventCoding eventcode="013" sourcecode="ITA" targetcode="ESP" />
                <EventCoding eventcode="190" sourcecode="ESP" targetcode="" />
                <Text>Italy was hopeful; Spain fought on.</Text>
                <Sentence category="TEST" date="190314" id="T_4" evaluate="true"/>
                <EventCoding eventcode="018" sourcecode="ITA" targetcode="ESP" />
                <Text>Italy offered its condolences.</Text>
                </Sentences>
                </Validation>
                """);

        GoldSet gold = EventGold.read(file, CodeTables.standard());

        assertThat(gold.format()).isEqualTo("petrarch-xml");
        assertThat(gold.skipped()).isEmpty();
        assertThat(gold.records()).containsExactly(
                new GoldRecord("T_1", file + ":5", LocalDate.of(2019, 3, 11),
                        "The French president visited Berlin on Monday.", List.of(
                        new GoldEvent("CONSULT", "visit", List.of("FRA"), List.of("DEU"), "042"),
                        new GoldEvent("ACCUSE", "allege", List.of("IGOUNO"), List.of("---"), "1123")), 0),
                new GoldRecord("T_2", file + ":15", LocalDate.of(2019, 3, 12), "Nothing was decided.",
                        List.of(), 0),
                new GoldRecord("T_3", file + ":20", LocalDate.of(2019, 3, 13), "Italy was hopeful; Spain fought on.",
                        List.of(new GoldEvent("ASSAULT", null, List.of("ESP"), List.of(), "190")), 1),
                new GoldRecord("T_4", file + ":24", LocalDate.of(2019, 3, 14), "Italy offered its condolences.",
                        List.of(), 1));
        assertThat(gold.records()).extracting(GoldRecord::scorable).containsExactly(true, true, true, false);
    }

    @Test
    void badPetrarchSentencesAreSkippedByLine() throws IOException {
        Path file = write("bad.xml", """
                <Validation>
                <EventCoding eventcode="042" sourcecode="FRA" targetcode="DEU" />
                <Sentence date="20190311" id="B_1"/>
                <EventCoding eventcode="04x" sourcecode="FRA" targetcode="DEU" />
                <Text>A visit.</Text>
                <Sentence date="2019-03-12" id="B_2"/>
                <EventCoding eventcode="042" sourcecode="FRA" targetcode="DEU" />
                <Text>A visit.</Text>
                <Sentence date="20190313" id="B_3"/>
                <Text>A visit.</Text>
                <Sentence date="20190313" id="B_4"/>
                <EventCoding eventcode="042" sourcecode="FRA" targetcode="DEU" />
                <Sentence date="20190314" id="B_5"/>
                <EventCoding eventcode="042" sourcecode="FRA" targetcode="DEU" />
                <Text>A visit.</Text>
                </Validation>
                """);

        GoldSet gold = EventGold.read(file, CodeTables.standard());

        assertThat(gold.records()).extracting(GoldRecord::id).containsExactly("B_5");
        assertThat(gold.skipped()).extracting(Skip::toString).containsExactly(
                file + ":2: <EventCoding> before any <Sentence>",
                file + ":3: <EventCoding> at " + file + ":4 has an invalid CAMEO code 04x",
                file + ":6: sentence B_2 has a date that is not YYYYMMDD or YYMMDD: 2019-03-12",
                file + ":9: sentence B_3 has no <EventCoding>",
                file + ":11: sentence B_4 has no <Text>");
    }

    @Test
    void otherFilesAreSkippedWhole() throws IOException {
        Path text = write("notes.txt", "Just some notes.\n");
        assertThat(EventGold.read(text, CodeTables.standard()).skipped()).extracting(Skip::toString).containsExactly(
                text + ": neither PLOVER gold records (JSON lines) nor PETRARCH-2 validation XML");

        Path latin = dir.resolve("latin.jsonl");
        Files.write(latin, new byte[] {'{', (byte) 0xE9, '}'});
        assertThat(EventGold.read(latin, CodeTables.standard()).skipped()).extracting(Skip::toString)
                .containsExactly(latin + ": not UTF-8 text");

        Path missing = dir.resolve("missing.jsonl");
        assertThat(EventGold.read(missing, CodeTables.standard()).skipped()).extracting(Skip::location)
                .containsExactly(missing.toString());
    }

    @Test
    void countryIsTheFirstThreeLettersExceptForInternationalOrganisations() {
        assertThat(EventGold.country("USAGOV")).isEqualTo("USA");
        assertThat(EventGold.country("usa")).isEqualTo("USA");
        assertThat(EventGold.country("---REB")).isEqualTo("---");
        assertThat(EventGold.country("IGOUNOMIL")).isEqualTo("IGOUNOMIL");
        assertThat(EventGold.country("IGO")).isEqualTo("IGO");
        assertThat(EventGold.country("JAP")).isEqualTo("JPN");
        assertThat(EventGold.country("ROMGOV")).isEqualTo("ROU");
        assertThat(EventGold.country(" ")).isNull();
        assertThat(EventGold.country(null)).isNull();
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
