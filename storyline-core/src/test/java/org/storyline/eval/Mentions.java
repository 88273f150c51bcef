package org.storyline.eval;

import java.util.Arrays;
import java.util.List;
import org.storyline.code.Actor;
import org.storyline.code.EventMention;

/** Literal event mentions and gold for the evaluation tests. */
final class Mentions {
    private Mentions() {
    }

    /** An asserted mention of {@code event} by {@code actors} to {@code recipients} (country codes). */
    static EventMention asserted(String event, List<String> actors, String... recipients) {
        return mention(event, "asserted", actors, recipients);
    }

    static EventMention mention(String event, String status, List<String> actors, String... recipients) {
        return new EventMention("a1", 0, 0, 10, actors(actors), actors(Arrays.asList(recipients)), event, null,
                List.of(), "000", 0, 1, "2022-02-01", "published", "met", 3, 6, status, "test");
    }

    static GoldEvent gold(String event, List<String> actors, String... recipients) {
        return new GoldEvent(event, null, actors, List.of(recipients), null);
    }

    static GoldRecord record(String id, String text, GoldEvent... events) {
        return new GoldRecord(id, "gold.jsonl:" + id, java.time.LocalDate.of(2022, 2, 1), text, List.of(events), 0);
    }

    private static List<Actor> actors(List<String> codes) {
        return codes.stream().map(code -> new Actor(code, null, code, 0, 3, "dictionary")).toList();
    }
}
