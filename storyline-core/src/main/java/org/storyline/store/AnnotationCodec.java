package org.storyline.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.storyline.annotate.Sentence;

/**
 * Serialises the annotated sentences of an article as gzip-compressed JSON, the form kept in the
 * {@code annotation} table. Immutable and thread-safe.
 */
final class AnnotationCodec {
    /** Format of the bytes, stored alongside them so that a later format can still read old rows. */
    static final int VERSION = 1;

    private static final TypeReference<List<Sentence>> SENTENCES = new TypeReference<>() {
    };

    private final ObjectWriter writer;
    private final ObjectReader reader;

    AnnotationCodec() {
        ObjectMapper mapper = new ObjectMapper();
        this.writer = mapper.writerFor(SENTENCES);
        this.reader = mapper.readerFor(SENTENCES);
    }

    byte[] encode(List<Sentence> sentences) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            writer.writeValue(out, sentences);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise sentences", e);
        }
        return bytes.toByteArray();
    }

    /**
     * @throws IOException if the bytes are not a gzip-compressed JSON array of sentences, or of an unknown
     *                     {@code version}
     */
    List<Sentence> decode(byte[] data, int version) throws IOException {
        if (version != VERSION) {
            throw new IOException("unknown annotation format version " + version);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return reader.readValue(in);
        }
    }
}
