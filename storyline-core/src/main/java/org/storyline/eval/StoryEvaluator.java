package org.storyline.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.storyline.story.Assignment;
import org.storyline.story.StoryArticle;
import org.storyline.story.StoryClusterer;
import org.storyline.story.StoryOptions;
import org.storyline.story.StoryMerge;

/**
 * Scores story clustering on ECB+. The corpus has no reliable publication dates, so every document is given the
 * same date (time plays no part) and the documents are fed in a fixed pseudo-random order, by SHA-256 of the file
 * name: topics arrive interleaved, as a news stream would, and the order is the same on every run. Stateless and
 * safe to share between threads.
 */
public final class StoryEvaluator {
    private final StoryOptions options;

    public StoryEvaluator(StoryOptions options) {
        this.options = options;
    }

    /**
     * Clusters the documents, each turned into a story article by {@code features}, and scores the stories
     * against the gold clusters.
     */
    public ClusterScores evaluate(List<EcbPlusDocument> documents, Function<EcbPlusDocument, StoryArticle> features) {
        StoryClusterer clusterer = new StoryClusterer(options);
        Set<String> added = new HashSet<>();
        Map<String, String> gold = new HashMap<>();
        Map<String, String> articleOfDocument = new HashMap<>();
        for (EcbPlusDocument document : streamOrder(documents)) {
            StoryArticle article = features.apply(document);
            gold.put(document.name(), document.gold());
            articleOfDocument.put(document.name(), article.id());
            if (added.add(article.id())) {
                clusterer.add(article);
            }
        }
        Map<String, String> storyOfArticle = new HashMap<>();
        Map<String, String> mergedInto = new HashMap<>();
        for (Assignment settled : clusterer.settle()) {
            storyOfArticle.put(settled.articleId(), settled.story().id());
            for (StoryMerge merge : settled.merges()) {
                mergedInto.put(merge.storyId(), merge.intoStoryId());
            }
        }
        Map<String, String> predicted = new HashMap<>();
        articleOfDocument.forEach((name, id) -> predicted.put(name, resolve(storyOfArticle.get(id), mergedInto)));
        return ClusterScores.of(gold, predicted);
    }

    /** The documents in the order they are clustered: by SHA-256 of the file name. */
    public static List<EcbPlusDocument> streamOrder(List<EcbPlusDocument> documents) {
        return documents.stream().sorted(Comparator.comparing((EcbPlusDocument d) -> sha256(d.name()))
                .thenComparing(EcbPlusDocument::name)).toList();
    }

    private static String resolve(String story, Map<String, String> mergedInto) {
        String current = story;
        while (mergedInto.containsKey(current)) {
            current = mergedInto.get(current);
        }
        return current;
    }

    private static String sha256(String name) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
