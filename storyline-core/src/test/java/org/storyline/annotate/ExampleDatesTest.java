package org.storyline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The acceptance checks of date resolution on the example articles. */
class ExampleDatesTest {

    @ParameterizedTest(name = "{0}: \"{1}\" -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-01-06 | on Wednesday       | Wednesday     | 2022-01-05
            2022-01-06 | Earlier on Tuesday | Tuesday       | 2022-01-04
            2022-01-21 | left Tuesday       | Tuesday       | 2022-01-18
            2022-01-21 | on Friday          | Friday        | 2022-01-21
            2022-01-21 | follow visits      | Wednesday     | 2022-01-19
            2022-01-21 | follow visits      | Thursday      | 2022-01-20
            2022-02-01 | on Tuesday         | Tuesday       | 2022-02-01
            2022-02-01 | last month         | last month    | 2022-01
            2022-02-17 | on February 15     | February 15   | 2022-02-15
            2022-02-17 | last December      | last December | 2021-12
            """)
    void expressionsResolveToTheExpectedValue(LocalDate published, String phrase, String expression, String value) {
        List<Timex> matching = Examples.annotated().stream()
                .filter(a -> a.article().published().equals(published))
                .flatMap(a -> a.sentences().stream())
                .filter(s -> s.text().contains(phrase))
                .flatMap(s -> s.timexes().stream())
                .filter(t -> t.text().contains(expression))
                .toList();

        assertThat(matching).isNotEmpty();
        assertThat(matching).extracting(Timex::value).containsOnly(value);
    }

    @Test
    void sentenceDateComesFromTheMainClause() {
        Sentence left = sentenceContaining("the United States’ top diplomat left Tuesday");

        assertThat(left.date()).isEqualTo("2022-01-18");
        assertThat(left.dateSource()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void sentenceWithoutDateTakesThePublicationDate() {
        Sentence now = sentenceContaining("We’re now at a stage");

        assertThat(now.timexes()).extracting(Timex::value).containsExactly("PRESENT_REF");
        assertThat(now.date()).isEqualTo("2022-01-21");
        assertThat(now.dateSource()).isEqualTo(DateSource.PUBLISHED);
    }

    @Test
    void headlineAndDatelineAreSentencesOfTheirOwn() {
        List<Sentence> sentences = Examples.annotated().get(1).sentences();

        assertThat(sentences.get(0).text()).isEqualTo("Blinken urges Russia to de-escalate Ukraine crisis");
        assertThat(sentences.get(1).text()).startsWith("In call with Russian foreign minister");
    }

    @Test
    void offsetsIndexTheArticleText() {
        for (AnnotatedArticle annotated : Examples.annotated()) {
            String text = annotated.article().text();
            for (Sentence sentence : annotated.sentences()) {
                assertThat(text.substring(sentence.charStart(), sentence.charEnd())).isEqualTo(sentence.text());
                for (Token token : sentence.tokens()) {
                    assertThat(text.substring(token.charStart(), token.charEnd())).isEqualTo(token.text());
                }
                for (Mention mention : sentence.mentions()) {
                    assertThat(text.substring(mention.charStart(), mention.charEnd())).isEqualTo(mention.text());
                    assertThat(sentence.tokens().get(mention.tokenStart()).charStart()).isEqualTo(mention.charStart());
                    assertThat(sentence.tokens().get(mention.tokenEnd() - 1).charEnd()).isEqualTo(mention.charEnd());
                }
                for (Timex timex : sentence.timexes()) {
                    assertThat(text.substring(timex.charStart(), timex.charEnd())).isEqualTo(timex.text());
                    assertThat(sentence.tokens().get(timex.tokenStart()).charStart()).isEqualTo(timex.charStart());
                    assertThat(sentence.tokens().get(timex.tokenEnd() - 1).charEnd()).isEqualTo(timex.charEnd());
                }
            }
        }
    }

    private static Sentence sentenceContaining(String phrase) {
        return Examples.annotated().stream().flatMap(a -> a.sentences().stream())
                .filter(s -> s.text().contains(phrase)).findFirst().orElseThrow();
    }
}
