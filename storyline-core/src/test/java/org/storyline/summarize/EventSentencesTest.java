package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventSentencesTest {
    @Test
    void aLookedUpArticleIsAskedOnceWhetherLookedUpAheadOrAskedAbout() {
        List<String> asked = new ArrayList<>();
        Map<String, Set<Integer>> stored = Map.of("a1", Set.of(0, 3), "a2", Set.of());
        EventSentences events = EventSentences.lookedUp(id -> {
            asked.add(id);
            return stored.get(id);
        });

        events.lookUp("a1");
        events.lookUp("a1");

        assertThat(asked).containsExactly("a1");
        assertThat(events.reports("a1", 3)).isTrue();
        assertThat(events.reports("a1", 1)).isFalse();
        assertThat(events.reports("a2", 0)).isFalse();
        assertThat(asked).containsExactly("a1", "a2");
    }

    @Test
    void listedSentencesNeedNoLookUp() {
        EventSentences events = EventSentences.of(Map.of("a1", Set.of(2)));

        events.lookUp("a1");

        assertThat(events.reports("a1", 2)).isTrue();
        assertThat(events.reports("a9", 2)).isFalse();
        assertThat(EventSentences.NONE.reports("a1", 2)).isFalse();
    }
}
