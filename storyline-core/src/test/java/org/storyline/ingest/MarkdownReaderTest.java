package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReaderTest {
    @TempDir
    Path dir;

    private final MarkdownReader reader = new MarkdownReader();

    @Test
    void readsFrontMatterAndConvertsTheBodyToPlainText() throws IOException {
        Path file = write("2022-02-15-remarks.md", """
                ---
                tags: speeches-remarks
                date: '2022-02-15'
                modified_time: 2022-02-15 21:40:05-05:00
                source_url: https://www.whitehouse.gov/briefing-room/speeches-remarks/2022/02/15/remarks/
                published_time: 2022-02-15 21:40:04-05:00
                title: "Remarks by President\\_Biden Providing an Update on Russia and\\
                  \\ Ukraine"
                ---
                \u00a0
                ## East Room
                
                4:03 P.M. EST  
                  
                     THE PRESIDENT:  Good afternoon.  I want to give an **update** on
                the _situation_ in [Ukraine](https://example.org/ukraine) and \\[the region\\].  
                  
                ![](https://example.org/photo.jpg)
                
                - First, we are <u>ready</u>.
                - Second, Russia <span style="x">can</span> still choose diplomacy.
                
                1. One
                2. Two
                
                <table><tr><td>Cell one</td><td>Cell two</td></tr></table>
                
                * * *
                
                Thank you. 
                (Applause.)
                """);

        Article article = read(file).only();

        assertThat(article.text()).isEqualTo("""
                East Room
                
                4:03 P.M. EST
                
                THE PRESIDENT:  Good afternoon.  I want to give an update on the situation in Ukraine and [the \
                region].
                
                First, we are ready.
                
                Second, Russia can still choose diplomacy.
                
                One
                
                Two
                
                Cell one
                
                Cell two
                
                Thank you. (Applause.)""");
        assertThat(article.publications()).containsExactly(new Publication(
                "https://www.whitehouse.gov/briefing-room/speeches-remarks/2022/02/15/remarks/",
                "whitehouse.gov", LocalDate.of(2022, 2, 15),
                "Remarks by President Biden Providing an Update on Russia and Ukraine", file.toString()));
    }

    @Test
    void outletAndUrlKeysHaveAlternatives() throws IOException {
        Path file = write("a.md", """
                ---
                date: 2021-03-04
                link: https://news.example.com/a
                site_name: Example News
                title: A title
                ---
                Body text.
                """);

        assertThat(read(file).only().publications()).containsExactly(new Publication("https://news.example.com/a",
                "Example News", LocalDate.of(2021, 3, 4), "A title", file.toString()));
    }

    @Test
    void frontMatterWithoutDateIsSkipped() throws IOException {
        Path file = write("nodate.md", "---\ntitle: x\n---\nBody.\n");

        assertThat(read(file).skips).containsExactly(new Skip(file.toString(), "no publication date"));
    }

    @Test
    void unclosedFrontMatterIsSkipped() throws IOException {
        Path file = write("open.md", "---\ndate: '2022-01-01'\nBody.\n");

        assertThat(read(file).skips).containsExactly(
                new Skip(file.toString(), "front matter not closed by a --- line"));
    }

    @Test
    void yamlBombIsRefused() throws IOException {
        Path file = write("bomb.md", """
                ---
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                date: '2022-01-01'
                ---
                Body.
                """);

        Collected result = read(file);

        assertThat(result.articles).isEmpty();
        assertThat(result.skips).containsExactly(new Skip(file.toString(),
                "invalid YAML front matter: Number of aliases for non-scalar nodes exceeds the specified max=10"));
    }

    @Test
    void frontMatterMustBeAMapping() throws IOException {
        Path file = write("list.md", "---\n- a\n- b\n---\nBody.\n");

        assertThat(read(file).skips).containsExactly(
                new Skip(file.toString(), "front matter is not a YAML mapping"));
    }

    @Test
    void isRecognisedByItsFrontMatter() {
        assertThat(reader.recognizes(Path.of("x.txt"), "---\ntags: a\n".getBytes())).isTrue();
        assertThat(reader.recognizes(Path.of("x.md"), "# Heading\n".getBytes())).isFalse();
        assertThat(reader.recognizes(Path.of("x.md"), "---\n\n".getBytes())).isFalse();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private Collected read(Path file) throws IOException {
        return Collected.read(reader, file);
    }
}
