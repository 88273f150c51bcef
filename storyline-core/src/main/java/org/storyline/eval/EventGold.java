package org.storyline.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.code.CodeTables;
import org.storyline.ingest.Skip;

/**
 * Reads gold event records, telling the format from the content: PLOVER gold records as JSON lines (a file whose
 * first character is <code>{</code>) or PETRARCH-2 validation XML (first character {@code <}). A bad record is
 * skipped, named by file and line, and the others are read. Stateless and thread-safe.
 */
public final class EventGold {
    /** Country codes of older gold sets and their ISO 3166 alpha-3 codes. */
    private static final Map<String, String> LEGACY_COUNTRIES = Map.of("JAP", "JPN", "ROM", "ROU", "ZAR", "COD",
            "TMP", "TLS");

    private EventGold() {
    }

    /** The gold records of {@code file}; CAMEO codes are turned into PLOVER types with {@code tables}. */
    public static GoldSet read(Path file, CodeTables tables) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return unread(file, "not UTF-8 text");
        } catch (IOException e) {
            return unread(file, "cannot be read (" + e.getMessage() + ")");
        }
        String start = text.stripLeading();
        if (start.startsWith("{")) {
            return PloverGold.read(file.toString(), text, tables);
        }
        if (start.startsWith("<")) {
            return PetrarchGold.read(file.toString(), text, tables);
        }
        return unread(file, "neither PLOVER gold records (JSON lines) nor PETRARCH-2 validation XML");
    }

    /**
     * The country of a gold actor code: its first three letters ({@code USAGOV} is {@code USA}, {@code ---REB} is
     * {@code ---}), except codes of international organisations, which are kept whole ({@code IGOUNO}). A country
     * code that gold sets use where ISO 3166 has another ({@code JAP} for Japan, and the withdrawn ISO codes
     * {@code ROM}, {@code ZAR}, {@code TMP}) is given as its ISO code, which the coder uses. Null for a blank code.
     */
    public static String country(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (upper.startsWith("IGO")) {
            return upper;
        }
        String country = upper.length() <= 3 ? upper : upper.substring(0, 3);
        return LEGACY_COUNTRIES.getOrDefault(country, country);
    }

    private static GoldSet unread(Path file, String reason) {
        return new GoldSet("unknown", List.of(), List.of(new Skip(file.toString(), reason)));
    }
}
