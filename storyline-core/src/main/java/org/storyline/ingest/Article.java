package org.storyline.ingest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.storyline.util.Validate;

/**
 * A news article: its text and every place it was published. Immutable and thread-safe.
 *
 * <p>The {@code id} is {@link ArticleIds#of(String)} of the text, so the same text read twice, or published by
 * several outlets, has one id. A reader returns an article with exactly one publication; the store merges them.
 *
 * @param id           hash of the normalised text
 * @param text         the body text, paragraphs separated by blank lines
 * @param publications at least one, in the order they were seen
 */
public record Article(String id, String text, List<Publication> publications) {
    public Article {
        Validate.notBlank(id, "id");
        Validate.notBlank(text, "text");
        Validate.notEmpty(publications, "publications");
        publications = List.copyOf(publications);
    }

    /** An article read from one input: its id is computed from the text. */
    public static Article of(String text, Publication publication) {
        return new Article(ArticleIds.of(text), text, List.of(publication));
    }

    /** The earliest publication: its date is the document date used to resolve relative dates. */
    public Publication firstPublication() {
        return publications.stream().min(Comparator.comparing(Publication::published)).orElseThrow();
    }

    /** The earliest publication date. */
    public LocalDate published() {
        return firstPublication().published();
    }

    /** The headline of the first publication that has one, or null. */
    public String title() {
        return publications.stream().map(Publication::title).filter(t -> t != null && !t.isBlank())
                .findFirst().orElse(null);
    }
}
