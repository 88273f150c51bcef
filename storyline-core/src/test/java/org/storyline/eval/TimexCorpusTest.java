package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.ingest.Skip;

class TimexCorpusTest {
    static final String TIMEML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>APW19980807.0261</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07T18:30" temporalFunction="false" \
            functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>
            <TEXT>
            AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">\
            Friday</TIMEX3> its profit <EVENT eid="e2" class="OCCURRENCE">rose</EVENT> for <TIMEX3 tid="t2" \
            type="DURATION" value="P3Y">three <EVENT eid="e3" class="STATE">straight</EVENT> years</TIMEX3>.
            </TEXT>
            <TLINK lid="l1" relType="INCLUDES" timeID="t1" relatedToEventInstance="ei1" />
            </TimeML>
            """;

    static final String MEANTIME = """
            <?xml version="1.0" ?><Document doc_id="1" doc_name="1_GM_profit" lang="en">
            <token number="0" sentence="0" t_id="1">GM</token>
            <token number="1" sentence="0" t_id="2">profit</token>
            <token number="2" sentence="1" t_id="3">May</token>
            <token number="3" sentence="1" t_id="4">2</token>
            <token number="4" sentence="1" t_id="5">,</token>
            <token number="5" sentence="1" t_id="6">2013</token>
            <token number="6" sentence="2" t_id="7">It</token>
            <token number="7" sentence="2" t_id="8">rose</token>
            <token number="8" sentence="2" t_id="9">last</token>
            <token number="9" sentence="2" t_id="10">year</token>
            <token number="10" sentence="2" t_id="11">.</token>
            <token number="11" sentence="6" t_id="12">Not</token>
            <token number="12" sentence="6" t_id="13">annotated</token>
            <token number="13" sentence="6" t_id="14">today</token>
            <Markables>
            <TIMEX3 anchorTimeID="" functionInDocument="CREATION_TIME" m_id="9" type="DATE" value="2013-05-02">
            <token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
            </TIMEX3>
            <TIMEX3 anchorTimeID="9" functionInDocument="NONE" m_id="10" type="DATE" value="2012">
            <token_anchor t_id="9"/><token_anchor t_id="10"/>
            </TIMEX3>
            <TIMEX3 TAG_DESCRIPTOR="2014" functionInDocument="NONE" m_id="11" type="DATE" value="2014"/>
            </Markables>
            </Document>
            """;

    @TempDir
    Path dir;

    @Test
    void readsTimeMl() {
        TimexDocument document = TimexCorpus.read("a.tml", TIMEML);

        String text = "\nAT&T said Friday its profit rose for three straight years.\n";
        assertThat(document.text()).isEqualTo(text);
        assertThat(document.format()).isEqualTo("timeml");
        assertThat(document.dct()).isEqualTo(new TimexGold("t0", "19980807", "DATE", "1998-08-07T18:30", -1, -1));
        assertThat(document.published()).isEqualTo(LocalDate.of(1998, 8, 7));
        assertThat(document.gold()).containsExactly(
                new TimexGold("t1", "Friday", "DATE", "1998-08-07", 11, 17),
                new TimexGold("t2", "three straight years", "DURATION", "P3Y", 38, 58));
        assertThat(text.substring(11, 17)).isEqualTo("Friday");
        assertThat(text.substring(38, 58)).isEqualTo("three straight years");
        assertThat(document.noExtent()).isZero();
    }

    @Test
    void readsMeantimeSentencesZeroToFive() {
        TimexDocument document = TimexCorpus.read("b.xml", MEANTIME);

        String text = "GM profit\n\nMay 2 , 2013\n\nIt rose last year .";
        assertThat(document.text()).isEqualTo(text);
        assertThat(document.format()).isEqualTo("meantime");
        assertThat(document.dct()).isEqualTo(new TimexGold("9", "May 2 , 2013", "DATE", "2013-05-02", 11, 23));
        assertThat(document.published()).isEqualTo(LocalDate.of(2013, 5, 2));
        assertThat(document.gold()).containsExactly(new TimexGold("10", "last year", "DATE", "2012", 33, 42));
        assertThat(document.noExtent()).isEqualTo(1);
    }

    @Test
    void meantimeTextReachesTheLastAnchoredSentence() {
        String late = MEANTIME.replace("</Markables>", """
                <TIMEX3 anchorTimeID="9" functionInDocument="NONE" m_id="12" type="DATE" value="2013-05-02">
                <token_anchor t_id="14"/>
                </TIMEX3>
                </Markables>""");

        TimexDocument document = TimexCorpus.read("b.xml", late);

        assertThat(document.text())
                .isEqualTo("GM profit\n\nMay 2 , 2013\n\nIt rose last year .\n\nNot annotated today");
        assertThat(document.gold()).containsExactly(new TimexGold("10", "last year", "DATE", "2012", 33, 42),
                new TimexGold("12", "today", "DATE", "2013-05-02", 60, 65));
    }

    @Test
    void readsADirectoryInPathOrderAndSkipsBadFilesByName() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/one.xml"), MEANTIME);
        Files.writeString(dir.resolve("a.tml"), TIMEML);
        Files.writeString(dir.resolve("c.tml"), TIMEML.replace("<DCT>", "<X>").replace("</DCT>", "</X>"));
        Files.writeString(dir.resolve("d.xml"), "<html><body>hello</body></html>");
        Files.writeString(dir.resolve("e.tml"), TIMEML.replace(" type=\"DURATION\"", ""));
        Files.writeString(dir.resolve("f.xml"), MEANTIME.replace("value=\"2013-05-02\"", "value=\"DATE\""));
        Files.writeString(dir.resolve("notes.txt"), "not gold");

        TimexCorpus corpus = TimexCorpus.read(dir, 0);

        assertThat(corpus.documents()).extracting(TimexDocument::name)
                .containsExactly(dir.resolve("a.tml").toString(), dir.resolve("b/one.xml").toString());
        assertThat(corpus.skipped()).containsExactly(
                new Skip(dir.resolve("c.tml").toString(), "no creation time (<DCT><TIMEX3>)"),
                new Skip(dir.resolve("d.xml").toString(), "neither TimeML nor MEANTIME CAT XML"),
                new Skip(dir.resolve("e.tml") + ":6", "TIMEX3 t2 has no type"),
                new Skip(dir.resolve("f.xml") + ":17", "creation time \"DATE\" is not a day"));
    }

    @Test
    void readsTheFirstDocumentsOnlyWithALimit() throws IOException {
        Files.writeString(dir.resolve("a.tml"), TIMEML);
        Files.writeString(dir.resolve("b.tml"), TIMEML);
        Files.writeString(dir.resolve("c.tml"), TIMEML);

        assertThat(TimexCorpus.read(dir, 2).documents()).extracting(TimexDocument::name)
                .isEqualTo(List.of(dir.resolve("a.tml").toString(), dir.resolve("b.tml").toString()));
    }
}
