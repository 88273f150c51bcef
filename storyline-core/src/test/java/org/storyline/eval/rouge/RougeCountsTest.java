package org.storyline.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RougeCountsTest {
    private static final RougeText TEXT = new RougeText();

    @Test
    void countsClippedMatchesOverEveryModel() {
        List<String> peer = TEXT.tokens(List.of("Rebels seize the city, rebels hold the city."));
        List<List<String>> models = List.of(
                TEXT.tokens(List.of("Rebels seize the city.")),
                TEXT.tokens(List.of("The army holds the city.", "Rebels flee.")),
                List.of());
        assertThat(peer).containsExactly("rebel", "seiz", "citi", "rebel", "hold", "citi");
        assertThat(models.get(1)).containsExactly("armi", "hold", "citi", "rebel", "flee");
        assertThat(RougeCounts.of(1, peer, models)).isEqualTo(new RougeCounts(8, 18, 6));
        assertThat(RougeCounts.of(2, peer, models)).isEqualTo(new RougeCounts(6, 15, 4));
    }

    @Test
    void precisionAndRecallAreZeroWithoutNGrams() {
        RougeCounts counts = RougeCounts.of(2, List.of("talk"), List.of(List.of("talk")));
        assertThat(counts).isEqualTo(RougeCounts.ZERO);
        assertThat(counts.precision()).isZero();
        assertThat(counts.recall()).isZero();
    }

    /** ROUGE-1.5.5's own M, P and H counts (via tilse's pyrouge) on 300 sentence sets. */
    @ParameterizedTest(name = "case {0}")
    @MethodSource("vectors")
    void matchesRouge155(int index, JsonNode vector) {
        List<String> peer = TEXT.tokens(strings(vector.get("peer")));
        List<List<String>> models = new ArrayList<>();
        vector.get("models").forEach(model -> models.add(TEXT.tokens(strings(model))));
        assertThat(peer).containsExactlyElementsOf(strings(vector.get("peer_tokens_after_pipeline")));
        assertThat(RougeCounts.of(1, peer, models)).isEqualTo(counts(vector.get("rouge_1")));
        assertThat(RougeCounts.of(2, peer, models)).isEqualTo(counts(vector.get("rouge_2")));
    }

    static Stream<Arguments> vectors() {
        JsonNode all = read("rouge155_test_vectors.json");
        assertThat(all.size()).isEqualTo(300);
        return IntStream.range(0, all.size()).mapToObj(i -> Arguments.of(i, all.get(i)));
    }

    static JsonNode read(String resource) {
        try (InputStream in = RougeCountsTest.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(node -> strings.add(node.asText()));
        return strings;
    }

    private static RougeCounts counts(JsonNode node) {
        return new RougeCounts(node.get("M").asInt(), node.get("P").asInt(), node.get("H").asInt());
    }
}
