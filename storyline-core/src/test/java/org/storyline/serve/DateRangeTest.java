package org.storyline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {
    private static final DateRange FEBRUARY_FIRST_WEEK = new DateRange(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 7));

    @Test
    void aDayOverlapsWhenInside() {
        assertThat(FEBRUARY_FIRST_WEEK.overlaps("2022-02-01")).isTrue();
        assertThat(FEBRUARY_FIRST_WEEK.overlaps("2022-02-07")).isTrue();
        assertThat(FEBRUARY_FIRST_WEEK.overlaps("2022-01-31")).isFalse();
        assertThat(FEBRUARY_FIRST_WEEK.overlaps("2022-02-08")).isFalse();
    }

    @Test
    void aWeekMonthOrYearOverlapsAsAWhole() {
        assertThat(FEBRUARY_FIRST_WEEK.overlaps("2022-W04")).isFalse();
        assertThat(FEBRUARY_FIRST_WEEK.overlaps("2022-W05")).isTrue();
        assertThat(FEBRUARY_FIRST_WEEK.overlaps("2022-W06")).isTrue();
        assertThat(FEBRUARY_FIRST_WEEK.overlaps("2022-W07")).isFalse();
        assertThat(FEBRUARY_FIRST_WEEK.overlaps("2022-01")).isFalse();
        assertThat(FEBRUARY_FIRST_WEEK.overlaps("2022-02")).isTrue();
        assertThat(FEBRUARY_FIRST_WEEK.overlaps("2022")).isTrue();
        assertThat(FEBRUARY_FIRST_WEEK.overlaps("2021")).isFalse();
    }

    @Test
    void aTimeOverlapsAsItsDay() {
        assertThat(FEBRUARY_FIRST_WEEK.overlaps("2022-02-07T23:30")).isTrue();
        assertThat(FEBRUARY_FIRST_WEEK.overlaps("2022-02-08TMO")).isFalse();
    }

    @Test
    void anUnreadableValueOverlapsOnlyAnOpenRange() {
        assertThat(FEBRUARY_FIRST_WEEK.overlaps("PRESENT_REF")).isFalse();
        assertThat(FEBRUARY_FIRST_WEEK.overlaps("2022-02-30")).isFalse();
        assertThat(new DateRange(null, null).overlaps("PRESENT_REF")).isTrue();
    }

    @Test
    void coversDaysWithOpenEnds() {
        DateRange fromFebruary = new DateRange(LocalDate.of(2022, 2, 1), null);

        assertThat(fromFebruary.covers(LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(fromFebruary.covers(LocalDate.of(2022, 1, 31))).isFalse();
    }
}
