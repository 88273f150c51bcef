package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.Timex;

class TimexMetricsTest {
    static final TimexGold FRIDAY = new TimexGold("t1", "Friday", "DATE", "1998-08-07", 10, 16);
    static final TimexGold THREE_YEARS = new TimexGold("t2", "three years", "DURATION", "P3Y", 30, 41);
    static final TimexGold LAST_WEEK = new TimexGold("t3", "last week", "DATE", "1998-W31", 50, 59);
    static final TimexGold NOON = new TimexGold("t4", "noon", "TIME", "1998-08-07T12:00", 70, 74);
    static final List<TimexGold> GOLD = List.of(FRIDAY, THREE_YEARS, LAST_WEEK, NOON);

    static final Timex S_FRIDAY = timex("Friday", "DATE", "1998-08-07", 10, 16);
    static final Timex S_YEARS = timex("years", "DURATION", "PXY", 36, 41);
    static final Timex S_WEEK = timex("last week", "DURATION", "P1W", 50, 59);
    static final Timex S_SPURIOUS = timex("today", "DATE", "1998-08-07", 80, 85);
    static final List<Timex> SYSTEM = List.of(S_FRIDAY, S_YEARS, S_WEEK, S_SPURIOUS);

    @Test
    void scoresExtentTypeAndValue() {
        TimexScores scores = TimexMetrics.score(GOLD, SYSTEM);

        assertThat(scores).isEqualTo(new TimexScores(1, 4, 4, 2, 2, 3, 3, 2, 2, 1, 1));
        assertThat(List.of(scores.strictPrecision(), scores.strictRecall(), scores.strictF1()))
                .containsExactly(0.5, 0.5, 0.5);
        assertThat(List.of(scores.relaxedPrecision(), scores.relaxedRecall(), scores.relaxedF1()))
                .containsExactly(0.75, 0.75, 0.75);
        assertThat(List.of(scores.typePrecision(), scores.typeRecall(), scores.typeF1()))
                .containsExactly(0.5, 0.5, 0.5);
        assertThat(List.of(scores.valuePrecision(), scores.valueRecall(), scores.valueF1()))
                .containsExactly(0.25, 0.25, 0.25);
        assertThat(scores.typeAccuracy()).isEqualTo(2.0 / 3);
        assertThat(scores.valueAccuracy()).isEqualTo(1.0 / 3);
    }

    @Test
    void countsEachSideOnItsOwnAndMatchesTheLargestOverlap() {
        TimexGold quarter = new TimexGold("t1", "the first quarter", "DATE", "1998-Q1", 0, 17);
        Timex the = timex("the", "DATE", "1998-08", 0, 3);
        Timex firstQuarter = timex("first quarter", "DATE", "1998-Q1", 4, 17);

        TimexScores scores = TimexMetrics.score(List.of(quarter), List.of(the, firstQuarter));

        assertThat(scores).isEqualTo(new TimexScores(1, 1, 2, 0, 0, 1, 2, 1, 2, 1, 1));
        assertThat(List.of(scores.valuePrecision(), scores.valueRecall())).containsExactly(0.5, 1.0);
        assertThat(scores.relaxedF1()).isEqualTo(1.0);
        assertThat(scores.strictF1()).isZero();
    }

    @Test
    void onATieTheFirstExpressionIsTheMatch() {
        TimexGold monday = new TimexGold("t1", "Monday", "DATE", "1998-08-03", 0, 6);
        TimexGold tuesday = new TimexGold("t2", "Tuesday", "DATE", "1998-08-04", 6, 13);
        Timex span = timex("dayTue", "DATE", "1998-08-04", 3, 9);

        TimexScores scores = TimexMetrics.score(List.of(monday, tuesday), List.of(span));

        assertThat(scores).isEqualTo(new TimexScores(1, 2, 1, 0, 0, 2, 1, 2, 1, 1, 0));
    }

    @Test
    void addsUpCountsOverDocuments() {
        TimexScores twice = TimexMetrics.score(GOLD, SYSTEM).plus(TimexMetrics.score(List.of(FRIDAY), List.of()));

        assertThat(twice).isEqualTo(new TimexScores(2, 5, 4, 2, 2, 3, 3, 2, 2, 1, 1));
        assertThat(twice.relaxedRecall()).isEqualTo(0.6);
    }

    @Test
    void nothingToScoreIsZero() {
        TimexScores scores = TimexMetrics.score(List.of(), List.of());

        assertThat(List.of(scores.strictF1(), scores.relaxedPrecision(), scores.valueRecall(), scores.typeAccuracy()))
                .containsExactly(0.0, 0.0, 0.0, 0.0);
    }

    @Test
    void listsMissedWrongAndSpuriousExpressions() {
        List<TimexError> errors = TimexMetrics.errors("a.tml", GOLD, SYSTEM, offset -> "sentence at " + offset);

        assertThat(errors).containsExactly(
                new TimexError("a.tml", TimexError.Kind.WRONG, THREE_YEARS, S_YEARS, "sentence at 30"),
                new TimexError("a.tml", TimexError.Kind.WRONG, LAST_WEEK, S_WEEK, "sentence at 50"),
                new TimexError("a.tml", TimexError.Kind.MISSED, NOON, null, "sentence at 70"),
                new TimexError("a.tml", TimexError.Kind.SPURIOUS, null, S_SPURIOUS, "sentence at 80"));
    }

    static Timex timex(String text, String type, String value, int start, int end) {
        return new Timex(text, type, value, value, null, 0, 1, start, end);
    }
}
