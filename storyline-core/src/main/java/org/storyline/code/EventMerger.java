package org.storyline.code;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.ingest.Publication;

/**
 * Merges event mentions into events. Two asserted mentions are the same event when they have the same set of actor
 * codes, the same set of recipient codes, the same PLOVER type and the same date value. The date is compared
 * whatever its source: a mention dated by its publication merges with one dated from the text only when the dates
 * are equal.
 *
 * <p>Recounted events: a sentence that recalls an earlier event with a month or week ("Blinken and Lavrov met in
 * Geneva last month", {@code 2022-01}, {@code 2022-W03}) joins the event of a single day inside that month or week
 * with the same actors, recipients and type, so the recollection is cited by the original event instead of being
 * counted as a new one. When no such day event exists, or when several do (two meetings that month), the coarse
 * mentions stay an event of their own under their coarse date. Years are too coarse to tell which event is meant
 * and never join a day.
 *
 * <p>Ids: an event's id is 16 hex digits of a SHA-256 of the key of its date ({@link #id}), so the id of an event
 * dated to a day never changes as articles arrive, whatever recollections join it later. Only an event known so far
 * by recollections alone ({@code 2022-01}) gives way, once its original is stored, to the id of the original.
 *
 * <p>Near-duplicates: an article that republishes another with light edits (a link found by the story stage) is
 * cited but is not independent evidence. Within an event, each near-duplicate group counts once, through its
 * earliest article; the other articles of the group are listed as copies ("also published by") and add neither to
 * {@code numArticles} nor to {@code numSources}. Copies never change which mentions merge, so never an id.
 *
 * <p>Negated and hypothetical mentions are never merged: each is an event of its own, with its own status.
 * Stateless and thread-safe.
 */
public final class EventMerger {
    /** The status of a mention reporting that the event happened. */
    public static final String ASSERTED = "asserted";

    private static final String TEXT = "text";
    private static final String PUBLISHED = "published";
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Comparator<CitedMention> ORDER = Comparator
            .comparing((CitedMention m) -> m.firstPublication().published())
            .thenComparing(m -> m.mention().articleId())
            .thenComparingInt(CitedMention::mentionIndex);

    private EventMerger() {
    }

    /** The events of the mentions, ordered by date, then id, every article counted as independent evidence. */
    public static List<Event> merge(Collection<CitedMention> mentions) {
        return merge(mentions, Map.of());
    }

    /**
     * The events of the mentions, ordered by date, then id.
     *
     * @param originalOf for each article that is a near-duplicate, the original of its group (missing: none)
     */
    public static List<Event> merge(Collection<CitedMention> mentions, Map<String, String> originalOf) {
        Map<String, List<CitedMention>> byId = new LinkedHashMap<>();
        mentions.stream().sorted(ORDER).forEach(m -> byId.computeIfAbsent(id(m), k -> new ArrayList<>()).add(m));
        joinRecollections(byId);
        List<Event> events = new ArrayList<>();
        byId.forEach((id, group) -> events.add(event(id, group, originalOf)));
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::id));
        return events;
    }

    /**
     * Moves each group of asserted mentions with a month or week date into the one group with the same actors,
     * recipients and type dated to a day inside it, if there is exactly one.
     */
    private static void joinRecollections(Map<String, List<CitedMention>> byId) {
        Map<String, Map<String, LocalDate>> daysByParties = new LinkedHashMap<>();
        List<String> coarse = new ArrayList<>();
        byId.forEach((id, group) -> {
            EventMention m = group.get(0).mention();
            LocalDate day = day(m.date());
            if (ASSERTED.equals(m.status()) && day != null) {
                daysByParties.computeIfAbsent(parties(m), k -> new LinkedHashMap<>()).put(id, day);
            } else if (ASSERTED.equals(m.status())) {
                coarse.add(id);
            }
        });
        for (String id : coarse) {
            EventMention m = byId.get(id).get(0).mention();
            List<String> inside = daysByParties.getOrDefault(parties(m), Map.of()).entrySet().stream()
                    .filter(day -> contains(m.date(), day.getValue())).map(Map.Entry::getKey).toList();
            if (inside.size() == 1) {
                List<CitedMention> original = byId.get(inside.get(0));
                original.addAll(byId.remove(id));
                original.sort(ORDER);
            }
        }
    }

    /** What a recollection must share with the original: actor codes, recipient codes and type. */
    private static String parties(EventMention m) {
        return String.join("|", codes(m.actors()), codes(m.recipients()), m.event());
    }

    private static LocalDate day(String date) {
        try {
            return date.length() == 10 ? LocalDate.parse(date) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether a month ({@code 2022-01}) or ISO week ({@code 2022-W03}) contains the day. */
    private static boolean contains(String coarse, LocalDate day) {
        Matcher week = WEEK.matcher(coarse);
        if (week.matches()) {
            return day.get(IsoFields.WEEK_BASED_YEAR) == Integer.parseInt(week.group(1))
                    && day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == Integer.parseInt(week.group(2));
        }
        Matcher month = MONTH.matcher(coarse);
        return month.matches() && YearMonth.from(day).equals(
                YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))));
    }

    /**
     * The id of the event of a mention's own key: 16 hex digits of a SHA-256 of actor codes, recipient codes, type
     * and date (and, for a mention that is not asserted, of its place). A recollection that {@link #merge} joins
     * to an earlier event takes that event's id instead.
     */
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

    private static Event event(String id, List<CitedMention> group, Map<String, String> originalOf) {
        EventMention first = group.get(0).mention();
        EventMention coding = mostCommonCoding(group);
        Map<String, String> countedOfGroup = new HashMap<>();
        Map<String, String> copyOf = new LinkedHashMap<>();
        Set<String> sources = new HashSet<>();
        for (CitedMention m : group) {
            String article = m.mention().articleId();
            String counted = countedOfGroup.computeIfAbsent(originalOf.getOrDefault(article, article), g -> article);
            if (!counted.equals(article)) {
                copyOf.put(article, counted);
            } else {
                for (Publication publication : m.publications()) {
                    sources.add(source(publication, article));
                }
            }
        }
        // A recollection joined to its original sorts first when its article was dated earlier; the day still rules.
        String date = group.stream().map(m -> m.mention().date()).filter(d -> day(d) != null).findFirst()
                .orElse(first.date());
        boolean fromText = group.stream()
                .anyMatch(m -> m.mention().date().equals(date) && TEXT.equals(m.mention().dateSource()));
        return new Event(id, date, fromText ? TEXT : PUBLISHED, distinctCodes(group, true),
                distinctCodes(group, false), first.event(), coding.mode(), coding.context(), first.quadCode(),
                coding.cameo(), coding.goldstein(), first.status(), countedOfGroup.size(), sources.size(), group, copyOf);
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
