package org.storyline.benchmarks;

import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.storyline.annotate.AnnotatedArticle;

/**
 * The corpus a benchmark reads, as JMH parameters ({@code -p corpus=PATH -p store=DIR}), and the settings the
 * benchmarks share (average time, 3 warm-up and 5 measured iterations of 2 s, one fork); its annotated articles come
 * from {@link StoredExamples}. Benchmarks extend it; JMH gives each thread its own state.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Xss4m"})
public abstract class ExampleCorpus {
    /** The corpus to annotate when the store is empty. */
    @Param("examples")
    public String corpus;

    /** The store holding the annotated corpus. */
    @Param("storyline-bench/target/examples-store")
    public String store;

    /** The annotated articles of the corpus, read from the store (filled first when empty). */
    protected List<AnnotatedArticle> annotated() {
        return StoredExamples.annotated(Path.of(corpus), Path.of(store));
    }
}
