package org.storyline.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Dependency;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;

/** One-sentence articles parsed by hand, for tests that must not depend on CoreNLP. */
final class HandParses {
    private HandParses() {
    }

    /**
     * An article of one sentence.
     *
     * @param tagged    {@code word/TAG/lemma/NER} items separated by single spaces
     * @param edges     {@code relation(governor,dependent)} items separated by single spaces
     * @param date      the sentence's date, or null for the publication date
     * @param published the publication date
     */
    static AnnotatedArticle article(String tagged, String edges, String date, LocalDate published) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String item : tagged.split(" ")) {
            String[] parts = item.split("/");
            if (!text.isEmpty()) {
                text.append(' ');
            }
            tokens.add(new Token(tokens.size(), parts[0], parts[2], parts[1], parts[3], text.length(),
                    text.length() + parts[0].length()));
            text.append(parts[0]);
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (String edge : edges.split(" ")) {
            int open = edge.indexOf('(');
            int comma = edge.indexOf(',');
            dependencies.add(new Dependency(Integer.parseInt(edge.substring(open + 1, comma)),
                    Integer.parseInt(edge.substring(comma + 1, edge.length() - 1)), edge.substring(0, open)));
        }
        Sentence sentence = new Sentence(0, text.toString(), 0, text.length(), tokens, dependencies, List.of(),
                List.of(), date == null ? published.toString() : date,
                date == null ? DateSource.PUBLISHED : DateSource.TEXT);
        Article article = Article.of(text.toString(), new Publication(null, null, published, null, "hand"));
        return new AnnotatedArticle(article, List.of(sentence));
    }
}
