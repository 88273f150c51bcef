package org.storyline.output;

import java.util.Locale;

/** HTML escaping for untrusted text. Stateless and thread-safe. */
public final class Html {
    private Html() {
    }

    /** The text with every character that could open markup or leave an attribute escaped. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether a url may be used as a link: only http and https, never {@code javascript:} or data URLs. */
    public static boolean isWebLink(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
