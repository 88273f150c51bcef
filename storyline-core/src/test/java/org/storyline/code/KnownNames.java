package org.storyline.code;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.Dependency;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;

/** A small fixed resolver for the coder's tests: names of the examples, and pronouns to the last person or country. */
final class KnownNames implements ActorResolver {
    private static final Map<String, String> PEOPLE = Map.ofEntries(Map.entry("blinken", "USA"),
        Map.entry("lavrov", "RUS"), Map.entry("kuleba", "UKR"), Map.entry("zelenskyy", "UKR"),
        Map.entry("putin", "RUS"), Map.entry("price", "USA"), Map.entry("psaki", "USA"), Map.entry("kirby", "USA"),
        Map.entry("burns", "USA"), Map.entry("baerbock", "DEU"), Map.entry("joly", "CAN"),
        Map.entry("secretary", "USA"), Map.entry("mubarak", "EGY"));
    private static final Map<String, String> PLACES = Map.ofEntries(Map.entry("russia", "RUS"),
        Map.entry("russian", "RUS"), Map.entry("moscow", "RUS"), Map.entry("kremlin", "RUS"),
        Map.entry("ukraine", "UKR"), Map.entry("ukrainian", "UKR"), Map.entry("kyiv", "UKR"),
        Map.entry("us", "USA"), Map.entry("u.s.", "USA"), Map.entry("washington", "USA"),
        Map.entry("american", "USA"), Map.entry("states", "USA"), Map.entry("qatar", "QAT"),
        Map.entry("canada", "CAN"), Map.entry("canadian", "CAN"), Map.entry("nato", "NATO"),
        Map.entry("germany", "DEU"), Map.entry("german", "DEU"), Map.entry("israel", "ISR"),
        Map.entry("egypt", "EGY"), Map.entry("china", "CHN"), Map.entry("france", "FRA"));
    private static final Set<String> PERSONAL = Set.of("he", "she", "i", "his", "her", "my");
    private static final Set<String> IMPERSONAL = Set.of("it", "they", "its", "their");
    private static final Set<String> PHRASE = Set.of("compound", "amod", "nmod:poss", "flat", "appos", "nmod:of");

    @Override
    public Optional<Actor> resolve(AnnotatedArticle article, int sentenceIndex, int head) {
        Sentence sentence = article.sentences().get(sentenceIndex);
        Token token = sentence.tokens().get(head);
        String word = token.text().toLowerCase();
        if (PERSONAL.contains(word) || IMPERSONAL.contains(word)) {
            Map<String, String> kind = PERSONAL.contains(word) ? PEOPLE : PLACES;
            return before(article, sentenceIndex, head, kind).map(code -> actor(code, token, "coreference"));
        }
        List<Integer> phrase = new java.util.ArrayList<>(List.of(head));
        for (Dependency dependency : sentence.dependencies()) {
            if (dependency.governor() == head && PHRASE.contains(dependency.relation())) {
                phrase.add(dependency.dependent());
            }
        }
        for (int index : phrase) {
            String text = sentence.tokens().get(index).text().toLowerCase();
            String code = PEOPLE.getOrDefault(text, PLACES.get(text));
            if (code != null) {
                return Optional.of(actor(code, token, "dictionary"));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> before(AnnotatedArticle article, int sentenceIndex, int head,
                                           Map<String, String> kind) {
        for (int s = sentenceIndex; s >= 0; s--) {
            List<Token> tokens = article.sentences().get(s).tokens();
            int last = s == sentenceIndex ? head - 1 : tokens.size() - 1;
            for (int i = last; i >= 0; i--) {
                String code = kind.get(tokens.get(i).text().toLowerCase());
                if (code != null) {
                    return Optional.of(code);
                }
            }
        }
        return Optional.empty();
    }

    private static Actor actor(String code, Token token, String how) {
        return new Actor(code, null, token.text(), token.charStart(), token.charEnd(), how);
    }
}
