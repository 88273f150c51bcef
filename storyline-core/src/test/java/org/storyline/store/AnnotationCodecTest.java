package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyline.store.Articles.annotated;
import static org.storyline.store.Articles.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Dependency;
import org.storyline.annotate.Mention;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Timex;
import org.storyline.annotate.Token;
import org.storyline.util.WordTest;

class AnnotationCodecTest {
    static final Sentence TODAY = new Sentence(0, "Today.", 0, 6,
            List.of(new Token(0, "Today", "today", "NN", "DATE", 0, 5)), List.of(), List.of(),
            List.of(new Timex("Today", "DATE", "2022-02-01", "2022-02-01", null, 0, 1, 0, 5)), "2022-02-01",
            DateSource.TEXT);

    private static final String TODAY_JSON = "[{\"index\":0,\"text\":\"Today.\",\"charStart\":0,\"charEnd\":6,"
            + "\"tokens\":[{\"index\":0,\"text\":\"Today\",\"lemma\":\"today\",\"pos\":\"NN\",\"ner\":\"DATE\","
            + "\"charStart\":0,\"charEnd\":5}],\"dependencies\":[],\"mentions\":[],"
            + "\"timexes\":[{\"text\":\"Today\",\"type\":\"DATE\",\"value\":\"2022-02-01\","
            + "\"sourceValue\":\"2022-02-01\",\"rule\":null,\"tokenStart\":0,\"tokenEnd\":1,\"charStart\":0,"
            + "\"charEnd\":5}],\"date\":\"2022-02-01\",\"dateSource\":\"TEXT\"}]";

    static final Sentence SAID = new Sentence(1, "Lavrov said.", 7, 19,
            List.of(new Token(0, "Lavrov", "Lavrov", "NNP", "PERSON", 7, 13),
                    new Token(1, "said", "say", "VBD", "O", 14, 18), new Token(2, ".", ".", ".", "O", 18, 19)),
            List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj")),
            List.of(new Mention("Lavrov", "PERSON", 0, 1, 7, 13)), List.of(), "2022-02-01", DateSource.PUBLISHED);

    /** {@link #TODAY} and {@link #SAID} as the third format wrote them. */
    static final byte[] THIRD_FORMAT = Base64.getDecoder().decode("JcxBDoIwEAXQmWmnYi2wMy69gAS5gQZ2phAk7mvY6MImgCRcy"
            + "HMKmvz81f/vgzE3vnUTD0uTtTI/NYXO0iw7pHOO6uLGzo/C2kpVRX0trezdoxW9m8TtnGOJiey8H/jVv+9PAvXjEjAISEKCBkCUzAA"
            + "EmhHN39sv SBLtBCi1Cub1Wm9MFFAYhmZLBBRJiFEF88sA0xc=".replace(" ", ""));

    private final AnnotationCodec codec = new AnnotationCodec();

    @Test
    void sentencesSurviveEncoding() throws IOException {
        List<Sentence> sentences = annotated("Tuesday Blinken spoke to Lavrov.",
                publication("apnews.com", "2022-02-01", null)).sentences();

        assertThat(codec.decode(codec.encode(sentences), AnnotationCodec.VERSION)).isEqualTo(sentences);
    }

    @Test
    void everyFieldSurvivesIncludingNullsNegativeGovernorsAndLongTexts() throws IOException {
        String longText = "Ж".repeat(70_000);
        Sentence odd = new Sentence(7, longText, 1_000_000, 1_140_000,
                List.of(new Token(0, "Ж", null, "NN", "O", 1_000_000, 1_000_002),
                        new Token(1, "said", "say", "VBD", "O", 999_990, 999_994)),
                List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj")),
                List.of(new Mention("Ж", "PERSON", 0, 1, 1_000_000, 1_000_002)),
                List.of(new Timex("then", "DATE", null, "PRESENT_REF", "tense:past", 1, 2, 999_990, 999_994)),
                null, null);

        assertThat(codec.decode(codec.encode(List.of(TODAY, odd)), AnnotationCodec.VERSION))
                .containsExactly(TODAY, odd);
        assertThat(codec.decode(codec.encode(List.of()), AnnotationCodec.VERSION)).isEmpty();
    }

    @Test
    void repeatedStringsAreWrittenOnce() {
        Sentence second = new Sentence(1, "Today.", 7, 13,
                List.of(new Token(0, "Today", "today", "NN", "DATE", 7, 12)), List.of(), List.of(),
                List.of(new Timex("Today", "DATE", "2022-02-01", "2022-02-01", null, 0, 1, 7, 12)), "2022-02-01",
                DateSource.TEXT);

        assertThat(codec.encode(List.of(TODAY, second)).length).isLessThan(2 * codec.encode(List.of(TODAY)).length);
    }

    @Test
    void damagedBytesAreUnreadableNotMisread() {
        byte[] encoded = codec.encode(List.of(TODAY, TODAY));

        // the second sentence says it is 32 bytes long, and fewer are left
        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(encoded, encoded.length - 5), AnnotationCodec.VERSION))
                .isInstanceOf(IOException.class).hasMessage("bad length 32 at byte 76");
        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(encoded, encoded.length + 1), AnnotationCodec.VERSION))
                .isInstanceOf(IOException.class).hasMessage("trailing bytes after 2 sentences");
        assertThatThrownBy(() -> codec.decode("not a format".getBytes(StandardCharsets.UTF_8),
                AnnotationCodec.VERSION)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(THIRD_FORMAT, THIRD_FORMAT.length / 2),
                AnnotationCodec.COMPACT_VERSION)).isInstanceOf(IOException.class).hasMessageStartingWith("truncated");
        assertThatThrownBy(() -> codec.decode("not deflated".getBytes(StandardCharsets.UTF_8),
                AnnotationCodec.COMPACT_VERSION)).isInstanceOf(IOException.class);
    }

    @Test
    void onlyTheSentencesWithOneOfTheWordsAreReadWhenAsked() throws IOException {
        List<Sentence> sentences = List.of(sentence(0, "Blinken spoke to Lavrov"), sentence(1, "The talks were long"),
                sentence(2, "Lavrov said no"));
        byte[] encoded = codec.encode(sentences);

        assertThat(codec.decode(encoded, AnnotationCodec.VERSION, "Lavrov"::equals))
                .containsExactly(sentences.get(0), sentences.get(2));
        // "the" is the lemma of "The" only
        assertThat(codec.decode(encoded, AnnotationCodec.VERSION, "the"::equals)).containsExactly(sentences.get(1));
        assertThat(codec.decode(encoded, AnnotationCodec.VERSION, "Moscow"::equals)).isEmpty();
        assertThat(codec.decode(encoded, AnnotationCodec.VERSION, null)).isEqualTo(sentences);
    }

    @Test
    void aWordTestRulesWordsOutFromTheirBytesBeforeTheyAreDecoded() throws IOException {
        List<Sentence> sentences = List.of(sentence(0, "Blinken spoke to Lavrov"), sentence(1, "The talks were long"),
                sentence(2, "Lavrov said no"));
        byte[] encoded = codec.encode(sentences);
        List<String> decoded = new ArrayList<>();
        WordTest sixBytesLong = new WordTest() {
            @Override
            public boolean mayAccept(byte[] utf8, int offset, int length) {
                return length == 6;
            }

            @Override
            public boolean test(String word) {
                decoded.add(word);
                return word.equals("Lavrov");
            }
        };

        assertThat(codec.decode(encoded, AnnotationCodec.VERSION, sixBytesLong))
                .containsExactly(sentences.get(0), sentences.get(2));
        assertThat(decoded).containsExactlyInAnyOrder("Lavrov", "lavrov");
    }

    /** A sentence of the words of {@code text}, each its own lemma in lower case, one after the other. */
    private static Sentence sentence(int index, String text) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String word : text.split(" ")) {
            tokens.add(new Token(tokens.size(), word, word.toLowerCase(Locale.ROOT), "NN", "O", offset,
                    offset + word.length()));
            offset += word.length() + 1;
        }
        return new Sentence(index, text, 0, text.length(), tokens, List.of(), List.of(), List.of(), null, null);
    }

    @Test
    void rowsOfTheThirdFormatWithoutWordIndexStayReadable() throws IOException {
        assertThat(codec.decode(THIRD_FORMAT, AnnotationCodec.COMPACT_VERSION)).containsExactly(TODAY, SAID);
        assertThat(codec.decode(THIRD_FORMAT, AnnotationCodec.COMPACT_VERSION, "say"::equals)).containsExactly(SAID);
    }

    @Test
    void rowsOfTheSecondFormatGzippedSmileStayReadable() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            new ObjectMapper(new SmileFactory()).writeValue(out, List.of(TODAY));
        }

        assertThat(codec.decode(bytes.toByteArray(), AnnotationCodec.SMILE_VERSION)).containsExactly(TODAY);
        assertThat(codec.decode(bytes.toByteArray(), AnnotationCodec.SMILE_VERSION, "today"::equals))
                .containsExactly(TODAY);
        assertThat(codec.decode(bytes.toByteArray(), AnnotationCodec.SMILE_VERSION, "Moscow"::equals)).isEmpty();
    }

    @Test
    void rowsOfTheFirstFormatGzippedJsonStayReadable() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(TODAY_JSON.getBytes(StandardCharsets.UTF_8));
        }

        assertThat(codec.decode(bytes.toByteArray(), AnnotationCodec.JSON_VERSION)).containsExactly(TODAY);
    }

    @Test
    void anUnknownVersionIsRefused() {
        byte[] encoded = codec.encode(List.of());

        assertThatThrownBy(() -> codec.decode(encoded, 5))
                .isInstanceOf(IOException.class)
                .hasMessage("unknown annotation format version 5");
    }
}
