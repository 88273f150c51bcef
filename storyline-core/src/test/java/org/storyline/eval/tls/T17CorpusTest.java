package org.storyline.eval.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;
import org.storyline.ingest.Skip;

class T17CorpusTest {
    static final Path FIXTURE = Path.of("src/test/resources/org/storyline/eval/tls/t17");

    @Test
    void poolsTheSourcesOfATopicAndMergesTheSameTextPublishedTwice() {
        T17Corpus corpus = T17Corpus.read(FIXTURE, Set.of());

        assertThat(corpus.topics()).extracting(T17Topic::name).containsExactly("flood", "quake");
        T17Topic quake = corpus.topics().get(1);
        assertThat(quake.sources()).containsExactly("quake_paper", "quake_wire");
        assertThat(quake.articles()).extracting(Article::text).containsExactly(
                "A powerful earthquake struck Haiti on Tuesday, killing thousands of people in the capital.\n"
                        + "The \"quake\" hit near Port-au-Prince at 4.53 pm local time (2153 GMT).",
                "Rescue teams from the United States arrived in Port-au-Prince on Wednesday to search the rubble.\n"
                        + "The earthquake on Tuesday destroyed the presidential palace and the cathedral.");
        assertThat(quake.articles().get(1).publications()).extracting(Publication::outlet, Publication::published,
                Publication::origin).containsExactly(
                org.assertj.core.groups.Tuple.tuple("paper", LocalDate.of(2010, 1, 14),
                        FIXTURE.resolve("quake_paper/InputDocs/2010-01-14/5.htm.txt").toString()),
                org.assertj.core.groups.Tuple.tuple("wire", LocalDate.of(2010, 1, 14),
                        FIXTURE.resolve("quake_wire/InputDocs/2010-01-14/2.htm.txt").toString()));
        assertThat(quake.references()).extracting(ReferenceTimeline::name)
                .containsExactly("quake_paper/paper.txt", "quake_wire/tl.txt");
        assertThat(quake.references().get(1).dates()).isEqualTo(Map.of(
                LocalDate.of(2010, 1, 12), List.of("A 7.0 magnitude earthquake strikes Haiti , killing thousands ."),
                LocalDate.of(2010, 1, 13), List.of("Rescue teams arrive in Port-au-Prince .",
                        "The UN says its mission chief is missing .")));
    }

    @Test
    void skipsEmptyArticlesAndSentencesOutsideADateNamingThem() {
        T17Corpus corpus = T17Corpus.read(FIXTURE, Set.of());

        Path flood = FIXTURE.resolve("flood_news/timelines/a.txt");
        assertThat(corpus.skipped()).containsExactly(
                new Skip(flood + ":4", "sentence outside a date"),
                new Skip(flood + ":5", "sentence outside a date"),
                new Skip(FIXTURE.resolve("quake_paper/InputDocs/2010-01-15/6.htm.txt").toString(),
                        "empty article file"));
        assertThat(corpus.topics().get(0).references().get(0).dates())
                .containsOnlyKeys(LocalDate.of(2011, 7, 1));
    }

    @Test
    void readsOnlyTheTopicsAskedFor() {
        T17Corpus corpus = T17Corpus.read(FIXTURE, Set.of("flood"));

        assertThat(corpus.topics()).extracting(T17Topic::name).containsExactly("flood");
        assertThat(corpus.topics().get(0).articles()).extracting(Article::published)
                .containsExactly(LocalDate.of(2011, 7, 1), LocalDate.of(2011, 7, 3));
        assertThat(corpus.inputFolders(FIXTURE)).containsExactly(FIXTURE.resolve("flood_news/InputDocs"));
    }
}
