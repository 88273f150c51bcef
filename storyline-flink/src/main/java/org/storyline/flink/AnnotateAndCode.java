package org.storyline.flink;

import java.time.LocalDate;
import java.util.List;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.accumulators.LongMaximum;
import org.apache.flink.api.common.accumulators.LongMinimum;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.CoreNlpAnnotator;
import org.storyline.cli.EventCoding;
import org.storyline.code.EventCoder;
import org.storyline.code.EventMention;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;

/**
 * The annotate and code stages, on a stream keyed by article id: a new text is annotated by CoreNLP and its events
 * coded; a text this instance has seen already is passed on as a repeated publication, never annotated again.
 * CoreNLP is loaded in {@link #open}, before the first article: {@link CoreNlpAnnotator#shared()} holds one pipeline
 * per JVM, so a task manager loads it once for all its slots. An article that cannot be annotated or coded goes to
 * the {@link StorylineJob#SKIPPED} side output, named. Flink gives each parallel instance its own copy.
 *
 * <p>Counts the articles and sentences it annotates, and the wall-clock span from its first article to its last,
 * in the job's accumulators ({@link #ARTICLES}, {@link #SENTENCES}, {@link #FIRST_MILLIS}, {@link #LAST_MILLIS}),
 * so that throughput leaves out the model loading.
 */
public final class AnnotateAndCode extends KeyedProcessFunction<String, ArticleRecord, CodedRecord> {
    /** Accumulator: new articles annotated. */
    public static final String ARTICLES = "storyline-articles";
    /** Accumulator: sentences annotated. */
    public static final String SENTENCES = "storyline-sentences";
    /** Accumulator: when the first article began, epoch milliseconds. */
    public static final String FIRST_MILLIS = "storyline-first-article-millis";
    /** Accumulator: when the last article was done, epoch milliseconds. */
    public static final String LAST_MILLIS = "storyline-last-article-millis";

    private static final long serialVersionUID = 1L;
    private static final Article WARM_UP = Article.of("The minister met his counterpart in Geneva on Monday.",
            new Publication(null, null, LocalDate.of(2024, 1, 1), null, "warm-up"));

    private final OutputTag<String> skipped;
    private transient Annotator annotator;
    private transient EventCoder coder;
    private transient ValueState<Boolean> seen;
    private transient LongCounter articles;
    private transient LongCounter sentences;
    private transient LongCounter skips;
    private transient LongMinimum first;
    private transient LongMaximum last;

    /** @param skipped where the articles that cannot be annotated or coded go */
    public AnnotateAndCode(OutputTag<String> skipped) {
        this.skipped = skipped;
    }

    @Override
    public void open(OpenContext context) {
        annotator = CoreNlpAnnotator.shared();
        coder = EventCoding.standard();
        coder.code(annotator.annotate(WARM_UP));
        seen = getRuntimeContext().getState(new ValueStateDescriptor<>("annotated", Types.BOOLEAN));
        articles = getRuntimeContext().getLongCounter(ARTICLES);
        sentences = getRuntimeContext().getLongCounter(SENTENCES);
        skips = getRuntimeContext().getLongCounter(StorylineJob.SKIPPED_COUNT);
        first = new LongMinimum();
        last = new LongMaximum();
        getRuntimeContext().addAccumulator(FIRST_MILLIS, first);
        getRuntimeContext().addAccumulator(LAST_MILLIS, last);
    }

    @Override
    public void processElement(ArticleRecord record, Context context, Collector<CodedRecord> out) throws Exception {
        Article article = StageJson.article(record.json());
        if (Boolean.TRUE.equals(seen.value())) {
            CodedArticle repeated = new CodedArticle(new AnnotatedArticle(article, List.of()), List.of(), true);
            out.collect(new CodedRecord(record.articleId(), StageJson.coded(repeated)));
            return;
        }
        first.add(System.currentTimeMillis());
        String step = "annotate";
        try {
            AnnotatedArticle annotated = annotator.annotate(article);
            step = "code events";
            List<EventMention> mentions = coder.code(annotated);
            seen.update(true);
            articles.add(1L);
            sentences.add((long) annotated.sentences().size());
            out.collect(new CodedRecord(record.articleId(), StageJson.coded(new CodedArticle(annotated, mentions,
                    false))));
        } catch (RuntimeException | StackOverflowError e) {
            skips.add(1L);
            context.output(skipped, "skipped " + article.publications().get(0).origin() + ": could not " + step
                    + ": " + e);
        }
        last.add(System.currentTimeMillis());
    }
}
