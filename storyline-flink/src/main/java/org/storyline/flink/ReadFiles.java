package org.storyline.flink;

import java.nio.file.Path;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.storyline.ingest.CorpusReader;

/**
 * The read stage: one input file in, its articles out, in the format {@link CorpusReader} detects. What cannot be
 * read goes to the {@link StorylineJob#SKIPPED} side output, naming the file (and line), and the rest goes on.
 * Flink gives each parallel instance its own copy.
 */
public final class ReadFiles extends ProcessFunction<String, ArticleRecord> {
    private static final long serialVersionUID = 1L;

    private final OutputTag<String> skipped;
    private transient CorpusReader reader;
    private transient LongCounter skips;

    /** @param skipped where the skipped inputs go */
    public ReadFiles(OutputTag<String> skipped) {
        this.skipped = skipped;
    }

    @Override
    public void open(OpenContext context) {
        reader = new CorpusReader();
        skips = getRuntimeContext().getLongCounter(StorylineJob.SKIPPED_COUNT);
    }

    @Override
    public void processElement(String file, Context context, Collector<ArticleRecord> out) {
        reader.readFile(Path.of(file),
                article -> out.collect(new ArticleRecord(article.id(), StageJson.article(article))),
                skip -> {
                    skips.add(1L);
                    context.output(skipped, "skipped " + skip);
                });
    }
}
