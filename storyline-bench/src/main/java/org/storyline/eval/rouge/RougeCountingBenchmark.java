package org.storyline.eval.rouge;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.Sentence;
import org.storyline.benchmarks.ExampleCorpus;

/**
 * ROUGE counting as the timeline evaluation does it, on the stored example articles: the first ten sentences of
 * each article in turn are the peer, those of the four others the models. {@code tokens} is the text's
 * tokenisation and stemming, {@code rouge1} and {@code rouge2} the n-gram matching of already tokenised text.
 * JMH gives each thread its own state.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RougeCountingBenchmark extends ExampleCorpus {
    private static final int SENTENCES = 10;

    private final RougeText text = new RougeText();
    private final List<List<String>> sentences = new ArrayList<>();
    private final List<List<String>> tokens = new ArrayList<>();
    private final List<List<List<String>>> others = new ArrayList<>();
    private int next;

    /** Reads the examples' leading sentences and tokenises them once for the counting benchmarks. */
    @Setup
    public void load() {
        for (AnnotatedArticle article : annotated()) {
            List<String> lead = article.sentences().stream().limit(SENTENCES).map(Sentence::text).toList();
            sentences.add(lead);
            tokens.add(text.tokens(lead));
        }
        for (int peer = 0; peer < tokens.size(); peer++) {
            List<List<String>> models = new ArrayList<>(tokens);
            models.remove(peer);
            others.add(List.copyOf(models));
        }
    }

    /** Tokenises and stems one article's leading sentences. */
    @Benchmark
    public List<String> tokens() {
        List<String> lead = sentences.get(next);
        next = (next + 1) % sentences.size();
        return text.tokens(lead);
    }

    /** ROUGE-1 counts of one article's leading sentences against the others'. */
    @Benchmark
    public RougeCounts rouge1() {
        return counts(1);
    }

    /** ROUGE-2 counts of one article's leading sentences against the others'. */
    @Benchmark
    public RougeCounts rouge2() {
        return counts(2);
    }

    private RougeCounts counts(int n) {
        int peer = next;
        next = (next + 1) % tokens.size();
        return RougeCounts.of(n, tokens.get(peer), others.get(peer));
    }
}
