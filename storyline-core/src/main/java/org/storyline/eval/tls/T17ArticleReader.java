package org.storyline.eval.tls;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.storyline.ingest.Article;
import org.storyline.ingest.ArticleReader;
import org.storyline.ingest.Publication;
import org.storyline.ingest.Skip;

/**
 * Reads a T17 article file, {@code <Topic_source>/InputDocs/<YYYY-MM-DD>/<id>.htm.txt}: PTB-tokenised text, one
 * sentence a line, published on the date of its folder by the outlet named after the {@code _}. Lines are
 * detokenised and kept one a line. Empty files are skipped, named. Stateless and thread-safe.
 */
public final class T17ArticleReader implements ArticleReader {
    /** Suffix of T17 article files. */
    static final String SUFFIX = ".htm.txt";

    @Override
    public String format() {
        return "t17";
    }

    @Override
    public boolean recognizes(Path file, byte[] head) {
        return isArticleFile(file);
    }

    /** Whether the path has the T17 article layout (its date folder is checked when it is read). */
    static boolean isArticleFile(Path file) {
        Path dateFolder = file.getParent();
        Path inputDocs = dateFolder == null ? null : dateFolder.getParent();
        return file.getFileName().toString().endsWith(SUFFIX) && inputDocs != null
                && inputDocs.getFileName().toString().equals("InputDocs");
    }

    @Override
    public void read(Path file, Consumer<Article> articles, Consumer<Skip> skips) throws IOException {
        LocalDate published;
        try {
            published = LocalDate.parse(file.getParent().getFileName().toString());
        } catch (DateTimeParseException e) {
            skips.accept(new Skip(file.toString(), "the date folder is not YYYY-MM-DD"));
            return;
        }
        String raw;
        try {
            raw = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            skips.accept(new Skip(file.toString(), "not UTF-8 text"));
            return;
        }
        String text = raw.lines().map(PtbText::detokenise).filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
        if (text.isBlank()) {
            skips.accept(new Skip(file.toString(), "empty article file"));
            return;
        }
        Path folder = file.getParent().getParent().getParent();
        String outlet = folder == null ? null : T17Corpus.sourceOf(folder.getFileName().toString());
        articles.accept(Article.of(text, new Publication(null, outlet, published, null, file.toString())));
    }
}
