package org.storyline.eval.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;
import org.storyline.ingest.Skip;

/**
 * A collection in the Timeline17 layout: {@code DIR/<Topic_source>/InputDocs/<YYYY-MM-DD>/*.htm.txt} and
 * {@code DIR/<Topic_source>/timelines/*.txt}. Sources of one topic are pooled, as news-tls does. Immutable and
 * thread-safe.
 *
 * @param topics  the topics, in name order
 * @param skipped what could not be read, and why
 */
public record T17Corpus(List<T17Topic> topics, List<Skip> skipped) {
    public T17Corpus {
        topics = List.copyOf(topics);
        skipped = List.copyOf(skipped);
    }

    /** The topic a source folder belongs to: its name before the first {@code _}. */
    static String topicOf(String folder) {
        int underscore = folder.indexOf('_');
        return underscore > 0 ? folder.substring(0, underscore) : null;
    }

    /** The outlet of a source folder: its name after the first {@code _}. */
    static String sourceOf(String folder) {
        int underscore = folder.indexOf('_');
        return underscore > 0 ? folder.substring(underscore + 1) : null;
    }

    /** The article folders ({@code InputDocs}) of the given topics' sources, for ingesting. */
    public List<Path> inputFolders(Path dir) {
        return topics.stream().flatMap(t -> t.sources().stream()).map(s -> dir.resolve(s).resolve("InputDocs"))
                .filter(Files::isDirectory).toList();
    }

    /**
     * Reads the collection under {@code dir}.
     *
     * @param only topic names to keep; empty for all
     */
    public static T17Corpus read(Path dir, Set<String> only) {
        List<Skip> skipped = new ArrayList<>();
        Map<String, List<Path>> sourcesByTopic = new TreeMap<>();
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                String name = folder.getFileName().toString();
                String topic = topicOf(name);
                if (name.startsWith(".")) {
                    continue;
                }
                if (topic == null) {
                    skipped.add(new Skip(folder.toString(), "not a <Topic_source> folder"));
                } else if (only.isEmpty() || only.contains(topic)) {
                    sourcesByTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        List<T17Topic> topics = new ArrayList<>();
        sourcesByTopic.forEach((topic, folders) -> topics.add(readTopic(topic, folders, skipped)));
        return new T17Corpus(topics, skipped);
    }

    private static T17Topic readTopic(String topic, List<Path> folders, List<Skip> skipped) {
        Map<String, Article> articles = new LinkedHashMap<>();
        List<ReferenceTimeline> references = new ArrayList<>();
        T17ArticleReader reader = new T17ArticleReader();
        for (Path folder : folders) {
            for (Path file : files(folder.resolve("InputDocs"), T17ArticleReader::isArticleFile, skipped)) {
                try {
                    reader.read(file, article -> articles.merge(article.id(), article, T17Corpus::pool),
                            skipped::add);
                } catch (IOException e) {
                    skipped.add(new Skip(file.toString(), "cannot read: " + e.getMessage()));
                }
            }
            for (Path file : files(folder.resolve("timelines"), f -> f.toString().endsWith(".txt"), skipped)) {
                try {
                    ReferenceTimeline reference = ReferenceTimeline.read(file,
                            folder.getFileName() + "/" + file.getFileName(), skipped::add);
                    if (reference != null) {
                        references.add(reference);
                    }
                } catch (IOException e) {
                    skipped.add(new Skip(file.toString(), "cannot read: " + e.getMessage()));
                }
            }
        }
        List<Article> sorted = articles.values().stream()
                .sorted(Comparator.comparing(Article::published).thenComparing(Article::id)).toList();
        return new T17Topic(topic, folders.stream().map(f -> f.getFileName().toString()).toList(), sorted,
                references);
    }

    private static Article pool(Article known, Article again) {
        List<Publication> publications = new ArrayList<>(known.publications());
        publications.addAll(again.publications());
        return new Article(known.id(), known.text(), publications);
    }

    private static List<Path> files(Path folder, java.util.function.Predicate<Path> wanted,
                                    Collection<Skip> skipped) {
        if (!Files.isDirectory(folder)) {
            skipped.add(new Skip(folder.toString(), "missing folder"));
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(wanted).sorted().toList();
        } catch (IOException e) {
            skipped.add(new Skip(folder.toString(), "cannot list: " + e.getMessage()));
            return List.of();
        }
    }
}
