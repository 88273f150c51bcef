package org.storyline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.code.Actor;
import org.storyline.code.EventMention;
import org.storyline.eval.EventScores;
import org.storyline.eval.GoldEvent;
import org.storyline.eval.GoldSet;
import org.storyline.eval.RecordError;
import org.storyline.eval.Score;
import org.storyline.eval.Triple;

/** The scores of {@code storyline eval events} as a table or as one JSON object. */
final class EvalReports {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private EvalReports() {
    }

    static String text(Path file, GoldSet gold, EventScores scores, boolean withErrors) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s (%s): %d record(s) scored, %d without a PLOVER type left out, "
                        + "%d gold coding(s) without a PLOVER type, %d skipped%n%n", file, gold.format(),
                scores.records(), scores.unscored(), scores.unmappedGoldEvents(), gold.skipped().size()));
        text.append(String.format(Locale.ROOT, "%-10s %6s %9s %6s %6s %6s %9s %7s %6s%n", "type", "gold", "type_acc",
                "g_trip", "p_trip", "match", "precision", "recall", "f1"));
        scores.byType().forEach((type, score) -> text.append(row(type, score)));
        text.append(row("overall", scores.overall()));
        if (withErrors) {
            text.append(String.format(Locale.ROOT, "%nErrors: %d record(s)%n", scores.errors().size()));
            for (RecordError error : scores.errors()) {
                text.append(String.format(Locale.ROOT, "%n%s %s%n  text:      %s%n  gold:      %s%n  predicted: %s%n",
                        error.gold().origin(), error.gold().id(), error.gold().text(),
                        triples(error.goldTriples()), triples(error.predictedTriples())));
                for (EventMention mention : error.predicted()) {
                    text.append(String.format(Locale.ROOT, "    %s %s%s -> %s [%s, \"%s\", CAMEO %s, %s]%n",
                            mention.event(), mention.mode() != null ? mention.mode() + " " : "",
                            codes(mention.actors()), codes(mention.recipients()), mention.status(),
                            mention.verbText(), mention.cameo(), mention.rule()));
                }
            }
        }
        return text.toString();
    }

    static String json(Path file, GoldSet gold, EventScores scores, boolean withErrors) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("format", gold.format());
        json.put("records", scores.records());
        json.put("unscored_records", scores.unscored());
        json.put("unmapped_gold_events", scores.unmappedGoldEvents());
        json.put("skipped", gold.skipped().stream().map(Object::toString).toList());
        json.putAll(score(scores.overall()));
        Map<String, Object> byType = new LinkedHashMap<>();
        scores.byType().forEach((type, score) -> byType.put(type, score(score)));
        json.put("by_type", byType);
        if (withErrors) {
            List<Object> errors = new ArrayList<>();
            for (RecordError error : scores.errors()) {
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("id", error.gold().id());
                record.put("origin", error.gold().origin());
                record.put("text", error.gold().text());
                record.put("gold", error.gold().events().stream().map(EvalReports::gold).toList());
                record.put("gold_triples", error.goldTriples().stream().map(Triple::toString).toList());
                record.put("predicted", error.predicted().stream().map(EvalReports::predicted).toList());
                record.put("predicted_triples", error.predictedTriples().stream().map(Triple::toString).toList());
                errors.add(record);
            }
            json.put("errors", errors);
        }
        try {
            return JSON.writeValueAsString(json) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the scores as JSON", e);
        }
    }

    private static String row(String name, Score score) {
        return String.format(Locale.ROOT, "%-10s %6d %9.3f %6d %6d %6d %9.3f %7.3f %6.3f%n", name,
                score.goldEvents(), score.typeAccuracy(), score.goldTriples(), score.predictedTriples(),
                score.matchedTriples(), score.precision(), score.recall(), score.f1());
    }

    private static Map<String, Object> score(Score score) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("gold_events", score.goldEvents());
        json.put("type_accuracy", score.typeAccuracy());
        json.put("gold_triples", score.goldTriples());
        json.put("predicted_triples", score.predictedTriples());
        json.put("matched_triples", score.matchedTriples());
        json.put("triple_precision", score.precision());
        json.put("triple_recall", score.recall());
        json.put("triple_f1", score.f1());
        return json;
    }

    private static Map<String, Object> gold(GoldEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event", event.event());
        json.put("mode", event.mode());
        json.put("actors", event.actors());
        json.put("recipients", event.recipients());
        json.put("cameo", event.cameo());
        return json;
    }

    private static Map<String, Object> predicted(EventMention mention) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event", mention.event());
        json.put("mode", mention.mode());
        json.put("status", mention.status());
        json.put("actors", mention.actors().stream().map(Actor::code).toList());
        json.put("recipients", mention.recipients().stream().map(Actor::code).toList());
        json.put("cameo", mention.cameo());
        json.put("verb", mention.verbText());
        json.put("rule", mention.rule());
        return json;
    }

    private static String triples(List<Triple> triples) {
        return triples.isEmpty() ? "(none)" : String.join("; ", triples.stream().map(Triple::toString).toList());
    }

    private static String codes(List<Actor> actors) {
        return actors.isEmpty() ? "-" : String.join("+", actors.stream()
                .map(a -> a.code() != null ? a.code() : "---").toList());
    }
}
