package org.storyline.summarize;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
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
import java.util.function.Predicate;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Timex;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;
import org.storyline.util.Validate;

/**
 * Timeline summarisation by date mentions (after Tran et al. 2013 and news-tls' DATEWISE), without training.
 *
 * <p><b>Dates.</b> A day is as important as the number of articles that name it in their text (any day-precision
 * date expression of any sentence, resolved against the article's publication date), plus the number of those
 * published more than a week after it, plus three times the number of those with a sentence that opens with it (an
 * entry of a chronology: "April 28 - The Coast Guard says ..."), plus a quarter of the number of articles published
 * on it: journalists come back to the days that matter, an article that still names a day weeks later says it
 * mattered, a chronology someone wrote names the days that mattered, and publication alone is weaker evidence. A
 * day after the article's publication is not counted: a timeline tells what happened, and such a day is a plan or,
 * more often, a weekday resolved forward by mistake ("on Friday" in a report of the past). The best-scored days
 * inside the requested span are kept, up to the requested number. With a query, only the sentences that name one of
 * its words count, as evidence and as lines. When events were coded, an article that reports one on a day (a
 * sentence of that day that an asserted event mention cites) adds 1 to the day's score, as one more mention: a day
 * on which someone did something to someone is a day a timeline tells.
 *
 * <p><b>Lines.</b> A day's candidates are the sentences whose own date is that day, and the first sentences of the
 * articles published on it (news puts the day's facts first). Each candidate is weighed by how central it is to
 * the day (TF-IDF cosine to the day's centroid) and, with equal weight, to the topic (cosine to the centroid of all
 * articles, which stands for the topic when there is no query), preferring sentences that name the date, are told
 * early in their article and are short, and most of all sentences that name a date more than a week before their
 * article ("On April 20, an explosion on the rig killed 11 workers"): a look back tells a day as a timeline does.
 * Questions and photo captions are left out. Lines are chosen greedily; candidates that tell the chosen line's fact
 * become its citations instead of new lines: those close to it in words (a cosine of 0.3), those naming one person
 * it names in fewer shared words (0.2), and those naming two people it names in a few shared words (0.05: "Blinken
 * spoke with Lavrov" and a tweet of Blinken's on "my conversation today with Foreign Minister Lavrov"), as outlets
 * retell one call. A line leaves out what its sentence opens with before the news, a date, a dateline, an agency
 * tag or a photo credit ("April 28 - The Coast Guard says ...", {@link LineText}); its citation keeps the whole
 * sentence.
 *
 * <p>This is the builder of {@code storyline timeline}, of the API and of {@code storyline eval tls};
 * {@link DatewiseTimelineBuilder} is kept as a baseline to compare with ({@code eval tls --builder datewise}).
 *
 * <p>Deterministic (every order has a final tie-break on article id and sentence index) and stateless: safe to
 * share between threads.
 */
public final class DateMentionTimelineBuilder implements TimelineBuilder {
    private static final int MIN_TOKENS = 6;
    private static final int MAX_TOKENS = 60;
    private static final int LEAD_SENTENCES = 5;
    private static final double PUBLISHED_WEIGHT = 0.25;
    /** What an article with a sentence that opens with a day adds to the day's score, over its mention. */
    private static final double ENTRY_WEIGHT = 3;
    /** Days between a day and an article that names it after which the article looks back on it. */
    private static final int LOOK_BACK_DAYS = 7;
    private static final double TOPIC_WEIGHT = 1.0;
    private static final double NAMED_DATE_BONUS = 0.1;
    /** What an article reporting a coded event on a day adds to the day's score: as much as one more mention. */
    private static final double EVENT_WEIGHT = 1;
    private static final double LOOK_BACK_BONUS = 0.2;
    private static final double POSITION_BONUS = 0.1;
    /** Taken off in proportion to length, up to {@link #LONG_TOKENS} tokens. */
    private static final double LENGTH_PENALTY = 0.2;
    private static final int LONG_TOKENS = 30;
    private static final double NEAR_DUPLICATE = 0.3;
    private static final int SAME_FACT_SHARED_PEOPLE = 2;
    /** Sentences naming the same people must still share some words: the same two officials say many things. */
    private static final double SAME_PEOPLE_SIMILARITY = 0.05;
    private static final double SAME_PERSON_SIMILARITY = 0.2;
    private static final int MAX_CANDIDATES_PER_DAY = 400;

    @Override
    public Timeline build(List<AnnotatedArticle> articles, TimelineRequest request,
                          Map<String, String> originalOf) {
        return build(articles, request, originalOf, EventSentences.NONE);
    }

    @Override
    public Timeline build(List<AnnotatedArticle> articles, TimelineRequest request, Map<String, String> originalOf,
                          EventSentences events) {
        Validate.notNull(articles, "articles");
        Accumulator accumulator = start(request, originalOf, events);
        articles.forEach(accumulator::add);
        return accumulator.finish();
    }

    /**
     * A timeline built one article at a time, as a store hands them out.
     *
     * @param originalOf for each article that is a near-duplicate, the original of its group (missing: none)
     * @param events     the sentences that report a coded event ({@link EventSentences#NONE}: none known)
     */
    public Accumulator start(TimelineRequest request, Map<String, String> originalOf, EventSentences events) {
        return new Accumulator(request, originalOf, events);
    }

    /**
     * Takes articles one at a time and keeps what the timeline needs of them: the days their sentences name, the
     * terms of every sentence (for the topic) and the sentences that may tell a day. With a query, only the
     * sentences with one of its words count, as evidence for a day, for the topic and as lines: the articles a query
     * selects also say other things ("Russia" in a briefing that opens on another subject). Not thread-safe: one
     * accumulator per timeline.
     */
    public static final class Accumulator {
        private final TimelineRequest request;
        private final Map<String, String> originalOf;
        private final QueryWords queryWords;
        private final EventSentences events;
        private final Map<LocalDate, Set<String>> namedBy = new HashMap<>();
        private final Map<LocalDate, Set<String>> namedLaterBy = new HashMap<>();
        private final Map<LocalDate, Set<String>> enteredBy = new HashMap<>();
        private final Map<LocalDate, Set<String>> publishedOn = new HashMap<>();
        private final Map<LocalDate, Set<String>> codedBy = new HashMap<>();
        private final Map<LocalDate, List<Candidate>> byDay = new TreeMap<>();
        private final TermVectors allTerms = new TermVectors();
        private int articles;

        private Accumulator(TimelineRequest request, Map<String, String> originalOf, EventSentences events) {
            this.request = Validate.notNull(request, "request");
            this.originalOf = Validate.notNull(originalOf, "originalOf");
            this.events = Validate.notNull(events, "events");
            this.queryWords = QueryWords.of(request.query());
        }

        /**
         * The words that a sentence needs for this timeline, as a store can filter them ({@link
         * org.storyline.store.ArticleStore#forEachAnnotated(String, Predicate, java.util.function.Consumer)}): with a
         * query, a sentence counts only if one of its tokens or lemmas is one of the query's words; null when every
         * sentence counts. Articles filtered this way give the same timeline as whole ones.
         */
        public Predicate<String> sentenceWords() {
            return queryWords.isEmpty() ? null : queryWords;
        }

        /**
         * Fetches what {@link #add} will need to know of {@code annotated} beyond its text (which of its sentences
         * report coded events), so that a store reading ahead does it on its own threads ({@link
         * org.storyline.store.ArticleStore#forEachAnnotated(String, Predicate, java.util.function.Consumer,
         * java.util.function.Consumer)}). Thread-safe, unlike the rest of this class.
         */
        public void readAhead(AnnotatedArticle annotated) {
            Article article = annotated.article();
            for (Sentence sentence : annotated.sentences()) {
                if (tells(sentence, dayOf(sentence), article)
                        && (queryWords.isEmpty() || queryWords.matches(sentence))) {
                    events.lookUp(article.id());
                    return;
                }
            }
        }

        /** Counts the days {@code annotated} names and keeps its sentences that may tell one. */
        public void add(AnnotatedArticle annotated) {
            articles++;
            Article article = annotated.article();
            String group = originalOf.getOrDefault(article.id(), article.id());
            publishedOn.computeIfAbsent(article.published(), d -> new HashSet<>()).add(group);
            for (Sentence sentence : annotated.sentences()) {
                if (!queryWords.isEmpty() && !queryWords.matches(sentence)) {
                    continue;
                }
                Map<String, Double> terms = SentenceTerms.of(sentence);
                allTerms.add(terms);
                for (LocalDate named : namedDays(sentence)) {
                    if (request.covers(named) && !named.isAfter(article.published())) {
                        namedBy.computeIfAbsent(named, d -> new HashSet<>()).add(group);
                        if (looksBack(named, article)) {
                            namedLaterBy.computeIfAbsent(named, d -> new HashSet<>()).add(group);
                        }
                    }
                }
                LocalDate day = dayOf(sentence);
                boolean named = sentence.dateSource() == DateSource.TEXT;
                if (named && day != null && request.covers(day) && !day.isAfter(article.published())
                        && opensWith(sentence, day)) {
                    enteredBy.computeIfAbsent(day, d -> new HashSet<>()).add(group);
                }
                if (!tells(sentence, day, article)) {
                    continue;
                }
                if (events.reports(article.id(), sentence.index())) {
                    codedBy.computeIfAbsent(day, d -> new HashSet<>()).add(group);
                }
                if (isTellable(sentence)) {
                    byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(Candidate.of(article, sentence, day, terms));
                }
            }
        }

        /**
         * Whether {@code sentence} may tell what happened on {@code day}, its own day: one the request covers, not
         * after the article, named in the sentence or given to a lead sentence.
         */
        private boolean tells(Sentence sentence, LocalDate day, Article article) {
            return day != null && request.covers(day) && !day.isAfter(article.published())
                    && (sentence.dateSource() == DateSource.TEXT || sentence.index() < LEAD_SENTENCES);
        }

        /** The timeline of the articles added so far. */
        public Timeline finish() {
            Map<String, Double> idf = allTerms.inverseDocumentFrequencies();
            Map<String, Double> topic = allTerms.centroid(idf);
            List<DayScore> ranked = byDay.keySet().stream()
                    .map(day -> new DayScore(day, score(day)))
                    .sorted(Comparator.comparingDouble(DayScore::score).reversed().thenComparing(DayScore::day))
                    .limit(request.maxDates()).sorted(Comparator.comparing(DayScore::day)).toList();
            List<TimelineDate> dates = ranked.stream()
                    .map(day -> new TimelineDate(day.day(), lines(byDay.get(day.day()), idf, topic,
                            request.maxLinesPerDate(), originalOf), day.score(), why(day.day()), List.of()))
                    .toList();
            return new Timeline(request.query(), articles, dates);
        }

        private double score(LocalDate day) {
            return count(namedBy, day) + count(namedLaterBy, day) + ENTRY_WEIGHT * count(enteredBy, day)
                    + PUBLISHED_WEIGHT * count(publishedOn, day) + EVENT_WEIGHT * count(codedBy, day);
        }

        /** Why a kept day scored what it did (formatted only for the days kept: a store has hundreds). */
        private String why(LocalDate day) {
            return String.format(Locale.ROOT, "named in %d article(s), %d of them more than a week later and %d "
                            + "with a sentence that opens with it; publication day of %d article(s)",
                    count(namedBy, day), count(namedLaterBy, day), count(enteredBy, day), count(publishedOn, day))
                    + (count(codedBy, day) == 0 ? "" : String.format(Locale.ROOT,
                    "; a coded event on it in %d article(s)", count(codedBy, day)));
        }

        private static int count(Map<LocalDate, Set<String>> articles, LocalDate day) {
            Set<String> counted = articles.get(day);
            return counted == null ? 0 : counted.size();
        }
    }

    /** The days a sentence names in its text (day-precision dates and times). */
    static Set<LocalDate> namedDays(Sentence sentence) {
        Set<LocalDate> days = new LinkedHashSet<>();
        for (Timex timex : sentence.timexes()) {
            if (("DATE".equals(timex.type()) || "TIME".equals(timex.type())) && timex.value() != null
                    && timex.value().length() >= 10) {
                LocalDate day = parseDay(timex.value().substring(0, 10));
                if (day != null) {
                    days.add(day);
                }
            }
        }
        if (sentence.dateSource() == DateSource.TEXT) {
            LocalDate own = dayOf(sentence);
            if (own != null) {
                days.add(own);
            }
        }
        return days;
    }

    private static LocalDate dayOf(Sentence sentence) {
        String date = sentence.date();
        return date == null || date.length() != 10 ? null : parseDay(date);
    }

    private static LocalDate parseDay(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isTellable(Sentence sentence) {
        int tokens = sentence.tokens().size();
        return tokens >= MIN_TOKENS && tokens <= MAX_TOKENS && SentenceTerms.hasVerb(sentence)
                && !sentence.text().strip().endsWith("?") && !LineText.isCaption(sentence);
    }

    /** Whether an article published more than {@link #LOOK_BACK_DAYS} after {@code day} names it. */
    private static boolean looksBack(LocalDate day, Article article) {
        return day.plusDays(LOOK_BACK_DAYS).isBefore(article.published());
    }

    /**
     * Whether a sentence opens with its own day, as an entry of a chronology or a live report does ("April 28 - The
     * Coast Guard says ...", "Friday, April 30: ...").
     */
    static boolean opensWith(Sentence sentence, LocalDate day) {
        return sentence.timexes().stream().anyMatch(t -> t.tokenStart() == 0 && t.value() != null
                && t.value().startsWith(day.toString()));
    }

    private static List<TimelineLine> lines(List<Candidate> all, Map<String, Double> idf, Map<String, Double> topic,
                                            int maxLines, Map<String, String> originalOf) {
        List<Candidate> candidates = all.stream()
                .sorted(Comparator.comparing((Candidate c) -> !c.named())
                        .thenComparingInt(Candidate::index)
                        .thenComparing(c -> c.article().id()))
                .limit(MAX_CANDIDATES_PER_DAY).toList();
        List<Map<String, Double>> vectors = candidates.stream().map(c -> unit(weigh(c.terms(), idf))).toList();
        Map<String, Double> day = centroid(vectors);
        double[] value = new double[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            value[i] = cosine(vectors.get(i), day) + TOPIC_WEIGHT * cosine(vectors.get(i), topic)
                    + (candidate.named() ? NAMED_DATE_BONUS : 0)
                    + (candidate.named() && looksBack(candidate.day(), candidate.article()) ? LOOK_BACK_BONUS : 0)
                    + POSITION_BONUS / (1 + candidate.index())
                    - LENGTH_PENALTY * Math.min(1.0, candidate.length() / (double) LONG_TOKENS);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -value[i]).thenComparingInt(i -> i));
        Set<Integer> used = new HashSet<>();
        List<TimelineLine> lines = new ArrayList<>();
        for (int chosen : order) {
            if (lines.size() == maxLines) {
                break;
            }
            if (used.contains(chosen)) {
                continue;
            }
            List<Integer> members = new ArrayList<>(List.of(chosen));
            for (int other : order) {
                if (other != chosen && !used.contains(other)
                        && sameFact(candidates.get(chosen), candidates.get(other), vectors.get(chosen),
                        vectors.get(other))) {
                    members.add(other);
                }
            }
            used.addAll(members);
            lines.add(line(members.stream().map(candidates::get).toList(), value[chosen], originalOf));
        }
        return lines;
    }

    /**
     * Whether two sentences of a day tell one fact: close in words, or naming the same people in fewer shared words
     * the more people they share ("Blinken spoke with Lavrov by phone" and "Lavrov and Blinken discussed Ukraine in
     * a call"), as outlets retell one call.
     */
    private static boolean sameFact(Candidate a, Candidate b, Map<String, Double> aVector,
                                    Map<String, Double> bVector) {
        double similarity = cosine(aVector, bVector);
        if (similarity >= NEAR_DUPLICATE) {
            return true;
        }
        long shared = a.people().stream().filter(b.people()::contains).count();
        return shared >= SAME_FACT_SHARED_PEOPLE && similarity >= SAME_PEOPLE_SIMILARITY
                || shared == 1 && similarity >= SAME_PERSON_SIMILARITY;
    }

    private static TimelineLine line(List<Candidate> members, double value, Map<String, String> originalOf) {
        Candidate chosen = members.get(0);
        List<Candidate> cited = new ArrayList<>(members.subList(0, 1));
        members.subList(1, members.size()).stream()
                .sorted(Comparator.comparing((Candidate c) -> c.article().published())
                        .thenComparing(c -> c.article().id()).thenComparingInt(Candidate::index))
                .forEach(cited::add);
        long articles = cited.stream().map(c -> c.article().id()).distinct().count();
        String how = !chosen.named() ? "leads an article of the day"
                : looksBack(chosen.day(), chosen.article()) ? "names the date, looking back on it"
                : "names the date";
        String why = String.format(Locale.ROOT, "most central to the day and topic (%.3f); %s; told by %d article(s)"
                + " in %d sentence(s)", value, how, articles, cited.size());
        List<Citation> citations = cited.stream().map(c -> new Citation(c.article().id(), c.index(),
                c.charStart(), c.charEnd(), c.text())).toList();
        return new TimelineLine(chosen.told(), sources(cited, originalOf), citations, why);
    }

    /** The publications of the members' articles; an article whose original is also a member is marked a copy. */
    private static List<Source> sources(List<Candidate> members, Map<String, String> originalOf) {
        Map<String, Article> articles = new LinkedHashMap<>();
        members.forEach(c -> articles.putIfAbsent(c.article().id(), c.article()));
        Set<Source> sources = new LinkedHashSet<>();
        for (Article article : articles.values()) {
            String original = originalOf.get(article.id());
            String copyOf = original != null && articles.containsKey(original) ? original : null;
            for (Publication p : article.publications()) {
                sources.add(new Source(article.id(), p.url(), p.outlet(), p.published(), p.title(), p.origin(),
                        copyOf));
            }
        }
        return sources.stream().sorted(Comparator.comparing(Source::published).thenComparing(Source::articleId)
                .thenComparing(Source::origin)).toList();
    }

    private static Map<String, Double> weigh(Map<String, Double> terms, Map<String, Double> idf) {
        Map<String, Double> weighted = new HashMap<>();
        terms.forEach((term, tf) -> weighted.put(term, tf * idf.getOrDefault(term, 1.0)));
        return weighted;
    }

    private static Map<String, Double> unit(Map<String, Double> vector) {
        double norm = Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
        if (norm == 0) {
            return vector;
        }
        Map<String, Double> unit = new HashMap<>();
        vector.forEach((term, v) -> unit.put(term, v / norm));
        return unit;
    }

    private static Map<String, Double> centroid(List<Map<String, Double>> vectors) {
        Map<String, Double> sum = new HashMap<>();
        vectors.forEach(v -> v.forEach((term, value) -> sum.merge(term, value, Double::sum)));
        return unit(sum);
    }

    /** Cosine of two unit vectors. */
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
        return dot;
    }

    /**
     * What a line needs of a sentence that may tell {@code day}, without its tokens: a timeline over a whole store
     * holds many of them. {@code told} is the line's text ({@link LineText}), {@code length} the number of tokens it
     * shows.
     */
    private record Candidate(Article article, int index, int charStart, int charEnd, String text, String told,
                             boolean named, LocalDate day, int length, Map<String, Double> terms,
                             Set<String> people) {
        static Candidate of(Article article, Sentence sentence, LocalDate day, Map<String, Double> terms) {
            return new Candidate(article, sentence.index(), sentence.charStart(), sentence.charEnd(),
                    sentence.text(), LineText.told(sentence).strip().replaceAll("\\s+", " "),
                    sentence.dateSource() == DateSource.TEXT, day,
                    sentence.tokens().size() - LineText.newsStart(sentence), terms, SentenceTerms.people(sentence));
        }
    }

    /**
     * The term vectors of many sentences, kept compact (term ids and weights in arrays rather than a map per
     * sentence): the topic of a timeline over a whole store is the centroid of every sentence it counts.
     */
    private static final class TermVectors {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> terms = new ArrayList<>();
        private final List<int[]> sentenceIds = new ArrayList<>();
        private final List<double[]> sentenceWeights = new ArrayList<>();
        private int[] documentFrequency = new int[1024];

        void add(Map<String, Double> vector) {
            int[] termIds = new int[vector.size()];
            double[] weights = new double[vector.size()];
            int k = 0;
            for (Map.Entry<String, Double> entry : vector.entrySet()) {
                int id = ids.computeIfAbsent(entry.getKey(), term -> {
                    terms.add(term);
                    return terms.size() - 1;
                });
                if (id == documentFrequency.length) {
                    documentFrequency = Arrays.copyOf(documentFrequency, 2 * id);
                }
                documentFrequency[id]++;
                termIds[k] = id;
                weights[k++] = entry.getValue();
            }
            sentenceIds.add(termIds);
            sentenceWeights.add(weights);
        }

        Map<String, Double> inverseDocumentFrequencies() {
            Map<String, Double> idf = new HashMap<>();
            int total = sentenceIds.size();
            for (int id = 0; id < terms.size(); id++) {
                idf.put(terms.get(id), Math.log(1.0 + (double) total / documentFrequency[id]));
            }
            return idf;
        }

        /** The centroid of the sentences' unit TF-IDF vectors, as a unit vector. */
        Map<String, Double> centroid(Map<String, Double> idf) {
            double[] sum = new double[terms.size()];
            for (int s = 0; s < sentenceIds.size(); s++) {
                int[] termIds = sentenceIds.get(s);
                double[] weights = sentenceWeights.get(s);
                double[] weighted = new double[termIds.length];
                double norm = 0;
                for (int k = 0; k < termIds.length; k++) {
                    weighted[k] = weights[k] * idf.get(terms.get(termIds[k]));
                    norm += weighted[k] * weighted[k];
                }
                norm = Math.sqrt(norm);
                for (int k = 0; k < termIds.length; k++) {
                    sum[termIds[k]] += norm == 0 ? weighted[k] : weighted[k] / norm;
                }
            }
            Map<String, Double> centroid = new HashMap<>();
            for (int id = 0; id < sum.length; id++) {
                if (sum[id] != 0) {
                    centroid.put(terms.get(id), sum[id]);
                }
            }
            return unit(centroid);
        }
    }

    private record DayScore(LocalDate day, double score) {
    }
}
