package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
    private static final String JSONL = "{\"published\":\"2022-02-01\",\"text\":\"A story.\"}\n";

    @TempDir
    Path dir;

    private final CorpusReader corpus = new CorpusReader();

    @Test
    void detectsEachFormatFromContentWhateverTheName() throws IOException {
        assertThat(formatOf("a.txt", JSONL)).isEqualTo("jsonl");
        assertThat(formatOf("noname", " date 2022-02-01 Text.\n")).isEqualTo("seed");
        assertThat(formatOf("x.txt", "---\ndate: '2022-02-01'\n---\nBody\n")).isEqualTo("markdown");
        assertThat(formatOf("x.dat", "<!DOCTYPE html><html><body></body></html>")).isEqualTo("html");
        assertThat(formatOf("x.html", "<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>")).isEqualTo("feed");
        assertThat(formatOf("x.txt", "WARC/1.1\r\n")).isEqualTo("warc");
        assertThat(formatOf("x.md", "Plain text.\n")).isNull();
    }

    @Test
    void readsAJsonlFileNamedTxtAndAGzippedJsonlFile() throws IOException {
        Path plain = write("lines.txt", JSONL);
        Path zipped = dir.resolve("lines.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(zipped))) {
            out.write(JSONL.getBytes(StandardCharsets.UTF_8));
        }

        Collected result = new Collected();
        corpus.readFile(plain, result.articleSink(), result.skipSink());
        corpus.readFile(zipped, result.articleSink(), result.skipSink());

        assertThat(result.skips).isEmpty();
        assertThat(result.articles).flatExtracting(Article::publications).containsExactly(
                new Publication(null, null, LocalDate.of(2022, 2, 1), null, plain + ":1"),
                new Publication(null, null, LocalDate.of(2022, 2, 1), null, zipped + ":1"));
    }

    @Test
    void badJsonlLineBetweenGoodOnesGivesTwoArticlesAndOneSkip() throws IOException {
        Path file = write("three.jsonl", JSONL + "{\"published\":\"2022-02-01\"}\n"
                + "{\"published\":\"2022-02-02\",\"text\":\"Another story.\"}\n");

        Collected result = readFile(file);

        assertThat(result.articles).extracting(Article::text).containsExactly("A story.", "Another story.");
        assertThat(result.skips).containsExactly(new Skip(file + ":2", "no text"));
    }

    @Test
    void decodesUtf16WithByteOrderMark() throws IOException {
        Path file = dir.resolve("utf16.txt");
        byte[] text = " date 2022-02-01 Kyiv \u2014 talks.\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xff;
        bytes[1] = (byte) 0xfe;
        System.arraycopy(text, 0, bytes, 2, text.length);
        Files.write(file, bytes);

        assertThat(readFile(file).only().text()).isEqualTo("Kyiv \u2014 talks.");
    }

    @Test
    void dropsControlCharactersAndAUtf8ByteOrderMark() throws IOException {
        Path file = dir.resolve("bom.txt");
        Files.write(file, ("\uFEFF date 2022-02-01 Bell\u0007 and\u001b tab\there.\n").getBytes(StandardCharsets.UTF_8));

        assertThat(readFile(file).only().text()).isEqualTo("Bell and tab\there.");
    }

    @Test
    void badFilesBecomeSkipsNamingTheFile() throws IOException {
        Path empty = write("empty.txt", "");
        Path blank = write("blank.jsonl", " \n\t\r\n ");
        Path binary = dir.resolve("image.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, " date 2022-02-01 Caf\u00e9 talk.\n".getBytes(StandardCharsets.ISO_8859_1));
        Path latin1Plain = dir.resolve("notes.txt");
        Files.write(latin1Plain, "Caf\u00e9 notes.\n".getBytes(StandardCharsets.ISO_8859_1));
        Path unknown = write("notes.md", "Just notes, no date.\n");
        Path missing = dir.resolve("missing.txt");

        Collected result = new Collected();
        for (Path file : List.of(empty, blank, binary, latin1, latin1Plain, unknown, missing, dir)) {
            corpus.readFile(file, result.articleSink(), result.skipSink());
        }

        assertThat(result.articles).isEmpty();
        assertThat(result.skips).containsExactly(
                new Skip(empty.toString(), "empty file"),
                new Skip(blank.toString(), "empty file"),
                new Skip(binary.toString(), "binary file"),
                new Skip(latin1.toString(), "not valid UTF-8 text"),
                new Skip(latin1Plain.toString(), "not valid UTF-8 text"),
                new Skip(unknown.toString(), CorpusReader.UNRECOGNISED),
                new Skip(missing.toString(), "no such file or directory"),
                new Skip(dir.toString(), "not a regular file"));
    }

    @Test
    void aFailingReaderBecomesASkip() throws IOException {
        Path file = write("a.txt", "anything");
        ArticleReader broken = new ArticleReader() {
            @Override
            public String format() {
                return "broken";
            }

            @Override
            public boolean recognizes(Path path, byte[] head) {
                return true;
            }

            @Override
            public void read(Path path, Consumer<Article> articles, Consumer<Skip> skips) throws IOException {
                throw new IllegalStateException("bug in reader");
            }
        };

        Collected result = new Collected();
        new CorpusReader(List.of(broken)).readFile(file, result.articleSink(), result.skipSink());

        assertThat(result.skips).containsExactly(
                new Skip(file.toString(), "failed to read (IllegalStateException): bug in reader"));
    }

    @Test
    void listsFilesSortedWithoutHiddenOnesAndReportsMissingRoots() throws IOException {
        Path corpusDir = Files.createDirectories(dir.resolve("corpus"));
        Path b = write("corpus/b.txt", "b");
        Path a = write("corpus/sub/a.txt", "a");
        Path c = write("corpus/c.txt", "c");
        write("corpus/.hidden.txt", "h");
        write("corpus/.git/config", "g");
        Path missing = dir.resolve("nope");

        List<Skip> skips = new ArrayList<>();
        List<Path> files = corpus.listFiles(List.of(corpusDir, missing, b), skips::add);

        assertThat(files).containsExactly(b, c, a);
        assertThat(skips).containsExactly(new Skip(missing.toString(), "no such file or directory"));
    }

    @Test
    void symbolicLinkCyclesAreListedOnce() throws IOException {
        Path corpusDir = Files.createDirectories(dir.resolve("corpus"));
        Path file = write("corpus/sub/a.txt", "a");
        Files.createSymbolicLink(corpusDir.resolve("sub/loop"), corpusDir);
        Files.createSymbolicLink(corpusDir.resolve("alias.txt"), file);

        List<Skip> skips = new ArrayList<>();
        List<Path> files = corpus.listFiles(List.of(corpusDir), skips::add);

        assertThat(files).containsExactly(corpusDir.resolve("alias.txt"));
        assertThat(skips).isEmpty();
    }

    private String formatOf(String name, String content) throws IOException {
        Path file = write(name, content);
        return corpus.detect(file).map(ArticleReader::format).orElse(null);
    }

    private Collected readFile(Path file) {
        Collected result = new Collected();
        corpus.readFile(file, result.articleSink(), result.skipSink());
        return result;
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
