package org.storyline.code;

import java.util.Optional;
import org.storyline.annotate.AnnotatedArticle;

/**
 * Resolves a noun phrase of a sentence to an {@link Actor}. Implementations are safe to share between threads.
 */
public interface ActorResolver {
    /**
     * The actor named by the phrase headed by token {@code head} of sentence {@code sentenceIndex} of the article, or
     * empty when it names no known actor. The phrase is the head with its dependents in the sentence's dependency
     * graph (compounds, modifiers, possessives, appositions); earlier sentences of the article may be used to resolve
     * pronouns and descriptions ("the top US diplomat", "he"). Office holders are resolved for the date the sentence
     * speaks of, so a name is an office only while it was held.
     */
    Optional<Actor> resolve(AnnotatedArticle article, int sentenceIndex, int head);
}
