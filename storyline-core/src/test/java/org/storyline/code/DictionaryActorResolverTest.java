package org.storyline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.CoreNlpAnnotator;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;

class DictionaryActorResolverTest {
    private static final String WRITTEN = String.join(" ",
            "In 2010, Norwegian Prime Minister Jens Stoltenberg met Russian President Dmitry Medvedev in Oslo.",
            "Jens Stoltenberg said on Monday that NATO would not send troops to Ukraine.",
            "Russian troops crossed the border near Kharkiv.",
            "A U.S. official said the rebels had withdrawn.",
            "Ukraine's foreign minister called the Kremlin.",
            "The minister said he would travel to Brussels.",
            "Ukrainian presidential adviser Mykola Petrenko warned Moscow.",
            "Petrenko said the talks had failed.",
            "The Organization for Security and Cooperation in Europe sent monitors to the United States.");

    private static final DictionaryActorResolver RESOLVER = new DictionaryActorResolver();
    private static AnnotatedArticle written;
    private static AnnotatedArticle example000;
    private static AnnotatedArticle example002;

    @BeforeAll
    static void annotate() throws IOException {
        CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();
        written = annotator.annotate(Article.of(WRITTEN,
                new Publication(null, null, LocalDate.of(2022, 3, 7), null, "written")));
        example000 = annotator.annotate(example("000_4b836f8422cedee9.txt"));
        example002 = annotator.annotate(example("002_aae8e9759afd3c45.txt"));
    }

    private static Article example(String name) throws IOException {
        Path file = Path.of("../examples", name);
        String content = Files.readString(file);
        LocalDate date = LocalDate.parse(content.substring(" date ".length(), " date ".length() + 10));
        return Article.of(content.substring(" date YYYY-MM-DD ".length()),
                new Publication(null, null, date, null, file.toString()));
    }

    @Test
    void officeHoldersResolveByTheDateTheSentenceSpeaksOf() {
        assertActor(written, "In 2010", "Stoltenberg", 0, new Expected("NOR", "GOV", "Jens Stoltenberg", "office"));
        assertActor(written, "In 2010", "Medvedev", 0, new Expected("RUS", "GOV", "Dmitry Medvedev", "office"));
        assertActor(written, "NATO would not", "Stoltenberg", 0,
                new Expected("NATO", "GOV", "Jens Stoltenberg", "office"));
        assertActor(written, "NATO would not", "NATO", 0, new Expected("NATO", null, "NATO", "dictionary"));
    }

    @Test
    void hyphenatedNamesAndThePartsOfANamedBodyResolve() {
        AnnotatedArticle article = CoreNlpAnnotator.shared().annotate(Article.of(String.join(" ",
                "Timor-Leste asked Australia for help on Monday.",
                "The Asia-Pacific Economic Cooperation forum met in Lima.",
                "The UNITA militarist wing refused.",
                "The U.N. Secretary-General urged restraint."),
                new Publication(null, null, LocalDate.of(2022, 3, 7), null, "hyphens")));

        assertActor(article, "Timor", "Leste", 0, new Expected("TLS", null, "Timor-Leste", "dictionary"));
        assertActor(article, "The Asia", "forum", 0, new Expected("APEC", null, "Asia-Pacific Economic Cooperation forum", "phrase"));
        assertActor(article, "The UNITA", "wing", 0, new Expected("AGO", "REB", "UNITA militarist wing", "phrase"));
        assertActor(article, "The U.N.", "General", 0, new Expected("UN", "GOV", "U.N. Secretary-General", "phrase"));
    }

    @Test
    void aFormerOfficeHolderNamedInFullOrWithATitleIsOfTheirCountryNotItsGovernment() {
        AnnotatedArticle later = CoreNlpAnnotator.shared().annotate(Article.of(String.join(" ",
                "On Monday, Biden quoted Ronald Reagan in a speech.",
                "Former President Reagan was praised by the crowd on Monday."),
                new Publication(null, null, LocalDate.of(2022, 3, 7), null, "later")));
        AnnotatedArticle namesake = CoreNlpAnnotator.shared().annotate(Article.of(
                "A man called Reagan said on Monday that the bridge would reopen.",
                new Publication(null, null, LocalDate.of(2022, 3, 7), null, "namesake")));

        assertActor(later, "quoted Ronald", "Reagan", 0, new Expected("USA", null, "Ronald Reagan", "office"));
        assertActor(later, "Former President", "Reagan", 0, new Expected("USA", null, "Reagan", "office"));
        assertThat(resolve(namesake, "A man called", "Reagan", 0)).isEmpty();
    }

    @Test
    void phrasesGiveCountryAndSectorFromTheirOwnWords() {
        assertActor(written, "Russian troops crossed", "troops", 0,
                new Expected("RUS", "MIL", "Russian troops", "phrase"));
        assertActor(written, "A U.S. official", "official", 0, new Expected("USA", "GOV", "U.S. official", "phrase"));
        assertActor(written, "Ukraine's foreign minister", "minister", 0,
                new Expected("UKR", "GOV", "Ukraine's foreign minister", "phrase"));
        assertActor(written, "Ukraine's foreign minister", "Kremlin", 0,
                new Expected("RUS", "GOV", "Kremlin", "dictionary"));
    }

    @Test
    void namesTheParserSplitsAreWhole() {
        assertActor(written, "sent monitors", "Organization", 0,
                new Expected("OSCE", null, "Organization for Security and Cooperation in Europe", "dictionary"));
        assertActor(written, "sent monitors", "United", 0,
                new Expected("USA", null, "United States", "dictionary"));
    }

    @Test
    void unknownAgentsAndPlacesResolveToNothing() {
        assertThat(resolve(written, "A U.S. official", "rebels", 0)).isEmpty();
        assertThat(resolve(written, "Russian troops crossed", "border", 0)).isEmpty();
    }

    @Test
    void titlesPronounsAndSurnamesReferToEarlierActors() {
        assertActor(written, "The minister said", "minister", 0, new Expected("UKR", "GOV", "minister", "coreference"));
        assertActor(written, "The minister said", "he", 0, new Expected("UKR", "GOV", "he", "coreference"));
        assertActor(written, "Mykola Petrenko warned", "Petrenko", 0,
                new Expected("UKR", "GOV", "Ukrainian presidential adviser Mykola Petrenko", "phrase"));
        assertActor(written, "the talks had failed", "Petrenko", 0,
                new Expected("UKR", "GOV", "Petrenko", "coreference"));
    }

    @Test
    void actorsOfTheFirstExample() {
        assertActor(example000, "on Tuesday, February 1 has urged", "Blinken", 0,
                new Expected("USA", "GOV", "Antony Blinken", "office"));
        assertActor(example000, "on Tuesday, February 1 has urged", "Russia", 0,
                new Expected("RUS", null, "Russia", "dictionary"));
        assertActor(example000, "Russian counterpart Sergey Lavrov", "Lavrov", 0,
                new Expected("RUS", "GOV", "Sergey Lavrov", "office"));
        assertActor(example000, "as he emphasised", "he", 0, new Expected("USA", "GOV", "he", "coreference"));
        assertActor(example000, "The Secretary urged", "Secretary", 0,
                new Expected("USA", "GOV", "Secretary", "coreference"));
        assertActor(example000, "Moscow is preparing", "Moscow", 0, new Expected("RUS", "GOV", "Moscow", "dictionary"));
        assertActor(example000, "security guarantees from NATO", "NATO", 0,
                new Expected("NATO", null, "NATO", "dictionary"));
        assertActor(example000, "took to Twitter", "Kuleba", 0, new Expected("UKR", "GOV", "Dmytro Kuleba", "office"));
        assertActor(example000, "took to Twitter", "Minister", 0,
                new Expected("UKR", "GOV", "Ukrainian Foreign Minister", "phrase"));
    }

    @Test
    void actorsOfTheThirdExample() {
        assertActor(example002, "During a telephonic conversation with his Russian counterpart", "counterpart", 0,
                new Expected("RUS", "GOV", "Sergei Lavrov", "office"));
        assertActor(example002, "Blinken reiterates his", "Blinken", 0,
                new Expected("USA", "GOV", "Blinken", "office"));
        assertActor(example002, "spoke with Qatar's Foreign Minister", "Minister", 0,
                new Expected("QAT", "GOV", "Qatar's Foreign Minister", "phrase"));
        assertActor(example002, "spoke with Qatar's Foreign Minister", "Minister", 1,
                new Expected("CAN", "GOV", "Canadian Foreign Minister", "phrase"));
        // the typographic apostrophe reads as the plain one above: the phrase names the country
        assertActor(example002, "Spoke with Qatar’s Minister of Foreign Affairs", "Minister", 0,
                new Expected("QAT", "GOV", "Qatar’s Minister of Foreign Affairs", "phrase"));
        assertActor(example002, "The Kremlin, on the other hand", "Kremlin", 0,
                new Expected("RUS", "GOV", "Kremlin", "dictionary"));
    }

    /** What an actor should be; its offsets are those of the nearest {@code entityText} around the head. */
    private record Expected(String code, String sector, String entityText, String resolvedBy) {
        Actor at(String text, Token head) {
            int start = text.lastIndexOf(entityText, head.charStart());
            if (start < 0 || start + entityText.length() < head.charEnd()) {
                start = text.indexOf(entityText, head.charStart());
            }
            return new Actor(code, sector, entityText, start, start + entityText.length(), resolvedBy);
        }
    }

    /** Resolves the {@code occurrence}-th token {@code word} of the first sentence containing {@code snippet}. */
    private static void assertActor(AnnotatedArticle article, String snippet, String word, int occurrence,
                                    Expected expected) {
        Token head = token(article, snippet, word, occurrence);
        Sentence sentence = sentence(article, snippet);
        assertThat(RESOLVER.resolve(article, sentence.index(), head.index()))
                .contains(expected.at(article.article().text(), head));
    }

    private static Optional<Actor> resolve(AnnotatedArticle article, String snippet, String word, int occurrence) {
        Token head = token(article, snippet, word, occurrence);
        return RESOLVER.resolve(article, sentence(article, snippet).index(), head.index());
    }

    private static Sentence sentence(AnnotatedArticle article, String snippet) {
        return article.sentences().stream().filter(s -> s.text().contains(snippet)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence with: " + snippet));
    }

    private static Token token(AnnotatedArticle article, String snippet, String word, int occurrence) {
        Sentence sentence = sentence(article, snippet);
        return sentence.tokens().stream().filter(t -> t.text().equals(word)).skip(occurrence).findFirst()
                .orElseThrow(() -> new AssertionError("no " + word + " #" + occurrence + " in: " + sentence.text()));
    }
}
