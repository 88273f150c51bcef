package org.storyline.eval;

import java.util.ArrayList;
import java.util.List;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Timex;
import org.storyline.util.Validate;

/**
 * Annotates each gold document's raw text with its creation day as the publication date and scores the system's
 * temporal expressions against the gold ones with {@link TimexMetrics}. The creation time is not scored: a system
 * expression that overlaps it (MEANTIME writes it in the text, as a dateline) is left out. Thread-safe when its
 * tagger is.
 */
public final class TimexEvaluator {
    private final TimexTagger tagger;

    public TimexEvaluator(TimexTagger tagger) {
        this.tagger = Validate.notNull(tagger, "tagger");
    }

    /** Evaluates the documents, one after the other. */
    public TimexEvaluation evaluate(List<TimexDocument> documents) {
        TimexScores scores = TimexScores.NONE;
        List<TimexError> errors = new ArrayList<>();
        for (TimexDocument document : documents) {
            List<Sentence> sentences = tagger.annotate(document.text(), document.published());
            TimexGold dct = document.dct();
            List<Timex> system = sentences.stream().flatMap(s -> s.timexes().stream())
                    .filter(t -> t.charEnd() <= dct.charStart() || dct.charEnd() <= t.charStart()).toList();
            scores = scores.plus(TimexMetrics.score(document.gold(), system));
            errors.addAll(TimexMetrics.errors(document.name(), document.gold(), system,
                    offset -> sentence(sentences, offset)));
        }
        return new TimexEvaluation(scores, errors);
    }

    private static String sentence(List<Sentence> sentences, int offset) {
        return sentences.stream().filter(s -> s.charStart() <= offset && offset < s.charEnd()).findFirst()
                .map(Sentence::text).orElse("");
    }
}
