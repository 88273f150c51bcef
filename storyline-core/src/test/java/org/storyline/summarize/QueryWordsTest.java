package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryWordsTest {
    private static final List<String> TOKENS = List.of("Russia", "RUSSIA", "russia", "Russian", "Russ", "Lavrov",
            "lavrov's", "Ukraine", "Rußland", "Köln", "KÖLN", "koln", "Kelvin", "\u212Aöln", "of", "the");

    @Test
    void rulesOutFromTheirBytesOnlyWordsThatAreNoneOfTheQuerysWords() {
        QueryWords russiaLavrov = QueryWords.of("Russia AND Lavrov");
        QueryWords koln = QueryWords.of("Köln");

        for (QueryWords query : List.of(russiaLavrov, koln)) {
            for (String token : TOKENS) {
                if (!mayAccept(query, token)) {
                    assertThat(query.test(token)).as(token).isFalse();
                }
            }
        }
        assertThat(TOKENS.stream().filter(token -> mayAccept(russiaLavrov, token)))
                .containsExactly("Russia", "RUSSIA", "russia", "Lavrov", "Rußland", "Köln", "KÖLN", "\u212Aöln");
        assertThat(TOKENS.stream().filter(russiaLavrov)).containsExactly("Russia", "RUSSIA", "russia", "Lavrov");
        assertThat(TOKENS.stream().filter(token -> mayAccept(koln, token))).containsExactlyElementsOf(TOKENS);
        // the Kelvin sign is a capital k to equalsIgnoreCase: bytes beyond ASCII are never ruled out
        assertThat(TOKENS.stream().filter(koln)).containsExactly("Köln", "KÖLN", "\u212Aöln");
    }

    /** Asks about the token's bytes in the middle of a larger array, as a store's string table holds them. */
    private static boolean mayAccept(QueryWords query, String token) {
        byte[] word = token.getBytes(StandardCharsets.UTF_8);
        byte[] table = new byte[word.length + 6];
        System.arraycopy(word, 0, table, 3, word.length);
        return query.mayAccept(table, 3, word.length);
    }
}
