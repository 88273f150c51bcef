package org.storyline.eval.rouge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * ROUGE-1.5.5's text pipeline as tilse runs it ({@code -m -s}): each sentence is cut at its first {@code <}, a
 * {@code ^} reads as {@code &circ;}, ASCII letters are lower-cased, every character but {@code [a-z0-9]} separates
 * tokens, SMART stop words are dropped, and tokens longer than three characters are replaced by their WordNet 2.0
 * exception base or else their ROUGE Porter stem. The sentences of one side are joined, so bigrams cross sentence
 * boundaries. Thread-safe: the word lists are read once, and the memo of processed words is a concurrent map.
 */
public final class RougeText {
    private static final String STOP_WORDS = "smart_common_words.txt";
    private static final String EXCEPTIONS = "wordnet-2.0-exceptions.tsv";
    /** Marks a word the pipeline drops, in the memo. */
    private static final String DROPPED = "";

    private final Set<String> stopWords;
    private final Map<String, String> exceptions;
    private final Map<String, String> processed = new ConcurrentHashMap<>();

    /** Loads the stop words and the exception table from the classpath. */
    public RougeText() {
        Set<String> words = new HashSet<>();
        for (String line : readResource(STOP_WORDS)) {
            words.add(line);
        }
        Map<String, String> table = new HashMap<>();
        for (String line : readResource(EXCEPTIONS)) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException("Malformed line in resource " + EXCEPTIONS + ": " + line);
            }
            table.put(line.substring(0, tab), line.substring(tab + 1));
        }
        this.stopWords = Set.copyOf(words);
        this.exceptions = Map.copyOf(table);
    }

    /** The tokens ROUGE counts for one side: all its sentences, in order. */
    public List<String> tokens(List<String> sentences) {
        List<String> tokens = new ArrayList<>();
        for (String sentence : sentences) {
            forEachToken(sentence, tokens::add);
        }
        return tokens;
    }

    /**
     * The form ROUGE counts for a lower-case word of letters and digits: its exception-table base or Porter stem
     * when it is longer than three characters, else the word itself (stop words are not removed here).
     */
    public String stem(String word) {
        if (word.length() <= 3) {
            return word;
        }
        String base = exceptions.get(word);
        return base != null ? base : RougePorterStemmer.stem(word);
    }

    /** Feeds the counted tokens of one sentence, in order, to {@code sink}. */
    void forEachToken(String sentence, Consumer<String> sink) {
        StringBuilder word = new StringBuilder();
        int length = sentence.length();
        for (int i = 0; i < length; i++) {
            char c = sentence.charAt(i);
            if (c == '<') {
                break;
            }
            if (c >= 'A' && c <= 'Z') {
                word.append((char) (c + ('a' - 'A')));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word.append(c);
            } else {
                emit(word, sink);
                if (c == '^') {
                    // pyrouge escapes ^ as &circ; and ROUGE does not decode entities.
                    word.append("circ");
                    emit(word, sink);
                }
            }
        }
        emit(word, sink);
    }

    private void emit(StringBuilder word, Consumer<String> sink) {
        if (word.length() == 0) {
            return;
        }
        String token = processed.computeIfAbsent(word.toString(),
                w -> stopWords.contains(w) ? DROPPED : stem(w));
        if (!token.isEmpty()) {
            sink.accept(token);
        }
        word.setLength(0);
    }

    private static List<String> readResource(String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = RougeText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath resource " + name, e);
        }
        return lines;
    }
}
