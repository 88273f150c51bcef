package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcFileReaderTest {
    private static final Instant CAPTURED = Instant.parse("2022-02-05T01:00:00Z");

    @TempDir
    Path dir;

    private final WarcFileReader reader = new WarcFileReader();

    @Test
    void readsHtmlResponsesAndPassesOverOtherRecords() throws IOException {
        Path file = dir.resolve("crawl.warc");
        writeWarc(file, WarcCompression.NONE);

        Collected result = read(file);

        assertThat(result.articles).extracting(Article::text).containsExactly(
                "Ministers met in Brussels on Thursday. Kyiv welcomed the decision.",
                "Talks in Minsk resumed.");
        assertThat(result.articles).flatExtracting(Article::publications).containsExactly(
                new Publication("https://www.example.com/a", "Example Daily", LocalDate.of(2022, 2, 3),
                        "Brussels meeting", file + "#2"),
                new Publication("https://news.example.net/b", "news.example.net", LocalDate.of(2022, 2, 5),
                        "Minsk", file + "#5"));
        assertThat(result.skips).containsExactly(new Skip(file + "#6", "no text"));
    }

    @Test
    void readsGzippedWarc() throws IOException {
        Path file = dir.resolve("crawl.warc.gz");
        writeWarc(file, WarcCompression.GZIP);

        Collected result = read(file);

        assertThat(result.articles).hasSize(2);
        assertThat(result.skips).containsExactly(new Skip(file + "#6", "no text"));
        assertThat(reader.recognizes(file, InputFiles.head(file))).isTrue();
    }

    private static void writeWarc(Path file, WarcCompression compression) throws IOException {
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), compression)) {
            writer.write(new WarcRequest.Builder("https://www.example.com/a").date(CAPTURED)
                    .body(MediaType.HTTP_REQUEST, "GET /a HTTP/1.1\r\nHost: www.example.com\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII)).build());
            writer.write(response("https://www.example.com/a", 200, "text/html; charset=ISO-8859-1", """
                    <html><head><title>Brussels meeting</title>
                    <meta property="og:site_name" content="Example Daily">
                    <meta name="date" content="2022-02-03"></head>
                    <body><p>Ministers met in Brussels on Thursday. Kyiv welcomed the decision.</p></body></html>
                    """, StandardCharsets.ISO_8859_1));
            writer.write(response("https://www.example.com/logo.png", 200, "image/png", "PNG", StandardCharsets.US_ASCII));
            writer.write(response("https://www.example.com/gone", 404, "text/html", "<html><body><p>Not found</p>"
                    + "</body></html>", StandardCharsets.UTF_8));
            writer.write(response("https://news.example.net/b", 200, "text/html", "<html><head><title>Minsk"
                    + "</title></head><body><p>Talks in Minsk resumed.</p></body></html>", StandardCharsets.UTF_8));
            writer.write(response("https://news.example.net/empty", 200, "text/html",
                    "<html><head><title>Empty</title></head><body></body></html>", StandardCharsets.UTF_8));
        }
    }

    private static WarcResponse response(String url, int status, String type, String body, Charset charset)
            throws IOException {
        byte[] payload = body.getBytes(charset);
        byte[] http = ("HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: "
                + payload.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] block = new byte[http.length + payload.length];
        System.arraycopy(http, 0, block, 0, http.length);
        System.arraycopy(payload, 0, block, http.length, payload.length);
        return new WarcResponse.Builder(url).date(CAPTURED).body(MediaType.HTTP_RESPONSE, block).build();
    }

    private Collected read(Path file) throws IOException {
        return Collected.read(reader, file);
    }
}
