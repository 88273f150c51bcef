package org.storyline.eval.rouge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The timeline ROUGE metrics of tilse (Martschat and Markert 2017) with ROUGE-1.5.5 counts ({@link RougeText},
 * {@code -n 2 -m -s -f A}), computed without Perl: concat, agreement and align+ m:1 ROUGE-1 and ROUGE-2, and date
 * precision, recall and F1. Several references form one ground truth: the reference dates are their union and each
 * reference counts once more in the precision denominator. Where tilse would divide by zero (an empty prediction)
 * the figure is 0. Thread-safe after construction; token ids are shared by all calls and grow with the vocabulary.
 */
public final class TimelineRouge {
    /** Python's {@code string.punctuation}: a word that is a substring of it is ignored by the content cost. */
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private final RougeText text;
    private final Map<String, Integer> tokenIds = new ConcurrentHashMap<>();
    private final Map<String, Integer> wordIds = new ConcurrentHashMap<>();
    private final AtomicInteger nextTokenId = new AtomicInteger();
    private final AtomicInteger nextWordId = new AtomicInteger();

    /** Loads the stop words and the exception table from the classpath. */
    public TimelineRouge() {
        this.text = new RougeText();
    }

    /** Scores a prediction against one or more references. */
    public TimelineScores score(ScoredTimeline predicted, List<ScoredTimeline> references) {
        List<PreparedTimeline> prepared = new ArrayList<>(references.size());
        for (ScoredTimeline reference : references) {
            prepared.add(prepare(reference));
        }
        return score(prepare(predicted), prepared);
    }

    /** Counts a timeline's n-grams once, for scoring it many times. */
    public PreparedTimeline prepare(ScoredTimeline timeline) {
        int size = timeline.dates().size();
        LocalDate[] dates = new LocalDate[size];
        NGrams[] unigrams = new NGrams[size];
        NGrams[] bigrams = new NGrams[size];
        NGrams[] words = new NGrams[size];
        IntSequence all = new IntSequence();
        int i = 0;
        for (Map.Entry<LocalDate, List<String>> entry : timeline.dates().entrySet()) {
            IntSequence tokens = new IntSequence();
            IntSequence dateWords = new IntSequence();
            for (String sentence : entry.getValue()) {
                text.forEachToken(sentence, token -> tokens.add(id(tokenIds, nextTokenId, token)));
                addWords(sentence, dateWords);
            }
            int[] ids = tokens.toArray();
            dates[i] = entry.getKey();
            unigrams[i] = NGrams.of(ids, 1);
            bigrams[i] = NGrams.of(ids, 2);
            words[i] = NGrams.of(dateWords.toArray(), 1);
            all.addAll(ids);
            i++;
        }
        int[] allIds = all.toArray();
        return new PreparedTimeline(this, dates, unigrams, bigrams, words, NGrams.of(allIds, 1),
                NGrams.of(allIds, 2));
    }

    /** Scores a prepared prediction against prepared references, all prepared by this instance. */
    public TimelineScores score(PreparedTimeline predicted, List<PreparedTimeline> references) {
        if (references.isEmpty()) {
            throw new IllegalArgumentException("At least one reference timeline is needed");
        }
        if (predicted.owner != this || references.stream().anyMatch(r -> r.owner != this)) {
            throw new IllegalArgumentException("Timelines must be prepared by the instance that scores them");
        }
        LocalDate[] referenceDates = unionOfDates(references);
        return new TimelineScores(
                new RougePair(concat(predicted, references, 1), concat(predicted, references, 2)),
                new RougePair(agreement(predicted, references, referenceDates, 1),
                        agreement(predicted, references, referenceDates, 2)),
                alignManyToOne(predicted, references, referenceDates),
                dates(predicted.dates, referenceDates));
    }

    /**
     * Averages per-timeline scores as news-tls does: for every figure the mean precision and the mean recall over
     * the timelines, and F1 of these two means (not the mean F1).
     */
    public static TimelineScores average(List<TimelineScores> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("Nothing to average");
        }
        return new TimelineScores(
                new RougePair(mean(scores, s -> s.concat().rouge1()), mean(scores, s -> s.concat().rouge2())),
                new RougePair(mean(scores, s -> s.agreement().rouge1()), mean(scores, s -> s.agreement().rouge2())),
                new RougePair(mean(scores, s -> s.alignM1().rouge1()), mean(scores, s -> s.alignM1().rouge2())),
                mean(scores, TimelineScores::dates));
    }

    private static Prf mean(List<TimelineScores> scores, Function<TimelineScores, Prf> figure) {
        double precision = 0;
        double recall = 0;
        for (TimelineScores score : scores) {
            precision += figure.apply(score).precision();
            recall += figure.apply(score).recall();
        }
        return Prf.of(precision / scores.size(), recall / scores.size());
    }

    private static Prf concat(PreparedTimeline predicted, List<PreparedTimeline> references, int n) {
        NGrams[] models = new NGrams[references.size()];
        for (int r = 0; r < models.length; r++) {
            models[r] = n == 1 ? references.get(r).allUnigrams : references.get(r).allBigrams;
        }
        RougeCounts counts = RougeCounts.of(n == 1 ? predicted.allUnigrams : predicted.allBigrams, models);
        return Prf.of(counts.precision(), counts.recall());
    }

    private static Prf agreement(PreparedTimeline predicted, List<PreparedTimeline> references,
                                 LocalDate[] referenceDates, int n) {
        TreeSet<LocalDate> union = new TreeSet<>(Arrays.asList(predicted.dates));
        union.addAll(Arrays.asList(referenceDates));
        double precisionHits = 0;
        double precisionTotal = 0;
        double recallHits = 0;
        double recallTotal = 0;
        for (LocalDate date : union) {
            RougeCounts counts = RougeCounts.of(predicted.grams(n, date), grams(references, n, date));
            if (predicted.indexOf(date) >= 0) {
                precisionHits += counts.h();
                precisionTotal += counts.p();
            }
            if (Arrays.binarySearch(referenceDates, date) >= 0) {
                recallHits += counts.h();
                recallTotal += counts.m();
            }
        }
        return Prf.of(Prf.ratio(precisionHits, precisionTotal), Prf.ratio(recallHits, recallTotal));
    }

    /**
     * tilse's align+ m:1: each predicted date goes to the reference date of least cost (for precision), each
     * reference date to the predicted date of least cost (for recall), where the cost is
     * {@code (1 - 1/(days + 1)) * (1 - content F1)}; a tie goes to the earliest date, as numpy's argmin does.
     * Matches are weighted by {@code 1/(days + 1)}; denominators are not.
     */
    private static RougePair alignManyToOne(PreparedTimeline predicted, List<PreparedTimeline> references,
                                            LocalDate[] referenceDates) {
        LocalDate[] predictedDates = predicted.dates;
        long[] predictedDays = epochDays(predictedDates);
        long[] referenceDays = epochDays(referenceDates);
        double[][] cost = new double[predictedDates.length][referenceDates.length];
        NGrams[] referenceWords = new NGrams[references.size()];
        for (int j = 0; j < referenceDates.length; j++) {
            for (int r = 0; r < referenceWords.length; r++) {
                referenceWords[r] = references.get(r).words(referenceDates[j]);
            }
            for (int i = 0; i < predictedDates.length; i++) {
                double contentF1 = contentF1(predicted.words(i), referenceWords);
                double dateFactor = 1 - 1.0 / (Math.abs(predictedDays[i] - referenceDays[j]) + 1);
                cost[i][j] = dateFactor * (1 - contentF1);
            }
        }
        double[] precisionHits = new double[2];
        double[] precisionTotals = new double[2];
        for (int i = 0; i < predictedDates.length; i++) {
            int j = argmin(cost[i]);
            for (int n = 1; n <= 2; n++) {
                NGrams peer = predicted.grams(n, i);
                if (j < 0) {
                    // No reference date at all: the date still counts against the empty references.
                    precisionTotals[n - 1] += (double) references.size() * peer.total();
                } else {
                    RougeCounts counts = RougeCounts.of(peer, grams(references, n, referenceDates[j]));
                    precisionHits[n - 1] += weight(predictedDays[i], referenceDays[j]) * counts.h();
                    precisionTotals[n - 1] += counts.p();
                }
            }
        }
        double[] recallHits = new double[2];
        double[] recallTotals = new double[2];
        double[] column = new double[predictedDates.length];
        for (int j = 0; j < referenceDates.length; j++) {
            for (int i = 0; i < predictedDates.length; i++) {
                column[i] = cost[i][j];
            }
            int i = argmin(column);
            for (int n = 1; n <= 2; n++) {
                NGrams peer = i < 0 ? NGrams.EMPTY : predicted.grams(n, i);
                RougeCounts counts = RougeCounts.of(peer, grams(references, n, referenceDates[j]));
                if (i >= 0) {
                    recallHits[n - 1] += weight(predictedDays[i], referenceDays[j]) * counts.h();
                }
                recallTotals[n - 1] += counts.m();
            }
        }
        return new RougePair(
                Prf.of(Prf.ratio(precisionHits[0], precisionTotals[0]), Prf.ratio(recallHits[0], recallTotals[0])),
                Prf.of(Prf.ratio(precisionHits[1], precisionTotals[1]), Prf.ratio(recallHits[1], recallTotals[1])));
    }

    /** tilse's content similarity: unigram F1 over whitespace words, summed over the references. */
    private static double contentF1(NGrams predicted, NGrams[] references) {
        int hits = 0;
        int referenceTotal = 0;
        for (NGrams reference : references) {
            hits += predicted.hits(reference);
            referenceTotal += reference.total();
        }
        return Prf.of(Prf.ratio(hits, (double) references.length * predicted.total()),
                Prf.ratio(hits, referenceTotal)).f1();
    }

    private static Prf dates(LocalDate[] predicted, LocalDate[] reference) {
        int common = 0;
        for (LocalDate date : predicted) {
            if (Arrays.binarySearch(reference, date) >= 0) {
                common++;
            }
        }
        return Prf.of(Prf.ratio(common, predicted.length), Prf.ratio(common, reference.length));
    }

    private static LocalDate[] unionOfDates(List<PreparedTimeline> timelines) {
        TreeSet<LocalDate> union = new TreeSet<>();
        for (PreparedTimeline timeline : timelines) {
            union.addAll(Arrays.asList(timeline.dates));
        }
        return union.toArray(new LocalDate[0]);
    }

    private static NGrams[] grams(List<PreparedTimeline> references, int n, LocalDate date) {
        NGrams[] grams = new NGrams[references.size()];
        for (int r = 0; r < grams.length; r++) {
            grams[r] = references.get(r).grams(n, date);
        }
        return grams;
    }

    /** The first index of the least value, or -1 for no values. */
    private static int argmin(double[] values) {
        int best = -1;
        for (int k = 0; k < values.length; k++) {
            if (best < 0 || values[k] < values[best]) {
                best = k;
            }
        }
        return best;
    }

    private static long[] epochDays(LocalDate[] dates) {
        long[] days = new long[dates.length];
        for (int k = 0; k < dates.length; k++) {
            days[k] = dates[k].toEpochDay();
        }
        return days;
    }

    /** The discount of a match between dates {@code a} and {@code b}, given as epoch days. */
    private static double weight(long a, long b) {
        return 1.0 / (Math.abs(a - b) + 1);
    }

    private void addWords(String sentence, IntSequence words) {
        int length = sentence.length();
        int start = -1;
        for (int k = 0; k <= length; k++) {
            boolean space = k == length || isPythonSpace(sentence.charAt(k));
            if (!space && start < 0) {
                start = k;
            } else if (space && start >= 0) {
                String word = sentence.substring(start, k);
                if (!PUNCTUATION.contains(word)) {
                    words.add(id(wordIds, nextWordId, word));
                }
                start = -1;
            }
        }
    }

    /** The characters Python's {@code str.split()} splits on, which tilse's content cost uses. */
    private static boolean isPythonSpace(char c) {
        return (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= ' ') || c == '\u0085' || c == '\u00a0'
                || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029'
                || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }

    private static int id(Map<String, Integer> ids, AtomicInteger next, String token) {
        return ids.computeIfAbsent(token, t -> next.getAndIncrement());
    }

    /** A growable sequence of token ids. */
    private static final class IntSequence {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addAll(int[] more) {
            for (int value : more) {
                add(value);
            }
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
