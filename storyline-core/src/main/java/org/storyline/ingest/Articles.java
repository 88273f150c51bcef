package org.storyline.ingest;

import java.time.LocalDate;

/** Builds the article of one input from its parts, applying the rules every reader shares. Thread-safe. */
final class Articles {
    private Articles() {
    }

    /**
     * The article, with its text in canonical paragraphs and its title on one line; the outlet defaults to the
     * host of the url.
     *
     * @throws InputException "no text" when the text is blank
     */
    static Article of(String text, String url, String outlet, LocalDate published, String title, String origin)
            throws InputException {
        String body = text == null ? "" : Texts.paragraphs(text);
        if (Texts.isBlank(body)) {
            throw new InputException("no text");
        }
        String address = Texts.value(url);
        String site = Texts.title(outlet);
        Publication publication = new Publication(address, site != null ? site : Texts.host(address), published,
                Texts.title(title), origin);
        return Article.of(body, publication);
    }
}
