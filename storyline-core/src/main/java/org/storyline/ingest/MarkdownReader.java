package org.storyline.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads Markdown (or plain text) files with a YAML front matter block between {@code ---} lines. The front
 * matter gives the date ({@code published_time}, else {@code date}), {@code title}, url ({@code source_url},
 * {@code url} or {@code link}) and outlet ({@code outlet}, {@code source} or {@code site_name}, else the url's
 * host); the body is converted to plain text. Stateless and thread-safe.
 */
public final class MarkdownReader implements ArticleReader {
    /** Front matter is a few keys; anything near this size is not front matter. */
    static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;

    /** Billion-laughs documents need many aliases; honest front matter needs few or none. */
    static final int MAX_YAML_ALIASES = 10;

    private static final Pattern OPENING = Pattern.compile("\\A---[ \\t]*\n");
    private static final Pattern CLOSING = Pattern.compile("(?m)^(?:---|\\.\\.\\.)[ \\t]*$\n?");
    private static final Pattern KEY_LINE = Pattern.compile("\\A---[ \\t]*\n(?:#.*\n|[ \\t]*\n)*[\\w\"'-]+[ \\t]*:");

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public boolean recognizes(Path file, byte[] head) {
        return KEY_LINE.matcher(Texts.headText(head)).find();
    }

    @Override
    public void read(Path file, Consumer<Article> articles, Consumer<Skip> skips) throws IOException {
        String origin = file.toString();
        try {
            String text = InputFiles.readText(file);
            if (!OPENING.matcher(text).lookingAt()) {
                throw new InputException("no YAML front matter (the file must start with a --- line)");
            }
            int start = text.indexOf('\n') + 1;
            Matcher closing = CLOSING.matcher(text);
            if (!closing.find(start)) {
                throw new InputException("front matter not closed by a --- line");
            }
            Map<String, String> fields = frontMatter(text.substring(start, closing.start()));
            String url = first(fields, "source_url", "url", "link");
            String dateValue = first(fields, "published_time", "date");
            if (dateValue == null) {
                throw new InputException("no publication date");
            }
            LocalDate published = PublicationDates.parse(dateValue);
            String body = MarkdownText.toText(text.substring(closing.end()));
            articles.accept(Articles.of(body, url, first(fields, "outlet", "source", "site_name"), published,
                    fields.get("title"), origin));
        } catch (InputException e) {
            skips.accept(new Skip(origin, e.reason()));
        }
    }

    /**
     * The top-level scalar fields of the front matter, as written. The YAML is composed, not constructed: no
     * object is ever instantiated from it and timestamps are not converted (which would lose their offset).
     */
    static Map<String, String> frontMatter(String yaml) throws InputException {
        if (yaml.length() > MAX_FRONT_MATTER_CHARS) {
            throw new InputException("front matter larger than " + MAX_FRONT_MATTER_CHARS + " characters");
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_YAML_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_FRONT_MATTER_CHARS);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (YAMLException e) {
            throw new InputException("invalid YAML front matter: " + firstLine(e.getMessage()));
        }
        if (root == null) {
            return Map.of();
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new InputException("front matter is not a YAML mapping");
        }
        Map<String, String> fields = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value
                    && !Tag.NULL.equals(value.getTag())) {
                fields.putIfAbsent(key.getValue(), value.getValue());
            }
        }
        return fields;
    }

    private static String first(Map<String, String> fields, String... keys) {
        for (String key : keys) {
            String value = Texts.value(fields.get(key));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
