package org.storyline.ingest;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Decoding and normalising input text, shared by all readers. Stateless and thread-safe. */
final class Texts {
    private static final Pattern UNICODE_SPACE = Pattern.compile("(?U)\\s+");
    private static final Pattern UNICODE_BLANK = Pattern.compile("(?U)\\s*");
    private static final Pattern LINE_EDGE_SPACE = Pattern.compile("^[\\h\\s]+|[\\h\\s]+$");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    private Texts() {
    }

    /**
     * Decodes a whole file: a UTF-8 or UTF-16 byte order mark selects the charset, otherwise the bytes must be
     * UTF-8. The result has {@code \n} line ends and no control characters but {@code \n} and {@code \t}.
     */
    static String decode(byte[] bytes) throws InputException {
        Charset charset = bomCharset(bytes);
        int offset = bomLength(bytes);
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return clean(text);
        } catch (CharacterCodingException e) {
            String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "UTF-16";
            throw new InputException("not valid " + name + " text");
        }
    }

    /** Whether the bytes start with a UTF-16 byte order mark (either byte order). */
    static boolean hasUtf16Bom(byte[] bytes) {
        return !bomCharset(bytes).equals(StandardCharsets.UTF_8);
    }

    /** Decodes the head of a file for detection, replacing what does not decode (the head may end mid-character). */
    static String headText(byte[] head) {
        int offset = bomLength(head);
        return clean(new String(head, offset, head.length - offset, bomCharset(head)));
    }

    /** Whether the head would decode as strict UTF-8, allowing a character cut off at its end. */
    static boolean isUtf8Head(byte[] head) {
        if (bomLength(head) > 0) {
            return true;
        }
        ByteBuffer buffer = ByteBuffer.wrap(head);
        var result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(buffer, CharBuffer.allocate(head.length), false);
        return !result.isError() && head.length - buffer.position() < 4;
    }

    /** Unifies line ends to {@code \n} and drops control characters other than {@code \n} and {@code \t}. */
    static String clean(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        for (int i = 0; i < unified.length(); i++) {
            char c = unified.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The canonical article body: spaces (including no-break ones) cut from both ends of every line, blank lines collapsed so paragraphs are
     * separated by exactly one blank line, no leading or trailing blank lines.
     */
    static String paragraphs(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : clean(text).split("\n", -1)) {
            lines.add(LINE_EDGE_SPACE.matcher(line).replaceAll(""));
        }
        return BLANK_LINES.matcher(String.join("\n", lines)).replaceAll("\n\n").strip();
    }

    /** Whether the text is empty or only (Unicode, including no-break) spaces. */
    static boolean isBlank(String text) {
        return text == null || UNICODE_BLANK.matcher(text).matches();
    }

    /** A one-line title with single spaces, or null when there is none. */
    static String title(String text) {
        if (isBlank(text)) {
            return null;
        }
        return UNICODE_SPACE.matcher(clean(text)).replaceAll(" ").strip();
    }

    /** Null for blank values, the stripped value otherwise. */
    static String value(String text) {
        return isBlank(text) ? null : text.strip();
    }

    /** The host of an address without a leading {@code www.}, or null when it has none. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null || host.isEmpty()) {
                return null;
            }
            String lower = host.toLowerCase(Locale.ROOT);
            return lower.startsWith("www.") ? lower.substring(4) : lower;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset bomCharset(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    private static int bomLength(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return 3;
        }
        return bomCharset(bytes).equals(StandardCharsets.UTF_8) ? 0 : 2;
    }
}
