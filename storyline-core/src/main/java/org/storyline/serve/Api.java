package org.storyline.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.Mention;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Timex;
import org.storyline.code.Actor;
import org.storyline.code.CitedMention;
import org.storyline.code.CodeTables;
import org.storyline.code.Event;
import org.storyline.code.EventMention;
import org.storyline.code.EventMerger;
import org.storyline.code.PloverType;
import org.storyline.ingest.Publication;
import org.storyline.output.EventExplanation;
import org.storyline.output.EventFormat;
import org.storyline.output.Json;
import org.storyline.store.ArticleStore;
import org.storyline.store.ArticleSummary;
import org.storyline.store.SearchHit;
import org.storyline.store.StoryStore;
import org.storyline.story.Story;
import org.storyline.summarize.Citation;
import org.storyline.summarize.DateMentionTimelineBuilder;
import org.storyline.summarize.Timeline;
import org.storyline.summarize.TimelineDate;
import org.storyline.summarize.TimelineLine;
import org.storyline.summarize.TimelineRequest;

/**
 * What the API answers, apart from HTTP: each method takes the request's parameters and returns the response
 * record, or throws {@link ApiException}. Reads the store only. Thread-safe: the store and the event catalog are,
 * and timelines and escalation series are remembered in {@link Memo}s (the store does not change while the server
 * holds it).
 */
final class Api {
    /** Largest page of a list. */
    static final int MAX_LIMIT = 100;
    /** Most search hits filtered and paged for one query. */
    static final int MAX_HITS = 1000;
    /** Largest timeline. */
    static final int MAX_DATES = 100;
    /** Most lines under a date. */
    static final int MAX_LINES = 10;

    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
    private static final int DEFAULT_LIMIT = 20;
    private static final int LIST_PAGE = 500;
    private static final int CACHED_TIMELINES = 64;
    private static final int CACHED_DYADS = 256;
    private static final int WARM_UP_ARTICLES = 30;

    private final ArticleStore store;
    private final StoryStore stories;
    private final EventCatalog catalog;
    private final Map<String, String> originalOf;
    private final DateMentionTimelineBuilder timelines = new DateMentionTimelineBuilder();
    private final Memo<TimelineKey, Timeline> timelineCache = new Memo<>(CACHED_TIMELINES);
    private final Memo<DyadKey, DyadSeries> dyadCache = new Memo<>(CACHED_DYADS);

    /**
     * @param originalOf the near-duplicate links of the store when the server started: copy to original
     */
    Api(ArticleStore store, StoryStore stories, EventCatalog catalog, Map<String, String> originalOf) {
        this.store = store;
        this.stories = stories;
        this.catalog = catalog;
        this.originalOf = Map.copyOf(originalOf);
    }

    /**
     * Builds, and throws away, the timeline of a few stored articles, so that the code that reads annotations back
     * and builds timelines is compiled before the first request: on a fresh JVM the first query timeline otherwise
     * takes about twice as long, and every connection that asks for it meanwhile waits. Costs the same whatever the
     * store's size.
     */
    void warmUp() {
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (ArticleSummary summary : store.list(0, WARM_UP_ARTICLES)) {
            store.find(summary.id()).ifPresent(articles::add);
        }
        timelines.build(articles, TimelineRequest.all(), originalOf);
    }

    /** {@code GET /api/articles}: search ({@code q}) or list, filtered by {@code from}, {@code to}, {@code outlet}. */
    Page<ArticleItem> articles(Params params) {
        String query = params.text("q");
        DateRange dates = params.range();
        String outlet = params.text("outlet");
        int offset = params.integer("offset", 0, 0, Integer.MAX_VALUE);
        int limit = params.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        List<ArticleItem> items = new ArrayList<>();
        if (query != null) {
            for (SearchHit hit : store.search(query, MAX_HITS)) {
                ArticleItem item = new ArticleItem(hit.id(), hit.title(), hit.published(), hit.outlet(), hit.url(),
                        hit.score(), hit.snippet());
                if (keep(item, dates, outlet)) {
                    items.add(item);
                }
            }
            return Page.of(items, offset, limit);
        }
        if (dates.from() == null && dates.to() == null && outlet == null) {
            List<ArticleItem> page = store.list(offset, limit).stream().map(Api::item).toList();
            return new Page<>((int) store.count(), offset, limit, page);
        }
        for (int start = 0; ; start += LIST_PAGE) {
            List<ArticleSummary> summaries = store.list(start, LIST_PAGE);
            summaries.stream().map(Api::item).filter(item -> keep(item, dates, outlet)).forEach(items::add);
            if (summaries.size() < LIST_PAGE) {
                return Page.of(items, offset, limit);
            }
        }
    }

    /** {@code GET /api/articles/{id}}: the article with its sentences and event spans. */
    ArticleView article(String id) {
        checkId(id);
        AnnotatedArticle annotated = store.find(id).orElseThrow(() -> ApiException.notFound("no article " + id));
        List<ArticleView.SentenceView> sentences = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            List<ArticleView.Span> entities = new ArrayList<>();
            for (Mention m : s.mentions()) {
                entities.add(new ArticleView.Span(m.text(), m.charStart(), m.charEnd(), m.type(), null));
            }
            List<ArticleView.Span> timexes = new ArrayList<>();
            for (Timex t : s.timexes()) {
                timexes.add(new ArticleView.Span(t.text(), t.charStart(), t.charEnd(), t.type(), t.value()));
            }
            sentences.add(new ArticleView.SentenceView(s.index(), s.charStart(), s.charEnd(), s.date(),
                    s.dateSource() == null ? null : s.dateSource().name(), entities, timexes));
        }
        List<ArticleView.EventSpan> events = new ArrayList<>();
        for (CitedMention cited : catalog.mentionsOf(id)) {
            EventMention m = cited.mention();
            List<ArticleView.Span> spans = new ArrayList<>();
            m.actors().forEach(a -> spans.add(span(a, "actor")));
            spans.add(new ArticleView.Span(m.verbText(), m.verbStart(), m.verbEnd(), "verb", m.cameo()));
            m.recipients().forEach(a -> spans.add(span(a, "recipient")));
            events.add(new ArticleView.EventSpan(EventMerger.id(cited), m.sentenceIndex(),
                    m.event(), m.cameo(), m.quadCode(), m.date(), m.status(), m.rule(), spans));
        }
        List<Publication> publications = new ArrayList<>(annotated.article().publications());
        publications.sort((a, b) -> a.published().compareTo(b.published()));
        return new ArticleView(id, annotated.article().title(), annotated.article().text(), publications, sentences,
                events);
    }

    /** {@code GET /api/events}: one page of the events that pass the filters, as PLOVER JSON records. */
    Page<JsonNode> events(Params params) {
        List<Event> selected = catalog.select(filter(params));
        int offset = params.integer("offset", 0, 0, Integer.MAX_VALUE);
        int limit = params.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        Page<Event> page = Page.of(selected, offset, limit);
        List<JsonNode> records = new ArrayList<>();
        records(page.items()).forEach(records::add);
        return new Page<>(page.total(), offset, limit, records);
    }

    /** {@code GET /api/events/export}: every event that passes the filters, in {@code format}. */
    Export export(Params params) {
        EventFormat format = EventFormat.valueOf(params.choice("format", "json", List.of("json", "csv", "tsv"))
                .toUpperCase(Locale.ROOT));
        String body = format.render(catalog.select(filter(params)));
        return switch (format) {
            case CSV -> new Export(body, "text/csv; charset=utf-8", "events.csv");
            case TSV -> new Export(body, "text/tab-separated-values; charset=utf-8", "events.tsv");
            default -> new Export(body, "application/json; charset=utf-8", "events.json");
        };
    }

    /** A file to download. */
    record Export(String body, String contentType, String fileName) {
    }

    /** {@code GET /api/events/{id}}: the event with its mentions, the rule of each, and its explanation. */
    JsonNode event(String id) {
        checkId(id);
        Event event = catalog.find(id).orElseThrow(() -> ApiException.notFound("no event " + id));
        ObjectNode record = (ObjectNode) records(List.of(event)).get(0);
        record.put("explanation", EventExplanation.render(event));
        return record;
    }

    /**
     * {@code GET /api/timeline}: the timeline of the articles matching {@code q}, of one {@code story} if asked
     * (a merged story's id leads to the story it was merged into), each date with its events.
     */
    Timeline timeline(Params params) {
        String query = params.text("q");
        String storyParam = params.text("story");
        DateRange dates = params.range();
        int maxDates = params.integer("max_dates", TimelineRequest.DEFAULT_MAX_DATES, 1, MAX_DATES);
        int maxLines = params.integer("max_lines", TimelineRequest.DEFAULT_MAX_LINES, 1, MAX_LINES);
        String story = null;
        if (storyParam != null) {
            if (!ID.matcher(storyParam).matches()) {
                throw ApiException.badParameter("story", "a story id is 16 hexadecimal digits, not '" + storyParam
                        + "'");
            }
            story = stories.story(storyParam).map(Story::id)
                    .orElseThrow(() -> ApiException.notFound("no story " + storyParam));
        }
        TimelineRequest request = new TimelineRequest(query, dates.from(), dates.to(), maxDates, maxLines);
        TimelineKey key = new TimelineKey(request, story);
        String member = story;
        return timelineCache.get(key, () -> buildTimeline(request, member));
    }

    private Timeline buildTimeline(TimelineRequest request, String story) {
        String query = request.query();
        DateMentionTimelineBuilder.Accumulator timeline = timelines.start(request, originalOf,
                (articleId, sentence) -> !catalog.eventsOf(articleId, sentence).isEmpty());
        if (story == null) {
            store.forEachAnnotated(query, timeline.sentenceWords(), timeline::readAhead, timeline::add);
        } else {
            Set<String> members = new HashSet<>(stories.articlesOf(story));
            store.forEachAnnotated(query, timeline.sentenceWords(), article -> {
                if (members.contains(article.article().id())) {
                    timeline.add(article);
                }
            });
        }
        return withEvents(timeline.finish());
    }

    /**
     * {@code GET /api/stories}: the stories that were not merged away, latest last date first, then most articles,
     * then by id, paged by {@code offset} and {@code limit}.
     */
    Page<Story> stories(Params params) {
        int offset = params.integer("offset", 0, 0, Integer.MAX_VALUE);
        int limit = params.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        return Page.of(stories.stories(), offset, limit);
    }

    /** {@code GET /api/dyads/{a}/{b}}: the escalation series of a pair of actors. */
    DyadSeries dyad(String a, String b, Params params) {
        String actor = Params.checkCode("a", a);
        String recipient = Params.checkCode("b", b);
        DateRange dates = params.range();
        boolean week = "week".equals(params.choice("bucket", "day", List.of("day", "week")));
        boolean both = "both".equals(params.choice("direction", "both", List.of("both", "forward")));
        return dyadCache.get(new DyadKey(actor, recipient, both, dates, week), () -> DyadSeries.of(
                catalog.select(new EventFilter(null, null, null, new DateRange(null, null), false)), actor, recipient,
                both, dates, week));
    }

    private EventFilter filter(Params params) {
        String type = params.text("type");
        String ploverType = null;
        if (type != null) {
            ploverType = CodeTables.standard().ploverType(type).map(PloverType::name).orElseThrow(() ->
                    ApiException.badParameter("type", "type must be a PLOVER event type (" + String.join(", ",
                            CodeTables.standard().ploverTypes().stream().map(PloverType::name).toList())
                            + "), not '" + type + "'"));
        }
        return new EventFilter(params.code("actor"), params.code("recipient"), ploverType, params.range(),
                params.bool("all", false));
    }

    /** The timeline with, under each date, the events its cited sentences report on that day. */
    private Timeline withEvents(Timeline timeline) {
        List<TimelineDate> dates = new ArrayList<>();
        for (TimelineDate date : timeline.dates()) {
            TreeSet<String> ids = new TreeSet<>();
            for (TimelineLine line : date.lines()) {
                for (Citation citation : line.citations()) {
                    for (String id : catalog.eventsOf(citation.articleId(), citation.sentenceIndex())) {
                        catalog.find(id).filter(e -> e.date().equals(date.date().toString())).ifPresent(e -> ids.add(id));
                    }
                }
            }
            dates.add(new TimelineDate(date.date(), date.lines(), date.score(), date.why(), List.copyOf(ids)));
        }
        return new Timeline(timeline.query(), timeline.articles(), dates);
    }

    /** A timeline asked for: the request and the story it is limited to, or null. */
    private record DyadKey(String actor, String recipient, boolean both, DateRange dates, boolean week) {
    }

    private record TimelineKey(TimelineRequest request, String story) {
    }

    private static JsonNode records(List<Event> events) {
        try {
            return Json.mapper().readTree(EventFormat.JSON.render(events));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the JSON event format wrote JSON it cannot read", e);
        }
    }

    private static ArticleView.Span span(Actor actor, String role) {
        return new ArticleView.Span(actor.entityText(), actor.charStart(), actor.charEnd(), role, actor.code());
    }

    private static ArticleItem item(ArticleSummary s) {
        return new ArticleItem(s.id(), s.title(), s.published(), s.outlet(), s.url(), null, null);
    }

    private static boolean keep(ArticleItem item, DateRange dates, String outlet) {
        return dates.covers(item.published())
                && (outlet == null || (item.outlet() != null && item.outlet().equalsIgnoreCase(outlet)));
    }

    private static void checkId(String id) {
        if (!ID.matcher(id).matches()) {
            throw ApiException.badParameter("id", "an id is 16 hexadecimal digits, not '" + id + "'");
        }
    }
}
