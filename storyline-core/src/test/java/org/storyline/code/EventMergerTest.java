package org.storyline.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.storyline.ingest.Publication;

class EventMergerTest {
    private static final String SENTENCE = "Blinken spoke with Lavrov by phone.";

    @Test
    void theSameEventReportedByTwoArticlesIsOneEventCitingBoth() {
        CitedMention first = cited(mention("a1", "USA", "RUS", "CONSULT", "2022-02-01", "published", "asserted"), 0,
                pub("AP", "2022-02-01"));
        CitedMention second = cited(mention("a2", "USA", "RUS", "CONSULT", "2022-02-01", "text", "asserted"), 3,
                pub("Reuters", "2022-02-02"));

        List<Event> events = EventMerger.merge(List.of(second, first));

        assertThat(events).hasSize(1);
        Event event = events.get(0);
        assertThat(event.numArticles()).isEqualTo(2);
        assertThat(event.numSources()).isEqualTo(2);
        assertThat(event.dateSource()).isEqualTo("text");
        assertThat(event.mentions()).containsExactly(first, second);
        assertThat(event.id()).isEqualTo(EventMerger.merge(List.of(second)).get(0).id())
                .isEqualTo(EventMerger.id(first)).matches("[0-9a-f]{16}");
    }

    @Test
    void differentDatesTypesOrActorsAreDifferentEvents() {
        List<CitedMention> mentions = List.of(
                cited(mention("a1", "USA", "RUS", "CONSULT", "2022-02-01", "published", "asserted"), 0),
                cited(mention("a2", "USA", "RUS", "CONSULT", "2022-02-02", "published", "asserted"), 0),
                cited(mention("a3", "USA", "RUS", "CONSULT", "2022-02", "text", "asserted"), 0),
                cited(mention("a4", "USA", "RUS", "REQUEST", "2022-02-01", "published", "asserted"), 0),
                cited(mention("a5", "USA", "UKR", "CONSULT", "2022-02-01", "published", "asserted"), 0),
                cited(mention("a6", "GBR", "RUS", "CONSULT", "2022-02-01", "published", "asserted"), 0));

        List<Event> events = EventMerger.merge(mentions);

        assertThat(events).extracting(e -> e.date() + " " + e.actors().get(0).code() + " " + e.event() + " "
                        + e.recipients().get(0).code() + " " + e.numArticles())
                .containsExactlyInAnyOrder("2022-02-01 USA CONSULT RUS 1", "2022-02-02 USA CONSULT RUS 1",
                        "2022-02 USA CONSULT RUS 1", "2022-02-01 USA REQUEST RUS 1", "2022-02-01 USA CONSULT UKR 1",
                        "2022-02-01 GBR CONSULT RUS 1");
        assertThat(events).extracting(Event::date).isSorted();
    }

    @Test
    void aRecollectionByMonthOrWeekJoinsTheOneEventOfADayInsideItAndKeepsItsId() {
        CitedMention original = cited(mention("a1", "USA", "RUS", "CONSULT", "2022-01-21", "published", "asserted"), 0,
                pub("AP", "2022-01-21"));
        CitedMention lastMonth = cited(mention("a2", "USA", "RUS", "CONSULT", "2022-01", "text", "asserted"), 2,
                pub("Reuters", "2022-02-15"));
        CitedMention lastWeek = cited(mention("a3", "USA", "RUS", "CONSULT", "2022-W03", "text", "asserted"), 1,
                pub("BBC", "2022-01-27"));

        List<Event> events = EventMerger.merge(List.of(lastMonth, original, lastWeek));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(EventMerger.id(original))
                    .isEqualTo(EventMerger.merge(List.of(original)).get(0).id());
            assertThat(e.date()).isEqualTo("2022-01-21");
            assertThat(e.dateSource()).isEqualTo("published");
            assertThat(e.mentions()).containsExactly(original, lastWeek, lastMonth);
            assertThat(e.numArticles()).isEqualTo(3);
            assertThat(e.numSources()).isEqualTo(3);
        });
    }

    @Test
    void aRecollectionStaysApartWhenItsMonthHoldsNoneOrSeveralSuchEventsOrItIsAYear() {
        List<CitedMention> mentions = List.of(
                cited(mention("a1", "USA", "RUS", "CONSULT", "2022-01-10", "text", "asserted"), 0),
                cited(mention("a2", "USA", "RUS", "CONSULT", "2022-01-21", "text", "asserted"), 0),
                cited(mention("a3", "USA", "RUS", "CONSULT", "2022-01", "text", "asserted"), 0),
                cited(mention("a4", "USA", "RUS", "CONSULT", "2022", "text", "asserted"), 0),
                cited(mention("a5", "USA", "RUS", "REQUEST", "2022-01", "text", "asserted"), 0),
                cited(mention("a6", "USA", "RUS", "CONSULT", "2022-W03", "text", "negated"), 0),
                cited(mention("a7", "USA", "UKR", "CONSULT", "2022-02", "text", "asserted"), 0),
                cited(mention("a8", "USA", "UKR", "CONSULT", "2022-01-21", "text", "asserted"), 0));

        List<Event> events = EventMerger.merge(mentions);

        assertThat(events).extracting(e -> e.date() + " " + e.recipients().get(0).code() + " " + e.event() + " "
                        + e.status() + " " + e.numArticles())
                .containsExactlyInAnyOrder("2022-01-10 RUS CONSULT asserted 1", "2022-01-21 RUS CONSULT asserted 1",
                        "2022-01 RUS CONSULT asserted 1", "2022 RUS CONSULT asserted 1",
                        "2022-01 RUS REQUEST asserted 1", "2022-W03 RUS CONSULT negated 1",
                        "2022-02 UKR CONSULT asserted 1", "2022-01-21 UKR CONSULT asserted 1");
    }

    @Test
    void aNearDuplicateCopyIsCitedButCountedOnceAndKeepsTheId() {
        CitedMention original = cited(mention("wire1", "USA", "RUS", "CONSULT", "2022-02-01", "text", "asserted"), 0,
                pub("AP", "2022-02-01"));
        CitedMention copy = cited(mention("copy1", "USA", "RUS", "CONSULT", "2022-02-01", "text", "asserted"), 0,
                pub("Daily Courier", "2022-02-02"));
        CitedMention other = cited(mention("own1", "USA", "RUS", "CONSULT", "2022-02-01", "text", "asserted"), 2,
                pub("Reuters", "2022-02-02"));

        Event alone = EventMerger.merge(List.of(copy, original), Map.of("copy1", "wire1")).get(0);
        Event withOther = EventMerger.merge(List.of(copy, original, other), Map.of("copy1", "wire1")).get(0);
        Event independent = EventMerger.merge(List.of(copy, original)).get(0);

        assertThat(alone.numArticles()).isEqualTo(1);
        assertThat(alone.numSources()).isEqualTo(1);
        assertThat(alone.mentions()).containsExactly(original, copy);
        assertThat(alone.copyOf()).containsExactly(entry("copy1", "wire1"));
        assertThat(withOther.numArticles()).isEqualTo(2);
        assertThat(withOther.numSources()).isEqualTo(2);
        assertThat(withOther.mentions()).containsExactly(original, copy, other);
        assertThat(independent.numArticles()).isEqualTo(2);
        assertThat(independent.numSources()).isEqualTo(2);
        assertThat(independent.copyOf()).isEmpty();
        assertThat(alone.id()).isEqualTo(withOther.id()).isEqualTo(independent.id()).isEqualTo(EventMerger.id(copy));
    }

    @Test
    void aCopyWhoseOriginalIsNotInTheEventIsCountedInItsPlace() {
        CitedMention copy = cited(mention("copy1", "USA", "RUS", "CONSULT", "2022-02-01", "text", "asserted"), 0,
                pub("Daily Courier", "2022-02-02"));
        CitedMention secondCopy = cited(mention("copy2", "USA", "RUS", "CONSULT", "2022-02-01", "text", "asserted"),
                0, pub("Evening Post", "2022-02-03"));

        Event event = EventMerger.merge(List.of(secondCopy, copy), Map.of("copy1", "wire1", "copy2", "wire1")).get(0);

        assertThat(event.numArticles()).isEqualTo(1);
        assertThat(event.numSources()).isEqualTo(1);
        assertThat(event.copyOf()).containsExactly(entry("copy2", "copy1"));
    }

    @Test
    void aCompoundActorIsOneEventWhateverTheOrderOfItsMembers() {
        EventMention usaAndRus = new EventMention("a1", 0, 0, 10,
                List.of(actor("USA", "Blinken"), actor("RUS", "Lavrov")), List.of(), "AGREE", null, List.of(), "036",
                4.0, 1, "2022-01-21", "text", "meet", 0, 4, "asserted", "meet");
        EventMention rusAndUsa = new EventMention("a2", 0, 0, 10,
                List.of(actor("RUS", "Lavrov"), actor("USA", "Blinken"), actor("USA", "Biden")), List.of(), "AGREE",
                null, List.of(), "036", 4.0, 1, "2022-01-21", "text", "meet", 0, 4, "asserted", "meet");

        List<Event> events = EventMerger.merge(List.of(cited(usaAndRus, 0), cited(rusAndUsa, 0)));

        assertThat(events).hasSize(1);
        assertThat(events.get(0).actors()).extracting(Actor::code, Actor::entityText)
                .containsExactly(tuple("USA", "Blinken"),
                        tuple("RUS", "Lavrov"));
    }

    @Test
    void negatedAndHypotheticalMentionsAreNeverMergedNorCounted() {
        CitedMention happened = cited(mention("a1", "RUS", "UKR", "ASSAULT", "2022-02-01", "published", "asserted"), 0);
        CitedMention denied = cited(mention("a2", "RUS", "UKR", "ASSAULT", "2022-02-01", "published", "negated"), 0);
        CitedMention alsoDenied = cited(mention("a3", "RUS", "UKR", "ASSAULT", "2022-02-01", "published", "negated"),
                0);
        CitedMention threatened = cited(mention("a2", "RUS", "UKR", "ASSAULT", "2022-02-01", "published",
                "hypothetical"), 1);

        List<Event> events = EventMerger.merge(List.of(happened, denied, alsoDenied, threatened));

        assertThat(events).hasSize(4);
        assertThat(events).filteredOn(Event::asserted).singleElement()
                .satisfies(e -> assertThat(e.mentions()).containsExactly(happened))
                .satisfies(e -> assertThat(e.numArticles()).isEqualTo(1));
        assertThat(events).filteredOn(e -> !e.asserted()).extracting(Event::status, e -> e.mentions().size())
                .containsExactlyInAnyOrder(tuple("negated", 1),
                        tuple("negated", 1),
                        tuple("hypothetical", 1));
        assertThat(events).extracting(Event::id).doesNotHaveDuplicates();
    }

    @Test
    void sourcesAreOutletsElseUrlHostsElseTheArticles() {
        List<CitedMention> mentions = List.of(
                cited(mention("a1", "USA", "RUS", "CONSULT", "2022-02-01", "text", "asserted"), 0, pub("AP", "2022-02-01"),
                        pub("ap", "2022-02-02")),
                cited(mention("a2", "USA", "RUS", "CONSULT", "2022-02-01", "text", "asserted"), 0,
                        new Publication("https://www.bbc.co.uk/news/1", null, LocalDate.parse("2022-02-01"), null, "f")),
                cited(mention("a3", "USA", "RUS", "CONSULT", "2022-02-01", "text", "asserted"), 0,
                        new Publication("https://bbc.co.uk/news/2", null, LocalDate.parse("2022-02-01"), null, "f")),
                cited(mention("a4", "USA", "RUS", "CONSULT", "2022-02-01", "text", "asserted"), 0,
                        new Publication(null, null, LocalDate.parse("2022-02-01"), null, "a4.txt")),
                cited(mention("a5", "USA", "RUS", "CONSULT", "2022-02-01", "text", "asserted"), 0,
                        new Publication(null, null, LocalDate.parse("2022-02-01"), null, "a5.txt")));

        Event event = EventMerger.merge(mentions).get(0);

        assertThat(event.numArticles()).isEqualTo(5);
        assertThat(event.numSources()).isEqualTo(4);
    }

    @Test
    void theCodingMostMentionsShareIsTheEventsCoding() {
        EventMention talk = mention("a1", "USA", "RUS", "CONSULT", "2022-02-01", "text", "asserted");
        EventMention phone = new EventMention("a2", 0, 0, 10, talk.actors(), talk.recipients(), "CONSULT", "phone",
                List.of("diplomatic"), "041", 1.0, 1, "2022-02-01", "text", "called", 0, 6, "asserted", "call");

        Event event = EventMerger.merge(List.of(cited(talk, 0), cited(phone, 0),
                cited(new EventMention("a3", 0, 0, 10, talk.actors(), talk.recipients(), "CONSULT", "phone",
                        List.of("diplomatic"), "041", 1.0, 1, "2022-02-01", "text", "rang", 0, 4, "asserted",
                        "call"), 0))).get(0);

        assertThat(event.mode()).isEqualTo("phone");
        assertThat(event.cameo()).isEqualTo("041");
        assertThat(event.context()).containsExactly("diplomatic");
    }

    @Test
    void mergingNeverPutsTwoDatesTypesActorSetsOrStatusesInOneEvent() {
        Random random = new Random(20220201L);
        String[] codes = {"USA", "RUS", "UKR", "NATO"};
        String[] types = {"CONSULT", "REQUEST", "THREATEN", "MOBILIZE"};
        String[] dates = {"2022-02-01", "2022-02-02", "2022-02", "2022-W05"};
        String[] statuses = {"asserted", "asserted", "asserted", "negated", "hypothetical"};
        List<CitedMention> mentions = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            List<Actor> actors = new ArrayList<>();
            for (int n = 1 + random.nextInt(2); n > 0; n--) {
                actors.add(actor(codes[random.nextInt(codes.length)], "x"));
            }
            List<Actor> recipients = random.nextBoolean() ? List.of()
                    : List.of(actor(codes[random.nextInt(codes.length)], "y"));
            EventMention m = new EventMention("a" + random.nextInt(50), 0, 0, 10, actors, recipients,
                    types[random.nextInt(types.length)], null, List.of(), "040", 1.0, 1,
                    dates[random.nextInt(dates.length)], random.nextBoolean() ? "text" : "published", "v", 0, 1,
                    statuses[random.nextInt(statuses.length)], "r");
            mentions.add(cited(m, i, pub(random.nextBoolean() ? "AP" : "Reuters", "2022-02-0" + (1 + random.nextInt(3)))));
        }

        List<Event> events = EventMerger.merge(mentions);

        assertThat(events.stream().mapToInt(e -> e.mentions().size()).sum()).isEqualTo(mentions.size());
        assertThat(events).extracting(Event::id).doesNotHaveDuplicates();
        for (Event event : events) {
            // a mention keeps its event's date, or recalls it with the month or week (W05) holding that day
            assertThat(event.mentions()).extracting(m -> m.mention().date())
                    .allMatch(d -> d.equals(event.date()) || event.date().length() == 10
                            && (event.date().startsWith(d + "-") || d.equals("2022-W05")));
            assertThat(event.mentions()).extracting(m -> m.mention().event()).containsOnly(event.event());
            assertThat(event.mentions()).extracting(m -> m.mention().status()).containsOnly(event.status());
            assertThat(event.mentions()).extracting(m -> codeSet(m.mention().actors()))
                    .containsOnly(codeSet(event.actors()));
            assertThat(event.mentions()).extracting(m -> codeSet(m.mention().recipients()))
                    .containsOnly(codeSet(event.recipients()));
            if (!event.asserted()) {
                assertThat(event.mentions()).hasSize(1);
            }
            Set<String> articles = new HashSet<>();
            event.mentions().forEach(m -> articles.add(m.mention().articleId()));
            assertThat(event.numArticles()).isEqualTo(articles.size());
        }
        assertThat(events).filteredOn(e -> e.mentions().size() > 1).isNotEmpty();
    }

    private static Set<String> codeSet(List<Actor> actors) {
        Set<String> codes = new TreeSet<>();
        actors.forEach(a -> codes.add(a.code()));
        return codes;
    }

    private static EventMention mention(String articleId, String actor, String recipient, String event, String date,
                                        String dateSource, String status) {
        return new EventMention(articleId, 0, 0, SENTENCE.length(), List.of(actor(actor, "Blinken")),
                List.of(actor(recipient, "Lavrov")), event, null, List.of(), "040", 1.0, 1, date, dateSource, "spoke",
                8, 13, status, "speak with");
    }

    private static Actor actor(String code, String text) {
        return new Actor(code, "GOV", text, 0, text.length(), "dictionary");
    }

    private static CitedMention cited(EventMention mention, int index, Publication... publications) {
        List<Publication> list = publications.length == 0 ? List.of(pub(null, "2022-02-01")) : List.of(publications);
        return new CitedMention(mention, index, SENTENCE, list);
    }

    private static Publication pub(String outlet, String date) {
        return new Publication(null, outlet, LocalDate.parse(date), null, "feed.jsonl:1");
    }
}
