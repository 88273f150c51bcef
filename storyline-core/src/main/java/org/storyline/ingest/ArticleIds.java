package org.storyline.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Article identity: the first 64 bits of SHA-256 over the normalised text, as 16 hex digits.
 * Normalisation (NFKC, typographic quotes and dashes folded, whitespace collapsed, lower case) makes the same
 * wire text republished with different spacing or quote marks one article. Stateless and thread-safe.
 */
public final class ArticleIds {
    private ArticleIds() {
    }

    /** The id of an article with this text. */
    public static String of(String text) {
        byte[] digest = sha256(normalise(text).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }

    /** The text as it is hashed. */
    public static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F\u2033]", "\"")
                .replaceAll("[\u2010-\u2015]", "-");
        return folded.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
