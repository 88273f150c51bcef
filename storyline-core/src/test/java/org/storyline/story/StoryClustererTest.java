package org.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    private static final LocalDate DAY = LocalDate.of(2022, 2, 1);
    private static final String FLOODS = "Heavy monsoon rain caused floods across Kerala, and rescue teams used boats "
            + "to reach villages cut off by the water. Officials in Kerala said thousands of families moved to relief "
            + "camps as rivers burst their banks and landslides blocked roads.";

    private static StoryArticle article(String id, LocalDate date, String outlet, String text, List<String> entities) {
        return new StoryArticle(id, date, Set.of(outlet), null, text, entities, List.of());
    }

    @Test
    void reportsOfOneCallEndInTheStoryOfTheFirstAndOtherNewsFoundsItsOwn() {
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.defaults());

        Assignment first = clusterer.add(article("a", DAY, "reuters", NearDuplicateIndexTest.WIRE,
                List.of("Antony Blinken", "Russia", "Ukraine", "Sergey Lavrov")));
        Assignment second = clusterer.add(article("b", DAY, "tass", NearDuplicateIndexTest.SAME_EVENT_OTHER_TEXT
                        + " Washington has urged Russia to withdraw the troops it amassed on the border with Ukraine.",
                List.of("Sergey Lavrov", "Antony Blinken", "Moscow", "Ukraine", "NATO", "Geneva")));
        Assignment floods = clusterer.add(article("c", DAY.plusDays(1), "hindu", FLOODS,
                List.of("Kerala", "Kerala")));

        List<Assignment> settled = clusterer.settle();

        assertThat(first.founded()).isTrue();
        assertThat(first.score()).isZero();
        assertThat(second.founded()).as("online, under the join threshold of a one-article story").isTrue();
        assertThat(floods.founded()).isTrue();
        assertThat(settled).extracting(Assignment::articleId).containsExactly("a", "b", "c");
        assertThat(settled.get(1).story()).isEqualTo(new Story("a",
                "Antony Blinken, Sergey Lavrov, Ukraine · russia, state, amassed", DAY, DAY, 2, 2));
        assertThat(settled.get(1).score()).isCloseTo(0.32, within(0.005));
        assertThat(settled.get(1).nearDuplicate()).isNull();
        assertThat(settled.get(0).story()).isEqualTo(settled.get(1).story());
        assertThat(settled.get(2).story()).isEqualTo(new Story("c", "Kerala · banks, blocked, boats",
                DAY.plusDays(1), DAY.plusDays(1), 1, 1));
        assertThat(clusterer.liveStories()).extracting(Story::id).containsExactly("a", "c");
    }

    @Test
    void aLabelNamesNoPronoun() {
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.defaults());

        Assignment floods = clusterer.add(article("c", DAY, "hindu", FLOODS,
                List.of("He", "his", "Kerala", "he", "his", "us", "US", "US", "Pinarayi Vijayan")));

        assertThat(floods.story().label()).isEqualTo("US, Kerala, Pinarayi Vijayan · banks, blocked, boats");
    }

    @Test
    void aCopyJoinsTheStoryOfItsOriginalWithScoreOne() {
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.defaults());
        clusterer.add(article("a", DAY, "reuters", NearDuplicateIndexTest.WIRE, List.of()));
        clusterer.add(article("c", DAY, "hindu", FLOODS, List.of()));

        Assignment copy = clusterer.add(article("b", DAY, "yahoo", NearDuplicateIndexTest.REPUBLISHED, List.of()));

        assertThat(copy.story().id()).isEqualTo("a");
        assertThat(copy.score()).isEqualTo(1.0);
        assertThat(copy.nearDuplicate().originalId()).isEqualTo("a");
        assertThat(copy.story().outlets()).isEqualTo(2);
    }

    @Test
    void aStoryPastTheWindowIsDroppedAndTheSameNewsLaterFoundsANewStory() {
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.defaults());
        clusterer.add(article("a", DAY, "reuters", NearDuplicateIndexTest.WIRE, List.of()));

        Assignment later = clusterer.add(article("b", DAY.plusDays(31), "tass",
                NearDuplicateIndexTest.REPUBLISHED, List.of()));

        assertThat(later.founded()).isTrue();
        assertThat(later.nearDuplicate()).isNull();
        assertThat(clusterer.liveStories()).extracting(Story::id).containsExactly("b");
        assertThat(clusterer.liveArticles()).isEqualTo(1);
    }

    @Test
    void anArticleCloseToTwoStoriesMergesTheLaterIntoTheEarlierAndSaysSo() {
        StoryOptions options = new StoryOptions(30, 7, 0.3, 0.3, 1, 0, 0);
        StoryClusterer clusterer = new StoryClusterer(options);
        clusterer.add(article("a", DAY, "x", "Blinken Lavrov call troops border Ukraine talks Geneva", List.of()));
        clusterer.add(article("b", DAY, "y", "Kerala floods monsoon rescue boats villages camps", List.of()));

        Assignment both = clusterer.add(article("c", DAY, "z", "Blinken Lavrov call troops border Ukraine talks "
                + "Geneva Kerala floods monsoon rescue boats villages camps", List.of()));

        assertThat(both.story().id()).isEqualTo("a");
        assertThat(both.merges()).containsExactly(new StoryMerge("b", "a", "c", DAY));
        assertThat(both.story().articles()).isEqualTo(3);
        assertThat(clusterer.liveStories()).extracting(Story::id).containsExactly("a");
    }

    @Test
    void settlingMovesAnArticleToTheStoryItFitsBestOnceThatStoryHasGrown() {
        StoryOptions options = new StoryOptions(30, 7, 0.3, 0.9, 1, 0, 0);
        StoryClusterer clusterer = new StoryClusterer(options);
        clusterer.add(article("a", DAY, "x", "Blinken Lavrov call troops border Ukraine talks Geneva", List.of()));
        clusterer.add(article("b", DAY, "z", "Kerala floods monsoon rescue boats villages camps rain", List.of()));
        Assignment between = clusterer.add(article("m", DAY, "y", "Blinken Lavrov talks dam burst landslide "
                + "evacuation", List.of()));
        clusterer.add(article("c", DAY, "w", "Kerala floods dam burst landslide evacuation camps", List.of()));
        clusterer.add(article("d", DAY, "v", "Kerala floods dam burst landslide evacuation boats", List.of()));

        List<Assignment> settled = clusterer.settle();

        assertThat(between.story().id()).as("online, closer to the first story as the stories stood").isEqualTo("a");
        assertThat(settled).extracting(s -> s.articleId() + "→" + s.story().id())
                .containsExactly("a→a", "b→b", "m→b", "c→b", "d→b");
        assertThat(clusterer.storyOf("m")).contains("b");
        assertThat(clusterer.liveStories()).extracting(Story::id, Story::articles)
                .containsExactly(tuple("a", 1), tuple("b", 4));
    }

    @Test
    void articlesSettledOnceNeverMoveAgain() {
        StoryOptions options = new StoryOptions(30, 7, 0.3, 0.9, 1, 0, 0);
        StoryClusterer clusterer = new StoryClusterer(options);
        clusterer.add(article("a", DAY, "x", "Blinken Lavrov call troops border Ukraine talks Geneva", List.of()));
        clusterer.add(article("b", DAY, "z", "Kerala floods monsoon rescue boats villages camps rain", List.of()));
        clusterer.add(article("m", DAY, "y", "Blinken Lavrov talks dam burst landslide evacuation", List.of()));
        clusterer.settle();
        clusterer.add(article("c", DAY, "w", "Kerala floods dam burst landslide evacuation camps", List.of()));
        clusterer.add(article("d", DAY, "v", "Kerala floods dam burst landslide evacuation boats", List.of()));

        List<Assignment> settled = clusterer.settle();

        assertThat(settled).extracting(s -> s.articleId() + "→" + s.story().id()).containsExactly("c→b", "d→b");
        assertThat(clusterer.storyOf("m")).as("settled with the stories as they stood then").contains("a");
    }

    @Test
    void restoredArticlesRebuildTheirStoriesWithoutDeciding() {
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.defaults());
        clusterer.restore(article("a", DAY, "reuters", NearDuplicateIndexTest.WIRE, List.of()), "a");
        clusterer.restore(article("c", DAY, "hindu", FLOODS, List.of()), "a");

        Assignment copy = clusterer.add(article("b", DAY, "yahoo", NearDuplicateIndexTest.REPUBLISHED, List.of()));

        assertThat(copy.story().id()).isEqualTo("a");
        assertThat(copy.story().articles()).isEqualTo(3);
    }
}
