package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reads the whole White House briefing-room corpus from the shared data folder, when it is there. */
class WhiteHouseCorpusIT {
    private static final Path CORPUS = Path.of("../../shared/data/whitehouse");
    private static final int FILES = 6085;
    private static final Pattern DATE_FIELD = Pattern.compile("(?m)^date: '(\\d{4}-\\d{2}-\\d{2})'$");

    @Test
    void readsEveryReleaseWithItsFrontMatterDate() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "shared White House data not present");
        CorpusReader corpus = new CorpusReader();
        List<Skip> skips = new ArrayList<>();
        List<Path> files = corpus.listFiles(List.of(CORPUS), skips::add);
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            corpus.readFile(file, articles::add, skips::add);
        }

        assertThat(skips).isEmpty();
        assertThat(files).hasSize(FILES);
        assertThat(articles).hasSize(FILES);
        Map<String, Article> byFileName = new HashMap<>();
        for (Article article : articles) {
            Path origin = Path.of(article.firstPublication().origin());
            assertThat(article.text()).as(origin.toString()).isNotBlank();
            assertThat(article.published()).as(origin.toString()).isEqualTo(frontMatterDate(origin));
            byFileName.put(origin.getFileName().toString(), article);
        }
        assertRepostsWithTheSameBodyShareTheirId(byFileName, files);
    }

    /** A "-2.md" re-post whose Markdown body equals its original's (up to spacing) is the same article. */
    private static void assertRepostsWithTheSameBodyShareTheirId(Map<String, Article> byFileName, List<Path> files)
            throws IOException {
        Map<String, Path> paths = new HashMap<>();
        files.forEach(file -> paths.put(file.getFileName().toString(), file));
        int sameBody = 0;
        for (Map.Entry<String, Path> repost : paths.entrySet()) {
            String name = repost.getKey();
            Path original = name.endsWith("-2.md") ? paths.get(name.substring(0, name.length() - 5) + ".md") : null;
            if (original != null && body(original).equals(body(repost.getValue()))) {
                sameBody++;
                assertThat(byFileName.get(name).id()).as(name)
                        .isEqualTo(byFileName.get(original.getFileName().toString()).id());
            }
        }
        assertThat(sameBody).as("re-posts with their original's body").isPositive();
    }

    private static String body(Path file) throws IOException {
        String content = Files.readString(file);
        int end = content.indexOf("\n---\n", 4);
        return content.substring(end + 5).strip().replaceAll("\\s+", " ");
    }

    private static LocalDate frontMatterDate(Path file) throws IOException {
        Matcher date = DATE_FIELD.matcher(Files.readString(file));
        assertThat(date.find()).as(file.toString()).isTrue();
        return LocalDate.parse(date.group(1));
    }
}
