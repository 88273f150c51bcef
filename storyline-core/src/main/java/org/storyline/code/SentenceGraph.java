package org.storyline.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.annotate.Dependency;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;

/** Navigation over one sentence's tokens and enhanced++ dependencies. Immutable and thread-safe. */
final class SentenceGraph {
    private final Sentence sentence;
    private final List<List<Dependency>> out;
    private final List<List<Dependency>> in;

    SentenceGraph(Sentence sentence) {
        this.sentence = sentence;
        int size = sentence.tokens().size();
        List<List<Dependency>> outgoing = new ArrayList<>();
        List<List<Dependency>> incoming = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            outgoing.add(new ArrayList<>());
            incoming.add(new ArrayList<>());
        }
        for (Dependency dependency : sentence.dependencies()) {
            if (dependency.dependent() < 0 || dependency.dependent() >= size) {
                continue;
            }
            if (dependency.governor() >= 0 && dependency.governor() < size) {
                outgoing.get(dependency.governor()).add(dependency);
                incoming.get(dependency.dependent()).add(dependency);
            }
        }
        this.out = outgoing.stream().map(List::copyOf).toList();
        this.in = incoming.stream().map(List::copyOf).toList();
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return sentence.tokens().size();
    }

    Token token(int index) {
        return sentence.tokens().get(index);
    }

    String lemma(int index) {
        return lemma(token(index));
    }

    /**
     * The lower-case lemma of a token. The lemmatizer leaves some plurals as written ("troops", and "Refugees" at the
     * start of a sentence, tagged as a proper noun): those lose their plural ending here.
     */
    static String lemma(Token token) {
        String lemma = (token.lemma() != null ? token.lemma() : token.text()).toLowerCase(Locale.ROOT);
        boolean plural = "NNS".equals(token.pos()) || "NNPS".equals(token.pos());
        if (!plural || !lemma.equals(token.text().toLowerCase(Locale.ROOT)) || lemma.length() < 4
                || !lemma.endsWith("s") || lemma.endsWith("ss")) {
            return lemma;
        }
        return lemma.endsWith("ies") ? lemma.substring(0, lemma.length() - 3) + "y"
                : lemma.substring(0, lemma.length() - 1);
    }

    String pos(int index) {
        return token(index).pos();
    }

    boolean isVerb(int index) {
        return pos(index).startsWith("VB");
    }

    boolean isNoun(int index) {
        return pos(index).startsWith("NN");
    }

    List<Dependency> dependents(int token) {
        return out.get(token);
    }

    List<Dependency> governors(int token) {
        return in.get(token);
    }

    /** Dependents of {@code token} whose relation is {@code relation} or a subtype of it ({@code obl} matches {@code obl:on}). */
    List<Integer> dependents(int token, String... relations) {
        List<Integer> found = new ArrayList<>();
        for (Dependency dependency : out.get(token)) {
            for (String relation : relations) {
                if (matches(dependency.relation(), relation) && !found.contains(dependency.dependent())) {
                    found.add(dependency.dependent());
                }
            }
        }
        return found;
    }

    /** Dependents of {@code token} whose relation is exactly {@code relation}: "nsubj" without "nsubj:pass". */
    List<Integer> dependentsExactly(int token, String relation) {
        return out.get(token).stream().filter(d -> d.relation().equals(relation)).map(Dependency::dependent)
                .distinct().toList();
    }

    /** Whether {@code token} has a dependent of that relation whose lemma is one of {@code lemmas}. */
    boolean hasDependent(int token, String relation, java.util.Set<String> lemmas) {
        return dependents(token, relation).stream().anyMatch(d -> lemmas.contains(lemma(d)));
    }

    /** {@code relation} is {@code wanted}, or a subtype of it when {@code wanted} has no subtype itself. */
    static boolean matches(String relation, String wanted) {
        return relation.equals(wanted) || (!wanted.contains(":") && relation.startsWith(wanted + ":"));
    }

    /** The head and the heads coordinated with it ("Blinken and Lavrov", "Qatar's minister as well as Canada's"). */
    List<Integer> withConjuncts(int head) {
        List<Integer> heads = new ArrayList<>();
        heads.add(head);
        for (int i = 0; i < heads.size(); i++) {
            for (int conjunct : dependents(heads.get(i), "conj")) {
                if (!heads.contains(conjunct)) {
                    heads.add(conjunct);
                }
            }
        }
        return heads;
    }
}
