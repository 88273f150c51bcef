package org.storyline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Sentence;

class OfficePeriodTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 17);

    @Test
    void aDayMonthWeekOrYearOfTheTextIsItsDays() {
        assertThat(of("2022-02-01", DateSource.TEXT)).isEqualTo(period("2022-02-01", "2022-02-01"));
        assertThat(of("2022-02-01T10:00", DateSource.TEXT)).isEqualTo(period("2022-02-01", "2022-02-01"));
        assertThat(of("2022-02", DateSource.TEXT)).isEqualTo(period("2022-02-01", "2022-02-28"));
        assertThat(of("2022-W07", DateSource.TEXT)).isEqualTo(period("2022-02-14", "2022-02-20"));
        assertThat(of("2010", DateSource.TEXT)).isEqualTo(period("2010-01-01", "2010-12-31"));
    }

    @Test
    void otherwiseThePublicationDate() {
        assertThat(of("2022-02-17", DateSource.PUBLISHED)).isEqualTo(period("2022-02-17", "2022-02-17"));
        assertThat(of("PRESENT_REF", DateSource.TEXT)).isEqualTo(period("2022-02-17", "2022-02-17"));
        assertThat(of("2022-13", DateSource.TEXT)).isEqualTo(period("2022-02-17", "2022-02-17"));
    }

    @Test
    void officeTermsOverlapWhenTheyShareADay() {
        ActorEntry term = new ActorEntry("NOR", "GOV", LocalDate.of(2005, 10, 17), LocalDate.of(2013, 10, 16), true,
                List.of("Stoltenberg"));
        assertThat(period("2013-10-16", "2014-01-01").overlaps(term)).isTrue();
        assertThat(period("2013-10-17", "2014-01-01").overlaps(term)).isFalse();
        assertThat(period("2005-01-01", "2005-10-17").overlaps(term)).isTrue();
        assertThat(period("2005-01-01", "2005-10-16").overlaps(term)).isFalse();
        ActorEntry open = new ActorEntry("RUS", "GOV", LocalDate.of(2004, 3, 9), null, true, List.of("Lavrov"));
        assertThat(period("2030-01-01", "2030-01-01").overlaps(open)).isTrue();
    }

    private static OfficePeriod of(String date, DateSource source) {
        return OfficePeriod.of(new Sentence(0, "x", 0, 1, List.of(), List.of(), List.of(), List.of(), date, source),
                PUBLISHED);
    }

    private static OfficePeriod period(String start, String end) {
        return new OfficePeriod(LocalDate.parse(start), LocalDate.parse(end));
    }
}
