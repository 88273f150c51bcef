package org.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShinglesTest {
    @Test
    void wordsAreLowerCasedWithInnerApostrophesAndHyphensKept() {
        assertThat(Words.of("Blinken's call — on COVID-19, 'don't' -now"))
                .containsExactly("blinken's", "call", "on", "covid-19", "don't", "now");
    }

    @Test
    void punctuationCaseAndSpacingDoNotChangeTheShingles() {
        assertThat(Shingles.of("The Secretary urged immediate de-escalation.\n\nHe spoke with Lavrov"))
                .containsExactly(Shingles.of("the secretary urged immediate de-escalation he spoke, with LAVROV!"));
    }

    @Test
    void aTextHasOneShinglePerRunOfFourWords() {
        assertThat(Shingles.of("one two three four five six")).hasSize(3);
        assertThat(Shingles.of("one two")).hasSize(1);
        assertThat(Shingles.of("a b c d a b c d")).hasSize(4);
    }

    @Test
    void theIntersectionCountsSharedHashes() {
        assertThat(Shingles.intersection(new long[] {-5, 1, 3, 9}, new long[] {-5, 2, 3, 10})).isEqualTo(2);
        assertThat(Shingles.intersection(new long[] {}, new long[] {1})).isZero();
    }
}
