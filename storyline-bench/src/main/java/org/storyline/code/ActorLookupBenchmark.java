package org.storyline.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.benchmarks.ExampleCorpus;

/**
 * Actor lookup on the stored example articles: the dictionary look-up of a word span, and the resolver on a noun or
 * pronoun head (dictionary names, the phrase's words, then earlier mentions). Each call takes the next item in
 * turn, so the time is that of one look-up averaged over every item. JMH gives each thread its own state.
 */
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ActorLookupBenchmark extends ExampleCorpus {
    private final ActorDictionary dictionary = ActorDictionary.bundled();
    private final DictionaryActorResolver resolver = new DictionaryActorResolver(dictionary);
    private final List<Head> heads = new ArrayList<>();
    private final List<List<String>> spans = new ArrayList<>();
    private int nextHead;
    private int nextSpan;

    /** Collects every noun and pronoun head, and every span of words up to the longest name. */
    @Setup
    public void load() {
        for (AnnotatedArticle article : annotated()) {
            for (Sentence sentence : article.sentences()) {
                List<Token> tokens = sentence.tokens();
                for (Token token : tokens) {
                    if (token.pos().startsWith("NN") || token.pos().startsWith("PRP")) {
                        heads.add(new Head(article, sentence.index(), token.index()));
                    }
                    int longest = Math.min(dictionary.longestName(), tokens.size() - token.index());
                    for (int length = 1; length <= longest; length++) {
                        spans.add(tokens.subList(token.index(), token.index() + length).stream().map(Token::text)
                                .toList());
                    }
                }
            }
        }
    }

    /** One dictionary look-up of a word span. */
    @Benchmark
    public List<ActorEntry> dictionaryLookup() {
        List<String> span = spans.get(nextSpan);
        nextSpan = (nextSpan + 1) % spans.size();
        return dictionary.lookup(span);
    }

    /** One actor resolution of a noun or pronoun head. */
    @Benchmark
    public Optional<Actor> resolveHead() {
        Head head = heads.get(nextHead);
        nextHead = (nextHead + 1) % heads.size();
        return resolver.resolve(head.article(), head.sentence(), head.token());
    }

    private record Head(AnnotatedArticle article, int sentence, int token) {
    }
}
