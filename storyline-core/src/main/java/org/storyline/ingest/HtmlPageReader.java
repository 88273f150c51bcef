package org.storyline.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a saved web page as one article: main text by Readability, date, title, url and outlet from its meta
 * tags and structured data, in the charset the page declares. An undated page is skipped. Stateless and
 * thread-safe.
 */
public final class HtmlPageReader implements ArticleReader {
    private static final Pattern HTML_START = Pattern.compile(
            "(?is)\\A(?:\\s|<\\?xml[^>]*>|<!--.*?-->)*<(?:!doctype\\s+html|html|head|body|meta|title)[\\s>/]");
    private static final Pattern ANY_TAG = Pattern.compile("\\A\\s*<[a-zA-Z!]");
    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");

    @Override
    public String format() {
        return "html";
    }

    @Override
    public boolean recognizes(Path file, byte[] head) {
        String text = Texts.headText(head);
        if (HTML_START.matcher(text).find()) {
            return true;
        }
        // A fragment without <html> or <head> is only taken for a page when its name says so.
        String name = InputFiles.plainName(file);
        return ANY_TAG.matcher(text).find() && EXTENSIONS.contains(name.substring(name.lastIndexOf('.') + 1));
    }

    @Override
    public void read(Path file, Consumer<Article> articles, Consumer<Skip> skips) throws IOException {
        String origin = file.toString();
        try {
            byte[] bytes = InputFiles.readAll(file);
            articles.accept(HtmlPages.article(HtmlPages.parse(bytes, null, null), null, null, origin));
        } catch (InputException e) {
            skips.accept(new Skip(origin, e.reason()));
        }
    }
}
