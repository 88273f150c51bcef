package org.storyline.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.storyline.util.Validate;

/**
 * Online story clustering. Articles are given one at a time, in publication order (ties by article id); each joins
 * the live story it is most similar to, or founds a new one whose id is its own id, so a story id never changes.
 *
 * <p>Similarity to a story is a weighted mean of three cosines, each with inverse document frequencies over the
 * articles in memory: the article's words against the story's centroid (the sum of its articles' word vectors),
 * its named entities against the story's, and its event actor codes against the story's (the last two only when
 * the article has any). It is then halved for every {@link StoryOptions#halfLifeDays()} between the article and
 * the story's dates. A near-duplicate of an article in memory joins that article's story whatever the score, so
 * copies are never split. When an article is similar enough to two stories at once
 * ({@link StoryOptions#mergeThreshold()}), the later founded is merged into the earlier and the merge is reported.
 * A story whose last article is more than {@link StoryOptions#windowDays()} older than the newest article seen is
 * dropped with its articles, so memory is bounded by the window. {@link #settle} then places the articles added
 * since its last call again, once all of them are known, and returns where they end; the caller records that.
 *
 * <p>Deterministic: the same articles in the same order give the same stories. Not thread-safe.
 */
public final class StoryClusterer {
    private static final int ARTICLE_TERMS = 100;
    private static final int CENTROID_TERMS = 150;
    private static final int LABEL_ENTITIES = 3;
    private static final int LABEL_TERMS = 3;
    private static final int MIN_TERM_LENGTH = 2;
    /**
     * Most rounds of {@link #settle}. It stops earlier when no article moves; past a few rounds the moves are a few
     * articles going back and forth between two close stories.
     */
    private static final int SETTLE_ROUNDS = 6;
    /**
     * Share of the join threshold a lone article must reach to leave its own story for another when settling: the
     * online pass scored it against stories as they stood when it came, settling against whole stories, and below
     * this an article on another subject would join any story that shares a word with it.
     */
    private static final double LONE_SHARE = 0.5;
    /**
     * Pronouns, which the annotator links to people and lists among an article's entities: they count for the
     * similarity (they stand for someone the story is about) but name no one in a label.
     */
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
            "ourselves", "you", "your", "yours", "yourself", "he", "him", "his", "himself", "she", "her", "hers",
            "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "who", "whom", "whose");

    private final StoryOptions options;
    private final NearDuplicateIndex duplicates = new NearDuplicateIndex();
    private final Map<String, Live> live = new LinkedHashMap<>();
    private final Map<String, Live> storyOfArticle = new HashMap<>();
    private final Space terms = new Space();
    private final Space entities = new Space();
    private final Space actors = new Space();
    /**
     * For each term, the live stories whose centroid holds it, with its weight there. An article is scored against
     * the few stories it shares terms with instead of looking up each of its terms in every live story: this was
     * half of the clustering time with a few hundred stories live.
     */
    private final Map<String, Postings> postings = new HashMap<>();
    private LocalDate clock;
    /** Articles placed by {@link #add} since the last {@link #settle}, by id, in the order they came. */
    private final Map<String, Pending> unsettled = new LinkedHashMap<>();
    /** Where unsettled articles whose story left memory before settling ended. */
    private final Map<String, Story> evicted = new HashMap<>();

    public StoryClusterer(StoryOptions options) {
        this.options = Validate.notNull(options, "options");
    }

    /** Places a new article: it joins the best live story, or founds one. */
    public Assignment add(StoryArticle article) {
        Validate.notNull(article, "article");
        Validate.isTrue(!storyOfArticle.containsKey(article.id()), "article " + article.id() + " was already added");
        advance(article.date());
        Optional<NearDuplicate> copy = duplicates.add(article.id(), article.date(), article.text());
        Features features = features(article);
        Live target = copy.map(c -> storyOfArticle.get(c.originalId())).orElse(null);
        double score = target != null ? 1 : 0;
        List<SettledMerge> merges = new ArrayList<>();
        if (target == null) {
            List<Scored> scored = new ArrayList<>();
            Query query = new Query(new Weighted(features.terms, terms), new Weighted(features.entities, entities),
                    new Weighted(features.actors, actors));
            query.terms.dotProducts(live.values(), postings);
            for (Live story : live.values()) {
                double s = similarity(features, query, story);
                if (s >= options.joinThreshold()) {
                    scored.add(new Scored(story, s));
                }
            }
            scored.sort(Comparator.comparingDouble(Scored::score).reversed());
            if (!scored.isEmpty()) {
                score = scored.get(0).score();
                target = scored.get(0).story();
                if (score >= options.mergeThreshold()) {
                    target = merge(scored, article, merges);
                }
            }
        }
        if (target == null) {
            target = new Live(article.id(), article.date());
            live.put(target.id, target);
        }
        join(target, features);
        unsettled.put(article.id(), new Pending(features, copy.orElse(null), merges.stream()
                .filter(m -> m.settled).map(SettledMerge::merge).toList(), score));
        return new Assignment(article.id(), target.snapshot(this), score, copy.orElse(null),
                merges.stream().map(SettledMerge::merge).toList());
    }

    /**
     * Puts back an article where an earlier run placed it, without deciding anything: used to rebuild the live
     * stories of a store before adding new articles. Articles must come in the order they were first added.
     */
    public void restore(StoryArticle article, String storyId) {
        Validate.notNull(article, "article");
        Validate.notBlank(storyId, "storyId");
        advance(article.date());
        duplicates.add(article.id(), article.date(), article.text());
        Live target = live.computeIfAbsent(storyId, id -> new Live(id, article.date()));
        target.settled = true;
        join(target, features(article));
    }

    /**
     * Places again the articles {@link #add}ed since the last call, now that all of them are known, and returns
     * where each ended, in the order they were added. Online, an article can only join a story as it stood when
     * the article came; here each of them moves to the live story it now fits best (scored as when it was added,
     * against the story's whole centroid, its own vectors left out of its own story's), round after round until
     * none moves: k-means over the live stories, seeded by the online pass. Articles placed before the last call,
     * and those put back by {@link #restore}, never move. A founder stays in its story unless it is alone there,
     * and then leaves it only for a story it scores half the join threshold with, or more; a story left empty,
     * which no earlier call returned, is dropped. Near-duplicates go where their original goes. The merges returned are those of stories returned by an earlier call (the others were never shown).
     */
    public List<Assignment> settle() {
        List<Live> stories = new ArrayList<>(live.values());
        Centroids centroids = new Centroids(stories, this);
        Set<Live> touched = new LinkedHashSet<>();
        for (int round = 0; round < SETTLE_ROUNDS; round++) {
            if (!moveOnce(stories, centroids, touched)) {
                break;
            }
        }
        for (Live story : touched) {
            unindex(story);
            if (story.members.isEmpty()) {
                live.remove(story.id);
            } else {
                story.rebuild(this);
            }
        }
        Map<Live, Story> snapshots = new HashMap<>();
        List<Assignment> settled = new ArrayList<>(unsettled.size());
        for (Pending pending : unsettled.values()) {
            String id = pending.features.id;
            Live story = storyOfArticle.get(id);
            Story snapshot = story != null ? snapshots.computeIfAbsent(story, s -> s.snapshot(this)) : evicted.get(id);
            settled.add(new Assignment(id, snapshot, pending.score, pending.copy, pending.merges));
        }
        live.values().forEach(story -> story.settled = true);
        unsettled.clear();
        evicted.clear();
        return settled;
    }

    /** One round of {@link #settle}: moves articles and adds their stories to {@code touched}; whether any moved. */
    private boolean moveOnce(List<Live> stories, Centroids centroids, Set<Live> touched) {
        Map<Pending, Live> moves = new HashMap<>();
        Map<Pending, Double> newScores = new HashMap<>();
        for (Pending pending : unsettled.values()) {
            Live own = storyOfArticle.get(pending.features.id);
            boolean alone = own != null && own.members.size() == 1;
            if (pending.copy != null || own == null || own.id.equals(pending.features.id) && !alone) {
                continue;
            }
            Centroids.Scores scores = centroids.score(pending.features, this);
            int ownIndex = centroids.index(own);
            double ownScore = alone ? options.joinThreshold() * LONE_SHARE : scores.leftOut(ownIndex);
            int best = -1;
            double bestScore = ownScore;
            for (int i : scores.candidates()) {
                double score = i == ownIndex ? ownScore : scores.score(i);
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                moves.put(pending, stories.get(best));
                newScores.put(pending, bestScore);
            }
        }
        // A lone founder that leaves takes its story with it: nothing may move into that story in the same round.
        // When two lone articles choose each other (or one chooses a story whose founder also leaves), the later
        // founded moves and the earlier stays to receive it.
        Map<Live, Pending> leaving = new HashMap<>();
        moves.forEach((pending, to) -> {
            Live from = storyOfArticle.get(pending.features.id);
            if (from.members.size() == 1) {
                leaving.put(from, pending);
            }
        });
        List<Pending> movers = new ArrayList<>(moves.keySet());
        movers.sort(Comparator.comparingInt((Pending p) -> -centroids.index(storyOfArticle.get(p.features.id))));
        for (Pending pending : movers) {
            Live to = moves.get(pending);
            Live from = storyOfArticle.get(pending.features.id);
            if (to != null && leaving.containsKey(to) && centroids.index(to) < centroids.index(from)
                    && leaving.containsKey(from)) {
                moves.remove(leaving.remove(to));
            }
        }
        moves.values().removeIf(leaving::containsKey);
        for (Pending pending : unsettled.values()) {
            if (pending.copy != null && storyOfArticle.containsKey(pending.copy.originalId())) {
                Pending original = unsettled.get(pending.copy.originalId());
                Live to = original != null && moves.containsKey(original) ? moves.get(original)
                        : storyOfArticle.get(pending.copy.originalId());
                if (to != storyOfArticle.get(pending.features.id)) {
                    moves.put(pending, to);
                }
            }
        }
        if (moves.isEmpty()) {
            return false;
        }
        for (Pending pending : unsettled.values()) {
            Live to = moves.get(pending);
            if (to != null) {
                Live from = storyOfArticle.get(pending.features.id);
                pending.score = newScores.getOrDefault(pending, pending.score);
                from.members.remove(pending.features);
                to.members.add(pending.features);
                storyOfArticle.put(pending.features.id, to);
                centroids.move(pending.features, from, to);
                touched.add(from);
                touched.add(to);
            }
        }
        return true;
    }

    /** The stories in memory, in founding order. */
    public List<Story> liveStories() {
        return live.values().stream().map(story -> story.snapshot(this)).toList();
    }

    /** The live story of an article in memory, or empty when it is not (never added, or its story left memory). */
    public Optional<String> storyOf(String articleId) {
        return Optional.ofNullable(storyOfArticle.get(articleId)).map(story -> story.id);
    }

    /** Number of articles in memory. */
    public int liveArticles() {
        return storyOfArticle.size();
    }

    private void advance(LocalDate date) {
        if (clock != null && !date.isAfter(clock)) {
            return;
        }
        clock = date;
        LocalDate cutoff = date.minusDays(options.windowDays());
        live.values().removeIf(story -> {
            if (!story.lastDate.isBefore(cutoff)) {
                return false;
            }
            Story snapshot = null;
            for (Features member : story.members) {
                storyOfArticle.remove(member.id);
                forget(member);
                if (unsettled.containsKey(member.id)) {
                    snapshot = snapshot != null ? snapshot : story.snapshot(this);
                    evicted.put(member.id, snapshot);
                }
            }
            unindex(story);
            return true;
        });
        duplicates.evictBefore(cutoff);
    }

    /** Folds every other story above the merge threshold into the earliest founded of them. */
    private Live merge(List<Scored> scored, StoryArticle article, List<SettledMerge> merges) {
        List<Live> joined = scored.stream().filter(s -> s.score() >= options.mergeThreshold()).map(Scored::story)
                .sorted(Comparator.comparing((Live l) -> !l.settled).thenComparing(l -> l.founded)
                        .thenComparing(l -> l.id)).toList();
        Live survivor = joined.get(0);
        for (Live other : joined.subList(1, joined.size())) {
            for (Features member : other.members) {
                survivor.add(member, this);
                storyOfArticle.put(member.id, survivor);
            }
            survivor.firstDate = min(survivor.firstDate, other.firstDate);
            survivor.lastDate = max(survivor.lastDate, other.lastDate);
            live.remove(other.id);
            unindex(other);
            merges.add(new SettledMerge(new StoryMerge(other.id, survivor.id, article.id(), article.date()),
                    other.settled));
        }
        return survivor;
    }

    private void join(Live story, Features features) {
        terms.add(features.terms.keySet());
        entities.add(features.entities.keySet());
        actors.add(features.actors.keySet());
        story.add(features, this);
        story.firstDate = min(story.firstDate, features.date);
        story.lastDate = max(story.lastDate, features.date);
        storyOfArticle.put(features.id, story);
    }

    private void forget(Features member) {
        terms.remove(member.terms.keySet());
        entities.remove(member.entities.keySet());
        actors.remove(member.actors.keySet());
    }

    private double similarity(Features article, Query query, Live story) {
        return similarity(article, query.terms.cosine(story.termDot, story.termNorm),
                query.entities.cosine(story.entityCounts, story.entityNorm),
                query.actors.cosine(story.actorCounts, story.actorNorm), story);
    }

    /**
     * The weighted mean of an article's three cosines with a story (entities and actors only when the article has
     * any), halved for every half-life between the article's date and the story's dates.
     */
    private double similarity(Features article, double text, double entity, double actor, Live story) {
        long gap = 0;
        if (article.date.isAfter(story.lastDate)) {
            gap = ChronoUnit.DAYS.between(story.lastDate, article.date);
        } else if (article.date.isBefore(story.firstDate)) {
            gap = ChronoUnit.DAYS.between(article.date, story.firstDate);
        }
        if (gap > options.windowDays()) {
            return 0;
        }
        double sum = options.textWeight() * text;
        double weights = options.textWeight();
        if (!article.entities.isEmpty()) {
            sum += options.entityWeight() * entity;
            weights += options.entityWeight();
        }
        if (!article.actors.isEmpty()) {
            sum += options.actorWeight() * actor;
            weights += options.actorWeight();
        }
        return sum / weights * Math.pow(0.5, gap / options.halfLifeDays());
    }

    /**
     * Records the story's centroid in the postings after an article was added to it: {@code merged} holds every
     * term it had before and the article's, some of which the centroid may have dropped.
     */
    private void reindex(Live story, Map<String, Double> merged) {
        if (merged != story.centroid) {
            for (String term : merged.keySet()) {
                if (!story.centroid.containsKey(term)) {
                    removePosting(term, story);
                }
            }
        }
        story.centroid.forEach((term, weight) -> postings.computeIfAbsent(term, t -> new Postings()).put(term, story, weight));
    }

    /** Takes a story that leaves memory out of the postings. */
    private void unindex(Live story) {
        for (String term : story.centroid.keySet()) {
            removePosting(term, story);
        }
    }

    private void removePosting(String term, Live story) {
        Postings stories = postings.get(term);
        if (stories != null && stories.remove(term, story) && stories.size == 0) {
            postings.remove(term);
        }
    }

    private static double norm(Map<String, Double> vector, Space space) {
        double sum = 0;
        for (Map.Entry<String, Double> e : vector.entrySet()) {
            double weighted = e.getValue() * space.idf(e.getKey());
            sum += weighted * weighted;
        }
        return Math.sqrt(sum);
    }

    private Features features(StoryArticle article) {
        Map<String, Double> counts = new HashMap<>();
        String all = article.title() == null ? article.text() : article.title() + "\n\n" + article.text();
        for (String word : Words.of(all)) {
            if (word.length() >= MIN_TERM_LENGTH && !Words.isStopWord(word)) {
                counts.merge(word, 1.0, Double::sum);
            }
        }
        Map<String, Double> weights = top(logWeights(counts), terms, ARTICLE_TERMS);
        Map<String, String> surfaces = new HashMap<>();
        Map<String, Double> entityCounts = new HashMap<>();
        for (String entity : article.entities()) {
            String key = entityKey(entity);
            if (!key.isEmpty()) {
                entityCounts.merge(key, 1.0, Double::sum);
                if (!isPronoun(entity.strip())) {
                    surfaces.putIfAbsent(key, entity.strip());
                }
            }
        }
        Map<String, Double> actorCounts = new HashMap<>();
        article.actors().forEach(code -> actorCounts.merge(code, 1.0, Double::sum));
        return new Features(article.id(), article.date(), article.sources(), unit(weights),
                unit(logWeights(entityCounts)), unit(logWeights(actorCounts)), surfaces);
    }

    /** "he", "His", "Who"; not "US", "IT" or "WHO", which name a country, a trade and a body. */
    private static boolean isPronoun(String surface) {
        String folded = surface.toLowerCase(Locale.ROOT);
        return PRONOUNS.contains(folded) && (surface.equals(folded)
                || surface.substring(1).equals(folded.substring(1)));
    }

    private static String entityKey(String entity) {
        String key = entity.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    private static Map<String, Double> logWeights(Map<String, Double> counts) {
        Map<String, Double> weights = new HashMap<>();
        counts.forEach((key, count) -> weights.put(key, 1 + Math.log(count)));
        return weights;
    }

    /** The {@code limit} heaviest entries once weighted by idf, ties by key, so the choice is deterministic. */
    private static Map<String, Double> top(Map<String, Double> vector, Space space, int limit) {
        if (vector.size() <= limit) {
            return vector;
        }
        List<Ranked> ranked = new ArrayList<>(vector.size());
        vector.forEach((key, value) -> ranked.add(new Ranked(key, value, value * space.idf(key))));
        ranked.sort(Comparator.comparingDouble(Ranked::rank).reversed().thenComparing(Ranked::key));
        Map<String, Double> kept = new HashMap<>();
        for (Ranked entry : ranked.subList(0, limit)) {
            kept.put(entry.key(), entry.value());
        }
        return kept;
    }

    private record Ranked(String key, double value, double rank) {
    }

    private static Map<String, Double> unit(Map<String, Double> vector) {
        double sum = 0;
        for (double v : vector.values()) {
            sum += v * v;
        }
        double norm = Math.sqrt(sum);
        Map<String, Double> unit = new HashMap<>();
        vector.forEach((key, value) -> unit.put(key, value / norm));
        return unit;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private record Scored(Live story, double score) {
    }

    /** A merge, and whether the story merged away had been returned by {@link #settle}. */
    private record SettledMerge(StoryMerge merge, boolean settled) {
    }

    /** An article added since the last {@link #settle}, with what settling needs to report it. */
    private static final class Pending {
        final Features features;
        final NearDuplicate copy;
        final List<StoryMerge> merges;
        double score;

        Pending(Features features, NearDuplicate copy, List<StoryMerge> merges, double score) {
            this.features = features;
            this.copy = copy;
            this.merges = merges;
            this.score = score;
        }
    }

    /**
     * The live stories' whole centroids while {@link #settle} runs: each story's summed term, entity and actor
     * vectors (the online centroid keeps only its heaviest terms), their squared norms with the inverse document
     * frequencies of the articles in memory, and for each key the stories that hold it. Kept up to date as
     * articles move, so that a round costs only the scoring.
     */
    private static final class Centroids {
        private final Map<Live, Integer> indexes = new HashMap<>();
        private final Vectors terms;
        private final Vectors entities;
        private final Vectors actors;
        private final List<Live> stories;

        Centroids(List<Live> stories, StoryClusterer clusterer) {
            this.stories = stories;
            for (int i = 0; i < stories.size(); i++) {
                indexes.put(stories.get(i), i);
            }
            terms = new Vectors(stories, Features::terms, clusterer.terms);
            entities = new Vectors(stories, Features::entities, clusterer.entities);
            actors = new Vectors(stories, Features::actors, clusterer.actors);
        }

        int index(Live story) {
            return indexes.get(story);
        }

        /** Takes an article's vectors out of one story's sums and adds them to another's. */
        void move(Features article, Live from, Live to) {
            for (Vectors vectors : List.of(terms, entities, actors)) {
                Map<String, Double> vector = vectors.of.apply(article);
                vectors.add(vector, index(from), -1);
                vectors.add(vector, index(to), 1);
            }
        }

        Scores score(Features article, StoryClusterer clusterer) {
            return new Scores(article, terms.probe(article.terms), entities.probe(article.entities),
                    actors.probe(article.actors), clusterer);
        }

        /** An article's dot products with every story, in one feature space. */
        record Probe(double[] dots, double norm2, Vectors vectors) {
            double cosine(int story, boolean leftOut) {
                double dot = dots[story];
                double storyNorm2 = vectors.norms2[story];
                if (leftOut) {
                    storyNorm2 += norm2 - 2 * dot;
                    dot -= norm2;
                }
                return norm2 <= 0 || storyNorm2 <= 1e-12 ? 0 : dot / Math.sqrt(norm2 * storyNorm2);
            }
        }

        /** One article's scores against the stories. */
        final class Scores {
            private final Features article;
            private final Probe terms;
            private final Probe entities;
            private final Probe actors;
            private final StoryClusterer clusterer;

            Scores(Features article, Probe terms, Probe entities, Probe actors, StoryClusterer clusterer) {
                this.article = article;
                this.terms = terms;
                this.entities = entities;
                this.actors = actors;
                this.clusterer = clusterer;
            }

            /** Indexes of the stories that share a term, an entity or an actor with the article, ascending. */
            int[] candidates() {
                BitSet shared = new BitSet(stories.size());
                for (Probe probe : List.of(terms, entities, actors)) {
                    for (int i = 0; i < probe.dots.length; i++) {
                        if (probe.dots[i] != 0) {
                            shared.set(i);
                        }
                    }
                }
                return shared.stream().toArray();
            }

            double score(int story) {
                return score(story, false);
            }

            /** The score against a story with the article's own vectors taken out of it. */
            double leftOut(int story) {
                return score(story, true);
            }

            private double score(int story, boolean leftOut) {
                return clusterer.similarity(article, terms.cosine(story, leftOut), entities.cosine(story, leftOut),
                        actors.cosine(story, leftOut), stories.get(story));
            }
        }
    }

    /** The stories' summed vectors of one feature space, weighted by inverse document frequency when scored. */
    private static final class Vectors {
        private final Map<String, Holders> holders = new HashMap<>();
        private final double[] norms2;
        private final Space space;
        private final Function<Features, Map<String, Double>> of;

        Vectors(List<Live> stories, Function<Features, Map<String, Double>> of, Space space) {
            this.space = space;
            this.of = of;
            this.norms2 = new double[stories.size()];
            for (int i = 0; i < stories.size(); i++) {
                for (Features member : stories.get(i).members) {
                    add(of.apply(member), i, 1);
                }
            }
        }

        /** Adds {@code sign} times a vector to one story's sum, and updates its squared norm. */
        void add(Map<String, Double> vector, int story, int sign) {
            vector.forEach((key, value) -> {
                Holders holding = holders.computeIfAbsent(key, k -> new Holders(space.idf(k)));
                double before = holding.get(story);
                double after = before + sign * value;
                holding.set(story, after);
                norms2[story] = Math.max(0, norms2[story] + holding.idf * holding.idf * (after * after
                        - before * before));
            });
        }

        Centroids.Probe probe(Map<String, Double> article) {
            double[] dots = new double[norms2.length];
            double norm2 = 0;
            for (Map.Entry<String, Double> e : article.entrySet()) {
                Holders holding = holders.get(e.getKey());
                double idf = holding != null ? holding.idf : space.idf(e.getKey());
                double weighted = e.getValue() * idf;
                norm2 += weighted * weighted;
                if (holding != null) {
                    for (int j = 0; j < holding.size; j++) {
                        dots[holding.stories[j]] += weighted * idf * holding.values[j];
                    }
                }
            }
            return new Centroids.Probe(dots, norm2, this);
        }
    }

    /** The stories holding one key, with its summed weight in each and its inverse document frequency. */
    private static final class Holders {
        final double idf;
        int[] stories = new int[2];
        double[] values = new double[2];
        int size;

        Holders(double idf) {
            this.idf = idf;
        }

        double get(int story) {
            for (int j = 0; j < size; j++) {
                if (stories[j] == story) {
                    return values[j];
                }
            }
            return 0;
        }

        void set(int story, double value) {
            for (int j = 0; j < size; j++) {
                if (stories[j] == story) {
                    values[j] = value;
                    return;
                }
            }
            if (size == stories.length) {
                stories = Arrays.copyOf(stories, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            stories[size] = story;
            values[size++] = value;
        }
    }

    private record Query(Weighted terms, Weighted entities, Weighted actors) {
    }

    /**
     * An article's vector of one feature space with the inverse document frequencies applied once: each key's
     * weight times its idf squared, ready to be multiplied by a story's raw weight.
     */
    private static final class Weighted {
        private final String[] keys;
        private final double[] weights;
        private final double norm;

        Weighted(Map<String, Double> vector, Space space) {
            keys = new String[vector.size()];
            weights = new double[vector.size()];
            double sum = 0;
            int i = 0;
            for (Map.Entry<String, Double> e : vector.entrySet()) {
                double idf = space.idf(e.getKey());
                double weighted = e.getValue() * idf;
                sum += weighted * weighted;
                keys[i] = e.getKey();
                weights[i++] = weighted * idf;
            }
            norm = Math.sqrt(sum);
        }

        /**
         * Sets each story's {@code termDot} to its dot product with this vector, through the postings. Each story's
         * products are added in the order of this vector's keys, as {@link #cosine(Map, double)} adds them, so the
         * sums are the same to the last bit.
         */
        void dotProducts(Collection<Live> stories, Map<String, Postings> postings) {
            for (Live story : stories) {
                story.termDot = 0;
            }
            for (int i = 0; i < keys.length; i++) {
                Postings holders = postings.get(keys[i]);
                if (holders != null) {
                    double weight = weights[i];
                    for (int j = 0; j < holders.size; j++) {
                        holders.stories[j].termDot += weight * holders.weights[j];
                    }
                }
            }
        }

        /** The cosine with a story whose dot product with this vector is known. */
        double cosine(double dot, double storyNorm) {
            if (storyNorm == 0 || norm == 0) {
                return 0;
            }
            return dot / (norm * storyNorm);
        }

        double cosine(Map<String, Double> story, double storyNorm) {
            if (storyNorm == 0 || norm == 0) {
                return 0;
            }
            double dot = 0;
            for (int i = 0; i < keys.length; i++) {
                Double s = story.get(keys[i]);
                if (s != null) {
                    dot += weights[i] * s;
                }
            }
            return dot / (norm * storyNorm);
        }
    }

    /**
     * The live stories holding one term in their centroid, with its weight there, in flat arrays that are cheap to
     * scan. Each story knows its slot ({@link Live#slots}), so an update or a removal (the last entry moves into the
     * freed slot) costs no search; the order of the entries does not matter.
     */
    private static final class Postings {
        private Live[] stories = new Live[4];
        private double[] weights = new double[4];
        private int size;

        void put(String term, Live story, double weight) {
            Integer slot = story.slots.get(term);
            if (slot != null) {
                weights[slot] = weight;
                return;
            }
            if (size == stories.length) {
                stories = Arrays.copyOf(stories, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            stories[size] = story;
            weights[size] = weight;
            story.slots.put(term, size++);
        }

        boolean remove(String term, Live story) {
            Integer slot = story.slots.remove(term);
            if (slot == null) {
                return false;
            }
            size--;
            if (slot != size) {
                stories[slot] = stories[size];
                weights[slot] = weights[size];
                stories[slot].slots.put(term, slot);
            }
            stories[size] = null;
            return true;
        }
    }

    /** An article's vectors, kept while its story lives so that its document frequencies can be taken back. */
    private record Features(String id, LocalDate date, Set<String> sources, Map<String, Double> terms,
                            Map<String, Double> entities, Map<String, Double> actors, Map<String, String> surfaces) {
    }

    /** Document frequencies over the articles in memory. */
    private static final class Space {
        private final Map<String, Integer> frequencies = new HashMap<>();
        private int documents;

        void add(Set<String> keys) {
            documents++;
            keys.forEach(key -> frequencies.merge(key, 1, Integer::sum));
        }

        void remove(Set<String> keys) {
            documents--;
            keys.forEach(key -> frequencies.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1));
        }

        double idf(String key) {
            return Math.log((documents + 1.0) / (frequencies.getOrDefault(key, 0) + 1.0)) + 1;
        }
    }

    /** A story in memory. */
    private static final class Live {
        final String id;
        final LocalDate founded;
        LocalDate firstDate;
        LocalDate lastDate;
        final List<Features> members = new ArrayList<>();
        final Set<String> sources = new LinkedHashSet<>();
        Map<String, Double> centroid = new HashMap<>();
        final Map<String, Double> entityCounts = new HashMap<>();
        final Map<String, Double> actorCounts = new HashMap<>();
        final Map<String, String> surfaces = new HashMap<>();
        double termNorm;
        /** Scratch: the dot product of the article being placed with the centroid ({@link Weighted#dotProducts}). */
        double termDot;
        /** Where this story sits in the postings of each term of its centroid. */
        final Map<String, Integer> slots = new HashMap<>();
        double entityNorm;
        double actorNorm;
        /** Whether {@link #settle} returned this story (or {@link #restore} rebuilt it): it can no longer empty. */
        boolean settled;

        Live(String id, LocalDate founded) {
            this.id = id;
            this.founded = founded;
            this.firstDate = founded;
            this.lastDate = founded;
        }

        void add(Features features, StoryClusterer clusterer) {
            members.add(features);
            count(features);
            features.terms.forEach((key, value) -> centroid.merge(key, value, Double::sum));
            Map<String, Double> merged = centroid;
            centroid = top(centroid, clusterer.terms, CENTROID_TERMS);
            clusterer.reindex(this, merged);
            norms(clusterer);
        }

        /** Adds a member's outlets, entities, actors and entity surfaces to the story's. */
        private void count(Features member) {
            sources.addAll(member.sources);
            member.entities.forEach((key, value) -> entityCounts.merge(key, value, Double::sum));
            member.actors.forEach((key, value) -> actorCounts.merge(key, value, Double::sum));
            member.surfaces.forEach(surfaces::putIfAbsent);
        }

        private void norms(StoryClusterer clusterer) {
            termNorm = norm(centroid, clusterer.terms);
            entityNorm = norm(entityCounts, clusterer.entities);
            actorNorm = norm(actorCounts, clusterer.actors);
        }

        /**
         * Computes the centroid, counts and dates again from the members, after settling moved some: the centroid
         * is the heaviest terms of the members' whole sum. The story must be out of the postings.
         */
        void rebuild(StoryClusterer clusterer) {
            Map<String, Double> sum = new HashMap<>();
            sources.clear();
            entityCounts.clear();
            actorCounts.clear();
            surfaces.clear();
            firstDate = members.get(0).date;
            lastDate = firstDate;
            for (Features member : members) {
                count(member);
                member.terms.forEach((key, value) -> sum.merge(key, value, Double::sum));
                firstDate = min(firstDate, member.date);
                lastDate = max(lastDate, member.date);
            }
            centroid = top(sum, clusterer.terms, CENTROID_TERMS);
            clusterer.reindex(this, centroid);
            norms(clusterer);
        }

        Story snapshot(StoryClusterer clusterer) {
            List<String> names = entityCounts.entrySet().stream().filter(e -> surfaces.containsKey(e.getKey()))
                    .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue())
                            .thenComparing(Map.Entry::getKey))
                    .limit(LABEL_ENTITIES).map(e -> surfaces.get(e.getKey())).toList();
            Set<String> named = new HashSet<>();
            names.forEach(name -> named.addAll(Words.of(name)));
            int termCount = names.isEmpty() ? LABEL_TERMS + LABEL_ENTITIES : LABEL_TERMS;
            List<String> keyTerms = centroid.entrySet().stream().filter(e -> !named.contains(e.getKey()))
                    .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) ->
                                    -e.getValue() * clusterer.terms.idf(e.getKey()))
                            .thenComparing(Map.Entry::getKey))
                    .limit(termCount).map(Map.Entry::getKey).toList();
            String label = names.isEmpty() ? String.join(", ", keyTerms)
                    : String.join(", ", names) + " · " + String.join(", ", keyTerms);
            return new Story(id, label, firstDate, lastDate, members.size(), sources.size());
        }
    }
}
