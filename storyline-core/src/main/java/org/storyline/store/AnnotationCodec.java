package org.storyline.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.storyline.annotate.Sentence;

/**
 * Serialises the annotated sentences of an article, the form kept in the {@code annotation} table. Reading it back
 * is what a timeline over a large store spends most of its time on, so the format written now is our own compact
 * one ({@link CompactSentences}). Rows of the earlier formats stay readable: gzip-compressed JSON text, then
 * gzip-compressed Smile (binary JSON). Immutable and thread-safe.
 */
final class AnnotationCodec {
    /** Format of the bytes written now, stored alongside them so that a later format can still read old rows. */
    static final int VERSION = 4;
    /** The third format: {@link CompactSentences} without the word index. */
    static final int COMPACT_VERSION = 3;
    /** The second format: gzip-compressed Smile. */
    static final int SMILE_VERSION = 2;
    /** The first format: gzip-compressed JSON text. */
    static final int JSON_VERSION = 1;

    /**
     * Readers of the earlier formats, made when a row of one is first read: building Jackson's mappers took a
     * noticeable part of opening a store for a one-second command that reads none.
     */
    private static final class Earlier {
        private static final TypeReference<List<Sentence>> SENTENCES = new TypeReference<>() {
        };
        static final ObjectReader SMILE = new ObjectMapper(new SmileFactory()).readerFor(SENTENCES);
        static final ObjectReader JSON = new ObjectMapper().readerFor(SENTENCES);
    }

    /** The sentences in the format of {@link #VERSION}. */
    byte[] encode(List<Sentence> sentences) {
        return CompactSentences.encode(sentences);
    }

    /**
     * @throws IOException if the bytes are not gzip-compressed sentences in the format {@code version} names, or
     *                     the version is unknown
     */
    List<Sentence> decode(byte[] data, int version) throws IOException {
        return decode(data, version, null);
    }

    /**
     * The sentences that have a token whose text or lemma {@code words} accepts (all of them when it is null).
     *
     * @throws IOException as {@link #decode(byte[], int)}
     */
    List<Sentence> decode(byte[] data, int version, Predicate<String> words) throws IOException {
        if (version == VERSION || version == COMPACT_VERSION) {
            return CompactSentences.decode(data, version, words);
        }
        List<Sentence> sentences = decodeEarlier(data, version);
        return words == null ? sentences : sentences.stream().filter(s -> s.tokens().stream()
                .anyMatch(t -> accepts(words, t.text()) || accepts(words, t.lemma()))).toList();
    }

    private static boolean accepts(Predicate<String> words, String word) {
        return word != null && words.test(word);
    }

    private List<Sentence> decodeEarlier(byte[] data, int version) throws IOException {
        ObjectReader format = switch (version) {
            case SMILE_VERSION -> Earlier.SMILE;
            case JSON_VERSION -> Earlier.JSON;
            default -> throw new IOException("unknown annotation format version " + version);
        };
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data), 1 << 16)) {
            return format.readValue(in);
        }
    }
}
