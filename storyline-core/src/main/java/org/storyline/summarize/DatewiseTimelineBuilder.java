package org.storyline.summarize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;
import org.storyline.util.Validate;

/**
 * Date-first timeline summarisation. Each sentence is placed under the day it speaks of (its own day-precision
 * date, else its article's publication date; sentences about a whole month or year are left out of the days).
 * Days are ranked by how many articles and sentences refer to them, explicit references counting most. Under a
 * day, sentences from all articles are grouped by average-link clustering of their content terms and entities,
 * and groups naming the same two or more people are joined, so one fact told by several outlets becomes one line
 * citing all of them; the line is the most central sentence of its group, shown without a dateline, agency tag or
 * photo credit it opens with ({@link LineText}). Photo captions are no lines.
 *
 * <p>Near-duplicates (one text republished with light edits) count once: in a day's score and in a line's score a
 * near-duplicate group is one article, and in a line every article of a group but the first is a copy of it, still
 * cited, its publications listed as "also published by".
 *
 * <p>The baseline {@link DateMentionTimelineBuilder} is compared with ({@code storyline eval tls --builder
 * datewise}); the commands and the API use the latter.
 *
 * <p>Deterministic and stateless: safe to share between threads.
 */
public final class DatewiseTimelineBuilder implements TimelineBuilder {
    private static final int MIN_TOKENS = 6;
    private static final int MAX_TOKENS = 80;
    private static final int LONG_SENTENCE_TOKENS = 45;
    private static final int MAX_CANDIDATES_PER_DAY = 200;
    private static final double SAME_FACT_SIMILARITY = 0.2;
    private static final int SAME_FACT_SHARED_PEOPLE = 2;
    /** Groups naming the same people must still share some words: the same two officials say many things a day. */
    private static final double SAME_PEOPLE_SIMILARITY = 0.05;
    private static final double ARTICLE_WEIGHT = 2.0;
    private static final double PUBLISHED_ARTICLE_WEIGHT = 0.25;

    @Override
    public Timeline build(List<AnnotatedArticle> articles, TimelineRequest request,
                          Map<String, String> originalOf) {
        Validate.notNull(articles, "articles");
        Accumulator accumulator = start(request, originalOf);
        articles.forEach(accumulator::add);
        return accumulator.finish();
    }

    /**
     * A timeline built from articles handed over one at a time, which keeps only the sentences that may become
     * lines: for a query over thousands of articles, memory then holds those sentences rather than every article.
     * {@code accumulator.add} each article, then {@code finish()}; the timeline equals {@link #build} of the same
     * articles in the same order.
     *
     * @param originalOf for each article that is a near-duplicate, the original of its group (missing: none)
     */
    public Accumulator start(TimelineRequest request, Map<String, String> originalOf) {
        return new Accumulator(request, originalOf);
    }

    /** Collects candidate sentences of one timeline. Not thread-safe: one thread adds, then finishes. */
    public static final class Accumulator {
        private final TimelineRequest request;
        private final Map<String, String> originalOf;
        private final QueryWords queryWords;
        private final Map<LocalDate, List<Candidate>> byDay = new TreeMap<>();
        private int articles;

        private Accumulator(TimelineRequest request, Map<String, String> originalOf) {
            this.request = Validate.notNull(request, "request");
            this.originalOf = Validate.notNull(originalOf, "originalOf");
            this.queryWords = QueryWords.of(request.query());
        }

        /** Takes the sentences of {@code annotated} that may tell one of the timeline's days. */
        public void add(AnnotatedArticle annotated) {
            articles++;
            for (Sentence sentence : annotated.sentences()) {
                LocalDate day = dayOf(sentence);
                if (day == null || !request.covers(day)) {
                    continue;
                }
                boolean matchesQuery = queryWords.matches(sentence);
                // A query timeline tells only what the query is about: the articles it selected also say other things.
                boolean wanted = queryWords.isEmpty() || matchesQuery;
                if (wanted && isTellable(sentence)) {
                    String group = originalOf.getOrDefault(annotated.article().id(), annotated.article().id());
                    byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(new Candidate(annotated.article(), group,
                            sentence, SentenceTerms.of(sentence), matchesQuery));
                }
            }
        }

        /** The timeline of the articles added so far. */
        public Timeline finish() {
            List<DayScore> ranked = byDay.entrySet().stream().map(e -> score(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingDouble(DayScore::score).reversed().thenComparing(DayScore::day))
                    .limit(request.maxDates()).toList();
            Map<String, Double> idf = inverseDocumentFrequencies(byDay.values());
            List<TimelineDate> dates = ranked.stream().sorted(Comparator.comparing(DayScore::day))
                    .map(day -> new TimelineDate(day.day(), lines(byDay.get(day.day()), idf,
                            request.maxLinesPerDate()), day.score(), day.why(), List.of()))
                    .toList();
            return new Timeline(request.query(), articles, dates);
        }
    }

    /** The day a sentence speaks of, or null when it speaks of a coarser period or has no valid date. */
    static LocalDate dayOf(Sentence sentence) {
        String date = sentence.date();
        if (date == null || date.length() != 10 || date.charAt(4) != '-' || date.charAt(7) != '-') {
            return null;
        }
        int year = digits(date, 0, 4);
        int month = digits(date, 5, 7);
        int day = digits(date, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number written by the ASCII digits {@code text[from, to)}, or -1 if one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    private static boolean isTellable(Sentence sentence) {
        int tokens = sentence.tokens().size();
        return tokens >= MIN_TOKENS && tokens <= MAX_TOKENS && SentenceTerms.hasVerb(sentence)
                && !LineText.isCaption(sentence);
    }

    private static DayScore score(LocalDate day, List<Candidate> candidates) {
        Set<String> textArticles = new HashSet<>();
        Set<String> publishedArticles = new HashSet<>();
        int textSentences = 0;
        for (Candidate candidate : candidates) {
            if (candidate.sentence().dateSource() == DateSource.TEXT) {
                textArticles.add(candidate.group());
                textSentences++;
            } else {
                publishedArticles.add(candidate.group());
            }
        }
        publishedArticles.removeAll(textArticles);
        double score = ARTICLE_WEIGHT * textArticles.size() + textSentences
                + PUBLISHED_ARTICLE_WEIGHT * publishedArticles.size();
        String why = String.format(Locale.ROOT, "named in %d sentence(s) of %d article(s); publication day of %d more",
                textSentences, textArticles.size(), publishedArticles.size());
        return new DayScore(day, score, why);
    }

    private static List<TimelineLine> lines(List<Candidate> all, Map<String, Double> idf, int maxLines) {
        List<Candidate> candidates = all.stream()
                .sorted(Comparator.comparing((Candidate c) -> c.sentence().dateSource() != DateSource.TEXT)
                        .thenComparing(c -> !c.matchesQuery())
                        .thenComparing(c -> c.sentence().index())
                        .thenComparing(c -> c.article().id()))
                .limit(MAX_CANDIDATES_PER_DAY).toList();
        List<Map<String, Double>> vectors = candidates.stream().map(c -> weigh(c.terms(), idf)).toList();
        double[][] similarity = new double[candidates.size()][candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = i + 1; j < candidates.size(); j++) {
                similarity[i][j] = similarity[j][i] = cosine(vectors.get(i), vectors.get(j));
            }
        }
        List<List<Integer>> groups = mergeGroupsWithSamePeople(averageLinkGroups(similarity), candidates, similarity);
        return groups.stream().map(group -> line(group, candidates, similarity))
                .sorted(Comparator.comparingDouble(RankedLine::score).reversed()
                        .thenComparing(r -> r.line().text()))
                .limit(maxLines).map(RankedLine::line).toList();
    }

    private static List<List<Integer>> averageLinkGroups(double[][] similarity) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < similarity.length; i++) {
            groups.add(new ArrayList<>(List.of(i)));
        }
        while (true) {
            int bestA = -1;
            int bestB = -1;
            double best = SAME_FACT_SIMILARITY;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    double average = averageSimilarity(groups.get(a), groups.get(b), similarity);
                    if (average >= best) {
                        best = average;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                return groups;
            }
            groups.get(bestA).addAll(groups.remove(bestB));
        }
    }

    /**
     * Joins groups of one day that name the same two or more people: "Blinken spoke with Lavrov" and "my conversation
     * today with Foreign Minister Lavrov" share few words but report one call.
     */
    private static List<List<Integer>> mergeGroupsWithSamePeople(List<List<Integer>> groups, List<Candidate> candidates,
                                                                 double[][] similarity) {
        List<List<Integer>> merged = new ArrayList<>();
        List<Set<String>> people = new ArrayList<>();
        for (List<Integer> group : groups) {
            Set<String> groupPeople = new HashSet<>();
            group.forEach(member -> groupPeople.addAll(SentenceTerms.people(candidates.get(member).sentence())));
            int target = -1;
            for (int i = 0; i < merged.size() && target < 0; i++) {
                Set<String> shared = new HashSet<>(people.get(i));
                shared.retainAll(groupPeople);
                if (shared.size() >= SAME_FACT_SHARED_PEOPLE
                        && averageSimilarity(merged.get(i), group, similarity) >= SAME_PEOPLE_SIMILARITY) {
                    target = i;
                }
            }
            if (target < 0) {
                merged.add(new ArrayList<>(group));
                people.add(groupPeople);
            } else {
                merged.get(target).addAll(group);
                people.get(target).addAll(groupPeople);
            }
        }
        return merged;
    }

    private static double averageSimilarity(List<Integer> a, List<Integer> b, double[][] similarity) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                sum += similarity[i][j];
            }
        }
        return sum / (a.size() * b.size());
    }

    private static RankedLine line(List<Integer> group, List<Candidate> candidates, double[][] similarity) {
        int chosen = group.stream().max(Comparator.comparingDouble(
                (Integer member) -> centrality(member, group, candidates, similarity))
                .thenComparing(Comparator.reverseOrder())).orElseThrow();
        List<Candidate> members = new ArrayList<>();
        members.add(candidates.get(chosen));
        group.stream().filter(m -> m != chosen).map(candidates::get)
                .sorted(Comparator.comparing((Candidate c) -> c.article().published())
                        .thenComparing(c -> c.article().id()).thenComparing(c -> c.sentence().index()))
                .forEach(members::add);
        Set<String> articleIds = members.stream().map(Candidate::group).collect(Collectors.toSet());
        long copies = members.stream().map(c -> c.article().id()).distinct().count() - articleIds.size();
        long named = members.stream().filter(c -> c.sentence().dateSource() == DateSource.TEXT).count();
        boolean query = members.stream().anyMatch(Candidate::matchesQuery);
        double score = ARTICLE_WEIGHT * articleIds.size() + 0.5 * members.size() + named + (query ? 2 : 0);
        String why = String.format(Locale.ROOT, "told by %d article(s)%s in %d sentence(s), %d naming the date%s",
                articleIds.size(), copies > 0 ? " and " + copies + " near-duplicate(s)" : "", members.size(), named,
                query ? "; matches the query" : "");
        List<Citation> citations = members.stream().map(c -> new Citation(c.article().id(), c.sentence().index(),
                c.sentence().charStart(), c.sentence().charEnd(), c.sentence().text())).toList();
        TimelineLine line = new TimelineLine(tidy(LineText.told(candidates.get(chosen).sentence())), sources(members),
                citations, why);
        return new RankedLine(line, score);
    }

    private static double centrality(int member, List<Integer> group, List<Candidate> candidates,
                                     double[][] similarity) {
        Candidate candidate = candidates.get(member);
        double sum = 0;
        for (int other : group) {
            if (other != member) {
                sum += similarity[member][other];
            }
        }
        double central = group.size() > 1 ? sum / (group.size() - 1) : 0;
        double named = candidate.sentence().dateSource() == DateSource.TEXT ? 0.3 : 0;
        double query = candidate.matchesQuery() ? 0.2 : 0;
        double tooLong = candidate.sentence().tokens().size() > LONG_SENTENCE_TOKENS ? 0.3 : 0;
        return central + named + query - tooLong - 0.001 * candidate.sentence().index();
    }

    /** The publications of the members' articles; the earliest article of each near-duplicate group is counted. */
    private static List<Source> sources(List<Candidate> members) {
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, String> countedOfGroup = new HashMap<>();
        members.stream().sorted(Comparator.comparing((Candidate c) -> c.article().published())
                        .thenComparing(c -> c.article().id()))
                .forEach(c -> countedOfGroup.putIfAbsent(c.group(), c.article().id()));
        for (Candidate c : members) {
            articles.putIfAbsent(c.article().id(), c.article());
        }
        Set<Source> sources = new LinkedHashSet<>();
        for (Candidate c : members) {
            Article article = articles.remove(c.article().id());
            if (article != null) {
                String counted = countedOfGroup.get(c.group());
                String copyOf = counted.equals(article.id()) ? null : counted;
                for (Publication p : article.publications()) {
                    sources.add(new Source(article.id(), p.url(), p.outlet(), p.published(), p.title(), p.origin(),
                            copyOf));
                }
            }
        }
        return sources.stream().sorted(Comparator.comparing(Source::published).thenComparing(Source::articleId)
                .thenComparing(s -> s.origin())).toList();
    }

    private static String tidy(String sentence) {
        return sentence.strip().replaceAll("\\s+", " ");
    }

    private static Map<String, Double> inverseDocumentFrequencies(Iterable<List<Candidate>> days) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        int sentences = 0;
        for (List<Candidate> day : days) {
            for (Candidate candidate : day) {
                sentences++;
                candidate.terms().keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
            }
        }
        Map<String, Double> idf = new HashMap<>();
        int total = sentences;
        documentFrequency.forEach((term, df) -> idf.put(term, Math.log(1.0 + (double) total / df)));
        return idf;
    }

    private static Map<String, Double> weigh(Map<String, Double> terms, Map<String, Double> idf) {
        Map<String, Double> weighted = new HashMap<>();
        terms.forEach((term, tf) -> weighted.put(term, tf * idf.getOrDefault(term, 1.0)));
        return weighted;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            return cosine(b, a);
        }
        double dot = 0;
        for (Map.Entry<String, Double> entry : a.entrySet()) {
            Double other = b.get(entry.getKey());
            if (other != null) {
                dot += entry.getValue() * other;
            }
        }
        if (dot == 0) {
            return 0;
        }
        return dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Double> vector) {
        double sum = 0;
        for (double value : vector.values()) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }

    /** A sentence that may tell a day's fact; {@code group} is its article's near-duplicate group (else the id). */
    private record Candidate(Article article, String group, Sentence sentence, Map<String, Double> terms,
                             boolean matchesQuery) {
    }

    private record DayScore(LocalDate day, double score, String why) {
    }

    private record RankedLine(TimelineLine line, double score) {
    }
}
