package org.storyline.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.CoreNlpAnnotator;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;

/** A later article recounting an earlier one's meeting: coded from the text, merged into the original event. */
class RecountedEventsIT {
    private static final PatternEventCoder CODER = new PatternEventCoder(new DictionaryActorResolver());
    private static final String MEETING = "Secretary of State Antony Blinken and Russian Foreign Minister Sergey "
        + "Lavrov met in Geneva on Friday.";
    private static final String RECOUNTED_BY_MONTH = "Blinken and Lavrov met in Geneva last month, but the "
        + "meeting brought no breakthrough.";
    private static final String RECOUNTED_BY_WEEK = "Blinken and Lavrov met in Geneva last week.";

    /** The asserted mentions of one article, cited as the store would cite them. */
    private static List<CitedMention> cited(String text, String published, String outlet) {
        Article article = Article.of(text, new Publication(null, outlet, LocalDate.parse(published), null, "test"));
        AnnotatedArticle annotated = CoreNlpAnnotator.shared().annotate(article);
        List<CitedMention> cited = new ArrayList<>();
        List<EventMention> mentions = CODER.code(annotated);
        for (int i = 0; i < mentions.size(); i++) {
            EventMention mention = mentions.get(i);
            String sentence = annotated.sentences().get(mention.sentenceIndex()).text();
            cited.add(new CitedMention(mention, i, sentence, article.publications()));
        }
        return cited;
    }

    private static String describe(EventMention m) {
        return String.join(" ", String.join("+", m.actors().stream().map(Actor::code).toList()), m.event(),
            m.date(), m.dateSource(), m.status());
    }

    @Test
    void aMeetingRecountedByMonthOrWeekIsTheOriginalEventWithItsId() {
        List<CitedMention> original = cited(MEETING, "2022-01-21", "AP");
        List<CitedMention> byMonth = cited(RECOUNTED_BY_MONTH, "2022-02-15", "Reuters");
        List<CitedMention> byWeek = cited(RECOUNTED_BY_WEEK, "2022-01-27", "BBC");
        assertThat(original).extracting(c -> describe(c.mention()))
            .containsExactly("USA+RUS CONSULT 2022-01-21 text asserted");
        assertThat(byMonth).extracting(c -> describe(c.mention()))
            .containsExactly("USA+RUS CONSULT 2022-01 text asserted");
        assertThat(byWeek).extracting(c -> describe(c.mention()))
            .containsExactly("USA+RUS CONSULT 2022-W03 text asserted");
        String originalId = EventMerger.merge(original).get(0).id();

        List<CitedMention> all = new ArrayList<>(byMonth);
        all.addAll(original);
        all.addAll(byWeek);
        List<Event> events = EventMerger.merge(all);

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(originalId);
            assertThat(e.date()).isEqualTo("2022-01-21");
            assertThat(e.numArticles()).isEqualTo(3);
            assertThat(e.numSources()).isEqualTo(3);
            assertThat(e.mentions()).extracting(CitedMention::sentence)
                .containsExactly(MEETING, RECOUNTED_BY_WEEK, RECOUNTED_BY_MONTH);
        });
    }

    @Test
    void aMeetingRecountedWithoutAStoredOriginalIsAnEventOfItsMonth() {
        List<Event> events = EventMerger.merge(cited(RECOUNTED_BY_MONTH, "2022-02-15", "Reuters"));

        assertThat(events).extracting(Event::date, Event::numArticles).containsExactly(tuple("2022-01", 1));
    }
}
