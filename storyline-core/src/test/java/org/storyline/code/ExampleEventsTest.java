package org.storyline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.AnnotatedArticle;

/** The events the issue requires from the example articles, at mention level. */
class ExampleEventsTest {
    private static List<List<String>> events;

    @BeforeAll
    static void code() {
        PatternEventCoder coder = new PatternEventCoder(new DictionaryActorResolver());
        List<AnnotatedArticle> articles = ExampleArticles.annotated();
        events = new java.util.ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (EventMention e : coder.code(articles.get(i))) {
                events.add(List.of(String.valueOf(i), codes(e.actors()), e.event(), codes(e.recipients()),
                    String.valueOf(e.mode()), e.cameo(), e.date(), e.dateSource(), e.status()));
            }
        }
    }

    private static String codes(List<Actor> actors) {
        return String.join("+", actors.stream().map(Actor::code).toList());
    }

    @Test
    void thePhoneCallOfFebruaryFirstIsReportedByBothArticles() {
        assertThat(events).contains(
            List.of("0", "USA", "CONSULT", "RUS", "phone", "041", "2022-02-01", "published", "asserted"),
            List.of("1", "USA", "CONSULT", "RUS", "phone", "041", "2022-02-01", "published", "asserted"));
    }

    @Test
    void blinkenUrgesDeEscalationAndWarnsOfConsequences() {
        assertThat(events).contains(
            List.of("0", "USA", "REQUEST", "RUS", "yield", "0256", "2022-02-01", "text", "asserted"),
            List.of("0", "USA", "THREATEN", "RUS", "null", "130", "2022-02-01", "published", "asserted"));
    }

    @Test
    void kulebaCallsOnRussiaToPullBack() {
        assertThat(events).contains(
            List.of("0", "UKR", "REQUEST", "RUS", "yield", "0256", "2022-02-01", "published", "asserted"));
    }

    @Test
    void russiaBuildsUpTroopsAndDeniesAnIncursion() {
        assertThat(events).contains(
            List.of("0", "RUS", "MOBILIZE", "UKR", "troops", "154", "2022-02-01", "text", "asserted"),
            List.of("0", "RUS", "REJECT", "", "null", "120", "2022-02-01", "published", "asserted"));
    }

    @Test
    void callsOfFebruaryFifteenthAndSeventeenth() {
        assertThat(events).contains(
            List.of("2", "USA", "CONSULT", "RUS", "phone", "041", "2022-02-15", "text", "asserted"),
            List.of("2", "USA", "CONSULT", "QAT+CAN", "null", "040", "2022-02-17", "published", "asserted"));
    }

    @Test
    void theGenevaMeetingAnnouncedAheadIsAnIntentionDatedTheDayOfTheMeeting() {
        assertThat(events).contains(
            List.of("4", "USA", "AGREE", "RUS", "null", "036", "2022-01-21", "text", "asserted"),
            List.of("4", "USA+RUS", "AGREE", "", "null", "036", "2022-01-21", "text", "asserted"));
    }

    @Test
    void aPurposeClauseIsNoEventOfItsOwn() {
        assertThat(events).contains(
            List.of("2", "RUS", "RETREAT", "", "disarm", "087", "2022-02-17", "text", "hypothetical"));
    }
}
