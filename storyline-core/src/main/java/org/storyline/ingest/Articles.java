package org.storyline.ingest;

import java.time.LocalDate;

/** Builds the article of one input from its parts, applying the rules every reader shares. Thread-safe. */
final class Articles {
    /**
     * The longest text taken as one article. News articles run to a few ten thousand characters; a longer text
     * is a book, a dump or a file of one endless line, and would hold an annotation worker for hours.
     */
    static final int MAX_TEXT_CHARS = 200_000;

    private Articles() {
    }

    /**
     * The article, with its text in canonical paragraphs and its title on one line; the outlet defaults to the
     * host of the url.
     *
     * @throws InputException "no text" when the text is blank, or when it is longer than {@value #MAX_TEXT_CHARS}
     *                        characters
     */
    static Article of(String text, String url, String outlet, LocalDate published, String title, String origin)
            throws InputException {
        String body = text == null ? "" : Texts.paragraphs(text);
        if (Texts.isBlank(body)) {
            throw new InputException("no text");
        }
        if (body.length() > MAX_TEXT_CHARS) {
            throw new InputException("text longer than " + MAX_TEXT_CHARS + " characters");
        }
        String address = Texts.value(url);
        String site = Texts.title(outlet);
        Publication publication = new Publication(address, site != null ? site : Texts.host(address), published,
                Texts.title(title), origin);
        return Article.of(body, publication);
    }
}
