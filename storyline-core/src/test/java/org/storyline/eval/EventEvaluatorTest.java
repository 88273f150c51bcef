package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.eval.Mentions.asserted;
import static org.storyline.eval.Mentions.gold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.ingest.Article;

class EventEvaluatorTest {
    @Test
    void annotatesEachScorableRecordAsAnArticleOfItsDateAndScoresTheCoder() {
        List<Article> annotated = new ArrayList<>();
        GoldRecord call = new GoldRecord("1", "gold.jsonl:1", LocalDate.of(2022, 2, 1), "Blinken called Lavrov.",
                List.of(gold("CONSULT", List.of("USA"), "RUS")), 0);
        GoldRecord statement = new GoldRecord("2", "gold.xml:9", LocalDate.of(2015, 6, 9), "Paris was hopeful.",
                List.of(), 1);
        GoldRecord visit = new GoldRecord("3", "gold.jsonl:3", LocalDate.of(2022, 2, 17), "Blinken visited Doha.",
                List.of(gold("CONSULT", List.of("USA"), "QAT")), 0);
        EventEvaluator evaluator = new EventEvaluator(article -> {
            annotated.add(article);
            return new AnnotatedArticle(article, List.of());
        }, () -> article -> article.article().text().contains("called")
                ? List.of(asserted("CONSULT", List.of("USA"), "RUS")) : List.of());

        EventScores scores = evaluator.evaluate(new GoldSet(GoldSet.PLOVER, List.of(call, statement, visit),
                List.of()));;

        assertThat(annotated).extracting(Article::text)
                .containsExactly("Blinken called Lavrov.", "Blinken visited Doha.");
        assertThat(annotated).extracting(a -> a.firstPublication().origin())
                .containsExactly("gold.jsonl:1", "gold.jsonl:3");
        assertThat(annotated).extracting(Article::published)
                .containsExactly(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 17));
        assertThat(scores.records()).isEqualTo(2);
        assertThat(scores.unscored()).isEqualTo(1);
        assertThat(scores.overall()).isEqualTo(new Score(2, 1, 2, 1, 1));
        assertThat(scores.errors()).extracting(e -> e.gold().id()).containsExactly("3");
    }
}
