package org.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads web archives ({@code .warc}, {@code .warc.gz}) with jwarc: every HTTP 200 response with an HTML payload
 * is a page read like {@link HtmlPageReader} does, its url the WARC target URI and, when the page declares no
 * date, its capture date. Other records (requests, images, redirects, metadata) are not articles and are passed
 * over silently. Skips are located as {@code path#record}, counting records from 1. Stateless and thread-safe.
 */
public final class WarcFileReader implements ArticleReader {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    @Override
    public String format() {
        return "warc";
    }

    @Override
    public boolean recognizes(Path file, byte[] head) {
        return head.length >= 5 && head[0] == 'W' && head[1] == 'A' && head[2] == 'R' && head[3] == 'C'
                && head[4] == '/';
    }

    @Override
    public void read(Path file, Consumer<Article> articles, Consumer<Skip> skips) throws IOException {
        try (WarcReader warc = new WarcReader(file)) {
            int number = 0;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = warc.next();
                } catch (IOException | RuntimeException e) {
                    // A damaged record leaves no reliable place to resume from; jwarc reports some damage unchecked.
                    skips.accept(new Skip(file + "#" + (number + 1), "unreadable WARC record: " + e.getMessage()));
                    return;
                }
                if (next.isEmpty()) {
                    return;
                }
                number++;
                if (next.get() instanceof WarcResponse response
                        && response.contentType().base().equals(MediaType.HTTP)) {
                    String location = file + "#" + number;
                    try {
                        page(response, location).ifPresent(articles);
                    } catch (InputException e) {
                        skips.accept(new Skip(location, e.reason()));
                    } catch (IOException e) {
                        skips.accept(new Skip(location, "unreadable HTTP response: " + e.getMessage()));
                    } catch (RuntimeException e) {
                        // jwarc throws unchecked exceptions for missing or malformed headers of a record.
                        skips.accept(new Skip(location, "unreadable WARC record (" + e.getClass().getSimpleName()
                                + "): " + e.getMessage()));
                    }
                }
            }
        }
    }

    private static Optional<Article> page(WarcResponse response, String location)
            throws IOException, InputException {
        HttpResponse http = response.http();
        MediaType type = http.contentType();
        if (http.status() != 200 || type == null || !HTML_TYPES.contains(type.base().toString())) {
            return Optional.empty();
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes(InputFiles.MAX_TEXT_BYTES + 1);
        }
        if (body.length > InputFiles.MAX_TEXT_BYTES) {
            throw new InputException("page larger than " + (InputFiles.MAX_TEXT_BYTES >> 20) + " MiB");
        }
        if (response.headers().first("WARC-Date").isEmpty()) {
            throw new InputException("WARC record without WARC-Date");
        }
        String url = response.target();
        Document page = HtmlPages.parse(body, supportedCharset(type.parameters().get("charset")), url);
        return Optional.of(HtmlPages.article(page, url, PublicationDates.ofInstant(response.date()), location));
    }

    /** The declared charset when Java knows it; otherwise null, and the page's own declaration is used. */
    private static String supportedCharset(String name) {
        try {
            return name != null && Charset.isSupported(name) ? name : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }
}
