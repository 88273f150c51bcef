package org.storyline.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.code.Actor;
import org.storyline.code.Event;

class DyadSeriesTest {
    private static final DateRange ANY = new DateRange(null, null);
    private static final List<Event> EVENTS = List.of(
            event("2022-02-01", "USA", "RUS", "CONSULT", "phone", 1, 1.0, "asserted"),
            event("2022-02-02", "RUS", "USA", "CONSULT", null, 1, 1.0, "asserted"),
            event("2022-02-05", "USA", "UKR", "AID", null, 2, 7.4, "asserted"),
            event("2022-02", "USA", "RUS", "THREATEN", null, 3, -4.4, "asserted"),
            event("2022-02-09", "RUS", "USA", "THREATEN", null, 3, -4.4, "asserted"),
            event("2022-02-09", "USA", "RUS", "ATTACK", null, 4, -10.0, "negated"),
            event("2022-02-10", "USA", "RUS", "MOBILIZE", "troops", 4, -7.2, "asserted"));

    @Test
    void countsBothDirectionsPerDayAndReadsAnEscalation() {
        DyadSeries series = DyadSeries.of(EVENTS, "USA", "RUS", true, ANY, false);

        assertThat(series.from()).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(series.to()).isEqualTo(LocalDate.of(2022, 2, 10));
        assertThat(series.events()).isEqualTo(4);
        assertThat(series.buckets()).hasSize(10);
        assertThat(series.buckets().get(0)).isEqualTo(new DyadSeries.Bucket(LocalDate.of(2022, 2, 1), "2022-02-01", 1,
                1, 0, 0, 0, 1.0, 1.5, 1.0));
        assertThat(series.buckets().get(4)).isEqualTo(new DyadSeries.Bucket(LocalDate.of(2022, 2, 5), "2022-02-05", 0,
                0, 0, 0, 0, null, null, 1.0));
        assertThat(series.buckets().get(8)).isEqualTo(new DyadSeries.Bucket(LocalDate.of(2022, 2, 9), "2022-02-09", 1,
                0, 0, 1, 0, -4.4, -3.5, -4.4));
        assertThat(series.buckets().get(9)).isEqualTo(new DyadSeries.Bucket(LocalDate.of(2022, 2, 10), "2022-02-10", 1,
                0, 0, 0, 1, -7.2, -6.5, -5.8));
        assertThat(series.trend()).isEqualTo(new DyadSeries.Trend(7, -5.8, 1.0, -6.8, "escalating",
                "Escalating over the last 7 days: mean Goldstein -5.80 against 1.00 before."));
    }

    @Test
    void countsOneDirectionWhenAsked() {
        DyadSeries series = DyadSeries.of(EVENTS, "RUS", "USA", false, ANY, false);

        assertThat(series.direction()).isEqualTo("forward");
        assertThat(series.events()).isEqualTo(2);
        assertThat(series.from()).isEqualTo(LocalDate.of(2022, 2, 2));
        assertThat(series.trend()).isEqualTo(new DyadSeries.Trend(7, -4.4, 1.0, -5.4, "escalating",
                "Escalating over the last 7 days: mean Goldstein -4.40 against 1.00 before."));
    }

    @Test
    void readsACalmingAsDeEscalatingAndASmallChangeAsSteady() {
        List<Event> calming = List.of(event("2022-03-01", "USA", "RUS", "THREATEN", null, 3, -4.4, "asserted"),
                event("2022-03-10", "USA", "RUS", "CONSULT", null, 1, 1.0, "asserted"));
        List<Event> flat = List.of(event("2022-03-01", "USA", "RUS", "CONSULT", null, 1, 1.0, "asserted"),
                event("2022-03-10", "USA", "RUS", "CONSULT", "phone", 1, 1.5, "asserted"));

        assertThat(DyadSeries.of(calming, "USA", "RUS", true, ANY, false).trend().reading())
                .isEqualTo("De-escalating over the last 7 days: mean Goldstein 1.00 against -4.40 before.");
        assertThat(DyadSeries.of(flat, "USA", "RUS", true, ANY, false).trend().reading())
                .isEqualTo("Steady over the last 7 days: mean Goldstein 1.50 against 1.00 before.");
    }

    @Test
    void bucketsByIsoWeekWithAFourWeekWindow() {
        DyadSeries series = DyadSeries.of(EVENTS, "USA", "RUS", true, ANY, true);

        assertThat(series.buckets()).extracting(DyadSeries.Bucket::label).containsExactly("2022-W05", "2022-W06");
        assertThat(series.buckets()).extracting(DyadSeries.Bucket::start)
                .containsExactly(LocalDate.of(2022, 1, 31), LocalDate.of(2022, 2, 7));
        assertThat(series.buckets()).extracting(DyadSeries.Bucket::events).containsExactly(2, 2);
        assertThat(series.buckets()).extracting(DyadSeries.Bucket::meanGoldstein).containsExactly(1.0, -5.8);
        assertThat(series.trend()).isEqualTo(new DyadSeries.Trend(28, -2.4, null, null, "unknown",
                "Too few events to read a trend over the last 28 days (none before it)."));
    }

    @Test
    void keepsTheAskedRangeEvenWhenItHasNoEvents() {
        DyadSeries series = DyadSeries.of(EVENTS, "USA", "RUS", true,
                new DateRange(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 3)), false);

        assertThat(series.events()).isZero();
        assertThat(series.buckets()).extracting(DyadSeries.Bucket::label)
                .containsExactly("2022-01-01", "2022-01-02", "2022-01-03");
        assertThat(series.trend().reading())
                .isEqualTo("Too few events to read a trend over the last 7 days (none in the window).");
    }

    @Test
    void saysSoWhenThePairHasNoEvents() {
        DyadSeries series = DyadSeries.of(EVENTS, "USA", "CHN", true, ANY, false);

        assertThat(series.buckets()).isEmpty();
        assertThat(series.from()).isNull();
        assertThat(series.trend()).isEqualTo(new DyadSeries.Trend(7, null, null, null, "unknown",
                "No events between USA and CHN."));
    }

    @Test
    void refusesMoreBucketsThanItDraws() {
        DateRange decades = new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2022, 1, 1));

        assertThatThrownBy(() -> DyadSeries.of(EVENTS, "USA", "RUS", true, decades, false))
                .isInstanceOf(ApiException.class)
                .hasMessage("the range from 2000-01-01 to 2022-01-01 has 8037 days; at most 1100 are drawn: ask for a "
                        + "shorter range or bucket=week");
        assertThatThrownBy(() -> DyadSeries.of(EVENTS, "USA", "RUS", true, decades, true))
                .hasMessage("the range from 2000-01-01 to 2022-01-01 has 1149 weeks; at most 1100 are drawn: ask for a "
                        + "shorter range");
        DateRange decade = new DateRange(LocalDate.of(2012, 1, 1), LocalDate.of(2022, 1, 1));
        assertThat(DyadSeries.of(EVENTS, "USA", "RUS", true, decade, true).buckets()).hasSize(523);
    }

    private static Event event(String date, String actor, String recipient, String type, String mode, int quad,
                               double goldstein, String status) {
        return new Event(date + actor + recipient + type, date, "text", List.of(actor(actor)), List.of(actor(recipient)),
                type, mode, List.of(), quad, "000", goldstein, status, 1, 1, List.of(), Map.of());
    }

    private static Actor actor(String code) {
        return new Actor(code, "GOV", code, 0, 3, "dictionary");
    }
}
