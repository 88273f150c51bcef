package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {
    @Test
    void keepsTheCalendarDateOfADateTimeInItsOwnOffset() throws InputException {
        assertThat(PublicationDates.parse("2022-02-01")).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(PublicationDates.parse("2022-02-01T23:30:00-05:00")).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(PublicationDates.parse("2022-02-01 16:27:04-05:00")).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(PublicationDates.parse("2022-02-02T01:15:00.123+0530")).isEqualTo(LocalDate.of(2022, 2, 2));
        assertThat(PublicationDates.parse(" 2022-02-01T10:00Z ")).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(PublicationDates.parse("2022-02-01T10:00:00")).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(PublicationDates.parse("Tue, 1 Feb 2022 22:00:00 -0500")).isEqualTo(LocalDate.of(2022, 2, 1));
    }

    @Test
    void refusesImpossibleMalformedAndOutOfRangeDatesNamingTheValue() {
        assertRefused("2022-02-30", "invalid date \"2022-02-30\"");
        assertRefused("2022-02-01T25:00:00Z", "invalid date \"2022-02-01T25:00:00Z\"");
        assertRefused("yesterday", "invalid date \"yesterday\"");
        assertRefused("1899-12-31", "date out of range \"1899-12-31\"");
        assertRefused("2999-01-01", "date out of range \"2999-01-01\"");
        assertRefused("  ", "no publication date");
        assertRefused(null, "no publication date");
    }

    @Test
    void acceptsTheNearFutureButNotMoreThanAYearAhead() throws InputException {
        LocalDate nextMonth = LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(1);
        LocalDate tooLate = LocalDate.now(java.time.ZoneOffset.UTC).plusYears(1).plusDays(2);

        assertThat(PublicationDates.parse(nextMonth.toString())).isEqualTo(nextMonth);
        assertThatThrownBy(() -> PublicationDates.parse(tooLate.toString()))
                .hasMessage("date out of range \"" + tooLate + "\"");
    }

    private static void assertRefused(String value, String reason) {
        assertThatThrownBy(() -> PublicationDates.parse(value)).isInstanceOf(InputException.class)
                .hasMessage(reason);
    }
}
