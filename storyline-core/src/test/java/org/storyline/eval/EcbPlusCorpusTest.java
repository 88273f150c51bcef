package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.ingest.Skip;

class EcbPlusCorpusTest {
    @Test
    void documentsAreReadWithTheirGoldClusterAndWithoutTheSourceUrl(@TempDir Path dir) throws Exception {
        Path topic = Files.createDirectories(dir.resolve("1"));
        Files.writeString(topic.resolve("1_1ecb.xml"), "<Document doc_name=\"1_1ecb.xml\">\n"
                + "<token t_id=\"1\" sentence=\"0\" number=\"0\">Tara</token>\n"
                + "<token t_id=\"2\" sentence=\"0\" number=\"1\">Reid</token>\n"
                + "<token t_id=\"3\" sentence=\"1\" number=\"0\">Rehab</token>\n"
                + "<Markables><ACTION_OCCURRENCE m_id=\"9\"/></Markables>\n</Document>\n");
        Files.writeString(topic.resolve("1_2ecbplus.xml"), "<Document doc_name=\"1_2ecbplus.xml\">\n"
                + "<token t_id=\"1\" sentence=\"0\" number=\"0\">http</token>\n"
                + "<token t_id=\"2\" sentence=\"0\" number=\"1\">://x.com</token>\n"
                + "<token t_id=\"3\" sentence=\"1\" number=\"0\">Lohan</token>\n"
                + "<token t_id=\"4\" sentence=\"1\" number=\"1\">&amp;</token>\n</Document>\n");
        Files.writeString(topic.resolve("1_3ecb.xml"), "<Document><token>broken");

        EcbPlusCorpus corpus = EcbPlusCorpus.read(dir);

        assertThat(corpus.documents()).containsExactly(
                new EcbPlusDocument("1_1ecb.xml", "1", "Tara Reid\nRehab", "1/ecb"),
                new EcbPlusDocument("1_2ecbplus.xml", "1", "Lohan &", "1/ecbplus"));
        assertThat(corpus.skipped()).extracting(Skip::location)
                .containsExactly(topic.resolve("1_3ecb.xml").toString());
    }
}
