package org.storyline.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTextTest {
    private static final RougeText TEXT = new RougeText();

    @Test
    void dropsStopWordsAndStemsLongWords() {
        assertThat(TEXT.tokens(List.of("U.S. and Russia hold talks in Geneva ; Blinken meets Lavrov .")))
                .containsExactly("russia", "hold", "talk", "geneva", "blinken", "meet", "lavrov");
    }

    @Test
    void splitsOnEveryCharacterOutsideAsciiLettersAndDigits() {
        assertThat(TEXT.tokens(List.of("Zelenskyy\u2019s caf\u00e9 stop-loss $100 5%")))
                .containsExactly("zelenskyi", "caf", "stop", "loss", "100", "5");
    }

    @Test
    void cutsAtAngleBracketAndReadsCaretAsEntity() {
        assertThat(TEXT.tokens(List.of("Prices^rise <b>sharply</b>", "markets fall")))
                .containsExactly("price", "circ", "rise", "market", "fall");
    }

    @Test
    void usesTheExceptionTableBeforeThePorterStemmer() {
        assertThat(TEXT.tokens(List.of("Children went better; best data media left")))
                .containsExactly("child", "datum", "medium", "leave");
        assertThat(TEXT.stem("went")).isEqualTo("go");
        assertThat(TEXT.stem("crises")).isEqualTo("crisis");
        assertThat(TEXT.stem("agreement")).isEqualTo("agreem");
        assertThat(TEXT.stem("ran")).isEqualTo("ran");
    }

    @Test
    void emptyAndTagOnlySentencesHaveNoTokens() {
        assertThat(TEXT.tokens(List.of("", "<p>talks</p>", "   "))).isEmpty();
    }
}
