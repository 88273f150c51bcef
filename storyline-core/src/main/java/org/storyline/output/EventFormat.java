package org.storyline.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.code.Actor;
import org.storyline.code.CitedMention;
import org.storyline.code.CodeTables;
import org.storyline.code.Event;
import org.storyline.ingest.Publication;

/**
 * The formats a list of events can be written in. The JSON record is the PLOVER one (actor, recipient, event,
 * mode, context, quad code, event scale) with the CAMEO code, Goldstein score, counts and one provenance entry per
 * mention; an event that did not happen also has a {@code status}. Stateless and thread-safe.
 */
public enum EventFormat {
    /** A JSON array of event records. */
    JSON {
        @Override
        public void write(List<Event> events, Appendable out) throws IOException {
            List<EventRecord> records = events.stream().map(EventFormat::record).toList();
            out.append(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(records)).append("\n");
        }
    },
    /** One compact JSON event record per line. */
    JSONL {
        @Override
        public void write(List<Event> events, Appendable out) throws IOException {
            for (Event event : events) {
                out.append(Json.mapper().writeValueAsString(record(event))).append("\n");
            }
        }
    },
    /** One CSV row per event with a header; lists are joined by {@code ;}. */
    CSV {
        @Override
        public void write(List<Event> events, Appendable out) throws IOException {
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            CSV_COLUMNS.forEach(schema::addColumn);
            ObjectWriter writer = new CsvMapper().writer(schema.build());
            List<String[]> rows = new ArrayList<>();
            for (Event event : events) {
                rows.add(new String[] {event.id(), event.date(), event.dateSource(), join(event.actors(), false),
                    join(event.actors(), true), join(event.recipients(), false), event.event(),
                    orEmpty(event.mode()), String.join(";", event.context()), Integer.toString(event.quadCode()),
                    orEmpty(event.cameo()), number(event.goldstein()), number(eventScale(event)),
                    Integer.toString(event.numArticles()), Integer.toString(event.numSources()), firstUrl(event),
                    event.status()});
            }
            out.append(writer.writeValueAsString(rows));
        }
    },
    /**
     * Tab-separated, in the 61 columns of the GDELT 2.0 event table, with a header line. GDELT has one actor per
     * side: a compound actor fills the columns with its first member. Columns we have no value for are empty.
     */
    TSV {
        @Override
        public void write(List<Event> events, Appendable out) throws IOException {
            out.append(String.join("\t", GDELT_COLUMNS)).append("\n");
            for (Event event : events) {
                String[] row = new String[GDELT_COLUMNS.size()];
                Arrays.fill(row, "");
                row[0] = event.id();
                dateColumns(event.date(), row);
                actorColumns(event.actors(), row, 5);
                actorColumns(event.recipients(), row, 15);
                String cameo = orEmpty(event.cameo());
                row[26] = cameo;
                row[27] = cameo.length() > 3 ? cameo.substring(0, 3) : cameo;
                row[28] = cameo.length() > 2 ? cameo.substring(0, 2) : cameo;
                row[29] = Integer.toString(event.quadCode());
                row[30] = number(event.goldstein());
                row[31] = Integer.toString(event.mentions().size());
                row[32] = Integer.toString(event.numSources());
                row[33] = Integer.toString(event.numArticles());
                row[60] = firstUrl(event);
                List<String> cells = Arrays.stream(row).map(EventFormat::tsvCell).toList();
                out.append(String.join("\t", cells)).append("\n");
            }
        }
    };

    /** The columns of the CSV format. */
    static final List<String> CSV_COLUMNS = List.of("id", "date", "date_source", "actor", "actor_sector",
            "recipient", "event", "mode", "context", "quad_code", "cameo", "goldstein", "event_scale",
            "num_articles", "num_sources", "url", "status");

    /** The columns of the GDELT 2.0 event table, in its order (GDELT event codebook, version 2.0). */
    static final List<String> GDELT_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
            "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
            "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
            "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
            "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
            "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
            "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type",
            "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName",
            "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long",
            "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
            "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    /** Writes the events. */
    public abstract void write(List<Event> events, Appendable out) throws IOException;

    /** The events as a string in this format. */
    public String render(List<Event> events) {
        StringBuilder out = new StringBuilder();
        try {
            write(events, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The PLOVER conflict-cooperation score of the event's type and mode. */
    static double eventScale(Event event) {
        return CodeTables.standard().intensity(event.event(), event.mode());
    }

    private static EventRecord record(Event event) {
        List<MentionRecord> mentions = event.mentions().stream().map(m -> {
            Publication first = m.firstPublication();
            return new MentionRecord(m.mention().articleId(), first.url(), first.outlet(), first.published(),
                    m.sentence(), m.mention().charStart(), m.mention().charEnd(), m.mention().rule(),
                    event.copyOf().get(m.mention().articleId()));
        }).toList();
        return new EventRecord(event.id(), event.date(), event.dateSource(), actors(event.actors()),
                actors(event.recipients()), event.event(), event.mode(), event.context(), event.quadCode(),
                eventScale(event), event.cameo(), event.goldstein(), event.numArticles(), event.numSources(),
                mentions, alsoPublishedBy(event), event.asserted() ? null : event.status());
    }

    /** Each publication of a near-duplicate copy, once; null when the event has no copies, to keep the field out. */
    private static List<CopyRecord> alsoPublishedBy(Event event) {
        Map<String, List<CopyRecord>> byArticle = new LinkedHashMap<>();
        for (CitedMention m : event.mentions()) {
            String article = m.mention().articleId();
            String original = event.copyOf().get(article);
            if (original != null && !byArticle.containsKey(article)) {
                byArticle.put(article, m.publications().stream().map(p -> new CopyRecord(article, original,
                        p.url(), p.outlet(), p.published())).toList());
            }
        }
        return byArticle.isEmpty() ? null : byArticle.values().stream().flatMap(List::stream).toList();
    }

    private static List<ActorRecord> actors(List<Actor> actors) {
        return actors.stream().map(a -> new ActorRecord(a.code(), a.sector(), a.entityText())).toList();
    }

    private static String join(List<Actor> actors, boolean sectors) {
        return String.join(";", actors.stream().map(a -> sectors ? orEmpty(a.sector()) : a.code()).toList());
    }

    /** The url of the earliest mention's earliest publication that has one, or empty. */
    private static String firstUrl(Event event) {
        for (CitedMention mention : event.mentions()) {
            for (Publication publication : mention.publications()) {
                if (publication.url() != null) {
                    return publication.url();
                }
            }
        }
        return "";
    }

    /** SQLDATE, MonthYear, Year and FractionDate, as far as the date's granularity gives them. */
    private static void dateColumns(String date, String[] row) {
        if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                LocalDate day = LocalDate.parse(date);
                row[1] = date.replace("-", "");
                double fraction = (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0;
                row[4] = String.format(Locale.ROOT, "%.4f", day.getYear() + fraction);
            } catch (DateTimeParseException e) {
                return;
            }
        }
        if (date.matches("\\d{4}-\\d{2}.*")) {
            row[2] = date.substring(0, 4) + date.substring(5, 7);
        }
        if (date.matches("\\d{4}.*")) {
            row[3] = date.substring(0, 4);
        }
    }

    /** ActorCode (code and sector, as CAMEO actor codes combine them), Name, CountryCode or KnownGroupCode, Type1Code. */
    private static void actorColumns(List<Actor> actors, String[] row, int first) {
        if (actors.isEmpty()) {
            return;
        }
        Actor actor = actors.get(0);
        row[first] = actor.code() + orEmpty(actor.sector());
        row[first + 1] = actor.entityText();
        row[first + (COUNTRIES.contains(actor.code()) ? 2 : 3)] = actor.code();
        row[first + 7] = orEmpty(actor.sector());
    }

    /** GDELT files have no quoting: tabs and line breaks inside a value become spaces. */
    private static String tsvCell(String value) {
        return value.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static String number(double value) {
        return Double.toString(value);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    @JsonPropertyOrder({"id", "date", "date_source", "actor", "recipient", "event", "mode", "context", "quad_code",
        "event_scale", "cameo", "goldstein", "num_articles", "num_sources", "mentions", "also_published_by",
        "status"})
    record EventRecord(String id, String date, String dateSource, List<ActorRecord> actor,
                       List<ActorRecord> recipient, String event, String mode, List<String> context, int quadCode,
                       double eventScale, String cameo, double goldstein, int numArticles, int numSources,
                       List<MentionRecord> mentions, List<CopyRecord> alsoPublishedBy, String status) {
    }

    @JsonPropertyOrder({"article_id", "copy_of", "url", "outlet", "published"})
    record CopyRecord(String articleId, String copyOf, String url, String outlet, LocalDate published) {
    }

    @JsonPropertyOrder({"code", "sector", "entity_text"})
    record ActorRecord(String code, String sector, String entityText) {
    }

    @JsonPropertyOrder({"article_id", "url", "outlet", "published", "sentence", "char_start", "char_end", "rule",
        "copy_of"})
    record MentionRecord(String articleId, String url, String outlet, LocalDate published, String sentence,
                         int charStart, int charEnd, String rule, String copyOf) {
    }
}
