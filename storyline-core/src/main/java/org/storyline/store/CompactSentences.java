package org.storyline.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Dependency;
import org.storyline.annotate.Mention;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Timex;
import org.storyline.annotate.Token;
import org.storyline.util.WordTest;

/**
 * The compact annotation formats, {@link AnnotationCodec#VERSION} 4 (written now) and 3 (still read): every short
 * string of an article (token texts, lemmas, tags, relations, mention and timex strings, dates) written once in a
 * table and referred to by number, every number a variable-length integer (offsets relative to their sentence).
 * Sentence texts are written in place. Reading it builds the records directly, with no field names to match, which
 * is what a timeline over a large store spends most of its time on.
 *
 * <p>Layout of format 3, deflated as a whole: the uncompressed length; the number of table strings, each as a length
 * and UTF-8 bytes; the number of sentences, each as index, text, start, end, tokens (index, text, lemma, tag,
 * entity tag, start, end), dependencies (governor + 1, dependent, relation), mentions (text, type, token span, char
 * span), timexes (text, type, value, source value, rule, token span, char span), date and date source. A string
 * reference is 0 for null, else its table position + 1; a date source is 0 for null, else its ordinal + 1.
 *
 * <p>Format 4 adds what lets a reader take only the sentences that have some words: after the number of sentences,
 * a word index (its length in bytes, then for each string that is a token's text or lemma: its reference, the length
 * of its list, and the list of the sentences that have it, as gaps between their positions), and each sentence
 * preceded by its length in bytes. A query's timeline then decodes the few sentences that name the query, skipping
 * the others whole. Format 4 is not deflated and has no leading length: inflating was half of what reading the
 * articles of a query cost, for a store a fifth larger (the White House store, compacted: 375 MB instead of 312 MB).
 *
 * <p>Stateless and thread-safe.
 */
final class CompactSentences {
    /** Refuses lengths that no article could need: a corrupt row must fail as unreadable, not exhaust memory. */
    private static final int MAX_LENGTH = 1 << 30;

    private CompactSentences() {
    }

    /** The sentences in format 4. */
    static byte[] encode(List<Sentence> sentences) {
        Map<String, Integer> table = new HashMap<>();
        List<String> strings = new ArrayList<>();
        Writer body = new Writer();
        // for each reference that is a token's text or lemma, the positions of the sentences that have it
        Map<Integer, List<Integer>> postings = new TreeMap<>();
        Writer sentence = new Writer();
        for (int position = 0; position < sentences.size(); position++) {
            sentence.size = 0;
            writeSentence(sentences.get(position), sentence, table, strings, postings, position);
            body.varint(sentence.size);
            body.bytes(sentence.buffer, sentence.size);
        }
        Writer index = new Writer();
        Writer list = new Writer();
        for (Map.Entry<Integer, List<Integer>> word : postings.entrySet()) {
            list.size = 0;
            int previous = 0;
            for (int position : word.getValue()) {
                list.varint(position - previous);
                previous = position;
            }
            index.varint(word.getKey());
            index.varint(list.size);
            index.bytes(list.buffer, list.size);
        }
        Writer head = new Writer();
        head.varint(strings.size());
        for (String string : strings) {
            head.string(string);
        }
        head.varint(sentences.size());
        head.varint(index.size);
        byte[] whole = Arrays.copyOf(head.buffer, head.size + index.size + body.size);
        System.arraycopy(index.buffer, 0, whole, head.size, index.size);
        System.arraycopy(body.buffer, 0, whole, head.size + index.size, body.size);
        return whole;
    }

    private static void writeSentence(Sentence s, Writer body, Map<String, Integer> table, List<String> strings,
                                      Map<Integer, List<Integer>> postings, int position) {
        int base = s.charStart();
        body.varint(s.index());
        body.string(s.text());
        body.signed(s.charStart());
        body.signed(s.charEnd() - base);
        body.varint(s.tokens().size());
        for (Token t : s.tokens()) {
            body.varint(t.index());
            post(body.ref(t.text(), table, strings), postings, position);
            post(body.ref(t.lemma(), table, strings), postings, position);
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

    private static void post(int reference, Map<Integer, List<Integer>> postings, int position) {
        if (reference == 0) {
            return;
        }
        List<Integer> positions = postings.computeIfAbsent(reference, r -> new ArrayList<>());
        if (positions.isEmpty() || positions.get(positions.size() - 1) != position) {
            positions.add(position);
        }
    }

    /**
     * The sentences in format {@code version} (3 or 4) that have a token whose text or lemma {@code words} accepts
     * (all of them when it is null). The others are not built: a query's timeline needs a few sentences of each
     * article it reads.
     */
    static List<Sentence> decode(byte[] data, int version, Predicate<String> words) throws IOException {
        Reader in = new Reader(version == 3 ? inflate(data) : data);
        StringTable table = new StringTable(in);
        int count = in.length();
        List<Sentence> sentences = new ArrayList<>(Math.min(count, 1 << 16));
        DateSource[] sources = DateSource.values();
        if (version == 3) {
            // per table string: 0 not yet asked, 1 not one of the words, 2 one of them
            byte[] accepted = words == null ? null : new byte[table.size() + 1];
            for (int si = 0; si < count; si++) {
                if (accepted != null) {
                    int start = in.position;
                    if (!hasWord(in, table, words, accepted)) {
                        continue;
                    }
                    in.position = start;
                }
                sentences.add(readSentence(in, table, sources));
            }
        } else {
            BitSet kept = wordIndex(in, table, count, words);
            for (int si = 0; si < count; si++) {
                int length = in.length();
                int end = in.position + length;
                if (kept != null && !kept.get(si)) {
                    in.skip(length);
                    continue;
                }
                sentences.add(readSentence(in, table, sources));
                if (in.position != end) {
                    throw new IOException("sentence " + si + " is not " + length + " bytes long");
                }
            }
        }
        if (!in.atEnd()) {
            throw new IOException("trailing bytes after " + count + " sentences");
        }
        return sentences;
    }

    /** Reads the word index of format 4: the positions of the sentences with one of the words (null: all). */
    private static BitSet wordIndex(Reader in, StringTable table, int count, Predicate<String> words)
            throws IOException {
        int length = in.length();
        int end = in.position + length;
        if (words == null) {
            in.skip(length);
            return null;
        }
        BitSet kept = new BitSet(count);
        while (in.position < end) {
            int reference = in.reference(table.size());
            int listLength = in.length();
            if (reference == 0 || !table.accepts(reference - 1, words)) {
                in.skip(listLength);
                continue;
            }
            int listEnd = in.position + listLength;
            int position = 0;
            while (in.position < listEnd) {
                position += in.varint();
                if (position < 0 || position >= count) {
                    throw new IOException("bad sentence position " + position + " at byte " + in.position);
                }
                kept.set(position);
            }
        }
        if (in.position != end) {
            throw new IOException("the word index is not " + length + " bytes long");
        }
        return kept;
    }

    private static Sentence readSentence(Reader in, StringTable table, DateSource[] sources) throws IOException {
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
        return new Sentence(index, text, base, end, Arrays.asList(tokens), Arrays.asList(dependencies),
                Arrays.asList(mentions), Arrays.asList(timexes), date, source == 0 ? null : sources[source - 1]);
    }

    /** Steps over a sentence of format 3, saying whether one of its tokens has a text or lemma among the words. */
    private static boolean hasWord(Reader in, StringTable table, Predicate<String> words, byte[] accepted)
            throws IOException {
        in.varint();
        in.skip(in.length());
        in.signed();
        in.signed();
        boolean found = false;
        for (int i = in.length(); i > 0; i--) {
            in.varint();
            int text = in.reference(table.size());
            int lemma = in.reference(table.size());
            found = found || accepts(text, table, words, accepted) || accepts(lemma, table, words, accepted);
            in.skipVarints(4);
        }
        in.skipVarints(3L * in.length());
        in.skipVarints(6L * in.length());
        in.skipVarints(9L * in.length());
        in.skipVarints(2);
        return found;
    }

    private static boolean accepts(int reference, StringTable table, Predicate<String> words, byte[] accepted) {
        if (reference == 0) {
            return false;
        }
        if (accepted[reference] == 0) {
            accepted[reference] = table.accepts(reference - 1, words) ? (byte) 2 : (byte) 1;
        }
        return accepted[reference] == 2;
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

        /** Writes the reference to {@code value}, adding it to the table if new, and returns it. */
        int ref(String value, Map<String, Integer> table, List<String> strings) {
            if (value == null) {
                varint(0);
                return 0;
            }
            Integer position = table.get(value);
            if (position == null) {
                position = strings.size();
                table.put(value, position);
                strings.add(value);
            }
            varint(position + 1);
            return position + 1;
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

    /**
     * The string table of an annotation, each string decoded when first asked for: a query's timeline needs the
     * strings of a few sentences and of the words it looks for, not the thousands an article has.
     */
    private static final class StringTable {
        private final byte[] bytes;
        private final int[] starts;
        private final int[] lengths;
        private final String[] strings;

        StringTable(Reader in) throws IOException {
            int size = in.length();
            bytes = in.bytes;
            starts = new int[size];
            lengths = new int[size];
            strings = new String[size];
            for (int i = 0; i < size; i++) {
                lengths[i] = in.length();
                starts[i] = in.position;
                in.skip(lengths[i]);
            }
        }

        int size() {
            return strings.length;
        }

        /**
         * Whether {@code words} accepts string {@code i}, ruled out from its bytes where a {@link WordTest} can,
         * without decoding it.
         */
        boolean accepts(int i, Predicate<String> words) {
            if (strings[i] == null && words instanceof WordTest test && !test.mayAccept(bytes, starts[i], lengths[i])) {
                return false;
            }
            return words.test(get(i));
        }

        String get(int i) {
            String value = strings[i];
            if (value == null) {
                value = new String(bytes, starts[i], lengths[i], StandardCharsets.UTF_8);
                strings[i] = value;
            }
            return value;
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

        String ref(StringTable table) throws IOException {
            int ref = reference(table.size());
            return ref == 0 ? null : table.get(ref - 1);
        }

        /** A string reference to a table of {@code size} strings: 0 for null, else the position + 1. */
        int reference(int size) throws IOException {
            int ref = varint();
            if (ref < 0 || ref > size) {
                throw new IOException("bad string reference " + ref + " at byte " + position);
            }
            return ref;
        }

        void skip(int length) {
            position += length;
        }

        void skipVarints(long count) throws IOException {
            for (long i = 0; i < count; i++) {
                varint();
            }
        }

        boolean atEnd() {
            return position == bytes.length;
        }
    }
}
