package org.storyline.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Dependency;
import org.storyline.annotate.Mention;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Timex;
import org.storyline.annotate.Token;
import org.storyline.code.Actor;
import org.storyline.code.EventMention;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;

class StageJsonTest {
    private static final String TEXT = "Russia met Ukraine on Friday.";
    private static final Article ARTICLE = Article.of(TEXT, new Publication("https://news.example/a", "News",
            LocalDate.of(2022, 1, 21), "Talks", "a.jsonl:3"));

    @Test
    void anArticleComesBackEqual() {
        assertThat(StageJson.article(StageJson.article(ARTICLE))).isEqualTo(ARTICLE);
    }

    @Test
    void aCodedArticleComesBackEqualWithItsAnnotationsAndMentions() {
        Sentence sentence = new Sentence(0, TEXT, 0, TEXT.length(),
                List.of(new Token(0, "Russia", "Russia", "NNP", "COUNTRY", 0, 6),
                        new Token(1, "met", "meet", "VBD", "O", 7, 10),
                        new Token(2, "Ukraine", "Ukraine", "NNP", "COUNTRY", 11, 18),
                        new Token(3, "on", "on", "IN", "O", 19, 21),
                        new Token(4, "Friday", "Friday", "NNP", "DATE", 22, 28),
                        new Token(5, ".", ".", ".", "O", 28, 29)),
                List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obj")),
                List.of(new Mention("Russia", "COUNTRY", 0, 1, 0, 6)),
                List.of(new Timex("Friday", "DATE", "2022-01-21", "2022-01-21", null, 4, 5, 22, 28)),
                "2022-01-21", DateSource.TEXT);
        EventMention mention = new EventMention(ARTICLE.id(), 0, 0, TEXT.length(),
                List.of(new Actor("RUS", null, "Russia", 0, 6, "dictionary")),
                List.of(new Actor("UKR", null, "Ukraine", 11, 18, "dictionary")), "CONSULT", "visit",
                List.of("diplomatic"), "043", 2.8, 1, "2022-01-21", "text", "met", 7, 10, "asserted", "meet");
        CodedArticle coded = new CodedArticle(new AnnotatedArticle(ARTICLE, List.of(sentence)), List.of(mention),
                false);

        assertThat(StageJson.coded(StageJson.coded(coded))).isEqualTo(coded);
    }
}
