package org.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of story clustering over seeded random streams: articles about a few dozen topics, each with its own
 * words and names, over several months, with a share of wire copies of earlier articles.
 */
class StoryPropertiesTest {
    private static final int ARTICLES = 300;
    private static final int TOPICS = 30;
    private static final LocalDate START = LocalDate.of(2022, 1, 1);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void addingArticlesNeverChangesTheStoryOfEarlierOnesNorRenamesAStory(long seed) {
        List<StoryArticle> stream = stream(new Random(seed));
        List<Integer> ends = batchEnds(seed);
        int prefix = ends.get(new Random(seed * 31).nextInt(ends.size() - 1));
        List<Assignment> before = run(stream.subList(0, prefix), seed).assignments();

        Run all = run(stream, seed);

        assertThat(all.assignments().subList(0, prefix)).isEqualTo(before);
        for (Assignment assignment : before) {
            all.clusterer().storyOf(assignment.articleId()).ifPresent(story -> assertThat(story)
                    .as("story of %s at the end", assignment.articleId())
                    .isEqualTo(all.resolve(assignment.story().id())));
        }
        Set<String> founders = new HashSet<>();
        for (Assignment assignment : all.assignments()) {
            if (assignment.founded()) {
                founders.add(assignment.articleId());
            }
        }
        for (Assignment assignment : all.assignments()) {
            assertThat(founders).as("every story is named after an article in it").contains(assignment.story().id());
        }
        for (Assignment assignment : before) {
            String id = assignment.story().id();
            assertThat(all.resolve(id)).as("story %s still leads to a story", id)
                    .isIn(all.assignments().stream().map(a -> a.story().id()).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void aNearDuplicatePairIsNeverSplitAcrossTwoStories(long seed) {
        Run run = run(stream(new Random(seed)), seed);
        Map<String, String> storyOf = new HashMap<>();
        run.assignments().forEach(a -> storyOf.put(a.articleId(), a.story().id()));

        List<NearDuplicate> copies = run.assignments().stream().map(Assignment::nearDuplicate)
                .filter(c -> c != null).toList();

        assertThat(copies).isNotEmpty();
        for (NearDuplicate copy : copies) {
            assertThat(run.resolve(storyOf.get(copy.articleId())))
                    .isEqualTo(run.resolve(storyOf.get(copy.originalId())));
        }
    }

    /** Where the batches of a run end: batches of 1 to 60 articles, drawn from {@code seed}, the last at the end. */
    private static List<Integer> batchEnds(long seed) {
        Random sizes = new Random(seed * 17);
        List<Integer> ends = new ArrayList<>();
        for (int end = 1 + sizes.nextInt(60); end < ARTICLES; end += 1 + sizes.nextInt(60)) {
            ends.add(end);
        }
        ends.add(ARTICLES);
        return ends;
    }

    /**
     * Clusters the articles and settles them at the ends of the batches drawn from {@code seed} (and after the last
     * article), so a run of a prefix that ends a batch settles at the same points as a run of the whole stream.
     */
    private static Run run(List<StoryArticle> articles, long seed) {
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.defaults());
        List<Assignment> assignments = new ArrayList<>();
        Map<String, String> mergedInto = new HashMap<>();
        int from = 0;
        for (int end : batchEnds(seed)) {
            int to = Math.min(articles.size(), end);
            if (to <= from) {
                break;
            }
            articles.subList(from, to).forEach(clusterer::add);
            for (Assignment assignment : clusterer.settle()) {
                assignments.add(assignment);
                assignment.merges().forEach(m -> mergedInto.put(m.storyId(), m.intoStoryId()));
            }
            from = to;
        }
        return new Run(clusterer, assignments, mergedInto);
    }

    /** A stream in publication order: topics come and go, a fifth of the articles copy an earlier one. */
    private static List<StoryArticle> stream(Random random) {
        List<List<String>> topicWords = new ArrayList<>();
        List<List<String>> topicNames = new ArrayList<>();
        for (int t = 0; t < TOPICS; t++) {
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 12; w++) {
                words.add("topic" + t + "word" + w);
            }
            topicWords.add(words);
            topicNames.add(List.of("Person" + t, "Place" + t, "Group" + t));
        }
        List<StoryArticle> articles = new ArrayList<>();
        LocalDate date = START;
        for (int i = 0; i < ARTICLES; i++) {
            date = date.plusDays(random.nextInt(3) == 0 ? 1 : 0);
            String id = String.format("%016x", random.nextLong());
            if (!articles.isEmpty() && random.nextInt(5) == 0) {
                StoryArticle original = articles.get(Math.max(0, articles.size() - 1 - random.nextInt(20)));
                String text = WireCopies.variant(original.text(),
                        WireCopies.Edit.values()[random.nextInt(WireCopies.Edit.values().length)], random);
                articles.add(new StoryArticle(id, date, Set.of("outlet" + random.nextInt(8)), null, text,
                        original.entities(), List.of()));
                continue;
            }
            int topic = (int) ((date.toEpochDay() - START.toEpochDay()) / 10 + random.nextInt(4)) % TOPICS;
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 80; w++) {
                text.append(random.nextInt(3) == 0 ? topicWords.get(topic).get(random.nextInt(12))
                        : "common" + random.nextInt(400)).append(w % 10 == 9 ? ". " : " ");
            }
            articles.add(new StoryArticle(id, date, Set.of("outlet" + random.nextInt(8)), null, text.toString(),
                    topicNames.get(topic).subList(0, 1 + random.nextInt(3)), List.of()));
        }
        return articles;
    }

    private record Run(StoryClusterer clusterer, List<Assignment> assignments, Map<String, String> mergedInto) {
        String resolve(String story) {
            String current = story;
            while (mergedInto.containsKey(current)) {
                current = mergedInto.get(current);
            }
            return current;
        }
    }
}
