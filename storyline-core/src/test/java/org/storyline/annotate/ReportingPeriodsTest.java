package org.storyline.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingPeriodsTest {
    /** A Tuesday in the fourth quarter. */
    private static final LocalDate PUBLISHED = LocalDate.of(1999, 11, 2);

    private static List<Timex> timexes(String text) {
        return CoreNlpAnnotator.shared().annotate(text, PUBLISHED).stream().flatMap(s -> s.timexes().stream())
                .toList();
    }

    @Test
    void earningsNewsSpeaksOfTheQuarterItNamedAndOfThatQuarterAYearBefore() {
        assertThat(timexes("Acme Corp. said its third-quarter net income rose 12% to $4 million. A year earlier, the "
                + "company earned $3.6 million. Revenue in the quarter climbed to $80 million from $71 million in the "
                + "year-earlier quarter."))
                .extracting(Timex::text, Timex::type, Timex::value, Timex::rule).containsExactly(
                        tuple("third-quarter", "DATE", "1999-Q3", null),
                        tuple("A year earlier", "DATE", "1998-Q3", "period:year-ago"),
                        tuple("the quarter", "DATE", "1999-Q3", "period:quarter"),
                        tuple("the year-earlier quarter", "DATE", "1998-Q3", "period:year-ago"));
    }

    @Test
    void twoQuartersNamedTogetherAreTwoExpressionsOfTheYearWritten() {
        assertThat(timexes("Acme said sales rose in the third and fourth quarters of 1998. Most of its business is "
                + "done in the first and second quarters."))
                .extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                        tuple("third", "1998-Q3", "period:of-year"),
                        tuple("fourth quarters of 1998", "1998-Q4", "period:of-year"),
                        tuple("first", "1999-Q1", "split"),
                        tuple("second quarters", "1999-Q2", "split"));
    }

    @Test
    void theYearEarlierPeriodIsOneExpression() {
        assertThat(timexes("Acme said its third-quarter profit rose. Results in the year-earlier period included a "
                + "charge."))
                .extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                        tuple("third-quarter", "1999-Q3", null),
                        tuple("the year-earlier period", "1998-Q3", "period:year-ago"));
    }

    @Test
    void theLatestPeriodIsTheQuarterNamedBeforeAndNothingWithoutOne() {
        assertThat(timexes("Acme said its third-quarter profit doubled. The latest period included a gain on the sale "
                + "of a plant."))
                .extracting(Timex::text, Timex::type, Timex::value, Timex::rule).containsExactly(
                        tuple("third-quarter", "DATE", "1999-Q3", null),
                        tuple("The latest period", "DATE", "1999-Q3", "period:quarter"));
        assertThat(timexes("The latest period included a gain on the sale of a plant.")).isEmpty();
    }

    @Test
    void theLatestQuarterIsOneOverByPublicationAndAYearAgoQuarterIsAYearBefore() {
        assertThat(timexes("Acme's third-quarter profit rose. It expects a fourth-quarter charge of $2 million. "
                + "Sales in the latest quarter rose 9%. In the year-ago third quarter, Acme earned $1 million."))
                .extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                        tuple("third-quarter", "1999-Q3", null),
                        tuple("fourth-quarter", "1999-Q4", null),
                        tuple("the latest quarter", "1999-Q3", "period:quarter"),
                        tuple("the year-ago third quarter", "1998-Q3", "period:year-ago"));
        assertThat(timexes("Sales in the most recent quarter rose 9%."))
                .extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                        tuple("the most recent quarter", "1999-Q3", "period:quarter"));
    }

    @Test
    void aQuarterNamedByItsNumberAloneIsTheLastOneBegunWhateverTheTense() {
        assertThat(timexes("Acme said its first-quarter earnings will be lower than analysts expect."))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("first-quarter", "1999-Q1"));
    }

    @Test
    void withoutANamedQuarterAYearAgoStaysAYearAgo() {
        assertThat(timexes("A year ago, the mayor opened the bridge."))
                .extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                        tuple("A year ago", "1998", "granularity:ago"));
    }

    @Test
    void aPeriodNamedByItsYearIsTheReportedQuarterOfThatYear() {
        assertThat(timexes("Acme said its third-quarter profit rose to $5 million from $4 million in the 1998 quarter. "
                + "Sales in the 1998 period were lower."))
                .extracting(Timex::text, Timex::type, Timex::value, Timex::rule).containsExactly(
                        tuple("third-quarter", "DATE", "1999-Q3", null),
                        tuple("the 1998 quarter", "DATE", "1998-Q3", "period:of-year"),
                        tuple("the 1998 period", "DATE", "1998-Q3", "period:of-year"));
        assertThat(timexes("Sales in the 1998 quarter were lower."))
                .extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                        tuple("the 1998 quarter", "DATE", "1998"));
    }

    @Test
    void aFiscalYearNamedByItsEndIsAYearLongDuration() {
        assertThat(timexes("For the fiscal year ended June 30, Acme had sales of $300 million."))
                .extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                        tuple("the fiscal year", "DURATION", "P1Y"),
                        tuple("June 30", "DATE", "1999-06-30"));
    }

    @Test
    void agesAndTheVerbPresentAreNoTimes() {
        assertThat(timexes("The 8-year-old company will present its results in Chicago.")).isEmpty();
    }
}
