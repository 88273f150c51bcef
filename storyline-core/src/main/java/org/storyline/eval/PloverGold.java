package org.storyline.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.storyline.code.CodeTables;
import org.storyline.code.PloverType;
import org.storyline.ingest.Skip;

/** Reads PLOVER gold records, one JSON object a line; {@code DOCUMENT} records are documentation and skipped. */
final class PloverGold {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private PloverGold() {
    }

    static GoldSet read(String file, String text, CodeTables tables) {
        List<GoldRecord> records = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String origin = file + ":" + (i + 1);
            try {
                JsonNode node = JSON.readTree(lines[i]);
                if (!node.isObject()) {
                    throw new BadGoldRecord("not a JSON object");
                }
                if (!"DOCUMENT".equals(node.path("event").asText())) {
                    records.add(record(node, origin, tables));
                }
            } catch (JacksonException e) {
                skipped.add(new Skip(origin, "not valid JSON (" + e.getOriginalMessage() + ")"));
            } catch (BadGoldRecord e) {
                skipped.add(new Skip(origin, e.getMessage()));
            }
        }
        return new GoldSet(GoldSet.PLOVER, records, skipped);
    }

    private static GoldRecord record(JsonNode node, String origin, CodeTables tables) {
        String label = text(node, "event");
        if (label == null) {
            throw new BadGoldRecord("no event type");
        }
        PloverType type = tables.ploverType(label).orElseThrow(() -> new BadGoldRecord("unknown event type " + label));
        String sentence = text(node, "text");
        if (sentence == null) {
            throw new BadGoldRecord("no text");
        }
        String dateText = text(node, "date");
        if (dateText == null) {
            throw new BadGoldRecord("no date");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            throw new BadGoldRecord("date is not YYYY-MM-DD: " + dateText);
        }
        List<String> actors = countries(node.path("source"), "source");
        if (actors.isEmpty()) {
            throw new BadGoldRecord("no source actor code");
        }
        List<String> recipients = countries(node.path("target"), "target");
        String id = text(node, "id");
        GoldEvent event = new GoldEvent(type.name(), text(node, "mode"), actors, recipients, null);
        return new GoldRecord(id != null ? id : origin, origin, date, sentence, List.of(event), 0);
    }

    /** The countries of a list of actors; an empty string or a missing field is no actor. */
    private static List<String> countries(JsonNode actors, String field) {
        if (actors.isMissingNode() || actors.isNull() || actors.isTextual() && actors.asText().isBlank()) {
            return List.of();
        }
        if (!actors.isArray()) {
            throw new BadGoldRecord(field + " is not a list of actors");
        }
        List<String> countries = new ArrayList<>();
        for (JsonNode actor : actors) {
            String country = EventGold.country(actor.path("code").asText(null));
            if (country == null) {
                throw new BadGoldRecord(field + " actor without a code");
            }
            if (!countries.contains(country)) {
                countries.add(country);
            }
        }
        return countries;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText().strip();
    }
}
