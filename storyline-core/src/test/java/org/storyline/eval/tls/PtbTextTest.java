package org.storyline.eval.tls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PtbTextTest {
    private static final String TOKENISED =
            "The `` quake '' hit Mexico 's capital -LRB- 2153 GMT -RRB- , officials did n't say why ; costs : $ 87m .";
    private static final String PLAIN =
            "The \"quake\" hit Mexico's capital (2153 GMT), officials didn't say why; costs: $87m.";

    @Test
    void detokenisesBracketsQuotesCliticsAndPunctuation() {
        assertThat(PtbText.detokenise(TOKENISED)).isEqualTo(PLAIN);
    }

    @Test
    void tokenisesPlainTextAsTheReferencesAre() {
        assertThat(PtbText.tokenise(PLAIN)).isEqualTo(TOKENISED);
    }

    @Test
    void keepsDecimalPointsAndAbbreviationsInsideTokens() {
        assertThat(PtbText.tokenise("It hit at 4.53 pm, near the U.N. base.")).isEqualTo(
                "It hit at 4.53 pm , near the U.N. base .");
    }
}
