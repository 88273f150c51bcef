package org.storyline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.AnnotatedArticle;

/** The resolver's rules on sentences parsed by hand. */
class DictionaryActorResolverRulesTest {
    private static final DictionaryActorResolver RESOLVER = new DictionaryActorResolver();
    private static final String KALLAS = "Kallas/NNP/Kallas/PERSON spoke/VBD/speak/O ./././O";
    private static final String KALLAS_EDGES = "nsubj(1,0) root(-1,1) punct(1,2)";

    @Test
    void aPersonWithTwoOfficesInThePeriodHoldsTheOneOfThePublicationDate() {
        AnnotatedArticle late = HandParses.article(KALLAS, KALLAS_EDGES, "2024", LocalDate.of(2025, 1, 10));
        assertThat(RESOLVER.resolve(late, 0, 0)).contains(new Actor("EUR", "GOV", "Kallas", 0, 6, "office"));
        AnnotatedArticle early = HandParses.article(KALLAS, KALLAS_EDGES, "2024", LocalDate.of(2024, 5, 2));
        assertThat(RESOLVER.resolve(early, 0, 0)).contains(new Actor("EST", "GOV", "Kallas", 0, 6, "office"));
    }

    @Test
    void aPersonOutOfOfficeNamesNobody() {
        AnnotatedArticle article = HandParses.article(
                "Jens/NNP/Jens/PERSON Stoltenberg/NNP/Stoltenberg/PERSON spoke/VBD/speak/O",
                "compound(1,0) nsubj(2,1) root(-1,2)", "2003", LocalDate.of(2022, 2, 1));
        assertThat(RESOLVER.resolve(article, 0, 1)).isEmpty();
    }

    @Test
    void aPartOfANameStandsForTheWholeName() {
        AnnotatedArticle article = HandParses.article(
                "Jens/NNP/Jens/PERSON Stoltenberg/NNP/Stoltenberg/PERSON spoke/VBD/speak/O",
                "compound(1,0) nsubj(2,1) root(-1,2)", "2010", LocalDate.of(2022, 2, 1));
        assertThat(RESOLVER.resolve(article, 0, 0))
                .contains(new Actor("NOR", "GOV", "Jens Stoltenberg", 0, 16, "office"));
    }

    @Test
    void pronounsAndQuestionWordsAreNotNames() {
        AnnotatedArticle article = HandParses.article(
                "Who/WP/who/O told/VBD/tell/O us/PRP/we/O ?/./?/O",
                "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)", null, LocalDate.of(2022, 2, 1));
        assertThat(RESOLVER.resolve(article, 0, 0)).isEmpty();
        assertThat(RESOLVER.resolve(article, 0, 2)).isEmpty();
    }

    @Test
    void demonymsInThePluralNameTheirCountry() {
        AnnotatedArticle article = HandParses.article("Russians/NNPS/Russians/NATIONALITY voted/VBD/vote/O",
                "nsubj(1,0) root(-1,1)", null, LocalDate.of(2022, 2, 1));
        assertThat(RESOLVER.resolve(article, 0, 0)).contains(new Actor("RUS", null, "Russians", 0, 8, "dictionary"));
    }

    @Test
    void aDefenceMinisterIsMilitary() {
        AnnotatedArticle article = HandParses.article(
                "the/DT/the/O Russian/JJ/Russian/NATIONALITY defence/NN/defence/O minister/NN/minister/TITLE"
                        + " said/VBD/say/O",
                "det(3,0) amod(3,1) compound(3,2) nsubj(4,3) root(-1,4)", null, LocalDate.of(2022, 2, 1));
        assertThat(RESOLVER.resolve(article, 0, 3))
                .contains(new Actor("RUS", "MIL", "Russian defence minister", 4, 28, "phrase"));
    }

    @Test
    void aSeatQualifiesItsOfficialsButNotOtherNamedBodies() {
        AnnotatedArticle official = HandParses.article(
                "a/DT/a/O Pentagon/NNP/Pentagon/ORGANIZATION official/NN/official/O said/VBD/say/O",
                "det(2,0) compound(2,1) nsubj(3,2) root(-1,3)", null, LocalDate.of(2022, 2, 1));
        assertThat(RESOLVER.resolve(official, 0, 2))
                .contains(new Actor("USA", "MIL", "Pentagon official", 2, 19, "phrase"));
        AnnotatedArticle newspaper = HandParses.article(
                "the/DT/the/O Washington/NNP/Washington/ORGANIZATION Post/NNP/Post/ORGANIZATION reported/VBD/report/O",
                "det(2,0) compound(2,1) nsubj(3,2) root(-1,3)", null, LocalDate.of(2022, 2, 1));
        assertThat(RESOLVER.resolve(newspaper, 0, 2)).isEmpty();
    }

    @Test
    void aPlaceNameTaggedAsAPersonIsThePerson() {
        AnnotatedArticle article = HandParses.article("Sofia/NNP/Sofia/PERSON laughed/VBD/laugh/O",
                "nsubj(1,0) root(-1,1)", null, LocalDate.of(2022, 2, 1));
        assertThat(RESOLVER.resolve(article, 0, 0)).isEmpty();
    }
}
