package org.storyline.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracting an article from a web page: main text through Readability (falling back to the whole body, which is
 * also taken directly for pages too deep or too large for Readability),
 * date, title, url and outlet from the page's metadata. Shared by the HTML and WARC readers. Stateless and
 * thread-safe.
 */
final class HtmlPages {
    /** Meta tag names and properties that carry the publication date, most specific first. */
    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time",
            "datePublished", "date", "dc.date", "dc.date.issued", "dcterms.date", "pubdate");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Pages nested deeper than this are read without Readability (see {@link #tooComplexForReadability}). */
    static final int MAX_READABILITY_DEPTH = 256;
    /** Pages with more elements than this are read without Readability. */
    static final int MAX_READABILITY_ELEMENTS = 30_000;

    private HtmlPages() {
    }

    /** Parses a page, in the given charset or, when null, the one its BOM or meta tag declares (else UTF-8). */
    static Document parse(byte[] bytes, String charset, String baseUri) throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(bytes), charset, baseUri == null ? "" : baseUri);
    }

    /**
     * The page's article.
     *
     * @param knownUrl     the address the page was fetched from, which wins over the page's own; or null
     * @param fallbackDate the date to use when the page declares none (e.g. its capture date); or null
     * @throws InputException when the page has no usable date or no text
     */
    static Article article(Document page, String knownUrl, LocalDate fallbackDate, String origin)
            throws InputException {
        LocalDate published = publicationDate(page, fallbackDate);
        String url = knownUrl != null ? knownUrl : firstNonBlank(meta(page, "og:url"), canonical(page));
        String title = firstNonBlank(meta(page, "og:title"), page.title());
        String outlet = meta(page, "og:site_name");
        return Articles.of(mainText(page, url), url, outlet, published, title, origin);
    }

    private static String mainText(Document page, String url) {
        if (tooComplexForReadability(page)) {
            return HtmlText.paragraphs(page.body());
        }
        // Readability rewrites the document it is given; the copy keeps the original for the fallback.
        Element content = new Readability4J(url == null ? "" : url, page.clone()).parse().getArticleContent();
        String text = content == null ? "" : HtmlText.paragraphs(content);
        return Texts.isBlank(text) ? HtmlText.paragraphs(page.body()) : text;
    }

    /**
     * Whether Readability would take too long: its cost grows faster than the page, and a page of 100 000 nested
     * tags held it for many minutes. Real pages stay far below both limits.
     */
    private static boolean tooComplexForReadability(Document page) {
        if (page.getAllElements().size() > MAX_READABILITY_ELEMENTS) {
            return true;
        }
        int[] deepest = {0};
        page.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth));
        return deepest[0] > MAX_READABILITY_DEPTH;
    }

    private static LocalDate publicationDate(Document page, LocalDate fallbackDate) throws InputException {
        List<String> candidates = new ArrayList<>();
        for (String name : DATE_META) {
            candidates.add(meta(page, name));
        }
        candidates.add(jsonLdDatePublished(page));
        for (Element time : page.select("time[datetime]")) {
            candidates.add(time.attr("datetime"));
        }
        InputException firstError = null;
        for (String candidate : candidates) {
            if (Texts.isBlank(candidate)) {
                continue;
            }
            try {
                return PublicationDates.parse(candidate);
            } catch (InputException e) {
                firstError = firstError == null ? e : firstError;
            }
        }
        if (fallbackDate != null) {
            return fallbackDate;
        }
        throw firstError != null ? firstError : new InputException("no publication date");
    }

    /** The content of the first meta tag with this name, property or itemprop (case-insensitive), or null. */
    private static String meta(Document page, String key) {
        for (Element meta : page.select("meta[content]")) {
            for (String attribute : List.of("property", "name", "itemprop")) {
                if (meta.attr(attribute).strip().equalsIgnoreCase(key)) {
                    return Texts.value(meta.attr("content"));
                }
            }
        }
        return null;
    }

    private static String canonical(Document page) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        if (link == null) {
            return null;
        }
        String absolute = link.absUrl("href");
        return Texts.value(absolute.isEmpty() ? link.attr("href") : absolute);
    }

    private static String jsonLdDatePublished(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                String found = findDatePublished(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (JacksonException e) {
                // Broken structured data is common on real pages; the other date sources still apply.
            }
        }
        return null;
    }

    private static String findDatePublished(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonNode date = node.get("datePublished");
        if (date != null && date.isTextual()) {
            return date.textValue();
        }
        for (JsonNode child : node) {
            String found = findDatePublished(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String firstNonBlank(String first, String second) {
        return Texts.value(first) != null ? Texts.value(first) : Texts.value(second);
    }
}
