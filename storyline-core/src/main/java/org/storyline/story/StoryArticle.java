package org.storyline.story;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.Mention;
import org.storyline.annotate.Sentence;
import org.storyline.code.Actor;
import org.storyline.code.EventMention;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;
import org.storyline.util.Validate;

/**
 * What story clustering knows of an article. Immutable and thread-safe.
 *
 * @param id       article id
 * @param date     earliest publication date
 * @param sources  who published it: outlets, else url hosts, else the article id (as events count sources)
 * @param title    headline, or null
 * @param text     body text
 * @param entities named entities as written (people, organisations, places…), in text order, repeats kept
 * @param actors   codes of the event actors and recipients coded from it, repeats kept
 */
public record StoryArticle(String id, LocalDate date, Set<String> sources, String title, String text,
                           List<String> entities, List<String> actors) {
    /** NER types that name who or where: dates, numbers, titles and the like tell no story apart. */
    private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "CITY",
            "STATE_OR_PROVINCE", "NATIONALITY", "MISC", "RELIGION", "IDEOLOGY", "CRIMINAL_CHARGE", "CAUSE_OF_DEATH");

    public StoryArticle {
        Validate.notBlank(id, "id");
        Validate.notNull(date, "date");
        Validate.notNull(text, "text");
        sources = Set.copyOf(sources);
        entities = List.copyOf(entities);
        actors = List.copyOf(actors);
    }

    /** An article with its annotation and the codes of its event actors and recipients. */
    public static StoryArticle of(AnnotatedArticle annotated, List<String> actorCodes) {
        List<String> entities = new ArrayList<>();
        for (Sentence sentence : annotated.sentences()) {
            for (Mention mention : sentence.mentions()) {
                if (ENTITY_TYPES.contains(mention.type())) {
                    entities.add(mention.text());
                }
            }
        }
        return of(annotated.article(), entities, actorCodes);
    }

    /** The codes of the actors and recipients of event mentions, in order. */
    public static List<String> actorCodes(List<EventMention> mentions) {
        List<String> actors = new ArrayList<>();
        for (EventMention mention : mentions) {
            mention.actors().stream().map(Actor::code).forEach(actors::add);
            mention.recipients().stream().map(Actor::code).forEach(actors::add);
        }
        return actors;
    }

    /** An article from its text alone (no entities, no actors). */
    public static StoryArticle of(Article article) {
        return of(article, List.of(), List.of());
    }

    /** An article with the entities and actor codes found in it. */
    public static StoryArticle of(Article article, List<String> entities, List<String> actors) {
        return new StoryArticle(article.id(), article.published(), sources(article), article.title(),
                article.text(), entities, actors);
    }

    private static Set<String> sources(Article article) {
        Set<String> sources = new LinkedHashSet<>();
        for (Publication publication : article.publications()) {
            if (publication.outlet() != null && !publication.outlet().isBlank()) {
                sources.add(publication.outlet().toLowerCase(Locale.ROOT));
            } else if (host(publication.url()) != null) {
                sources.add(host(publication.url()));
            } else {
                sources.add(article.id());
            }
        }
        return sources;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
