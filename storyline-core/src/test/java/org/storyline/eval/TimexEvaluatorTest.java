package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Timex;

class TimexEvaluatorTest {
    static final String TEXT = "GM profit\n\nMay 2 , 2013\n\nIt rose last year .";

    @Test
    void scoresTheSystemWithoutTheCreationTime() {
        TimexGold lastYear = new TimexGold("10", "last year", "DATE", "2012", 33, 42);
        TimexDocument document = new TimexDocument("b.xml", "meantime", TEXT,
                new TimexGold("9", "May 2 , 2013", "DATE", "2013-05-02", 11, 23), LocalDate.of(2013, 5, 2),
                List.of(lastYear), 0);
        Timex dateline = TimexMetricsTest.timex("May 2 , 2013", "DATE", "2013-05-02", 11, 23);
        Timex year = TimexMetricsTest.timex("year", "DURATION", "P1Y", 38, 42);
        List<LocalDate> published = new ArrayList<>();
        TimexTagger tagger = (text, day) -> {
            published.add(day);
            return List.of(sentence(text, 0, 9, List.of()), sentence(text, 11, 23, List.of(dateline)),
                    sentence(text, 25, 44, List.of(year)));
        };

        TimexEvaluation evaluation = new TimexEvaluator(tagger).evaluate(List.of(document));

        assertThat(published).containsExactly(LocalDate.of(2013, 5, 2));
        assertThat(evaluation.scores()).isEqualTo(new TimexScores(1, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0));
        assertThat(evaluation.errors()).containsExactly(new TimexError("b.xml", TimexError.Kind.WRONG, lastYear,
                year, "It rose last year ."));
    }

    private static Sentence sentence(String text, int start, int end, List<Timex> timexes) {
        return new Sentence(0, text.substring(start, end), start, end, List.of(), List.of(), List.of(), timexes,
                "2013-05-02", DateSource.PUBLISHED);
    }
}
