package org.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;

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
    void reportsOfOneCallJoinTheStoryOfTheFirstAndOtherNewsFoundsItsOwn() {
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.defaults());

        Assignment first = clusterer.add(article("a", DAY, "reuters", NearDuplicateIndexTest.WIRE,
                List.of("Antony Blinken", "Russia", "Ukraine", "Sergey Lavrov")));
        Assignment second = clusterer.add(article("b", DAY, "tass", NearDuplicateIndexTest.SAME_EVENT_OTHER_TEXT
                        + " Washington has urged Russia to withdraw the troops it amassed on the border with Ukraine.",
                List.of("Sergey Lavrov", "Antony Blinken", "Moscow", "Ukraine", "NATO", "Geneva")));
        Assignment floods = clusterer.add(article("c", DAY.plusDays(1), "hindu", FLOODS,
                List.of("Kerala", "Kerala")));

        assertThat(first.founded()).isTrue();
        assertThat(first.score()).isZero();
        assertThat(second.story().id()).isEqualTo("a");
        assertThat(second.nearDuplicate()).isNull();
        assertThat(second.story()).isEqualTo(new Story("a",
                "Antony Blinken, Sergey Lavrov, Ukraine · russia, state, amassed", DAY, DAY, 2, 2));
        assertThat(floods.story()).isEqualTo(new Story("c", "Kerala · banks, blocked, boats",
                DAY.plusDays(1), DAY.plusDays(1), 1, 1));
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
    void restoredArticlesRebuildTheirStoriesWithoutDeciding() {
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.defaults());
        clusterer.restore(article("a", DAY, "reuters", NearDuplicateIndexTest.WIRE, List.of()), "a");
        clusterer.restore(article("c", DAY, "hindu", FLOODS, List.of()), "a");

        Assignment copy = clusterer.add(article("b", DAY, "yahoo", NearDuplicateIndexTest.REPUBLISHED, List.of()));

        assertThat(copy.story().id()).isEqualTo("a");
        assertThat(copy.story().articles()).isEqualTo(3);
    }
}
