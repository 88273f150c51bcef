package org.storyline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.code.VerbPatterns.Code;

class VerbPatternsTest {
    private final VerbPatterns patterns = VerbPatterns.standard();

    @Test
    void urgeIsAnAppealAndDemandADemandBothRequestsCarryingContent() {
        List<VerbPatterns.Pattern> urge = patterns.forLemma("urge");
        assertThat(urge).hasSize(1);
        assertThat(urge.get(0).code()).isEqualTo(new Code("020", "REQUEST", null, List.of()));
        assertThat(urge.get(0).frame().content()).isTrue();
        assertThat(patterns.forLemma("demand")).extracting(VerbPatterns.Pattern::code)
            .containsExactly(new Code("100", "REQUEST", null, List.of()));
        assertThat(patterns.forLemma("issue")).extracting(p -> p.trigger() + " " + p.code().cameo())
            .containsExactly("issue ~reminder 010", "issue ~appeal/call 020", "issue ~demand 100",
                "issue ~ultimatum 139", "issue ~threat/warning 130", "issue ~warrant 173");
    }

    @Test
    void particleVerbsAndLightVerbsKeepTheirSecondWord() {
        assertThat(patterns.forLemma("call").stream().map(VerbPatterns.Pattern::trigger).toList())
            .containsExactly("call out", "call on", "call for", "call upon", "call off", "call off", "call", "~call");
        assertThat(patterns.forLemma("hold").stream().map(VerbPatterns.Pattern::trigger).toList())
            .containsExactly("hold ~talk", "hold ~meeting", "hold ~call", "hold ~negotiation",
                "hold ~demonstration/march/protest/rally/sit-in", "hold ~sit-in/strike/vigil/walkout",
                "hold ~drill/exercise/maneuver");
        assertThat(patterns.forLemma("conversation").get(0).nounOnly()).isTrue();
    }

    @Test
    void contentRefinesAnAppealToAnAppealAndADemandToADemand() {
        assertThat(patterns.content("REQUEST", "020", "de-escalate"))
            .contains(new Code("0256", "REQUEST", "yield", List.of("military")));
        assertThat(patterns.content("REQUEST", "100", "de-escalate"))
            .contains(new Code("1056", "REQUEST", "yield", List.of("military")));
        assertThat(patterns.content("REQUEST", "020", "dialogue"))
            .contains(new Code("026", "REQUEST", "meet", List.of("diplomatic")));
        assertThat(patterns.content("REQUEST", "100", "dialogue"))
            .contains(new Code("106", "REQUEST", "meet", List.of("diplomatic")));
        assertThat(patterns.content("REQUEST", "020", "weather")).isEmpty();
        assertThat(patterns.content("REQUEST", null, "de-escalate")).isEmpty();
        assertThat(patterns.content("THREATEN", null, "sanction"))
            .contains(new Code("1312", "THREATEN", "restrict", List.of("economic")));
    }

    @Test
    void announcedMeetingsAreIntentionsAndAnnouncedSanctionsThreats() {
        assertThat(patterns.future("CONSULT")).contains(new Code("036", "AGREE", null, List.of("diplomatic")));
        assertThat(patterns.future("SANCTION"))
            .contains(new Code("1312", "THREATEN", "restrict", List.of("economic")));
        assertThat(patterns.future("REQUEST")).isEmpty();
    }

    @Test
    void everyCodeIsACameoCodeOfTheTablesWithAPloverType() {
        CodeTables tables = CodeTables.standard();
        for (Code code : patterns.codes()) {
            assertThat(tables.cameo(code.cameo())).as(code.cameo()).isPresent();
            if (code.event() != null) {
                assertThat(tables.ploverType(code.event())).as(code.event()).isPresent();
            }
        }
    }
}
