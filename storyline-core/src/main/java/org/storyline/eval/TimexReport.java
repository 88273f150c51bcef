package org.storyline.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.annotate.Timex;
import org.storyline.ingest.Skip;

/**
 * The result of {@code storyline eval timex} as a table or as one JSON object. Immutable and thread-safe.
 *
 * @param directory  the corpus directory
 * @param corpus     the documents read and the files skipped
 * @param evaluation the scores and errors
 * @param sutimeOnly whether the values are SUTime's own, without our corrections
 * @param seconds    the wall time of annotation and scoring
 */
public record TimexReport(String directory, TimexCorpus corpus, TimexEvaluation evaluation, boolean sutimeOnly,
                          double seconds) {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The scores as a table, then the errors when {@code withErrors}. */
    public String text(boolean withErrors) {
        TimexScores s = evaluation.scores();
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s: %d document(s), %d gold timex(es) (%d more without extent, not "
                        + "scored), %d system timex(es), %d file(s) skipped; values: %s; %.1f s%n%n", directory,
                s.documents(), s.gold(), noExtent(), s.system(), corpus.skipped().size(), values(), seconds));
        text.append(String.format(Locale.ROOT, "%-8s %9s %7s %6s%n", "", "precision", "recall", "f1"));
        text.append(row("strict", s.strictPrecision(), s.strictRecall(), s.strictF1()));
        text.append(row("relaxed", s.relaxedPrecision(), s.relaxedRecall(), s.relaxedF1()));
        text.append(row("type", s.typePrecision(), s.typeRecall(), s.typeF1()));
        text.append(row("value", s.valuePrecision(), s.valueRecall(), s.valueF1()));
        text.append(String.format(Locale.ROOT, "over relaxed matches: type accuracy %.3f, value accuracy %.3f%n",
                s.typeAccuracy(), s.valueAccuracy()));
        if (withErrors) {
            text.append(String.format(Locale.ROOT, "%nErrors: %d%n", evaluation.errors().size()));
            for (TimexError error : evaluation.errors()) {
                text.append(String.format(Locale.ROOT, "%n%-8s %s  gold: %s  system: %s%n  sentence: %s%n",
                        error.kind(), error.document(), gold(error.gold()), system(error.system()),
                        error.sentence().strip().replaceAll("\\s+", " ")));
            }
        }
        return text.toString();
    }

    /** The scores as one JSON object, with the errors when {@code withErrors}. */
    public String json(boolean withErrors) {
        TimexScores s = evaluation.scores();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("directory", directory);
        json.put("values", values());
        json.put("documents", s.documents());
        json.put("gold_timexes", s.gold());
        json.put("gold_without_extent", noExtent());
        json.put("system_timexes", s.system());
        json.put("skipped", corpus.skipped().stream().map(Skip::toString).toList());
        json.put("strict_precision", s.strictPrecision());
        json.put("strict_recall", s.strictRecall());
        json.put("strict_f1", s.strictF1());
        json.put("relaxed_precision", s.relaxedPrecision());
        json.put("relaxed_recall", s.relaxedRecall());
        json.put("relaxed_f1", s.relaxedF1());
        json.put("type_precision", s.typePrecision());
        json.put("type_recall", s.typeRecall());
        json.put("type_f1", s.typeF1());
        json.put("type_accuracy", s.typeAccuracy());
        json.put("value_precision", s.valuePrecision());
        json.put("value_recall", s.valueRecall());
        json.put("value_f1", s.valueF1());
        json.put("value_accuracy", s.valueAccuracy());
        json.put("seconds", Math.round(seconds * 10) / 10.0);
        if (withErrors) {
            json.put("errors", evaluation.errors().stream().map(TimexReport::error).toList());
        }
        try {
            return JSON.writeValueAsString(json) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the scores as JSON", e);
        }
    }

    private String values() {
        return sutimeOnly ? "sutime" : "corrected";
    }

    private int noExtent() {
        return corpus.documents().stream().mapToInt(TimexDocument::noExtent).sum();
    }

    private static String row(String name, double precision, double recall, double f1) {
        return String.format(Locale.ROOT, "%-8s %9.3f %7.3f %6.3f%n", name, precision, recall, f1);
    }

    private static String gold(TimexGold gold) {
        return gold == null ? "-" : String.format(Locale.ROOT, "\"%s\" %s %s", gold.text(), gold.type(), gold.value());
    }

    private static String system(Timex system) {
        if (system == null) {
            return "-";
        }
        String text = String.format(Locale.ROOT, "\"%s\" %s %s", system.text(), system.type(), system.value());
        return system.rule() == null ? text : text + " (SUTime " + system.sourceValue() + ", " + system.rule() + ")";
    }

    private static Map<String, Object> error(TimexError error) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("document", error.document());
        json.put("kind", error.kind().name().toLowerCase(Locale.ROOT));
        json.put("sentence", error.sentence());
        if (error.gold() != null) {
            Map<String, Object> gold = new LinkedHashMap<>();
            gold.put("id", error.gold().id());
            gold.put("text", error.gold().text());
            gold.put("type", error.gold().type());
            gold.put("value", error.gold().value());
            gold.put("start", error.gold().charStart());
            gold.put("end", error.gold().charEnd());
            json.put("gold", gold);
        }
        if (error.system() != null) {
            Map<String, Object> system = new LinkedHashMap<>();
            system.put("text", error.system().text());
            system.put("type", error.system().type());
            system.put("value", error.system().value());
            system.put("sutime_value", error.system().sourceValue());
            system.put("rule", error.system().rule());
            system.put("start", error.system().charStart());
            system.put("end", error.system().charEnd());
            json.put("system", system);
        }
        return json;
    }
}
