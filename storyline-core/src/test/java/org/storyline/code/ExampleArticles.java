package org.storyline.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.CoreNlpAnnotator;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;

/** The example articles of the repository, annotated once per test JVM by the shared pipeline. */
final class ExampleArticles {
    private static final Path FOLDER = Path.of("../examples");
    private static final Pattern DATE_LINE = Pattern.compile(" ?date (\\d{4}-\\d{2}-\\d{2}) (.*)", Pattern.DOTALL);
    private static List<AnnotatedArticle> annotated;

    private ExampleArticles() {
    }

    /** Every example, annotated, in file name order. */
    static synchronized List<AnnotatedArticle> annotated() {
        if (annotated == null) {
            try (Stream<Path> files = Files.list(FOLDER)) {
                annotated = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(ExampleArticles::read)
                    .map(CoreNlpAnnotator.shared()::annotate).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return annotated;
    }

    private static Article read(Path file) {
        try {
            Matcher matcher = DATE_LINE.matcher(Files.readString(file));
            if (!matcher.matches()) {
                throw new IllegalStateException(file + ":1: no ' date YYYY-MM-DD' line");
            }
            return Article.of(matcher.group(2),
                new Publication(null, null, LocalDate.parse(matcher.group(1)), null, file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
