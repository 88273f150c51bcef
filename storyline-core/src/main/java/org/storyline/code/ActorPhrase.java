package org.storyline.code;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.storyline.annotate.Dependency;
import org.storyline.annotate.Mention;
import org.storyline.annotate.Sentence;

/**
 * The tokens of the noun phrase headed by a token: the head and its dependents through nominal relations (and the
 * places "in" or "from" which the head itself is), never
 * through clauses or conjunctions, plus the rest of the named-entity mention the head is part of. Immutable and
 * thread-safe.
 *
 * @param sentence the sentence
 * @param head     the head token
 * @param tokens   the phrase's token indices, in text order
 */
record ActorPhrase(Sentence sentence, int head, List<Integer> tokens) {
    private static final Set<String> NOMINAL = Set.of("compound", "amod", "nmod:poss", "flat", "flat:name",
            "flat:foreign", "appos", "det", "det:predet", "nummod", "case", "nmod:of", "nmod:for");
    /** Places that locate a group ("opposition parties in Nepal", "refugees from Syria"); only the head's own. */
    private static final Set<String> LOCATING = Set.of("nmod:in", "nmod:from");

    /** Places of a participle after the head that locate it ("operating in Macedonia", "based in Poland"). */
    private static final Set<String> LOCATING_CLAUSE = Set.of("obl:in", "obl:from");

    ActorPhrase {
        tokens = List.copyOf(tokens);
    }

    static ActorPhrase of(Sentence sentence, int head) {
        Set<Integer> seen = new TreeSet<>();
        Deque<Integer> queue = new ArrayDeque<>();
        seen.add(head);
        queue.add(head);
        while (!queue.isEmpty()) {
            int token = queue.poll();
            for (Dependency dependency : sentence.dependencies()) {
                boolean nominal = NOMINAL.contains(dependency.relation())
                        || token == head && LOCATING.contains(dependency.relation())
                        || isHyphen(sentence, dependency);
                if (dependency.governor() == token && nominal && seen.add(dependency.dependent())) {
                    queue.add(dependency.dependent());
                }
                if (token == head && dependency.governor() == head && dependency.relation().equals("acl")
                        && isParticiple(sentence, dependency.dependent())) {
                    // where a participle puts the head: "guerrillas operating in Macedonia", "troops based in Poland"
                    for (Dependency place : sentence.dependencies()) {
                        if (place.governor() == dependency.dependent() && LOCATING_CLAUSE.contains(place.relation())
                                && seen.add(place.dependent())) {
                            queue.add(place.dependent());
                        }
                    }
                }
            }
        }
        // A name the tagger found may hold words the parser attached as clauses ("Organization for Security and
        // Cooperation in Europe"): the whole name belongs to the phrase.
        for (Mention mention : sentence.mentions()) {
            if (mention.tokenStart() <= head && head < mention.tokenEnd()) {
                for (int token = mention.tokenStart(); token < mention.tokenEnd(); token++) {
                    seen.add(token);
                }
            }
        }
        return new ActorPhrase(sentence, head, List.copyOf(seen));
    }

    /** A hyphen the tokenizer split off a name ("Asia-Pacific"): a word of the name, not punctuation around it. */
    private static boolean isHyphen(Sentence sentence, Dependency dependency) {
        return dependency.relation().equals("punct") && dependency.dependent() >= 0
                && dependency.dependent() < sentence.tokens().size()
                && sentence.tokens().get(dependency.dependent()).text().equals("-");
    }

    private static boolean isParticiple(Sentence sentence, int token) {
        String tag = sentence.tokens().get(token).pos();
        return "VBG".equals(tag) || "VBN".equals(tag);
    }

    boolean contains(int token) {
        return tokens.contains(token);
    }

    /** Tokens attached to the head by apposition ("his counterpart, Sergei Lavrov"). */
    List<Integer> appositions() {
        return sentence.dependencies().stream()
                .filter(d -> d.governor() == head && d.relation().equals("appos"))
                .map(Dependency::dependent).toList();
    }
}
