package org.storyline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Dependency;
import org.storyline.annotate.Mention;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Timex;
import org.storyline.annotate.Token;
import org.storyline.ingest.Article;
import org.storyline.ingest.ArticleIds;
import org.storyline.ingest.Publication;

/** Literal annotated articles for the store tests: one sentence per article, tokens split on spaces. */
final class Articles {
    private Articles() {
    }

    static Publication publication(String outlet, String date, String title) {
        String url = outlet == null ? null : "https://" + outlet + "/" + date;
        return new Publication(url, outlet, LocalDate.parse(date), title, "feed.jsonl:1");
    }

    /** An article whose single sentence is the whole text, with a timex on its first token. */
    static AnnotatedArticle annotated(String text, Publication... publications) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String word : text.split(" ")) {
            tokens.add(new Token(tokens.size(), word, word.toLowerCase(), "NN", "O", offset, offset + word.length()));
            offset += word.length() + 1;
        }
        Token first = tokens.get(0);
        Timex timex = new Timex(first.text(), "DATE", "2022-02-01", "XXXX-WXX-2", "tense:past", 0, 1,
                first.charStart(), first.charEnd());
        Sentence sentence = new Sentence(0, text, 0, text.length(), tokens,
                List.of(new Dependency(-1, 0, "root")),
                List.of(new Mention(first.text(), "COUNTRY", 0, 1, first.charStart(), first.charEnd())),
                List.of(timex), "2022-02-01", DateSource.TEXT);
        return new AnnotatedArticle(new Article(ArticleIds.of(text), text, Arrays.asList(publications)),
                List.of(sentence));
    }
}
