package org.storyline.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads seed text files: a first line {@code " date YYYY-MM-DD "} followed, on the same line, by the article
 * text. The format has no title, url or outlet; a short first line that is not a sentence is taken as the title.
 * Stateless and thread-safe.
 */
public final class SeedTextReader implements ArticleReader {
    /** A first text line longer than this is a paragraph, not a headline. */
    static final int MAX_TITLE_LENGTH = 120;

    private static final Pattern HEADER = Pattern.compile("\\A ?date (\\d{4}-\\d{2}-\\d{2})(?=[ \\t\\n]|\\z)[ \\t]?");
    private static final Pattern HEADER_START = Pattern.compile("\\A ?date \\d{4}-\\d{2}-\\d{2}(?:[ \\t\\n]|\\z)");

    @Override
    public String format() {
        return "seed";
    }

    @Override
    public boolean recognizes(Path file, byte[] head) {
        return HEADER_START.matcher(Texts.headText(head)).find();
    }

    @Override
    public void read(Path file, Consumer<Article> articles, Consumer<Skip> skips) throws IOException {
        String origin = file.toString();
        try {
            String text = InputFiles.readText(file);
            Matcher header = HEADER.matcher(text);
            if (!header.find()) {
                throw new InputException("no \" date YYYY-MM-DD\" header on the first line");
            }
            LocalDate published = PublicationDates.parse(header.group(1));
            String body = text.substring(header.end());
            articles.accept(Articles.of(body, null, null, published, titleOf(body), origin));
        } catch (InputException e) {
            skips.accept(new Skip(origin, e.reason()));
        }
    }

    /** The first non-blank line when it reads like a headline: short and not ending a sentence. */
    static String titleOf(String body) {
        for (String line : body.split("\n")) {
            if (!Texts.isBlank(line)) {
                String candidate = line.strip();
                boolean headline = candidate.length() <= MAX_TITLE_LENGTH && !candidate.endsWith(".");
                return headline ? candidate : null;
            }
        }
        return null;
    }
}
