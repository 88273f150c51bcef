package org.storyline.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;

/** The founding example articles of the repository, annotated once per test JVM. */
final class Examples {
    private static final Path FOLDER = Path.of("../examples");
    private static final Pattern DATE_LINE = Pattern.compile(" ?date (\\d{4}-\\d{2}-\\d{2}) (.*)", Pattern.DOTALL);
    private static List<AnnotatedArticle> annotated;

    private Examples() {
    }

    /** Every example, annotated by the shared pipeline, in file name order. */
    static synchronized List<AnnotatedArticle> annotated() {
        if (annotated == null) {
            annotated = articles().stream().map(CoreNlpAnnotator.shared()::annotate).toList();
        }
        return annotated;
    }

    /** Every example as an article, in file name order. */
    static List<Article> articles() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(Examples::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article read(Path file) {
        try {
            Matcher matcher = DATE_LINE.matcher(Files.readString(file));
            if (!matcher.matches()) {
                throw new IllegalStateException(file + ":1: no ' date YYYY-MM-DD' line");
            }
            LocalDate date = LocalDate.parse(matcher.group(1));
            return Article.of(matcher.group(2), new Publication(null, null, date, null, file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
