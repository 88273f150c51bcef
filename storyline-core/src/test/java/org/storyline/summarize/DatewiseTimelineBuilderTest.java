package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Mention;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;

class DatewiseTimelineBuilderTest {
    private static final Set<String> VERBS = Set.of("spoke", "urged", "met", "said", "announced", "visited", "left", "thanked");

    @Test
    void mergesOneFactToldByTwoOutletsIntoOneLineCitingBoth() {
        AnnotatedArticle wire = article("wire.txt", "Wire", "2022-02-01",
                new String[] {"Blinken spoke with Lavrov by phone and urged Russia to withdraw troops", "2022-02-01", "TEXT"},
                new String[] {"Officials said markets were calm in Moscow after the holiday", "2022-02-01", "PUBLISHED"});
        AnnotatedArticle paper = article("paper.txt", "Paper", "2022-02-01",
                new String[] {"In a phone call Blinken urged Lavrov and Russia to withdraw troops", "2022-02-01", "TEXT"});

        Timeline timeline = new DatewiseTimelineBuilder().build(List.of(wire, paper), TimelineRequest.all());

        assertThat(timeline.dates()).extracting(TimelineDate::date).containsExactly(LocalDate.of(2022, 2, 1));
        List<TimelineLine> lines = timeline.dates().get(0).lines();
        assertThat(lines).hasSize(2);
        TimelineLine call = lines.get(0);
        assertThat(call.sources()).extracting(Source::outlet).containsExactly("Paper", "Wire");
        assertThat(call.citations()).hasSize(2);
        assertThat(lines.get(1).text()).isEqualTo("Officials said markets were calm in Moscow after the holiday");
        assertThat(lines.get(1).sources()).extracting(Source::outlet).containsExactly("Wire");
    }

    @Test
    void aNearDuplicateCopyIsCitedOnTheSameLineButCountedOnce() {
        AnnotatedArticle wire = article("wire.txt", "Wire", "2022-02-01",
                new String[] {"Blinken spoke with Lavrov by phone and urged Russia to withdraw troops", "2022-02-01", "TEXT"});
        AnnotatedArticle copy = article("daily.txt", "Daily", "2022-02-02",
                new String[] {"Blinken spoke with Lavrov by phone on Tuesday and urged Russia to withdraw troops",
                        "2022-02-01", "TEXT"});
        AnnotatedArticle other = article("paper.txt", "Paper", "2022-02-01",
                new String[] {"Officials said markets were calm in Moscow after the holiday", "2022-02-01", "TEXT"});
        String wireId = wire.article().id();
        String copyId = copy.article().id();

        Timeline counted = new DatewiseTimelineBuilder()
                .build(List.of(wire, copy, other), TimelineRequest.all(), Map.of(copyId, wireId));
        Timeline independent = new DatewiseTimelineBuilder()
                .build(List.of(wire, copy, other), TimelineRequest.all());

        TimelineDate day = counted.dates().get(0);
        assertThat(day.why()).isEqualTo("named in 3 sentence(s) of 2 article(s); publication day of 0 more");
        assertThat(day.score()).isEqualTo(7.0);
        TimelineLine call = day.lines().get(0);
        assertThat(call.text())
                .isEqualTo("Blinken spoke with Lavrov by phone on Tuesday and urged Russia to withdraw troops");
        assertThat(call.why()).isEqualTo("told by 1 article(s) and 1 near-duplicate(s) in 2 sentence(s), "
                + "2 naming the date");
        assertThat(call.sources()).extracting(Source::articleId, Source::outlet, Source::copyOf)
                .containsExactly(tuple(wireId, "Wire", null), tuple(copyId, "Daily", wireId));
        assertThat(call.citations()).extracting(Citation::articleId).containsExactly(copyId, wireId);
        assertThat(independent.dates().get(0).why())
                .isEqualTo("named in 3 sentence(s) of 3 article(s); publication day of 0 more");
        assertThat(independent.dates().get(0).lines().get(0).why())
                .isEqualTo("told by 2 article(s) in 2 sentence(s), 2 naming the date");
        assertThat(independent.dates().get(0).lines().get(0).sources()).extracting(Source::copyOf)
                .containsOnlyNulls();
    }

    @Test
    void joinsReportsNamingTheSamePeopleButKeepsApartThoseSharingOnlyOne() {
        AnnotatedArticle wire = article("wire.txt", "Wire", "2022-02-01",
                new String[] {"Yesterday Blinken spoke with Lavrov about troops near the border", "2022-02-01", "TEXT"},
                new String[] {"Officials said Blinken visited Kyiv to discuss grain exports", "2022-02-01", "TEXT"});
        AnnotatedArticle tweet = article("tweet.txt", "Social", "2022-02-01",
                new String[] {"In a message Blinken thanked Lavrov for a frank conversation", "2022-02-01", "TEXT"});

        List<TimelineLine> lines = new DatewiseTimelineBuilder().build(List.of(wire, tweet), TimelineRequest.all())
                .dates().get(0).lines();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).citations()).extracting(Citation::sentence).containsExactlyInAnyOrder(
                "Yesterday Blinken spoke with Lavrov about troops near the border",
                "In a message Blinken thanked Lavrov for a frank conversation");
        assertThat(lines.get(1).citations()).extracting(Citation::sentence)
                .containsExactly("Officials said Blinken visited Kyiv to discuss grain exports");
    }

    @Test
    void placesSentencesUnderTheDayTheySpeakOfAndLeavesOutCoarseDates() {
        AnnotatedArticle article = article("a.txt", null, "2022-01-21",
                new String[] {"Blinken left Washington for Kyiv and visited the embassy there", "2022-01-18", "TEXT"},
                new String[] {"Blinken met Lavrov in Geneva to discuss the troops on the border", "2022-01-21", "PUBLISHED"},
                new String[] {"The two ministers met in Geneva once before during the winter", "2022-01", "TEXT"});

        Timeline timeline = new DatewiseTimelineBuilder().build(List.of(article), TimelineRequest.all());

        assertThat(timeline.dates()).extracting(TimelineDate::date)
                .containsExactly(LocalDate.of(2022, 1, 18), LocalDate.of(2022, 1, 21));
        assertThat(timeline.dates().get(0).lines()).extracting(TimelineLine::text)
                .containsExactly("Blinken left Washington for Kyiv and visited the embassy there");
        assertThat(timeline.dates().get(0).lines().get(0).sources()).extracting(Source::origin)
                .containsExactly("a.txt");
    }

    @Test
    void keepsTheMostReportedDatesAndHonoursTheDateRange() {
        AnnotatedArticle first = article("1.txt", null, "2022-01-10",
                new String[] {"Troops massed near the border as talks stalled in Vienna", "2022-01-09", "TEXT"},
                new String[] {"Ministers met in Vienna and announced new talks next month", "2022-01-10", "PUBLISHED"});
        AnnotatedArticle second = article("2.txt", null, "2022-01-11",
                new String[] {"Troops massed near the border while diplomats met in Vienna", "2022-01-09", "TEXT"});

        Timeline top = new DatewiseTimelineBuilder()
                .build(List.of(first, second), new TimelineRequest(null, null, null, 1, 2));
        Timeline ranged = new DatewiseTimelineBuilder().build(List.of(first, second),
                new TimelineRequest(null, LocalDate.of(2022, 1, 10), null, 5, 2));

        assertThat(top.dates()).extracting(TimelineDate::date).containsExactly(LocalDate.of(2022, 1, 9));
        assertThat(ranged.dates()).extracting(TimelineDate::date).containsExactly(LocalDate.of(2022, 1, 10));
    }

    @Test
    void leavesOutFragmentsWithoutAVerb() {
        AnnotatedArticle article = article("a.txt", null, "2022-01-21",
                new String[] {"Russia Ukraine United States Diplomacy Geneva Talks", "2022-01-21", "PUBLISHED"});

        assertThat(new DatewiseTimelineBuilder().build(List.of(article), TimelineRequest.all()).dates()).isEmpty();
    }

    @Test
    void aQueryKeepsTheSentencesNamingItsWordsInAnyCaseAndNoSentenceOfAnImpossibleDay() {
        AnnotatedArticle article = article("a.txt", null, "2022-01-21",
                new String[] {"Blinken met Lavrov in Geneva to discuss the troops on the border", "2022-01-21", "TEXT"},
                new String[] {"Officials said the GENEVA meeting ended without any breakthrough", "2022-01-20", "TEXT"},
                new String[] {"Blinken visited Kyiv and thanked the embassy staff for their work", "2022-01-19", "TEXT"},
                new String[] {"Lavrov said Geneva would host more talks in the coming weeks", "2022-02-30", "TEXT"},
                new String[] {"Lavrov said Geneva would host more talks in the coming months", "2022-1-21x", "TEXT"});

        Timeline timeline = new DatewiseTimelineBuilder().build(List.of(article),
                new TimelineRequest("geneva", null, null, 10, 2));

        assertThat(timeline.dates()).extracting(TimelineDate::date)
                .containsExactly(LocalDate.of(2022, 1, 20), LocalDate.of(2022, 1, 21));
    }

    @Test
    void articlesHandedOverOneAtATimeGiveTheSameTimeline() {
        AnnotatedArticle first = article("1.txt", "apnews.com", "2022-01-10",
                new String[] {"Troops massed near the border as talks stalled in Vienna", "2022-01-09", "TEXT"},
                new String[] {"Ministers met in Vienna and announced new talks next month", "2022-01-10", "PUBLISHED"});
        AnnotatedArticle second = article("2.txt", "reuters.com", "2022-01-11",
                new String[] {"Troops massed near the border while diplomats met in Vienna", "2022-01-09", "TEXT"});
        TimelineRequest request = new TimelineRequest("vienna", null, null, 5, 2);

        DatewiseTimelineBuilder.Accumulator accumulator = new DatewiseTimelineBuilder().start(request, Map.of());
        accumulator.add(first);
        accumulator.add(second);

        assertThat(accumulator.finish())
                .isEqualTo(new DatewiseTimelineBuilder().build(List.of(first, second), request))
                .extracting(Timeline::articles).isEqualTo(2);
    }

    /** An article whose sentences are given as {text, date, date source}; capitalised words are entities. */
    private static AnnotatedArticle article(String origin, String outlet, String published, String[]... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> annotated = new ArrayList<>();
        for (String[] sentence : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            annotated.add(sentence(annotated.size(), text.length(), sentence[0], sentence[1],
                    DateSource.valueOf(sentence[2])));
            text.append(sentence[0]);
        }
        Publication publication = new Publication(null, outlet, LocalDate.parse(published), null, origin);
        return new AnnotatedArticle(Article.of(text.toString(), publication), annotated);
    }

    private static Sentence sentence(int index, int offset, String text, String date, DateSource source) {
        List<Token> tokens = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        int position = offset;
        for (String word : text.split(" ")) {
            boolean verb = VERBS.contains(word);
            boolean name = Character.isUpperCase(word.charAt(0)) && tokens.size() > 0;
            int start = position;
            int end = start + word.length();
            tokens.add(new Token(tokens.size(), word, word.toLowerCase(), verb ? "VBD" : name ? "NNP" : "NN",
                    name ? "PERSON" : "O", start, end));
            if (name) {
                mentions.add(new Mention(word, "PERSON", tokens.size() - 1, tokens.size(), start, end));
            }
            position = end + 1;
        }
        return new Sentence(index, text, offset, offset + text.length(), tokens, List.of(), mentions, List.of(),
                date, source);
    }
}
