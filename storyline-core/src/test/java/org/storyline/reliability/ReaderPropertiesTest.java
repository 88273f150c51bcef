package org.storyline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.ingest.Article;
import org.storyline.ingest.ArticleReader;
import org.storyline.ingest.CorpusReader;
import org.storyline.ingest.FeedReader;
import org.storyline.ingest.HtmlPageReader;
import org.storyline.ingest.JsonLinesReader;
import org.storyline.ingest.MarkdownReader;
import org.storyline.ingest.Publication;
import org.storyline.ingest.SeedTextReader;
import org.storyline.ingest.Skip;
import org.storyline.ingest.WarcFileReader;

/**
 * Seeded property tests of every reader: for random bytes and for random mutations of a valid input, a reader
 * either reads articles that satisfy the {@link Article} rules or reports skips naming the file, and throws
 * nothing but the {@link IOException} its contract allows; {@link CorpusReader#readFile} throws nothing at all.
 */
class ReaderPropertiesTest {
    private static final long SEED = 9L;
    private static final int TRIES = 150;
    private static final LocalDate LATEST = LocalDate.now(ZoneOffset.UTC).plusYears(1);

    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger CRASHED = new AtomicInteger();

    @TempDir
    Path dir;

    @AfterAll
    static void recordFigures() throws IOException {
        Figures.record(new Figures.Row("ReaderPropertiesTest", TRIED.get(), CRASHED.get(), 0, 0, "-", "-", "random bytes"
                + " and mutations of a valid input for each of " + SAMPLES.size() + " readers, seed " + SEED
                + "; each input read by the reader and by CorpusReader"));
    }

    /** A valid input of every format, the seed of the mutations. */
    private static final List<Sample> SAMPLES = List.of(
            new Sample(new SeedTextReader(), "a.txt", " date 2021-03-04 The mayor opened a bridge.\n"),
            new Sample(new JsonLinesReader(), "a.jsonl", "{\"text\": \"The mayor opened a bridge.\", \"published\": "
                    + "\"2021-03-04\", \"url\": \"https://news.example/a\"}\n{\"text\": \"Farmers protested.\", "
                    + "\"published\": \"2021-06-11T10:00:00Z\"}\n"),
            new Sample(new MarkdownReader(), "a.md", "---\ndate: 2021-03-04\ntitle: Bridge\nurl: https://news.example/a"
                    + "\n---\n# Bridge\n\nThe mayor *opened* a [bridge](https://x.example).\n"),
            new Sample(new HtmlPageReader(), "a.html", "<html><head><meta name=\"date\" content=\"2021-03-04\"><title>"
                    + "Bridge</title></head><body><article><p>The mayor opened a bridge.</p><p>Crowds cheered."
                    + "</p></article></body></html>"),
            new Sample(new FeedReader(), "a.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed"
                    + "</title><item><title>Bridge</title><link>https://news.example/a</link><pubDate>Thu, 04 Mar 2021"
                    + " 10:00:00 GMT</pubDate><description>The mayor opened a bridge.</description></item></channel>"
                    + "</rss>"),
            new Sample(new WarcFileReader(), "a.warc", warc()));

    private record Sample(ArticleReader reader, String name, String content) {
    }

    @TestFactory
    Stream<DynamicTest> randomBytesAreReadOrSkippedByName() {
        return SAMPLES.stream().map(sample -> DynamicTest.dynamicTest(sample.reader().format(), () -> {
            Random random = new Random(SEED);
            for (int i = 0; i < TRIES; i++) {
                byte[] bytes = new byte[random.nextInt(2048)];
                random.nextBytes(bytes);
                check(sample, bytes, "random " + i);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> mutationsOfValidInputsAreReadOrSkippedByName() {
        return SAMPLES.stream().map(sample -> DynamicTest.dynamicTest(sample.reader().format(), () -> {
            Random random = new Random(SEED);
            byte[] valid = sample.content().getBytes(StandardCharsets.UTF_8);
            assertThat(read(sample.reader(), Files.write(dir.resolve(sample.name()), valid)).skips).isEmpty();
            for (int i = 0; i < TRIES; i++) {
                check(sample, mutate(valid, random), "mutation " + i);
            }
        }));
    }

    private void check(Sample sample, byte[] bytes, String what) throws IOException {
        Path file = Files.write(dir.resolve(sample.name()), bytes);
        TRIED.incrementAndGet();
        Read direct;
        try {
            direct = read(sample.reader(), file);
        } catch (IOException e) {
            direct = new Read();
        } catch (RuntimeException | StackOverflowError e) {
            CRASHED.incrementAndGet();
            throw new AssertionError(sample.reader().format() + " reader, " + what + ": " + e, e);
        }
        Read corpus = new Read();
        new CorpusReader().readFile(file, corpus.articles::add, corpus.skips::add);
        for (Read read : List.of(direct, corpus)) {
            for (Article article : read.articles) {
                assertThat(article.text()).as(what).isNotBlank().hasSizeLessThanOrEqualTo(200_000);
                for (Publication publication : article.publications()) {
                    assertThat(publication.published()).as(what)
                            .isBetween(LocalDate.of(1900, 1, 1), LATEST);
                    assertThat(publication.origin()).as(what).startsWith(file.toString());
                }
            }
            assertThat(read.skips).as(what).allSatisfy(skip -> {
                assertThat(skip.location()).startsWith(file.toString());
                assertThat(skip.reason()).isNotBlank();
            });
        }
    }

    private static Read read(ArticleReader reader, Path file) throws IOException {
        Read read = new Read();
        reader.read(file, read.articles::add, read.skips::add);
        return read;
    }

    /** One to four random edits: flipped, inserted, deleted or repeated bytes, or a cut. */
    private static byte[] mutate(byte[] valid, Random random) {
        List<Byte> bytes = new ArrayList<>();
        for (byte b : valid) {
            bytes.add(b);
        }
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !bytes.isEmpty(); e++) {
            int at = random.nextInt(bytes.size());
            switch (random.nextInt(5)) {
                case 0 -> bytes.set(at, (byte) random.nextInt(256));
                case 1 -> bytes.add(at, (byte) random.nextInt(256));
                case 2 -> bytes.remove(at);
                case 3 -> bytes.addAll(at, new ArrayList<>(bytes.subList(at, Math.min(bytes.size(),
                        at + 1 + random.nextInt(64)))));
                default -> bytes.subList(at, bytes.size()).clear();
            }
        }
        byte[] result = new byte[bytes.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = bytes.get(i);
        }
        return result;
    }

    private static String warc() {
        String body = "<html><head><meta name=\"date\" content=\"2021-03-04\"><title>Bridge</title></head><body><p>"
                + "The mayor opened a bridge.</p></body></html>";
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + body.length() + "\r\n\r\n" + body;
        return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/a\r\nWARC-Date: "
                + "2021-03-04T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length() + "\r\n\r\n"
                + http + "\r\n\r\n";
    }

    /** What one read produced. */
    private static final class Read {
        final List<Article> articles = new ArrayList<>();
        final List<Skip> skips = new ArrayList<>();
    }
}
