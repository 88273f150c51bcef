package org.storyline.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamsTest {
    @Test
    void readsValuesAndFallsBackWhenAbsentOrBlank() {
        Params params = new Params(Map.of("limit", List.of(" 7 "), "q", List.of("  "), "all", List.of("TRUE"),
                "from", List.of("2022-02-01"), "actor", List.of("usa"), "bucket", List.of("Week")));

        assertThat(params.integer("limit", 20, 1, 100)).isEqualTo(7);
        assertThat(params.integer("offset", 0, 0, 10)).isZero();
        assertThat(params.text("q")).isNull();
        assertThat(params.bool("all", false)).isTrue();
        assertThat(params.range()).isEqualTo(new DateRange(LocalDate.of(2022, 2, 1), null));
        assertThat(params.code("actor")).isEqualTo("USA");
        assertThat(params.choice("bucket", "day", List.of("day", "week"))).isEqualTo("week");
    }

    @Test
    void namesTheParameterOfEachBadValue() {
        assertBad(Map.of("limit", List.of("1e3")), p -> p.integer("limit", 20, 1, 100), "limit",
                "limit must be an integer from 1 to 100, not '1e3'");
        assertBad(Map.of("to", List.of("01/02/2022")), Params::range, "to",
                "to must be a date YYYY-MM-DD, not '01/02/2022'");
        assertBad(Map.of("from", List.of("2022-02-02"), "to", List.of("2022-02-01")), Params::range, "from",
                "from 2022-02-02 is after to 2022-02-01");
        assertBad(Map.of("actor", List.of("<b>")), p -> p.code("actor"), "actor",
                "actor must be an actor code of 2 to 12 letters or digits (e.g. USA), not '<b>'");
        assertBad(Map.of("q", List.of("x".repeat(501))), p -> p.text("q"), "q", "q is longer than 500 characters");
    }

    private static void assertBad(Map<String, List<String>> values, java.util.function.Function<Params, Object> read,
                                  String parameter, String message) {
        assertThatThrownBy(() -> read.apply(new Params(values)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.parameter()).isEqualTo(parameter);
                })
                .hasMessage(message);
    }
}
