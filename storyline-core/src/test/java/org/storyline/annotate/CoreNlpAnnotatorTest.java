package org.storyline.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;

class CoreNlpAnnotatorTest {
    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2022, 1, 19);
    private static final CoreNlpAnnotator ANNOTATOR = CoreNlpAnnotator.shared();

    @Test
    void tenseDecidesWeekdaysAndMonthsWhereSutimeLooksAtWill() {
        List<Sentence> sentences = ANNOTATOR.annotate("The minister left Washington on Tuesday and will meet Lavrov "
                + "on Friday. Blinken had met Lavrov on Monday and will fly to Kyiv. Blinken meets Lavrov on Monday "
                + "and will then fly to Kyiv. The minister returned in March and would stay.", WEDNESDAY);

        assertThat(sentences).flatExtracting(Sentence::timexes)
                .extracting(Timex::text, Timex::value, Timex::sourceValue, Timex::rule)
                .containsExactly(
                        tuple("Tuesday", "2022-01-18", "2022-01-25", "tense:past"),
                        tuple("Friday", "2022-01-21", "2022-01-21", null),
                        tuple("Monday", "2022-01-17", "2022-01-24", "tense:past"),
                        tuple("Monday", "2022-01-17", "2022-01-24", "tense:present"),
                        tuple("March", "2021-03", "2022-03", "tense:past"));
        assertThat(sentences).extracting(Sentence::date)
                .containsExactly("2022-01-18", "2022-01-17", "2022-01-17", "2021-03");
    }

    @Test
    void valuesFollowTimex3Conventions() {
        LocalDate thursday = LocalDate.of(2022, 2, 17);
        List<Sentence> sentences = ANNOTATOR.annotate("Two weeks ago the talks failed. Trading closed at 16:08 UTC. "
                + "He runs twice a week. Profits fell in the last quarter. The index hit its lowest level in over six "
                + "years on Thursday.", thursday);

        assertThat(sentences).flatExtracting(Sentence::timexes).extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(
                        tuple("Two weeks ago", "DATE", "2022-W05"),
                        tuple("16:08 UTC", "TIME", "2022-02-17T16:08Z"),
                        tuple("twice a week", "SET", "P1W"),
                        tuple("the last quarter", "DATE", "2021-Q4"),
                        tuple("six years", "DURATION", "P6Y"),
                        tuple("Thursday", "DATE", "2022-02-17"));
    }

    @Test
    void withoutDateCorrectionTimexesKeepSutimesValues() {
        List<Sentence> sentences = ANNOTATOR.annotate("The minister left Washington on Tuesday and will meet Lavrov "
                + "on Friday. Blinken had met Lavrov on Monday and will fly to Kyiv. Blinken meets Lavrov on Monday "
                + "and will then fly to Kyiv. The minister returned in March and would stay.", WEDNESDAY, false);

        assertThat(sentences).flatExtracting(Sentence::timexes)
                .extracting(Timex::text, Timex::value, Timex::sourceValue, Timex::rule)
                .containsExactly(
                        tuple("Tuesday", "2022-01-25", "2022-01-25", null),
                        tuple("Friday", "2022-01-21", "2022-01-21", null),
                        tuple("Monday", "2022-01-24", "2022-01-24", null),
                        tuple("Monday", "2022-01-24", "2022-01-24", null),
                        tuple("March", "2022-03", "2022-03", null));
    }

    @Test
    void sutimeReadsEachTextAsIfNoTextCameBefore() {
        // SUTime tags the value every "Friday" shares to resolve to the past; the next text must not inherit it.
        List<Sentence> before = ANNOTATOR.annotate("It happened on Friday.", LocalDate.of(2013, 3, 22), false);
        List<Sentence> sentences = ANNOTATOR.annotate(
                "The minister left Washington on Tuesday and will meet Lavrov on Friday.", WEDNESDAY, false);

        assertThat(before).flatExtracting(Sentence::timexes).extracting(Timex::value).containsExactly("2013-03-22");
        assertThat(sentences).flatExtracting(Sentence::timexes).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Tuesday", "2022-01-25"), tuple("Friday", "2022-01-21"));
    }

    @Test
    void relativeWeekdaysStaySutimesAndTimeOfDayIsKept() {
        List<Sentence> sentences = ANNOTATOR.annotate(
                "The talks were held on Friday night, and he will return next Tuesday.", WEDNESDAY);

        assertThat(sentences).singleElement().satisfies(sentence -> {
            assertThat(sentence.timexes()).extracting(Timex::text, Timex::type, Timex::value, Timex::rule)
                    .containsExactly(
                            tuple("Friday night", "TIME", "2022-01-14TNI", "tense:past"),
                            tuple("next Tuesday", "DATE", "2022-01-25", null));
            assertThat(sentence.date()).isEqualTo("2022-01-14");
            assertThat(sentence.dateSource()).isEqualTo(DateSource.TEXT);
        });
    }

    @Test
    void convertsTokensMentionsAndDependencies() {
        String text = "  Secretary of State Antony Blinken met Lavrov in Geneva.";

        Sentence sentence = ANNOTATOR.annotate(text, WEDNESDAY).get(0);

        assertThat(sentence.text()).isEqualTo("Secretary of State Antony Blinken met Lavrov in Geneva.");
        assertThat(sentence.charStart()).isEqualTo(2);
        assertThat(sentence.tokens().get(5))
                .isEqualTo(new Token(5, "met", "meet", "VBD", "O", 36, 39));
        assertThat(sentence.mentions()).extracting(Mention::text, Mention::type, Mention::tokenStart, Mention::tokenEnd)
                .containsExactly(
                        tuple("State", "ORGANIZATION", 2, 3),
                        tuple("Antony Blinken", "PERSON", 3, 5),
                        tuple("Lavrov", "PERSON", 6, 7),
                        tuple("Geneva", "LOCATION", 8, 9));
        assertThat(sentence.dependencies()).contains(
                new Dependency(-1, 5, "root"), new Dependency(5, 4, "nsubj"), new Dependency(5, 6, "obj"),
                new Dependency(5, 8, "obl:in"));
        assertThat(sentence.timexes()).isEmpty();
        assertThat(sentence.date()).isEqualTo("2022-01-19");
        assertThat(sentence.dateSource()).isEqualTo(DateSource.PUBLISHED);
    }

    @Test
    void blankLinesEndSentencesAndOffsetsSurviveTypographicQuotes() {
        String text = "Blinken urges Russia to de-escalate\n\nThe talks “continued”\non Tuesday.";

        List<Sentence> sentences = ANNOTATOR.annotate(text, WEDNESDAY);

        assertThat(sentences).extracting(Sentence::index, Sentence::text).containsExactly(
                tuple(0, "Blinken urges Russia to de-escalate"),
                tuple(1, "The talks “continued”\non Tuesday."));
        for (Sentence sentence : sentences) {
            for (Token token : sentence.tokens()) {
                assertThat(text.substring(token.charStart(), token.charEnd())).isEqualTo(token.text());
            }
        }
        assertThat(sentences.get(1).tokens()).extracting(Token::text)
                .containsExactly("The", "talks", "“", "continued", "”", "on", "Tuesday", ".");
        assertThat(sentences.get(1).timexes()).singleElement()
                .isEqualTo(new Timex("Tuesday", "DATE", "2022-01-18", "2022-01-18", null, 6, 7, 62, 69));
    }

    @Test
    void aTypographicApostropheIsReadAsTheVerbItWrites() {
        // "’s" after a pronoun is "is", not a possessive: the tense of "It’s going to happen" is the future
        List<Sentence> sentences = ANNOTATOR.annotate("It’s going to happen on Friday. Blinken’s talk on Tuesday was "
                + "short.", WEDNESDAY);

        assertThat(sentences.get(0).tokens()).extracting(Token::text, Token::pos)
                .startsWith(tuple("It", "PRP"), tuple("’s", "VBZ"));
        assertThat(sentences.get(1).tokens().get(1)).extracting(Token::text, Token::pos).containsExactly("’s", "POS");
        assertThat(sentences.stream().flatMap(s -> s.timexes().stream())).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Friday", "2022-01-21"), tuple("Tuesday", "2022-01-18"));
    }

    @Test
    void annotatesAnArticleAgainstItsEarliestPublication() {
        Article article = new Article("x", "Blinken spoke on Monday.", List.of(
                new Publication(null, null, LocalDate.of(2022, 2, 3), null, "b.txt"),
                new Publication(null, null, LocalDate.of(2022, 2, 2), null, "a.txt")));

        AnnotatedArticle annotated = ANNOTATOR.annotate(article);

        assertThat(annotated.article()).isSameAs(article);
        assertThat(annotated.sentences()).singleElement().extracting(Sentence::date).isEqualTo("2022-01-31");
    }

    @Test
    void rejectsMissingArguments() {
        assertThatThrownBy(() -> ANNOTATOR.annotate(null, WEDNESDAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("text must not be null");
        assertThatThrownBy(() -> ANNOTATOR.annotate("Text.", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("published must not be null");
    }

    @Test
    void datesFarApartInOneSentenceAreEachFoundAtTheirOffsets() {
        String text = "On Monday, the committee that oversees the budget of the agency and the long list of its "
                + "programmes in every region of the country said that it would publish its report by March 31, 2022.";
        List<Sentence> sentences = ANNOTATOR.annotate(text, WEDNESDAY);

        assertThat(sentences).flatExtracting(Sentence::timexes)
                .extracting(Timex::text, Timex::type, Timex::value, Timex::charStart, Timex::tokenStart)
                .containsExactly(
                        tuple("Monday", "DATE", "2022-01-17", 3, 1),
                        tuple("March 31, 2022", "DATE", "2022-03-31", text.indexOf("March"), 33));
    }

    @Test
    void sutimeReadsEightTokensEitherSideOfEachCue() {
        CoreMap sentence = sentence("On Monday the committee that oversees the budget of the agency and the long "
                + "list of its many programmes in each region said it would report by March 31 .");

        assertThat(CoreNlpAnnotator.Times.windows(sentence))
                .extracting(window -> window.get(CoreAnnotations.TextAnnotation.class))
                .containsExactly(
                        "On Monday the committee that oversees the budget of the",
                        "in each region said it would report by March 31 .");
    }

    @Test
    void sutimeReadsTheWholeSentenceWhenCuesCoverIt() {
        CoreMap sentence = sentence("The talks began on Monday and ended on Friday .");

        assertThat(CoreNlpAnnotator.Times.windows(sentence)).containsExactly(sentence);
    }

    @Test
    void amountsAreNoCuesButYearsAbbreviatedMonthsAndClockTimesAre() {
        assertThat(CoreNlpAnnotator.Times.windows(sentence("They gave 500 dollars to 1,200 families , 3.5 each .")))
                .isEmpty();
        assertThat(CoreNlpAnnotator.Times.windows(
                sentence("The plan gives 500 dollars to 1,200 families , 3.5 percent more than in 2021 .")))
                .extracting(window -> window.get(CoreAnnotations.TextAnnotation.class))
                .containsExactly("1,200 families , 3.5 percent more than in 2021 .");
        assertThat(CoreNlpAnnotator.Times.windows(sentence("The vote came on Aug. 7 ."))).hasSize(1);
        assertThat(CoreNlpAnnotator.Times.windows(sentence("They met at 10 a.m. and left ."))).hasSize(1);
    }

    /** A sentence of whitespace-separated tokens, with the offsets a tokenizer would give them. */
    private static CoreMap sentence(String text) {
        List<CoreLabel> tokens = new ArrayList<>();
        int offset = 0;
        for (String word : text.split(" ")) {
            CoreLabel token = new CoreLabel();
            token.setWord(word);
            token.setBeginPosition(offset);
            token.setEndPosition(offset + word.length());
            tokens.add(token);
            offset += word.length() + 1;
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TextAnnotation.class, text);
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, 0);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, text.length());
        return sentence;
    }
}
