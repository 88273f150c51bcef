package org.storyline.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads JSON Lines: one article per line as a JSON object with {@code text}, {@code published} (ISO date or
 * date-time), and optionally {@code url}, {@code outlet}, {@code title} and {@code id} (ignored: the id is
 * computed from the text). A bad line is skipped as {@code path:LINE} and the other lines are read; without a
 * UTF-16 byte order mark each line is decoded as UTF-8 on its own, so a line in another encoding is one bad line.
 * Stateless and thread-safe.
 */
public final class JsonLinesReader implements ArticleReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Pattern FIRST_LINE_OBJECT = Pattern.compile("\\A\\s*\\{\\s*(?:\"|})");

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public boolean recognizes(Path file, byte[] head) {
        String text = Texts.headText(head);
        if (!FIRST_LINE_OBJECT.matcher(text).find()) {
            return false;
        }
        String stripped = text.stripLeading();
        int end = stripped.indexOf('\n');
        // A complete object on the first line, or a first line longer than the head: not pretty-printed JSON.
        return end < 0 ? head.length >= InputFiles.HEAD_SIZE || stripped.strip().endsWith("}")
                : stripped.substring(0, end).strip().endsWith("}");
    }

    @Override
    public void read(Path file, Consumer<Article> articles, Consumer<Skip> skips) throws IOException {
        byte[] bytes;
        try {
            bytes = InputFiles.readAll(file);
        } catch (InputException e) {
            skips.accept(new Skip(file.toString(), e.reason()));
            return;
        }
        if (Texts.hasUtf16Bom(bytes)) {
            readUtf16(bytes, file, articles, skips);
            return;
        }
        // Lines are decoded one by one, so a line in another encoding costs that line only.
        int start = 0;
        int number = 0;
        while (start <= bytes.length) {
            int end = indexOfNewline(bytes, start);
            number++;
            String origin = file + ":" + number;
            try {
                String line = Texts.decode(Arrays.copyOfRange(bytes, start, end));
                if (!Texts.isBlank(line)) {
                    articles.accept(article(line, origin));
                }
            } catch (InputException e) {
                skips.accept(new Skip(origin, e.reason()));
            }
            start = end + 1;
        }
    }

    private static void readUtf16(byte[] bytes, Path file, Consumer<Article> articles, Consumer<Skip> skips) {
        String text;
        try {
            text = Texts.decode(bytes);
        } catch (InputException e) {
            skips.accept(new Skip(file.toString(), e.reason()));
            return;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (Texts.isBlank(lines[i])) {
                continue;
            }
            String origin = file + ":" + (i + 1);
            try {
                articles.accept(article(lines[i], origin));
            } catch (InputException e) {
                skips.accept(new Skip(origin, e.reason()));
            }
        }
    }

    private static int indexOfNewline(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }

    private static Article article(String line, String origin) throws InputException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new InputException("invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InputException("not a JSON object");
        }
        String body = string(node, "text");
        if (Texts.isBlank(body)) {
            throw new InputException("no text");
        }
        return Articles.of(body, string(node, "url"), string(node, "outlet"),
                PublicationDates.parse(string(node, "published")), string(node, "title"), origin);
    }

    /** A field's value when it is a string, null when absent, null or of another type. */
    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
