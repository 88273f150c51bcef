package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Mention;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Timex;
import org.storyline.annotate.Token;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;

class DateMentionTimelineBuilderTest {
    private static final Set<String> VERBS = Set.of("arrived", "destroyed", "killed", "landed", "searched", "struck",
            "said", "met", "spoke", "thanked", "visited", "massed");
    private static final Set<String> DAY_WORDS = Set.of("Tuesday", "Wednesday", "Thursday");
    private static final Set<String> PEOPLE = Set.of("Blinken", "Lavrov", "Kuleba");
    private static final LocalDate TUESDAY = LocalDate.of(2010, 1, 12);
    private static final LocalDate WEDNESDAY = LocalDate.of(2010, 1, 13);
    private static final LocalDate FRIDAY = LocalDate.of(2010, 1, 15);

    private final DateMentionTimelineBuilder builder = new DateMentionTimelineBuilder();

    @Test
    void ranksDaysByTheArticlesThatNameThemBeforePublicationDays() {
        AnnotatedArticle wire = wire();
        AnnotatedArticle paper = paper();
        AnnotatedArticle radio = article("radio/1.txt", "radio", "2010-01-15",
                new String[] {"Aid flights landed at the airport of the capital with water", "2010-01-15",
                        "PUBLISHED"});
        List<AnnotatedArticle> articles = List.of(wire, paper, radio);

        Timeline two = builder.build(articles, new TimelineRequest(null, null, null, 2, 1));
        Timeline three = builder.build(articles, new TimelineRequest(null, null, null, 3, 1));

        assertThat(two.dates()).extracting(TimelineDate::date).containsExactly(TUESDAY, WEDNESDAY);
        assertThat(two.dates()).extracting(TimelineDate::score).containsExactly(2.0, 1.0);
        assertThat(two.dates()).extracting(TimelineDate::why).containsExactly(
                "named in 2 article(s), 0 of them more than a week later and 0 with a sentence that opens with it; "
                        + "publication day of 0 article(s)",
                "named in 1 article(s), 0 of them more than a week later and 0 with a sentence that opens with it; "
                        + "publication day of 0 article(s)");
        assertThat(three.dates()).extracting(TimelineDate::date).containsExactly(TUESDAY, WEDNESDAY, FRIDAY);
        assertThat(three.dates().get(2).why()).isEqualTo("named in 0 article(s), 0 of them more than a week later and "
                + "0 with a sentence that opens with it; publication day of 1 article(s)");
    }

    @Test
    void anArticleThatNamesADayMoreThanAWeekLaterCountsTwiceAndItsSentenceIsPreferred() {
        AnnotatedArticle wire = wire();
        AnnotatedArticle paper = article("paper/1.txt", "paper", "2010-01-14",
                new String[] {"Rescue teams from abroad reached the capital on Wednesday morning", "2010-01-13",
                        "TEXT"});
        AnnotatedArticle review = article("review/1.txt", "review", "2010-02-12",
                new String[] {"Aid is still arriving in the capital a month after the disaster", "2010-02-12",
                        "PUBLISHED"},
                new String[] {"On Jan. 12 an earthquake destroyed much of the capital of the country", "2010-01-12",
                        "TEXT"});

        Timeline timeline = builder.build(List.of(wire, paper, review), new TimelineRequest(null, null, null, 1, 1));

        assertThat(timeline.dates()).extracting(TimelineDate::date).containsExactly(TUESDAY);
        assertThat(timeline.dates().get(0).score()).isEqualTo(3.0);
        assertThat(timeline.dates().get(0).lines()).extracting(TimelineLine::text)
                .containsExactly("On Jan. 12 an earthquake destroyed much of the capital of the country");
        assertThat(timeline.dates().get(0).lines().get(0).why()).contains("names the date, looking back on it");
    }

    @Test
    void aChronologyEntryCountsThreeTimesMore() {
        AnnotatedArticle wire = article("wire/1.txt", "wire", "2010-01-14",
                new String[] {"Rescue teams arrived in the capital on Wednesday from abroad", "2010-01-13", "TEXT"});
        AnnotatedArticle paper = article("paper/1.txt", "paper", "2010-01-14",
                new String[] {"Aid workers reached the capital on Wednesday with water and food", "2010-01-13",
                        "TEXT"});
        AnnotatedArticle chronology = article("chronology/1.txt", "paper", "2010-01-14",
                new String[] {"Tuesday - An earthquake destroyed much of the capital and the palace", "2010-01-12",
                        "TEXT"});

        Timeline timeline = builder.build(List.of(wire, paper, chronology),
                new TimelineRequest(null, null, null, 1, 1));

        assertThat(timeline.dates()).extracting(TimelineDate::date).containsExactly(TUESDAY);
        assertThat(timeline.dates().get(0).score()).isEqualTo(4.0);
        assertThat(timeline.dates().get(0).lines()).extracting(TimelineLine::text)
                .containsExactly("An earthquake destroyed much of the capital and the palace");
    }

    @Test
    void doesNotCountDaysAfterTheArticlesPublication() {
        AnnotatedArticle early = article("wire/1.txt", "wire", "2010-01-12",
                new String[] {"The earthquake struck the capital on Tuesday afternoon", "2010-01-12", "TEXT"},
                new String[] {"Rescue teams arrived in the capital on Thursday from abroad", "2010-01-14", "TEXT"},
                new String[] {"Aid flights landed at the airport on Thursday with water", "2010-01-14", "TEXT"});

        Timeline timeline = builder.build(List.of(early), new TimelineRequest(null, null, null, 5, 1));

        assertThat(timeline.dates()).extracting(TimelineDate::date).containsExactly(TUESDAY);
    }

    @Test
    void keepsOnlyDaysInsideTheRequestedSpan() {
        AnnotatedArticle wire = wire();
        AnnotatedArticle paper = paper();

        Timeline timeline = builder.build(List.of(wire, paper), new TimelineRequest(null, WEDNESDAY, FRIDAY, 5, 1));

        assertThat(timeline.dates()).extracting(TimelineDate::date).containsExactly(WEDNESDAY);
        assertThat(timeline.dates().get(0).lines()).extracting(TimelineLine::text)
                .containsExactly("Rescue teams arrived in the capital on Wednesday from abroad");
    }

    @Test
    void mergesNearIdenticalSentencesIntoOneLineCitingEveryOutlet() {
        AnnotatedArticle wire = article("wire/1.txt", "wire", "2010-01-13",
                new String[] {"The earthquake on Tuesday destroyed the palace and the cathedral", "2010-01-12",
                        "TEXT"},
                new String[] {"Rescue teams searched the rubble of the collapsed hotel for survivors", "2010-01-12",
                        "TEXT"});
        AnnotatedArticle paper = article("paper/1.txt", "paper", "2010-01-13",
                new String[] {"The earthquake on Tuesday destroyed the palace and the cathedral downtown",
                        "2010-01-12", "TEXT"});

        List<TimelineLine> lines = builder.build(List.of(wire, paper), new TimelineRequest(null, null, null, 1, 2))
                .dates().get(0).lines();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).text()).isEqualTo("The earthquake on Tuesday destroyed the palace and the cathedral");
        assertThat(lines.get(0).citations()).extracting(Citation::sentence).containsExactly(
                "The earthquake on Tuesday destroyed the palace and the cathedral",
                "The earthquake on Tuesday destroyed the palace and the cathedral downtown");
        assertThat(lines.get(0).sources()).extracting(Source::outlet).containsExactlyInAnyOrder("wire", "paper");
        assertThat(lines.get(1).text())
                .isEqualTo("Rescue teams searched the rubble of the collapsed hotel for survivors");
        assertThat(lines.get(1).citations()).extracting(Citation::articleId).containsExactly(wire.article().id());
        assertThat(lines.get(1).sources()).extracting(Source::origin).containsExactly("wire/1.txt");
    }

    @Test
    void leavesOutQuestionsAndFragmentsWithoutAVerb() {
        AnnotatedArticle wire = article("wire/1.txt", "wire", "2010-01-12",
                new String[] {"Who destroyed the palace of the president on Tuesday ?", "2010-01-12", "TEXT"},
                new String[] {"Palace , cathedral , hotel and ministry on Tuesday", "2010-01-12", "TEXT"},
                new String[] {"The earthquake struck the capital on Tuesday afternoon", "2010-01-12", "TEXT"});

        List<TimelineLine> lines = builder.build(List.of(wire), new TimelineRequest(null, null, null, 1, 3))
                .dates().get(0).lines();

        assertThat(lines).extracting(TimelineLine::text)
                .containsExactly("The earthquake struck the capital on Tuesday afternoon");
    }

    @Test
    void joinsSentencesNamingTheSamePeopleButKeepsApartThoseSharingOnlyOne() {
        AnnotatedArticle wire = article("wire/1.txt", "wire", "2022-02-01",
                new String[] {"Yesterday Blinken spoke with Lavrov about troops near the border", "2022-02-01",
                        "TEXT"},
                new String[] {"Officials said Blinken visited Kyiv to discuss grain exports", "2022-02-01", "TEXT"});
        AnnotatedArticle tweet = article("tweet/1.txt", "social", "2022-02-01",
                new String[] {"In a message Blinken thanked Lavrov for a frank conversation", "2022-02-01", "TEXT"});

        List<TimelineLine> lines = builder.build(List.of(wire, tweet), new TimelineRequest(null, null, null, 1, 3))
                .dates().get(0).lines();

        assertThat(lines).hasSize(2);
        assertThat(lines).flatExtracting(TimelineLine::citations).extracting(Citation::sentence).containsExactly(
                "Yesterday Blinken spoke with Lavrov about troops near the border",
                "In a message Blinken thanked Lavrov for a frank conversation",
                "Officials said Blinken visited Kyiv to discuss grain exports");
        assertThat(lines.get(0).sources()).extracting(Source::outlet).containsExactlyInAnyOrder("wire", "social");
    }

    @Test
    void aQueryCountsAndTellsOnlyTheSentencesNamingItsWords() {
        AnnotatedArticle wire = article("wire/1.txt", "wire", "2022-01-21",
                new String[] {"Officials said the GENEVA meeting on Wednesday ended without a breakthrough",
                        "2022-01-19", "TEXT"},
                new String[] {"Troops massed near the border on Tuesday and on Thursday", "2022-01-18", "TEXT"});
        AnnotatedArticle paper = article("paper/1.txt", "paper", "2022-01-21",
                new String[] {"Troops massed near the border on Tuesday as talks stalled", "2022-01-18", "TEXT"},
                new String[] {"Blinken met Lavrov in Geneva on Thursday to discuss the border", "2022-01-20", "TEXT"});

        Timeline all = builder.build(List.of(wire, paper), new TimelineRequest(null, null, null, 1, 1));
        Timeline geneva = builder.build(List.of(wire, paper), new TimelineRequest("geneva", null, null, 1, 1));
        Timeline genevaDays = builder.build(List.of(wire, paper), new TimelineRequest("geneva", null, null, 5, 1));

        assertThat(all.dates()).extracting(TimelineDate::date).containsExactly(LocalDate.of(2022, 1, 18));
        assertThat(geneva.dates()).extracting(TimelineDate::date).containsExactly(LocalDate.of(2022, 1, 19));
        assertThat(genevaDays.dates()).extracting(TimelineDate::date)
                .containsExactly(LocalDate.of(2022, 1, 19), LocalDate.of(2022, 1, 20));
        assertThat(genevaDays.dates()).flatExtracting(TimelineDate::lines).extracting(TimelineLine::text)
                .containsExactly("Officials said the GENEVA meeting on Wednesday ended without a breakthrough",
                        "Blinken met Lavrov in Geneva on Thursday to discuss the border");
    }

    @Test
    void anArticleReportingACodedEventOnADayCountsForIt() {
        AnnotatedArticle wire = article("wire/1.txt", "wire", "2010-01-14",
                new String[] {"Rescue teams searched the rubble of the hotel on Wednesday", "2010-01-13", "TEXT"},
                new String[] {"Rescue teams searched the rubble of the school on Wednesday", "2010-01-13", "TEXT"});
        AnnotatedArticle paper = article("paper/1.txt", "paper", "2010-01-14",
                new String[] {"The earthquake on Tuesday destroyed the palace of the president", "2010-01-12",
                        "TEXT"});
        TimelineRequest request = new TimelineRequest(null, null, null, 1, 1);
        EventSentences school = EventSentences.of(Map.of(wire.article().id(), Set.of(1)));

        Timeline without = builder.build(List.of(wire, paper), request, Map.of(), EventSentences.NONE);
        Timeline with = builder.build(List.of(wire, paper), request, Map.of(), school);

        assertThat(without.dates()).extracting(TimelineDate::date).containsExactly(TUESDAY);
        assertThat(with.dates()).extracting(TimelineDate::date).containsExactly(WEDNESDAY);
        assertThat(with.dates().get(0).score()).isEqualTo(2.0);
        assertThat(with.dates().get(0).why()).isEqualTo("named in 1 article(s), 0 of them more than a week later and "
                + "0 with a sentence that opens with it; publication day of 0 article(s); a coded event on it in 1 "
                + "article(s)");
    }

    @Test
    void readingAheadLooksUpTheEventsOfArticlesWithASentenceThatMayTellADayOfTheRequest() {
        List<String> asked = new ArrayList<>();
        TimelineRequest fromWednesday = new TimelineRequest(null, WEDNESDAY, null, 5, 2);
        DateMentionTimelineBuilder.Accumulator accumulator = builder.start(fromWednesday, Map.of(),
                EventSentences.lookedUp(id -> {
                    asked.add(id);
                    return Set.of();
                }));

        accumulator.readAhead(wire());
        accumulator.readAhead(paper());

        assertThat(asked).containsExactly(wire().article().id());
    }

    @Test
    void articlesHandedOverOneAtATimeGiveTheSameTimeline() {
        AnnotatedArticle wire = wire();
        AnnotatedArticle paper = paper();
        TimelineRequest request = new TimelineRequest("earthquake", null, null, 5, 2);

        DateMentionTimelineBuilder.Accumulator accumulator = builder.start(request, Map.of(), EventSentences.NONE);
        accumulator.add(wire);
        accumulator.add(paper);

        assertThat(accumulator.finish()).isEqualTo(builder.build(List.of(wire, paper), request))
                .extracting(Timeline::articles).isEqualTo(2);
    }

    @Test
    void articlesWithOnlyTheSentencesNamingTheQueryGiveTheSameTimeline() {
        TimelineRequest request = new TimelineRequest("earthquake", null, null, 5, 2);
        DateMentionTimelineBuilder.Accumulator accumulator = builder.start(request, Map.of(), EventSentences.NONE);
        Predicate<String> words = accumulator.sentenceWords();
        List<AnnotatedArticle> filtered = Stream.of(wire(), paper()).map(article -> new AnnotatedArticle(
                article.article(), article.sentences().stream().filter(sentence -> sentence.tokens().stream()
                        .anyMatch(t -> words.test(t.text()) || words.test(t.lemma()))).toList())).toList();
        filtered.forEach(accumulator::add);

        assertThat(filtered).extracting(article -> article.sentences().size()).containsExactly(1, 1);
        assertThat(words.test("Earthquake")).isTrue();
        assertThat(words.test("quake")).isFalse();
        assertThat(accumulator.finish()).isEqualTo(builder.build(List.of(wire(), paper()), request));
        assertThat(builder.start(new TimelineRequest(null, null, null, 5, 2), Map.of(), EventSentences.NONE)
                .sentenceWords()).isNull();
    }

    /** A wire report of 14 January 2010 naming the Wednesday of the rescue and the Tuesday of the earthquake. */
    private static AnnotatedArticle wire() {
        return article("wire/1.txt", "wire", "2010-01-14",
                new String[] {"Rescue teams arrived in the capital on Wednesday from abroad", "2010-01-13", "TEXT"},
                new String[] {"The earthquake on Tuesday destroyed the palace of the president", "2010-01-12", "TEXT"});
    }

    /** A paper's report of the same day naming the Tuesday of the earthquake. */
    private static AnnotatedArticle paper() {
        return article("paper/1.txt", "paper", "2010-01-14",
                new String[] {"The earthquake on Tuesday killed thousands of people in the capital", "2010-01-12",
                        "TEXT"});
    }

    /**
     * An article whose sentences are {text, date, date source}; a weekday word in a TEXT sentence is its timex, and
     * a word of {@link #PEOPLE} names a person.
     */
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
        List<Timex> timexes = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        int position = offset;
        for (String word : text.split(" ")) {
            String pos = VERBS.contains(word) ? "VBD" : word.matches("\\p{Punct}") ? "." : "NN";
            boolean person = PEOPLE.contains(word);
            tokens.add(new Token(tokens.size(), word, word.toLowerCase(), person ? "NNP" : pos,
                    person ? "PERSON" : "O", position, position + word.length()));
            if (person) {
                mentions.add(new Mention(word, "PERSON", tokens.size() - 1, tokens.size(), position,
                        position + word.length()));
            }
            if (source == DateSource.TEXT && DAY_WORDS.contains(word)) {
                timexes.add(new Timex(word, "DATE", date, date, null, tokens.size() - 1, tokens.size(), position,
                        position + word.length()));
            }
            position += word.length() + 1;
        }
        return new Sentence(index, text, offset, offset + text.length(), tokens, List.of(), mentions, timexes,
                date, source);
    }
}
