package org.storyline.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.xml.sax.InputSource;

/**
 * Reads RSS and Atom feeds with Rome: every item or entry is an article (title, link, date published else
 * updated, text from its content else its description), the outlet is the feed's title. Documents with a DTD are
 * refused, so no external entity is ever resolved. Feed dates arrive from Rome without their offset and are taken
 * in UTC. Stateless and thread-safe.
 */
public final class FeedReader implements ArticleReader {
    private static final Pattern FEED_ROOT = Pattern.compile(
            "(?s)\\A(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^\\[>]*(?:\\[.*?])?\\s*>)*<(?:rss|feed|rdf:RDF)[\\s>]");
    private static final Pattern DOCTYPE = Pattern.compile("(?i)<!DOCTYPE");

    @Override
    public String format() {
        return "feed";
    }

    @Override
    public boolean recognizes(Path file, byte[] head) {
        return FEED_ROOT.matcher(Texts.headText(head)).find();
    }

    @Override
    public void read(Path file, Consumer<Article> articles, Consumer<Skip> skips) throws IOException {
        String origin = file.toString();
        SyndFeed feed;
        try {
            feed = parse(InputFiles.readAll(file));
        } catch (InputException e) {
            skips.accept(new Skip(origin, e.reason()));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            String location = origin + "#" + (i + 1);
            try {
                articles.accept(article(entries.get(i), feed.getTitle(), location));
            } catch (InputException e) {
                skips.accept(new Skip(location, e.reason()));
            }
        }
    }

    private static SyndFeed parse(byte[] bytes) throws InputException {
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, InputFiles.HEAD_SIZE));
        if (DOCTYPE.matcher(Texts.headText(head)).find()) {
            throw new InputException("feed has a DTD (<!DOCTYPE>); refused to keep external entities out");
        }
        SyndFeedInput input = new SyndFeedInput();
        // Also refused by the parser, for a declaration the head check above cannot see.
        input.setAllowDoctypes(false);
        try {
            return input.build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new InputException("not a valid RSS or Atom feed: " + e.getMessage());
        }
    }

    private static Article article(SyndEntry entry, String feedTitle, String location) throws InputException {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (date == null) {
            throw new InputException("no publication date");
        }
        LocalDate published = PublicationDates.ofInstant(date.toInstant());
        String link = entry.getLink() != null ? entry.getLink() : httpUri(entry.getUri());
        return Articles.of(text(entry), link, feedTitle, published, entry.getTitle(), location);
    }

    private static String text(SyndEntry entry) {
        List<String> parts = new ArrayList<>();
        for (SyndContent content : entry.getContents()) {
            parts.add(plain(content));
        }
        String text = String.join("\n\n", parts);
        if (Texts.isBlank(text) && entry.getDescription() != null) {
            text = plain(entry.getDescription());
        }
        return text;
    }

    private static String plain(SyndContent content) {
        String value = content.getValue() == null ? "" : content.getValue();
        String type = content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return value;
        }
        return HtmlText.paragraphs(Jsoup.parseBodyFragment(value).body());
    }

    private static String httpUri(String uri) {
        return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri : null;
    }
}
