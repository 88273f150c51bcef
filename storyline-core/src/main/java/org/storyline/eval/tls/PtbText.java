package org.storyline.eval.tls;

import java.util.regex.Pattern;

/**
 * Conversions between Penn Treebank tokenised text (as T17 ships its articles and timelines: {@code -LRB-},
 * {@code ``}, {@code Mexico 's}) and plain text. Stateless and thread-safe.
 */
public final class PtbText {
    private static final Pattern SPACE_BEFORE = Pattern.compile(
            " +(?=[,.;:?!%)\\]}]|''|'(?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)\\b|n't\\b|N'T\\b)");
    private static final Pattern SPACE_AFTER = Pattern.compile("(?<=[(\\[{$]|``) +");
    private static final Pattern PUNCTUATION = Pattern.compile("([,;:?!%()\\[\\]{}\"]|\\.(?=\\s*$)|\\$)");
    private static final Pattern CLITIC = Pattern.compile("(?i)(?<=\\w)('s|'re|'ve|'ll|'d|'m|n't)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PtbText() {
    }

    /** Plain text of a tokenised line: brackets and quotes restored, no space before punctuation or clitics. */
    public static String detokenise(String line) {
        String text = line.replace("-LRB-", "(").replace("-RRB-", ")").replace("-LSB-", "[").replace("-RSB-", "]")
                .replace("-LCB-", "{").replace("-RCB-", "}");
        text = SPACE_BEFORE.matcher(text).replaceAll("");
        text = SPACE_AFTER.matcher(text).replaceAll("");
        return SPACES.matcher(text.replace("``", "\"").replace("''", "\"")).replaceAll(" ").strip();
    }

    /**
     * Tokenised form of plain text, as the references are written: the timeline metric's content cost compares
     * whitespace tokens, so predictions must be split the same way. Double quotes open ({@code ``}) and close
     * ({@code ''}) in turn.
     */
    public static String tokenise(String text) {
        String spaced = CLITIC.matcher(text).replaceAll(" $1");
        spaced = PUNCTUATION.matcher(spaced).replaceAll(" $1 ");
        StringBuilder out = new StringBuilder();
        boolean open = true;
        for (String token : SPACES.matcher(spaced.strip()).replaceAll(" ").split(" ")) {
            if (token.isEmpty()) {
                continue;
            }
            String ptb = switch (token) {
                case "(" -> "-LRB-";
                case ")" -> "-RRB-";
                case "[" -> "-LSB-";
                case "]" -> "-RSB-";
                case "{" -> "-LCB-";
                case "}" -> "-RCB-";
                case "\"" -> {
                    String quote = open ? "``" : "''";
                    open = !open;
                    yield quote;
                }
                default -> token;
            };
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(ptb);
        }
        return out.toString();
    }
}
