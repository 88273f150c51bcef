package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyline.store.Articles.annotated;
import static org.storyline.store.Articles.publication;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.DateSource;
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
    void theEncodingIsGzippedSmile() throws IOException {
        byte[] encoded = codec.encode(List.of(TODAY));

        byte[] smile = new GZIPInputStream(new ByteArrayInputStream(encoded)).readAllBytes();
        assertThat(new String(smile, 0, 3, StandardCharsets.US_ASCII)).isEqualTo(":)\n");
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

        assertThatThrownBy(() -> codec.decode(encoded, 3))
                .isInstanceOf(IOException.class)
                .hasMessage("unknown annotation format version 3");
    }
}
