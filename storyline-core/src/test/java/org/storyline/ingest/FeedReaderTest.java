package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
    @TempDir
    Path dir;

    private final FeedReader reader = new FeedReader();

    @Test
    void readsRssItemsAndSkipsUndatedOnesByPosition() throws IOException {
        Path file = write("world.rss", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel>
                  <title>Example World News</title>
                  <link>https://news.example.com/</link>
                  <description>World</description>
                  <item>
                    <title>Blinken meets Lavrov</title>
                    <link>https://news.example.com/geneva</link>
                    <pubDate>Fri, 21 Jan 2022 10:00:00 GMT</pubDate>
                    <description>Short summary.</description>
                    <content:encoded><![CDATA[<p>The two met in <b>Geneva</b>.</p><p>Talks went on.</p>]]></content:encoded>
                  </item>
                  <item>
                    <title>Summary only</title>
                    <link>https://news.example.com/summary</link>
                    <pubDate>Sat, 22 Jan 2022 09:30:00 +0000</pubDate>
                    <description>&lt;p&gt;Only a description &amp;amp; no content.&lt;/p&gt;</description>
                  </item>
                  <item>
                    <title>Undated</title>
                    <description>No date here.</description>
                  </item>
                </channel>
                </rss>
                """);

        Collected result = read(file);

        assertThat(result.articles).extracting(Article::text)
                .containsExactly("The two met in Geneva.\n\nTalks went on.", "Only a description & no content.");
        assertThat(result.articles).flatExtracting(Article::publications).containsExactly(
                new Publication("https://news.example.com/geneva", "Example World News", LocalDate.of(2022, 1, 21),
                        "Blinken meets Lavrov", file + "#1"),
                new Publication("https://news.example.com/summary", "Example World News", LocalDate.of(2022, 1, 22),
                        "Summary only", file + "#2"));
        assertThat(result.skips).containsExactly(new Skip(file + "#3", "no publication date"));
    }

    @Test
    void readsAtomEntriesWithUpdatedAsFallbackDate() throws IOException {
        Path file = write("feed.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Atom Outlet</title>
                  <id>urn:x</id>
                  <updated>2022-02-02T12:00:00Z</updated>
                  <entry>
                    <title>Entry one</title>
                    <link href="https://atom.example.org/one"/>
                    <id>urn:one</id>
                    <published>2022-02-01T12:00:00Z</published>
                    <updated>2022-02-02T12:00:00Z</updated>
                    <content type="text">Plain &lt;text&gt; content.</content>
                  </entry>
                  <entry>
                    <title>Entry two</title>
                    <id>https://atom.example.org/two</id>
                    <updated>2022-02-03T12:00:00Z</updated>
                    <summary type="html">&lt;p&gt;Summary &lt;i&gt;two&lt;/i&gt;.&lt;/p&gt;</summary>
                  </entry>
                </feed>
                """);

        Collected result = read(file);

        assertThat(result.skips).isEmpty();
        assertThat(result.articles).extracting(Article::text)
                .containsExactly("Plain <text> content.", "Summary two.");
        assertThat(result.articles).flatExtracting(Article::publications).containsExactly(
                new Publication("https://atom.example.org/one", "Atom Outlet", LocalDate.of(2022, 2, 1),
                        "Entry one", file + "#1"),
                new Publication("https://atom.example.org/two", "Atom Outlet", LocalDate.of(2022, 2, 3),
                        "Entry two", file + "#2"));
    }

    @Test
    void externalEntityFeedIsRefusedAndNeverReadsTheFile() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path file = write("xxe.rss", """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                <rss version="2.0"><channel><title>Evil</title>
                <item><title>&xxe;</title><pubDate>Fri, 21 Jan 2022 10:00:00 GMT</pubDate>
                <description>&xxe;</description></item></channel></rss>
                """.formatted(secret.toUri()));

        Collected result = read(file);

        assertThat(result.articles).isEmpty();
        assertThat(result.skips).containsExactly(
                new Skip(file.toString(), "feed has a DTD (<!DOCTYPE>); refused to keep external entities out"));
    }

    @Test
    void aDoctypeBeyondTheHeadIsStillRefusedByTheParser() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path file = write("late-xxe.rss", "<?xml version=\"1.0\"?>\n<!-- " + "padding ".repeat(1200) + "-->\n"
                + "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>Evil</title><item><title>t</title>"
                + "<pubDate>Fri, 21 Jan 2022 10:00:00 GMT</pubDate><description>&xxe;</description></item>"
                + "</channel></rss>\n");

        Collected result = read(file);

        assertThat(result.articles).isEmpty();
        assertThat(result.skips).hasSize(1);
        assertThat(result.skips.get(0).location()).isEqualTo(file.toString());
        assertThat(result.skips.get(0).reason()).startsWith("not a valid RSS or Atom feed: ")
                .contains("DOCTYPE").doesNotContain("TOP-SECRET");
    }

    @Test
    void recognisesRssAtomAndRdfRoots() {
        assertThat(reader.recognizes(Path.of("x"), "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">".getBytes()))
                .isTrue();
        assertThat(reader.recognizes(Path.of("x"), "<feed xmlns=\"http://www.w3.org/2005/Atom\">".getBytes()))
                .isTrue();
        assertThat(reader.recognizes(Path.of("x"), "<!-- c --><rdf:RDF xmlns:rdf=\"r\">".getBytes())).isTrue();
        assertThat(reader.recognizes(Path.of("x.rss"), "<html><body>".getBytes())).isFalse();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private Collected read(Path file) throws IOException {
        return Collected.read(reader, file);
    }
}
