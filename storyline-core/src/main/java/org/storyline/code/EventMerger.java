package org.storyline.code;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.storyline.ingest.Publication;

/**
 * Merges event mentions into events. Two asserted mentions are the same event exactly when they have the same set
 * of actor codes, the same set of recipient codes, the same PLOVER type and the same date value; a coarser date
 * ({@code 2022-02}) merges only with the same coarse value, never with a day inside it. The date is compared
 * whatever its source: a mention dated by its publication merges with one dated from the text only when the dates
 * are equal, which keeps the key, and so the id, a function of the mention alone. Negated and hypothetical
 * mentions are never merged: each is an event of its own, with its own status. Stateless and thread-safe.
 */
public final class EventMerger {
    /** The status of a mention reporting that the event happened. */
    public static final String ASSERTED = "asserted";

    private static final String TEXT = "text";
    private static final String PUBLISHED = "published";
    private static final Comparator<CitedMention> ORDER = Comparator
            .comparing((CitedMention m) -> m.firstPublication().published())
            .thenComparing(m -> m.mention().articleId())
            .thenComparingInt(CitedMention::mentionIndex);

    private EventMerger() {
    }

    /** The events of the mentions, ordered by date, then id. */
    public static List<Event> merge(Collection<CitedMention> mentions) {
        Map<String, List<CitedMention>> byId = new LinkedHashMap<>();
        mentions.stream().sorted(ORDER).forEach(m -> byId.computeIfAbsent(id(m), k -> new ArrayList<>()).add(m));
        List<Event> events = new ArrayList<>();
        byId.forEach((id, group) -> events.add(event(id, group)));
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::id));
        return events;
    }

    /** The id of the event a mention belongs to: 16 hex digits of a SHA-256 of its merge key. */
    public static String id(CitedMention cited) {
        EventMention m = cited.mention();
        String key = String.join("|", codes(m.actors()), codes(m.recipients()), m.event(), m.date());
        if (!ASSERTED.equals(m.status())) {
            key = String.join("|", m.status(), key, m.articleId(), Integer.toString(cited.mentionIndex()));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Event event(String id, List<CitedMention> group) {
        EventMention first = group.get(0).mention();
        EventMention coding = mostCommonCoding(group);
        boolean fromText = group.stream().anyMatch(m -> TEXT.equals(m.mention().dateSource()));
        Set<String> articles = new HashSet<>();
        Set<String> sources = new HashSet<>();
        for (CitedMention m : group) {
            articles.add(m.mention().articleId());
            for (Publication publication : m.publications()) {
                sources.add(source(publication, m.mention().articleId()));
            }
        }
        return new Event(id, first.date(), fromText ? TEXT : PUBLISHED, distinctCodes(group, true),
                distinctCodes(group, false), first.event(), coding.mode(), coding.context(), first.quadCode(),
                coding.cameo(), coding.goldstein(), first.status(), articles.size(), sources.size(), group);
    }

    /**
     * The mention whose mode, CAMEO code and contexts most mentions share, the earliest on a tie: reports of one
     * event may word it differently ("talked", "spoke by phone"), and the majority is the safer reading.
     */
    private static EventMention mostCommonCoding(List<CitedMention> group) {
        Map<List<Object>, Integer> counts = new LinkedHashMap<>();
        Map<List<Object>, EventMention> firstOf = new LinkedHashMap<>();
        for (CitedMention m : group) {
            EventMention e = m.mention();
            List<Object> coding = Arrays.asList(e.mode(), e.cameo(), e.context());
            counts.merge(coding, 1, Integer::sum);
            firstOf.putIfAbsent(coding, e);
        }
        List<Object> best = null;
        for (Map.Entry<List<Object>, Integer> entry : counts.entrySet()) {
            if (best == null || entry.getValue() > counts.get(best)) {
                best = entry.getKey();
            }
        }
        return firstOf.get(best);
    }

    /** One actor per code, as the earliest mention naming that code has it. */
    private static List<Actor> distinctCodes(List<CitedMention> group, boolean actors) {
        Map<String, Actor> byCode = new LinkedHashMap<>();
        for (CitedMention m : group) {
            for (Actor actor : actors ? m.mention().actors() : m.mention().recipients()) {
                byCode.putIfAbsent(actor.code(), actor);
            }
        }
        return List.copyOf(byCode.values());
    }

    private static String codes(List<Actor> actors) {
        Set<String> codes = new TreeSet<>();
        actors.forEach(a -> codes.add(a.code()));
        return String.join("+", codes);
    }

    /** Who published: the outlet, else the host of the url, else the article itself (one unknown source each). */
    private static String source(Publication publication, String articleId) {
        if (publication.outlet() != null && !publication.outlet().isBlank()) {
            return "outlet:" + publication.outlet().strip().toLowerCase(Locale.ROOT);
        }
        if (publication.url() != null) {
            try {
                String host = URI.create(publication.url().strip()).getHost();
                if (host != null) {
                    return "host:" + host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException e) {
                // An unparsable url names no host; the article stands for its source.
            }
        }
        return "article:" + articleId;
    }
}
