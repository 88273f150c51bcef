package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
    @TempDir
    Path dir;

    private final JsonLinesReader reader = new JsonLinesReader();

    @Test
    void readsEveryLineWithItsFields() throws IOException {
        Path file = write("a.jsonl", """
                {"id":"x1","url":"https://www.reuters.com/a","outlet":"Reuters","published":"2022-02-01T23:30:00-05:00","title":"Talks","text":"Blinken spoke with Lavrov."}
                
                {"url":"https://www.bbc.co.uk/news/b","published":"2022-02-02","text":"Second story.\\n\\nMore."}
                """);

        Collected result = read(file);

        assertThat(result.skips).isEmpty();
        assertThat(result.articles).extracting(Article::text)
                .containsExactly("Blinken spoke with Lavrov.", "Second story.\n\nMore.");
        assertThat(result.articles).flatExtracting(Article::publications).containsExactly(
                new Publication("https://www.reuters.com/a", "Reuters", LocalDate.of(2022, 2, 1), "Talks",
                        file + ":1"),
                new Publication("https://www.bbc.co.uk/news/b", "bbc.co.uk", LocalDate.of(2022, 2, 2), null,
                        file + ":3"));
    }

    @Test
    void badLinesAreSkippedWithTheirLineNumberAndTheOthersRead() throws IOException {
        Path file = write("mixed.jsonl", """
                {"published":"2022-02-01","text":"First."}
                {"published":"2022-02-01","text":"Broken
                {"published":"2022-02-30","text":"Impossible date."}
                {"published":"2022-02-03","text":"  "}
                {"text":"Undated."}
                [1, 2]
                {"published":"1899-12-31","text":"Too old."}
                {"published":"2999-01-01T00:00:00Z","text":"Too new."}
                {"published":"2022-02-04","text":"Last."} trailing
                {"published":"2022-02-05","text":"Fifth."}
                """);

        Collected result = read(file);

        assertThat(result.articles).extracting(Article::text).containsExactly("First.", "Fifth.");
        assertThat(result.skips).containsExactly(
                new Skip(file + ":2", "invalid JSON: Unexpected end-of-input: was expecting closing quote for a "
                        + "string value"),
                new Skip(file + ":3", "invalid date \"2022-02-30\""),
                new Skip(file + ":4", "no text"),
                new Skip(file + ":5", "no publication date"),
                new Skip(file + ":6", "not a JSON object"),
                new Skip(file + ":7", "date out of range \"1899-12-31\""),
                new Skip(file + ":8", "date out of range \"2999-01-01T00:00:00Z\""),
                new Skip(file + ":9", "invalid JSON: Unrecognized token 'trailing': was expecting (JSON String, "
                        + "Number, Array, Object or token 'null', 'true' or 'false')"));
    }

    @Test
    void readsGzipFiles() throws IOException {
        Path file = dir.resolve("a.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("{\"published\":\"2022-02-01\",\"text\":\"Zipped.\"}\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(read(file).only().text()).isEqualTo("Zipped.");
    }

    @Test
    void recognisesObjectsOnTheFirstLineOnly() {
        assertThat(reader.recognizes(Path.of("a.txt"), "{\"text\":\"a\"}\n{".getBytes())).isTrue();
        assertThat(reader.recognizes(Path.of("a.json"), "{\n  \"text\": \"a\"\n}\n".getBytes())).isFalse();
        assertThat(reader.recognizes(Path.of("a.jsonl"), "[1]\n".getBytes())).isFalse();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private Collected read(Path file) throws IOException {
        return Collected.read(reader, file);
    }
}
