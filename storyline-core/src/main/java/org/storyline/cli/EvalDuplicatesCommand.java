package org.storyline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.ingest.Article;
import org.storyline.ingest.CorpusReader;
import org.storyline.ingest.Publication;
import org.storyline.ingest.Skip;
import org.storyline.pipeline.StoryUpdate;
import org.storyline.story.Assignment;
import org.storyline.story.FilledTemplates;
import org.storyline.story.NearDuplicateIndex;
import org.storyline.story.Shingles;
import org.storyline.story.StoryArticle;
import org.storyline.story.StoryClusterer;
import org.storyline.story.StoryOptions;
import org.storyline.story.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline eval duplicates DIR}: clusters a corpus into stories from the text alone and checks that
 * re-posted files ({@code <slug>-2.md}, {@code <slug>-3.md}… next to {@code <slug>.md}) are found as copies of the
 * file they repeat; reports the throughput of clustering and deduplication together.
 */
@Command(name = "duplicates", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = {"Find the re-posted files of a corpus (<slug>-2.md, <slug>-3.md… beside <slug>.md, dates "
                + "ignored) among the near-duplicates, and measure story clustering and deduplication together "
                + "(articles/s, text features only, after reading).",
                "A re-post counts when its text copies a same-slug file by the exact check (shingle containment and "
                        + "size ratio) and neither text has names or figures the other lacks; a copy where each has "
                        + "some is the same template filled in again (another disaster, another day's letter) and "
                        + "must not be linked; other same-slug files reuse a title for new text and are only "
                        + "counted."})
final class EvalDuplicatesCommand implements Callable<Integer> {
    private static final Pattern REPOST = Pattern.compile("\\d{4}-\\d{2}-\\d{2}-(.+)-([2-9])\\.md");
    private static final Pattern DATED = Pattern.compile("\\d{4}-\\d{2}-\\d{2}-(.+)\\.md");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The corpus (e.g. the White House releases).")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("storyline: not a directory: " + dir);
            err.flush();
            return ExitCodes.ERROR;
        }
        CorpusReader reader = new CorpusReader();
        List<Skip> skipped = new ArrayList<>();
        List<Path> files = reader.listFiles(List.of(dir), skipped::add);
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<Path, String> articleOfFile = new HashMap<>();
        for (Path file : files) {
            reader.readFile(file, article -> {
                articles.merge(article.id(), article, (a, b) -> new Article(a.id(), a.text(), concat(a, b)));
                articleOfFile.put(file, article.id());
            }, skipped::add);
        }
        skipped.forEach(skip -> err.println("skipped " + skip));
        List<Article> ordered = articles.values().stream()
                .sorted(Comparator.comparing(Article::published).thenComparing(Article::id)).toList();
        List<StoryArticle> inputs = ordered.stream().map(StoryArticle::of).toList();
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.defaults());
        Map<String, String> originalOf = new HashMap<>();
        int links = 0;
        int founded = 0;
        int maxLive = 0;
        long start = System.nanoTime();
        for (int from = 0; from < inputs.size(); from += StoryUpdate.BATCH) {
            for (StoryArticle input : inputs.subList(from, Math.min(inputs.size(), from + StoryUpdate.BATCH))) {
                clusterer.add(input);
                maxLive = Math.max(maxLive, clusterer.liveArticles());
            }
            for (Assignment assignment : clusterer.settle()) {
                if (assignment.nearDuplicate() != null) {
                    originalOf.put(assignment.articleId(), assignment.nearDuplicate().originalId());
                    links++;
                }
                founded += assignment.founded() ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Reposts reposts = reposts(articleOfFile, articles, originalOf);
        out.printf(Locale.ROOT, "%s: %d file(s), %d distinct text(s), %d skipped%n", dir, files.size(),
                articles.size(), skipped.size());
        out.printf(Locale.ROOT, "re-posts that copy a same-slug file within the %d-day window: found %d of %d (%d "
                        + "identical texts, %d near-duplicates)%n", StoryOptions.defaults().windowDays(), reposts.found,
                reposts.copies, reposts.identical, reposts.found - reposts.identical);
        out.printf(Locale.ROOT, "other numbered files: %d copy a same-slug file from further back (a notice "
                        + "re-issued a year later), %d reuse a slug for other text, %d have no same-slug file%n",
                reposts.beyondWindow, reposts.other, reposts.orphans);
        for (String miss : reposts.missed) {
            out.println("  missed " + miss);
        }
        out.printf(Locale.ROOT, "same-slug files within the window on the same template with other names or figures "
                + "(another disaster, another day's letter): %d, kept apart from it %d%n", reposts.refilled,
                reposts.keptApart);
        for (String linked : reposts.linkedRefills) {
            out.println("  linked " + linked);
        }
        out.printf(Locale.ROOT, "near-duplicate links: %d; stories: %d; at most %d article(s) in memory (window %d "
                        + "days)%n", links, founded, maxLive,
                StoryOptions.defaults().windowDays());
        out.printf(Locale.ROOT, "clustering + deduplication: %d article(s) in %.2f s, %.0f articles/s%n",
                inputs.size(), seconds, inputs.size() / seconds);
        out.flush();
        err.flush();
        return skipped.isEmpty() ? ExitCodes.OK : ExitCodes.SKIPPED;
    }

    private static List<Publication> concat(Article a, Article b) {
        List<Publication> all = new ArrayList<>(a.publications());
        all.addAll(b.publications());
        return all;
    }

    private Reposts reposts(Map<Path, String> articleOfFile, Map<String, Article> articles,
                            Map<String, String> originalOf) {
        Map<String, List<Path>> bySlug = new HashMap<>();
        for (Path file : articleOfFile.keySet()) {
            Matcher dated = DATED.matcher(file.getFileName().toString());
            if (dated.matches()) {
                bySlug.computeIfAbsent(dated.group(1), s -> new ArrayList<>()).add(file);
            }
        }
        Reposts result = new Reposts();
        for (Path file : articleOfFile.keySet().stream().sorted().toList()) {
            Matcher repost = REPOST.matcher(file.getFileName().toString());
            if (!repost.matches()) {
                continue;
            }
            List<Path> bases = bySlug.getOrDefault(repost.group(1), List.of());
            if (bases.isEmpty()) {
                result.orphans++;
                continue;
            }
            String id = articleOfFile.get(file);
            boolean copies = false;
            boolean found = false;
            boolean identical = false;
            boolean inWindow = false;
            boolean refilled = false;
            boolean keptApart = true;
            for (Path base : bases) {
                String baseId = articleOfFile.get(base);
                String text = articles.get(id).text();
                String baseText = articles.get(baseId).text();
                boolean near = Math.abs(ChronoUnit.DAYS.between(articles.get(id).published(),
                        articles.get(baseId).published())) <= StoryOptions.defaults().windowDays();
                if (baseId.equals(id)) {
                    copies = found = identical = inWindow = true;
                } else if (isCopy(text, baseText) && refilled(text, baseText)) {
                    if (near) {
                        refilled = true;
                        keptApart &= !root(id, originalOf).equals(root(baseId, originalOf));
                    }
                } else if (isCopy(text, baseText)) {
                    copies = true;
                    found |= root(id, originalOf).equals(root(baseId, originalOf));
                    inWindow |= near;
                }
            }
            if (refilled && !(copies && inWindow)) {
                result.refilled++;
                result.keptApart += keptApart ? 1 : 0;
                if (!keptApart) {
                    result.linkedRefills.add(file.toString());
                }
            } else if (!copies) {
                result.other++;
            } else if (!inWindow) {
                result.beyondWindow++;
            } else {
                result.copies++;
                result.found += found ? 1 : 0;
                result.identical += identical ? 1 : 0;
                if (!found) {
                    result.missed.add(file.toString());
                }
            }
        }
        return result;
    }

    private static boolean isCopy(String a, String b) {
        long[] x = Shingles.of(a);
        long[] y = Shingles.of(b);
        int smaller = Math.min(x.length, y.length);
        int larger = Math.max(x.length, y.length);
        return smaller >= NearDuplicateIndex.MIN_SHINGLES
                && (double) Shingles.intersection(x, y) / smaller >= NearDuplicateIndex.MIN_CONTAINMENT
                && (double) smaller / larger >= NearDuplicateIndex.MIN_SIZE_RATIO;
    }

    /**
     * Whether each text has a name or figure that the other lacks: the same template filled in again (another
     * disaster, another day's letter), not a re-post. Judged on the whole texts, not sentence by sentence as the
     * index does.
     */
    private static boolean refilled(String a, String b) {
        return !new HashSet<>(Words.of(b)).containsAll(FilledTemplates.namesAndFigures(a))
                && !new HashSet<>(Words.of(a)).containsAll(FilledTemplates.namesAndFigures(b));
    }

    private static String root(String id, Map<String, String> originalOf) {
        return originalOf.getOrDefault(id, id);
    }

    private static final class Reposts {
        int copies;
        int found;
        int identical;
        int other;
        int orphans;
        int beyondWindow;
        int refilled;
        int keptApart;
        final List<String> missed = new ArrayList<>();
        final List<String> linkedRefills = new ArrayList<>();
    }
}
