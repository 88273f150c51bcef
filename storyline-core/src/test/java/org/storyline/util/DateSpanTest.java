package org.storyline.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateSpanTest {
    @Test
    void readsDaysWeeksMonthsAndYears() {
        assertThat(DateSpan.of("2022-02-15")).isEqualTo(span("2022-02-15", "2022-02-15"));
        assertThat(DateSpan.of("2022-02-15T10:30")).isEqualTo(span("2022-02-15", "2022-02-15"));
        assertThat(DateSpan.of("2022-W07")).isEqualTo(span("2022-02-14", "2022-02-20"));
        assertThat(DateSpan.of("2021-W01")).isEqualTo(span("2021-01-04", "2021-01-10"));
        assertThat(DateSpan.of("2020-W53")).isEqualTo(span("2020-12-28", "2021-01-03"));
        assertThat(DateSpan.of("2024-02")).isEqualTo(span("2024-02-01", "2024-02-29"));
        assertThat(DateSpan.of("2022")).isEqualTo(span("2022-01-01", "2022-12-31"));
    }

    @Test
    void readsNothingElse() {
        assertThat(DateSpan.of("PRESENT_REF")).isNull();
        assertThat(DateSpan.of("2022-Q1")).isNull();
        assertThat(DateSpan.of("XXXX-02-15")).isNull();
        assertThat(DateSpan.of("2022-02-30")).isNull();
        assertThat(DateSpan.of("2021-W53")).isNull();
        assertThat(DateSpan.of("2022-13")).isNull();
    }

    @Test
    void mondayAndValueOfAWeek() {
        assertThat(DateSpan.monday(2022, 7)).isEqualTo(LocalDate.of(2022, 2, 14));
        assertThat(DateSpan.monday(2020, 1)).isEqualTo(LocalDate.of(2019, 12, 30));
        assertThatThrownBy(() -> DateSpan.monday(2022, 53)).isInstanceOf(DateTimeException.class);
        assertThat(DateSpan.week(LocalDate.of(2022, 2, 15))).isEqualTo("2022-W07");
        assertThat(DateSpan.week(LocalDate.of(2021, 1, 3))).isEqualTo("2020-W53");
    }

    @Test
    void overlapsARangeOpenAtEitherEnd() {
        DateSpan week = DateSpan.of("2022-W07");
        assertThat(week.overlaps(LocalDate.of(2022, 2, 20), null)).isTrue();
        assertThat(week.overlaps(LocalDate.of(2022, 2, 21), null)).isFalse();
        assertThat(week.overlaps(null, LocalDate.of(2022, 2, 14))).isTrue();
        assertThat(week.overlaps(null, LocalDate.of(2022, 2, 13))).isFalse();
        assertThat(week.overlaps(LocalDate.of(2022, 2, 16), LocalDate.of(2022, 2, 16))).isTrue();
        assertThat(week.overlaps(null, null)).isTrue();
    }

    private static DateSpan span(String first, String last) {
        return new DateSpan(LocalDate.parse(first), LocalDate.parse(last));
    }
}
