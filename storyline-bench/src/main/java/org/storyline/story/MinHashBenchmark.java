package org.storyline.story;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.benchmarks.ExampleCorpus;
import org.storyline.ingest.Article;

/**
 * Near-duplicate detection on the stored example articles: an article's word shingles ({@link Shingles#of}), its
 * MinHash signature, and the whole index (shingles, signature, band look-up and the check of candidates) over
 * every example. The first two take the next article in turn, so their time is that of one article averaged over
 * the examples. JMH gives each thread its own state.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MinHashBenchmark extends ExampleCorpus {
    private List<Article> articles;
    private List<long[]> shingles;
    private int next;

    /** Reads the examples and their shingles. */
    @Setup
    public void load() {
        articles = annotated().stream()
                .map(AnnotatedArticle::article).toList();
        shingles = articles.stream().map(a -> Shingles.of(a.text())).toList();
    }

    /** The shingles of one article. */
    @Benchmark
    public long[] shingles() {
        String text = articles.get(next).text();
        next = (next + 1) % articles.size();
        return Shingles.of(text);
    }

    /** The MinHash signature of one article's shingles. */
    @Benchmark
    public long[] signature() {
        long[] of = shingles.get(next);
        next = (next + 1) % shingles.size();
        return NearDuplicateIndex.signature(of);
    }

    /** Every example added to a fresh index; gives the near-duplicates found so that nothing is optimised away. */
    @Benchmark
    public int indexExamples() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        int found = 0;
        for (Article article : articles) {
            if (index.add(article.id(), article.published(), article.text()).isPresent()) {
                found++;
            }
        }
        return found;
    }
}
