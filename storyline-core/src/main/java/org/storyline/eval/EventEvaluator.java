package org.storyline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.storyline.annotate.Annotator;
import org.storyline.code.EventCoder;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;

/**
 * Runs a coder over gold records and scores it ({@link EventMetrics} defines the scores). Each record's text is
 * annotated as an article published on the record's date, so relative dates resolve as the gold intends. Safe to
 * share between threads when the annotator and coder are.
 */
public final class EventEvaluator {
    private final Annotator annotator;
    private final Supplier<EventCoder> coder;

    /**
     * @param annotator annotates each record's text
     * @param coder     gives the coder under evaluation, asked once per evaluation
     */
    public EventEvaluator(Annotator annotator, Supplier<EventCoder> coder) {
        this.annotator = annotator;
        this.coder = coder;
    }

    /**
     * Codes the scorable records (see {@link GoldRecord#scorable()}) of {@code gold} and scores them by the
     * conventions of its format ({@link GoldSet#dyadic()}).
     */
    public EventScores evaluate(GoldSet gold) {
        EventCoder eventCoder = coder.get();
        List<CodedRecord> coded = new ArrayList<>();
        int unscored = 0;
        for (GoldRecord record : gold.records()) {
            if (!record.scorable()) {
                unscored++;
                continue;
            }
            Article article = Article.of(record.text(),
                    new Publication(null, null, record.date(), null, record.origin()));
            coded.add(new CodedRecord(record, eventCoder.code(annotator.annotate(article))));
        }
        return EventMetrics.score(coded, unscored, gold.dyadic());
    }
}
