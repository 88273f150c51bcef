package org.storyline.code;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.benchmarks.ExampleCorpus;
import org.storyline.cli.EventCoding;

/**
 * Pattern matching: the standard coder ({@link PatternEventCoder} over the actor dictionary) on the stored example
 * articles, the whole of the code stage without annotation. One call codes every example once. JMH gives each thread
 * its own state.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PatternMatchingBenchmark extends ExampleCorpus {
    private final EventCoder coder = EventCoding.standard();
    private List<AnnotatedArticle> articles;

    /** Reads the annotated examples. */
    @Setup
    public void load() {
        articles = annotated();
    }

    /** Codes every example article once; gives the number of mentions so that nothing is optimised away. */
    @Benchmark
    public int codeExamples() {
        int mentions = 0;
        for (AnnotatedArticle article : articles) {
            mentions += coder.code(article).size();
        }
        return mentions;
    }
}
