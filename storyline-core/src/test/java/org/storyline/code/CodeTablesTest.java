package org.storyline.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodeTablesTest {
    private final CodeTables tables = CodeTables.standard();

    @Test
    void cameoCodesHaveNameGoldsteinAndRoot() {
        assertThat(tables.cameo("0214")).contains(new CameoCode("0214", "Appeal for intelligence", 3.4));
        assertThat(tables.cameo("0214").orElseThrow().root()).isEqualTo("02");
        assertThat(tables.cameo("19")).contains(new CameoCode("19", "FIGHT", -10));
        assertThat(tables.cameo("011").orElseThrow().goldstein()).isEqualTo(-0.1);
        assertThat(tables.cameo("099")).isEmpty();
        assertThat(tables.cameo(null)).isEmpty();
        assertThat(tables.cameoCodes()).hasSize(312);
    }

    @Test
    void cameoMapsToPloverTypeModeAndContext() {
        assertThat(tables.plover("041"))
                .contains(new PloverMapping("041", "CONSULT", "phone", List.of(), false));
        assertThat(tables.plover("1121"))
                .contains(new PloverMapping("1121", "ACCUSE", "allege", List.of("crime", "corruption"), false));
        assertThat(tables.plover("0842"))
                .contains(new PloverMapping("0842", "RETREAT", "return", List.of("legal"), false));
        assertThat(tables.plover("163").orElseThrow().event()).isEqualTo("COERCE");
        assertThat(tables.plover("1712").orElseThrow().event()).isEqualTo("ASSAULT");
        assertThat(tables.plover("175"))
                .contains(new PloverMapping("175", "ASSAULT", null, List.of("pro_autocracy", "military"), false));
    }

    @Test
    void yieldSplitsIntoConcedeAndRetreat() {
        assertThat(tables.plover("083").orElseThrow().event()).isEqualTo("CONCEDE");
        assertThat(tables.plover("087").orElseThrow().event()).isEqualTo("RETREAT");
        assertThat(tables.plover("08").orElseThrow().event()).isEqualTo("CONCEDE");
    }

    @Test
    void missingCodesTakeTheirParentRow() {
        assertThat(tables.plover("04")).contains(new PloverMapping("040", "CONSULT", null, List.of(), false));
        assertThat(tables.plover("0415"))
                .contains(new PloverMapping("041", "CONSULT", "phone", List.of(), false));
        assertThat(tables.plover("19").orElseThrow().cameo()).isEqualTo("190");
    }

    @Test
    void appealsAndDenialsAreOurExtensionsAndStatementsHaveNoType() {
        assertThat(tables.plover("0256"))
                .contains(new PloverMapping("0256", "REQUEST", "yield", List.of("military"), true));
        assertThat(tables.plover("016")).contains(new PloverMapping("016", "REJECT", null, List.of(), true));
        assertThat(tables.plover("010")).isEmpty();
        assertThat(tables.plover("01")).isEmpty();
        assertThat(tables.plover("015")).isEmpty();
        assertThat(tables.plover("abc")).isEmpty();
        assertThat(tables.plover("2")).isEmpty();
    }

    @Test
    void ploverTypesHaveQuadClasses() {
        assertThat(tables.ploverTypes()).extracting(PloverType::name).containsExactly("AGREE", "CONSULT",
                "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
                "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
        assertThat(tables.quadCode("CONSULT")).isEqualTo(1);
        assertThat(tables.quadCode("AID")).isEqualTo(2);
        assertThat(tables.quadCode("THREATEN")).isEqualTo(3);
        assertThat(tables.quadCode("SANCTION")).isEqualTo(4);
        assertThat(tables.quadCode("mobilize")).isEqualTo(4);
        assertThatThrownBy(() -> tables.quadCode("STATEMENT"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a PLOVER event type: STATEMENT");
    }

    @Test
    void olderLabelsNameTheCurrentTypes() {
        assertThat(tables.ploverType("DEMAND").orElseThrow().name()).isEqualTo("REQUEST");
        assertThat(tables.ploverType("DISAPPROVE").orElseThrow().name()).isEqualTo("ACCUSE");
        assertThat(tables.ploverType("INVESTIGATE").orElseThrow().name()).isEqualTo("ACCUSE");
        assertThat(tables.ploverType("FIGHT").orElseThrow().name()).isEqualTo("ASSAULT");
        assertThat(tables.ploverType("agree")).contains(new PloverType("AGREE", 1, 2.5));
        assertThat(tables.ploverType("DOCUMENT")).isEmpty();
    }

    @Test
    void intensityIsTheScoreOfTypeAndMode() {
        assertThat(tables.intensity("CONSULT", "phone")).isEqualTo(1.5);
        assertThat(tables.intensity("CONSULT", "Visit")).isEqualTo(4);
        assertThat(tables.intensity("CONSULT", null)).isEqualTo(2.5);
        assertThat(tables.intensity("THREATEN", "violence")).isEqualTo(-3.5);
        assertThat(tables.intensity("ASSAULT", "unconventional")).isEqualTo(-10);
        assertThat(tables.intensity("ASSAULT", "no-such-mode")).isEqualTo(-9);
        assertThat(tables.intensity("ACCUSE", null)).isEqualTo(-3);
    }

    @Test
    void everyMappingTypeIsAPloverTypeAndEveryCodeIsKnownOrAParentIs() {
        for (CameoCode code : tables.cameoCodes()) {
            tables.plover(code.code()).ifPresent(m -> assertThat(tables.ploverType(m.event())).isPresent());
        }
        assertThat(tables.cameoCodes().stream().filter(c -> tables.plover(c.code()).isEmpty()))
                .extracting(CameoCode::code)
                .containsExactly("01", "010", "011", "012", "013", "014", "015", "017", "018", "019");
    }

    @Test
    void badRowNamesFileAndLine() {
        Map<String, String> files = minimalFiles();
        files.put(CodeTables.CAMEO_PLOVER, "# header\n041\tCONSULT\tphone\t-\tplover\n042\tCHAT\t-\t-\tplover\n");
        assertThatThrownBy(() -> CodeTables.load(open(files)))
                .isInstanceOf(IllegalStateException.class).hasMessage("cameo-plover.tsv:3: not a PLOVER type: CHAT");

        files.put(CodeTables.CAMEO_PLOVER, "041\tCONSULT\tphone\n");
        assertThatThrownBy(() -> CodeTables.load(open(files))).hasMessage(
                "cameo-plover.tsv:1: expected 5 tab-separated columns, found 3");

        files.put(CodeTables.CAMEO_PLOVER, "");
        files.put(CodeTables.CAMEO, "041\tone\tDiscuss by telephone\n");
        assertThatThrownBy(() -> CodeTables.load(open(files))).hasMessage(
                "cameo.tsv:1: For input string: \"one\"");

        files.remove(CodeTables.CAMEO);
        assertThatThrownBy(() -> CodeTables.load(open(files))).hasMessage("cameo.tsv: code table not found");
    }

    @Test
    void smallTablesLoad() {
        CodeTables small = CodeTables.load(open(minimalFiles()));
        assertThat(small.cameo("041")).contains(new CameoCode("041", "Discuss by telephone", 1));
        assertThat(small.plover("0411")).contains(new PloverMapping("041", "CONSULT", "phone", List.of(), false));
        assertThat(small.intensity("CONSULT", "phone")).isEqualTo(1.5);
        assertThat(small.ploverType("TALK").orElseThrow().name()).isEqualTo("CONSULT");
    }

    private static Map<String, String> minimalFiles() {
        Map<String, String> files = new HashMap<>();
        files.put(CodeTables.CAMEO, "041\t1\tDiscuss by telephone\n");
        files.put(CodeTables.CAMEO_PLOVER, "041\tCONSULT\tphone\t-\tplover\n");
        files.put(CodeTables.TYPES, "CONSULT\t1\t2.5\n");
        files.put(CodeTables.MODE_SCALES, "CONSULT\tphone\t1.5\n");
        files.put(CodeTables.LABELS, "TALK\tCONSULT\n");
        return files;
    }

    private static java.util.function.Function<String, InputStream> open(Map<String, String> files) {
        return name -> files.containsKey(name)
                ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null;
    }
}
