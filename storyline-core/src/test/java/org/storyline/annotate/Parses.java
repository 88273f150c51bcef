package org.storyline.annotate;

import java.util.ArrayList;
import java.util.List;

/** Hand-written parses for tests that must not depend on CoreNLP. */
final class Parses {
    private Parses() {
    }

    /**
     * Tokens from {@code word/TAG/lemma} items separated by single spaces; offsets are those of the words in the
     * text joined by single spaces.
     */
    static List<Token> tokens(String tagged) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String item : tagged.split(" ")) {
            // the word may hold slashes of its own ("https://example.com/2022/10/23/x.html/NN/address")
            int lemmaAt = item.lastIndexOf('/');
            int tagAt = item.lastIndexOf('/', lemmaAt - 1);
            String word = item.substring(0, tagAt);
            tokens.add(new Token(tokens.size(), word, item.substring(lemmaAt + 1), item.substring(tagAt + 1, lemmaAt),
                    "O", offset, offset + word.length()));
            offset += word.length() + 1;
        }
        return tokens;
    }

    /** Dependencies from {@code relation(governor,dependent)} items separated by single spaces. */
    static List<Dependency> dependencies(String edges) {
        List<Dependency> dependencies = new ArrayList<>();
        for (String edge : edges.split(" ")) {
            int open = edge.indexOf('(');
            int comma = edge.indexOf(',');
            dependencies.add(new Dependency(Integer.parseInt(edge.substring(open + 1, comma)),
                    Integer.parseInt(edge.substring(comma + 1, edge.length() - 1)), edge.substring(0, open)));
        }
        return dependencies;
    }

    /** A temporal expression over tokens {@code [start, end)} as SUTime would give it: no correction yet. */
    static Timex timex(List<Token> tokens, int start, int end, String type, String value) {
        StringBuilder text = new StringBuilder();
        for (int i = start; i < end; i++) {
            text.append(i > start ? " " : "").append(tokens.get(i).text());
        }
        return new Timex(text.toString(), type, value, value, null, start, end, tokens.get(start).charStart(),
                tokens.get(end - 1).charEnd());
    }
}
