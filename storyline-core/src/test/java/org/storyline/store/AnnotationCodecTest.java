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
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Dependency;
import org.storyline.annotate.Mention;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Timex;
import org.storyline.annotate.Token;

class AnnotationCodecTest {
    private static final Sentence TODAY = new Sentence(0, "Today.", 0, 6,
            List.of(new Token(0, "Today", "today", "NN", "DATE", 0, 5)), List.of(), List.of(),
            List.of(new Timex("Today", "DATE", "2022-02-01", "2022-02-01", null, 0, 1, 0, 5)), "2022-02-01",
            DateSource.TEXT);

    private static final String TODAY_JSON = "[{\"index\":0,\"text\":\"Today.\",\"charStart\":0,\"charEnd\":6,"
            + "\"tokens\":[{\"index\":0,\"text\":\"Today\",\"lemma\":\"today\",\"pos\":\"NN\",\"ner\":\"DATE\","
            + "\"charStart\":0,\"charEnd\":5}],\"dependencies\":[],\"mentions\":[],"
            + "\"timexes\":[{\"text\":\"Today\",\"type\":\"DATE\",\"value\":\"2022-02-01\","
            + "\"sourceValue\":\"2022-02-01\",\"rule\":null,\"tokenStart\":0,\"tokenEnd\":1,\"charStart\":0,"
            + "\"charEnd\":5}],\"date\":\"2022-02-01\",\"dateSource\":\"TEXT\"}]";

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

        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(encoded, encoded.length / 2), AnnotationCodec.VERSION))
                .isInstanceOf(IOException.class).hasMessageStartingWith("truncated");
        assertThatThrownBy(() -> codec.decode("not deflated".getBytes(StandardCharsets.UTF_8),
                AnnotationCodec.VERSION)).isInstanceOf(IOException.class);
    }

    @Test
    void rowsOfTheSecondFormatGzippedSmileStayReadable() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            new ObjectMapper(new SmileFactory()).writeValue(out, List.of(TODAY));
        }

        assertThat(codec.decode(bytes.toByteArray(), AnnotationCodec.SMILE_VERSION)).containsExactly(TODAY);
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

        assertThatThrownBy(() -> codec.decode(encoded, 4))
                .isInstanceOf(IOException.class)
                .hasMessage("unknown annotation format version 4");
    }
}
