package org.storyline.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.storyline.code.CodeTables;
import org.storyline.code.PloverMapping;
import org.storyline.ingest.Skip;

/**
 * Reads PETRARCH-2 validation records: each {@code <Sentence date id>} is followed by its {@code <EventCoding>}
 * elements and its {@code <Text>}; its date is {@code YYYYMMDD} or {@code YYMMDD}. The file is not well-formed XML (some sentences are empty elements, others
 * enclose their parts), so it is read with jsoup's lenient XML parser, in document order.
 */
final class PetrarchGold {
    /** PETRARCH also takes six-digit dates, as its dictionaries write them; their years are 2000 to 2099. */
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("uuMMdd");

    private PetrarchGold() {
    }

    static GoldSet read(String file, String text, CodeTables tables) {
        Document document = Jsoup.parse(text, "", Parser.xmlParser().setTrackPosition(true));
        List<GoldRecord> records = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        Sentence sentence = null;
        for (Element element : document.select("Sentence, EventCoding, Text")) {
            String origin = file + ":" + element.sourceRange().start().lineNumber();
            String name = element.tagName();
            if (name.equalsIgnoreCase("Sentence")) {
                finish(sentence, records, skipped);
                sentence = new Sentence(origin, element.attr("id"), element.attr("date"));
            } else if (sentence == null) {
                skipped.add(new Skip(origin, "<" + name + "> before any <Sentence>"));
            } else if (name.equalsIgnoreCase("EventCoding")) {
                sentence.coding(element, origin, tables);
            } else {
                sentence.text = element.wholeText().strip().replaceAll("\\s+", " ");
            }
        }
        finish(sentence, records, skipped);
        return new GoldSet(GoldSet.PETRARCH, records, skipped);
    }

    private static void finish(Sentence sentence, List<GoldRecord> records, List<Skip> skipped) {
        if (sentence == null) {
            return;
        }
        try {
            records.add(sentence.record());
        } catch (BadGoldRecord e) {
            skipped.add(new Skip(sentence.origin, e.getMessage()));
        }
    }

    /** A sentence being read: its attributes, codings and text as they come. */
    private static final class Sentence {
        final String origin;
        final String id;
        final String date;
        final List<GoldEvent> events = new ArrayList<>();
        String problem;
        boolean coded;
        int unmapped;
        String text;

        Sentence(String origin, String id, String date) {
            this.origin = origin;
            this.id = id;
            this.date = date;
        }

        void coding(Element element, String origin, CodeTables tables) {
            coded = true;
            if (element.attr("noevents").equalsIgnoreCase("true")) {
                return;
            }
            String code = element.attr("eventcode").strip();
            String actor = EventGold.country(element.attr("sourcecode"));
            if (code.isEmpty() || actor == null) {
                problem = "<EventCoding> at " + origin + " without eventcode or sourcecode";
                return;
            }
            if (!code.matches("\\d{2,4}")) {
                problem = "<EventCoding> at " + origin + " has an invalid CAMEO code " + code;
                return;
            }
            Optional<PloverMapping> mapping = tables.plover(code);
            if (mapping.isEmpty()) {
                unmapped++;
                return;
            }
            String recipient = EventGold.country(element.attr("targetcode"));
            events.add(new GoldEvent(mapping.get().event(), mapping.get().mode(), List.of(actor),
                    recipient == null ? List.of() : List.of(recipient), code));
        }

        GoldRecord record() {
            if (problem != null) {
                throw new BadGoldRecord(problem);
            }
            if (id.isBlank()) {
                throw new BadGoldRecord("<Sentence> without an id");
            }
            if (text == null || text.isBlank()) {
                throw new BadGoldRecord("sentence " + id + " has no <Text>");
            }
            if (!coded) {
                throw new BadGoldRecord("sentence " + id + " has no <EventCoding>");
            }
            LocalDate day;
            try {
                day = LocalDate.parse(date, date.length() == 6 ? SHORT_DATE : DateTimeFormatter.BASIC_ISO_DATE);
            } catch (DateTimeParseException e) {
                throw new BadGoldRecord("sentence " + id + " has a date that is not YYYYMMDD or YYMMDD: " + date);
            }
            return new GoldRecord(id, origin, day, text, events, unmapped);
        }
    }
}
