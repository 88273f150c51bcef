package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedTextReaderTest {
    @TempDir
    Path dir;

    private final SeedTextReader reader = new SeedTextReader();

    @Test
    void readsTheFirstLinesOfAnExampleWithItsHeadlineAsTitle() throws IOException {
        Path file = write("001.txt", " date 2022-02-01 Blinken urges Russia to de-escalate Ukraine crisis\n\n"
                + "In call with Russian foreign minister, US secretary of state said he wants to continue "
                + "'substantive exchange' with Russia\n\n"
                + "US Secretary of State Antony Blinken greets Russian Foreign Minister Sergey Lavrov before their "
                + "meeting in in Geneva last month. AP\n");

        Article article = read(file).only();

        String text = "Blinken urges Russia to de-escalate Ukraine crisis\n\n"
                + "In call with Russian foreign minister, US secretary of state said he wants to continue "
                + "'substantive exchange' with Russia\n\n"
                + "US Secretary of State Antony Blinken greets Russian Foreign Minister Sergey Lavrov before their "
                + "meeting in in Geneva last month. AP";
        assertThat(article.text()).isEqualTo(text);
        assertThat(article.id()).isEqualTo(ArticleIds.of(text));
        assertThat(article.publications()).containsExactly(new Publication(null, null, LocalDate.of(2022, 2, 1),
                "Blinken urges Russia to de-escalate Ukraine crisis", file.toString()));
    }

    @Test
    void aFirstLineThatIsASentenceIsNoTitle() throws IOException {
        Path file = write("000.txt", " date 2022-02-01 US Secretary of State Antony Blinken on Tuesday, "
                + "February 1 has urged Russia to \"immediately\" de-escalate tensions.\r\n\r\n\r\n\r\nSecond "
                + "paragraph.\r\n");

        Article article = read(file).only();

        assertThat(article.text()).isEqualTo("US Secretary of State Antony Blinken on Tuesday, February 1 has urged "
                + "Russia to \"immediately\" de-escalate tensions.\n\nSecond paragraph.");
        assertThat(article.title()).isNull();
    }

    @Test
    void aShortFirstLineEndingWithAPeriodIsNoTitle() {
        assertThat(SeedTextReader.titleOf("Troops withdrew.\n\nMore text")).isNull();
        assertThat(SeedTextReader.titleOf("Troops withdraw\n\nMore text")).isEqualTo("Troops withdraw");
        assertThat(SeedTextReader.titleOf("x".repeat(121) + "\nMore")).isNull();
        assertThat(SeedTextReader.titleOf("x".repeat(120) + "\nMore")).isEqualTo("x".repeat(120));
    }

    @Test
    void isRecognisedWithoutANameHint() {
        byte[] head = " date 2022-01-06 United States".getBytes(StandardCharsets.UTF_8);

        assertThat(reader.recognizes(Path.of("noname"), head)).isTrue();
        assertThat(reader.recognizes(Path.of("x.txt"), "date line".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void impossibleDateIsSkippedNamingTheValue() throws IOException {
        Path file = write("bad.txt", " date 2022-02-30 Text of the article.\n");

        Collected result = read(file);

        assertThat(result.articles).isEmpty();
        assertThat(result.skips).containsExactly(new Skip(file.toString(), "invalid date \"2022-02-30\""));
    }

    @Test
    void headerWithoutTextIsSkipped() throws IOException {
        Path file = write("blank.txt", " date 2022-02-03 \n\n  \n");

        assertThat(read(file).skips).containsExactly(new Skip(file.toString(), "no text"));
    }

    @Test
    void missingHeaderIsSkipped() throws IOException {
        Path file = write("plain.txt", "Just some text.\n");

        assertThat(read(file).skips).containsExactly(
                new Skip(file.toString(), "no \" date YYYY-MM-DD\" header on the first line"));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private Collected read(Path file) throws IOException {
        return Collected.read(reader, file);
    }
}
