package org.storyline.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Dependency;
import org.storyline.annotate.Mention;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Timex;
import org.storyline.annotate.Token;

/**
 * The annotation format of {@link AnnotationCodec#VERSION} 3: every short string of an article (token texts,
 * lemmas, tags, relations, mention and timex strings, dates) written once in a table and referred to by number,
 * every number a variable-length integer (offsets relative to their sentence), the whole deflated. Sentence texts
 * are written in place. Reading it builds the records directly, with no field names to match, which is what a
 * timeline over a large store spends most of its time on.
 *
 * <p>Layout before deflating: the uncompressed length; the number of table strings, each as a length and UTF-8
 * bytes; the number of sentences, each as index, text, start, end, tokens (index, text, lemma, tag, entity tag,
 * start, end), dependencies (governor + 1, dependent, relation), mentions (text, type, token span, char span),
 * timexes (text, type, value, source value, rule, token span, char span), date and date source. A string
 * reference is 0 for null, else its table position + 1; a date source is 0 for null, else its ordinal + 1.
 *
 * <p>Stateless and thread-safe.
 */
final class CompactSentences {
    /** Refuses lengths that no article could need: a corrupt row must fail as unreadable, not exhaust memory. */
    private static final int MAX_LENGTH = 1 << 30;

    private CompactSentences() {
    }

    static byte[] encode(List<Sentence> sentences) {
        Writer body = new Writer();
        Map<String, Integer> table = new HashMap<>();
        List<String> strings = new ArrayList<>();
        body.varint(sentences.size());
        for (Sentence s : sentences) {
            int base = s.charStart();
            body.varint(s.index());
            body.string(s.text());
            body.signed(s.charStart());
            body.signed(s.charEnd() - base);
            body.varint(s.tokens().size());
            for (Token t : s.tokens()) {
                body.varint(t.index());
                body.ref(t.text(), table, strings);
                body.ref(t.lemma(), table, strings);
                body.ref(t.pos(), table, strings);
                body.ref(t.ner(), table, strings);
                body.signed(t.charStart() - base);
                body.signed(t.charEnd() - t.charStart());
            }
            body.varint(s.dependencies().size());
            for (Dependency d : s.dependencies()) {
                body.signed(d.governor() + 1);
                body.signed(d.dependent());
                body.ref(d.relation(), table, strings);
            }
            body.varint(s.mentions().size());
            for (Mention m : s.mentions()) {
                body.ref(m.text(), table, strings);
                body.ref(m.type(), table, strings);
                body.signed(m.tokenStart());
                body.signed(m.tokenEnd() - m.tokenStart());
                body.signed(m.charStart() - base);
                body.signed(m.charEnd() - m.charStart());
            }
            body.varint(s.timexes().size());
            for (Timex x : s.timexes()) {
                body.ref(x.text(), table, strings);
                body.ref(x.type(), table, strings);
                body.ref(x.value(), table, strings);
                body.ref(x.sourceValue(), table, strings);
                body.ref(x.rule(), table, strings);
                body.signed(x.tokenStart());
                body.signed(x.tokenEnd() - x.tokenStart());
                body.signed(x.charStart() - base);
                body.signed(x.charEnd() - x.charStart());
            }
            body.ref(s.date(), table, strings);
            body.varint(s.dateSource() == null ? 0 : s.dateSource().ordinal() + 1);
        }
        Writer head = new Writer();
        head.varint(strings.size());
        for (String string : strings) {
            head.string(string);
        }
        Writer whole = new Writer();
        whole.varint(head.size + body.size);
        whole.bytes(head.buffer, head.size);
        whole.bytes(body.buffer, body.size);
        return deflate(whole.buffer, whole.size);
    }

    static List<Sentence> decode(byte[] data) throws IOException {
        Reader in = new Reader(inflate(data));
        String[] table = new String[in.length()];
        for (int i = 0; i < table.length; i++) {
            table[i] = in.string();
        }
        int count = in.length();
        List<Sentence> sentences = new ArrayList<>(Math.min(count, 1 << 16));
        DateSource[] sources = DateSource.values();
        for (int si = 0; si < count; si++) {
            int index = in.varint();
            String text = in.string();
            int base = in.signed();
            int end = base + in.signed();
            Token[] tokens = new Token[in.length()];
            for (int i = 0; i < tokens.length; i++) {
                int tokenIndex = in.varint();
                String word = in.ref(table);
                String lemma = in.ref(table);
                String pos = in.ref(table);
                String ner = in.ref(table);
                int start = base + in.signed();
                tokens[i] = new Token(tokenIndex, word, lemma, pos, ner, start, start + in.signed());
            }
            Dependency[] dependencies = new Dependency[in.length()];
            for (int i = 0; i < dependencies.length; i++) {
                int governor = in.signed() - 1;
                int dependent = in.signed();
                dependencies[i] = new Dependency(governor, dependent, in.ref(table));
            }
            Mention[] mentions = new Mention[in.length()];
            for (int i = 0; i < mentions.length; i++) {
                String mentionText = in.ref(table);
                String type = in.ref(table);
                int tokenStart = in.signed();
                int tokenEnd = tokenStart + in.signed();
                int start = base + in.signed();
                mentions[i] = new Mention(mentionText, type, tokenStart, tokenEnd, start, start + in.signed());
            }
            Timex[] timexes = new Timex[in.length()];
            for (int i = 0; i < timexes.length; i++) {
                String timexText = in.ref(table);
                String type = in.ref(table);
                String value = in.ref(table);
                String sourceValue = in.ref(table);
                String rule = in.ref(table);
                int tokenStart = in.signed();
                int tokenEnd = tokenStart + in.signed();
                int start = base + in.signed();
                timexes[i] = new Timex(timexText, type, value, sourceValue, rule, tokenStart, tokenEnd, start,
                        start + in.signed());
            }
            String date = in.ref(table);
            int source = in.varint();
            if (source > sources.length) {
                throw new IOException("bad date source " + source);
            }
            sentences.add(new Sentence(index, text, base, end, Arrays.asList(tokens), Arrays.asList(dependencies),
                    Arrays.asList(mentions), Arrays.asList(timexes), date, source == 0 ? null : sources[source - 1]));
        }
        if (!in.atEnd()) {
            throw new IOException("trailing bytes after " + count + " sentences");
        }
        return sentences;
    }

    private static byte[] deflate(byte[] bytes, int length) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(bytes, 0, length);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(length / 3 + 64);
            byte[] chunk = new byte[1 << 14];
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] data) throws IOException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(data);
            // The uncompressed length leads the stream: read it first, then the rest into an array of that size.
            byte[] first = new byte[5];
            int got = inflater.inflate(first);
            Reader lengthReader = new Reader(Arrays.copyOf(first, got));
            int length = lengthReader.varint();
            if (length < 0 || length > MAX_LENGTH) {
                throw new IOException("bad length " + length);
            }
            byte[] out = new byte[length];
            int have = got - lengthReader.position;
            System.arraycopy(first, lengthReader.position, out, 0, Math.min(have, length));
            while (have < length) {
                int n = inflater.inflate(out, have, length - have);
                if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("truncated: " + have + " of " + length + " bytes");
                }
                have += n;
            }
            return out;
        } catch (DataFormatException e) {
            throw new IOException("not deflated data: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    /** A growable byte buffer with the encodings above. */
    private static final class Writer {
        byte[] buffer = new byte[1 << 12];
        int size;

        void varint(int value) {
            ensure(5);
            while ((value & ~0x7F) != 0) {
                buffer[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            buffer[size++] = (byte) value;
        }

        void signed(int value) {
            varint((value << 1) ^ (value >> 31));
        }

        void string(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            bytes(utf8, utf8.length);
        }

        void ref(String value, Map<String, Integer> table, List<String> strings) {
            if (value == null) {
                varint(0);
                return;
            }
            Integer position = table.get(value);
            if (position == null) {
                position = strings.size();
                table.put(value, position);
                strings.add(value);
            }
            varint(position + 1);
        }

        void bytes(byte[] bytes, int length) {
            ensure(length);
            System.arraycopy(bytes, 0, buffer, size, length);
            size += length;
        }

        private void ensure(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }
    }

    /** Reads what {@link Writer} wrote, failing with an {@link IOException} on anything malformed. */
    private static final class Reader {
        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int varint() throws IOException {
            if (position < bytes.length && bytes[position] >= 0) {
                return bytes[position++];
            }
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                if (position >= bytes.length) {
                    throw new IOException("truncated at byte " + position);
                }
                byte b = bytes[position++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IOException("bad number at byte " + position);
        }

        int signed() throws IOException {
            int raw = varint();
            return (raw >>> 1) ^ -(raw & 1);
        }

        int length() throws IOException {
            int length = varint();
            if (length < 0 || length > bytes.length - position) {
                throw new IOException("bad length " + length + " at byte " + position);
            }
            return length;
        }

        String string() throws IOException {
            int length = length();
            String value = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return value;
        }

        String ref(String[] table) throws IOException {
            int ref = varint();
            if (ref < 0 || ref > table.length) {
                throw new IOException("bad string reference " + ref + " at byte " + position);
            }
            return ref == 0 ? null : table[ref - 1];
        }

        boolean atEnd() {
            return position == bytes.length;
        }
    }
}
