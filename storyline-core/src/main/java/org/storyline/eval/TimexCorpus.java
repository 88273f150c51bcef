package org.storyline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.storyline.ingest.Skip;
import org.storyline.util.Validate;

/**
 * The documents of a temporal-normalisation gold corpus: every {@code *.tml} and {@code *.xml} file under a
 * directory, in path order, read as TimeML ({@link TimeMlReader}) or MEANTIME CAT XML ({@link MeantimeReader}) as
 * their root element says. A file that cannot be read is skipped, named by file (and line), and the others are
 * read. Immutable and thread-safe.
 *
 * @param documents the documents read, in path order
 * @param skipped   the files left out, each with where and why
 */
public record TimexCorpus(List<TimexDocument> documents, List<Skip> skipped) {
    public TimexCorpus {
        documents = List.copyOf(documents);
        skipped = List.copyOf(skipped);
    }

    /**
     * Reads the gold files under {@code dir}.
     *
     * @param limit the most documents to read (the first ones in path order), or 0 for all
     * @throws UncheckedIOException when the directory cannot be listed
     */
    public static TimexCorpus read(Path dir, int limit) {
        Validate.notNull(dir, "dir");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(TimexCorpus::isGoldFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        List<TimexDocument> documents = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        for (Path file : files) {
            if (limit > 0 && documents.size() >= limit) {
                break;
            }
            try {
                documents.add(read(file.toString(), text(file)));
            } catch (TimexFileError e) {
                skipped.add(new Skip(file + e.where(), e.getMessage()));
            }
        }
        return new TimexCorpus(documents, skipped);
    }

    /**
     * Reads one gold document from its content.
     *
     * @param name the file name, for the document and in errors
     * @throws TimexFileError when it is neither TimeML nor MEANTIME, or lacks what the evaluation needs
     */
    static TimexDocument read(String name, String content) {
        Document xml = Jsoup.parse(content, "", Parser.xmlParser().setTrackPosition(true));
        Element root = xml.children().stream().findFirst()
                .orElseThrow(() -> new TimexFileError("", "neither TimeML nor MEANTIME CAT XML"));
        if (root.tagName().equals("TimeML")) {
            return TimeMlReader.read(name, root);
        }
        if (root.tagName().equals("Document") && !root.getElementsByTag("token").isEmpty()) {
            return MeantimeReader.read(name, root);
        }
        throw new TimexFileError("", "neither TimeML nor MEANTIME CAT XML");
    }

    /** The day of a creation-time value such as {@code 1998-01-08} or {@code 1998-01-08T18:30}. */
    static LocalDate day(Element timex, String value) {
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new TimexFileError(timex, "creation time \"" + value + "\" is not a day");
        }
    }

    private static boolean isGoldFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".tml") || name.endsWith(".xml");
    }

    private static String text(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new TimexFileError("", "not UTF-8 text");
        } catch (IOException e) {
            throw new TimexFileError("", "cannot be read (" + e.getMessage() + ")");
        }
    }
}
