package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageReaderTest {
    private static final String PARAGRAPHS = """
            <p>Secretary of State Antony Blinken met his Russian counterpart Sergey Lavrov in Geneva on Friday, \
            in a last attempt to ease tensions over the build-up of Russian troops near the border with Ukraine.</p>
            <p>The two men spoke for ninety minutes. Both sides said the talks were frank and useful, and they \
            agreed to continue the exchange next week, after written answers to the Russian proposals.</p>
            <p>Café owners in Kyiv said they were following the news closely.</p>
            """;

    @TempDir
    Path dir;

    private final HtmlPageReader reader = new HtmlPageReader();

    @Test
    void readsMainTextAndMetadataInThePagesCharset() throws IOException {
        Path file = write("page.html", """
                <!DOCTYPE html>
                <html><head>
                <meta charset="windows-1252">
                <title>Blinken and Lavrov meet | Example</title>
                <meta property="og:title" content="Blinken and Lavrov meet in Geneva">
                <meta property="og:site_name" content="Example News">
                <meta property="og:url" content="https://www.example.com/world/geneva">
                <meta property="article:published_time" content="2022-01-21T22:15:00-05:00">
                </head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article>
                """ + PARAGRAPHS + """
                </article>
                <footer>Copyright Example</footer>
                </body></html>
                """, Charset.forName("windows-1252"));

        Article article = read(file).only();

        assertThat(article.text()).isEqualTo("""
                Secretary of State Antony Blinken met his Russian counterpart Sergey Lavrov in Geneva on Friday, \
                in a last attempt to ease tensions over the build-up of Russian troops near the border with Ukraine.
                
                The two men spoke for ninety minutes. Both sides said the talks were frank and useful, and they \
                agreed to continue the exchange next week, after written answers to the Russian proposals.
                
                Café owners in Kyiv said they were following the news closely.""");
        assertThat(article.publications()).containsExactly(new Publication("https://www.example.com/world/geneva",
                "Example News", LocalDate.of(2022, 1, 21), "Blinken and Lavrov meet in Geneva", file.toString()));
    }

    @Test
    void takesTheDateFromJsonLdAndTheUrlFromTheCanonicalLink() throws IOException {
        Path file = write("ld.html", """
                <html><head><title>Geneva talks</title>
                <link rel="canonical" href="https://news.example.org/geneva">
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
                 {"@type":"NewsArticle","datePublished":"2022-01-22T08:00:00Z"}]}
                </script>
                </head><body><div>
                """ + PARAGRAPHS + "</div></body></html>", StandardCharsets.UTF_8);

        Article article = read(file).only();

        assertThat(article.publications()).containsExactly(new Publication("https://news.example.org/geneva",
                "news.example.org", LocalDate.of(2022, 1, 22), "Geneva talks", file.toString()));
    }

    @Test
    void takesTheDateFromATimeElement() throws IOException {
        Path file = write("time.html", "<html><body><p>Short notice.</p><time datetime=\"2022-01-23\">Sunday</time>"
                + "</body></html>", StandardCharsets.UTF_8);

        Article article = read(file).only();

        assertThat(article.published()).isEqualTo(LocalDate.of(2022, 1, 23));
        assertThat(article.text()).isEqualTo("Short notice.\n\nSunday");
    }

    @Test
    void undatedPageIsSkipped() throws IOException {
        Path file = write("undated.html", "<html><body>" + PARAGRAPHS + "</body></html>", StandardCharsets.UTF_8);

        Collected result = read(file);

        assertThat(result.articles).isEmpty();
        assertThat(result.skips).containsExactly(new Skip(file.toString(), "no publication date"));
    }

    @Test
    void recognisesPagesAndNamedFragments() {
        assertThat(reader.recognizes(Path.of("x"), "\n<!doctype html><p>".getBytes())).isTrue();
        assertThat(reader.recognizes(Path.of("x"), "<!-- c --><HTML lang=en>".getBytes())).isTrue();
        assertThat(reader.recognizes(Path.of("x.htm"), "<div>text</div>".getBytes())).isTrue();
        assertThat(reader.recognizes(Path.of("x.txt"), "<div>text</div>".getBytes())).isFalse();
        assertThat(reader.recognizes(Path.of("x.html"), "plain".getBytes())).isFalse();
    }

    private Path write(String name, String content, Charset charset) throws IOException {
        return Files.writeString(dir.resolve(name), content, charset);
    }

    private Collected read(Path file) throws IOException {
        return Collected.read(reader, file);
    }
}
