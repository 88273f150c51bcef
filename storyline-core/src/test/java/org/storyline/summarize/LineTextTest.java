package org.storyline.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Timex;
import org.storyline.annotate.Token;

class LineTextTest {
    @Test
    void aLineLeavesOutTheDateItsSentenceOpensWith() {
        Sentence listed = tagged("April/NNP 28/CD -/: The/DT Coast/NNP Guard/NNP says/VBZ the/DT flow/NN is/VBZ "
                + "five/CD times/NNS greater/JJR ./.", 0, 2, "2010-04-28");
        Sentence told = tagged("On/IN April/NNP 28/CD the/DT Coast/NNP Guard/NNP said/VBD the/DT flow/NN was/VBD "
                + "greater/JJR ./.", 1, 3, "2010-04-28");

        assertThat(LineText.told(listed)).isEqualTo("The Coast Guard says the flow is five times "
                + "greater .");
        assertThat(LineText.told(told)).isEqualTo(told.text());
    }

    @Test
    void aLineLeavesOutADatelineAndAPhotoCredit() {
        Sentence agency = tagged("MEXICO/NNP CITY/NNP -LRB-/-LRB- Reuters/NNP -RRB-/-RRB- -/: Fears/NNS of/IN a/DT "
                + "pandemic/NN grew/VBD as/IN new/JJ cases/NNS appeared/VBD ./.", -1, -1, "2009-04-27");
        Sentence place = tagged("TORONTO/NNP ,/, Oct./NNP 15/CD --/: While/IN the/DT United/NNP States/NNPS "
                + "reels/VBZ ,/, Canada/NNP has/VBZ remained/VBN calm/JJ ./.", 2, 4, "2008-10-15");
        Sentence credit = tagged("-LRB-/-LRB- AP/NNP Photo/Kevin/NNP Wolf/NNP -RRB-/-RRB- The/DT Dow/NNP "
                + "surges/VBZ 552/CD points/NNS in/IN a/DT late/JJ rally/NN ./.", -1, -1, "2008-10-28");
        Sentence aside = tagged("-LRB-/-LRB- In/IN dollars/NNS -RRB-/-RRB- The/DT loss/NN was/VBD the/DT "
                + "largest/JJS in/IN years/NNS ./.", -1, -1, "2008-10-28");

        assertThat(LineText.told(agency)).isEqualTo("Fears of a pandemic grew as new cases "
                + "appeared .");
        assertThat(LineText.told(place)).isEqualTo("While the United States reels , Canada has "
                + "remained calm .");
        assertThat(LineText.told(credit)).isEqualTo("The Dow surges 552 points in a late rally .");
        assertThat(LineText.told(aside)).isEqualTo(aside.text());
        Sentence acronym = tagged("NATO/NNP said/VBD on/IN Monday/NNP --/: in/IN a/DT statement/NN --/: that/IN "
                + "the/DT talks/NNS had/VBD failed/VBN ./.", 3, 4, "2008-10-27");
        assertThat(LineText.told(acronym)).isEqualTo(acronym.text());
    }

    @Test
    void aPhotoCaptionToldInThePresentWithItsFullDateIsACaption() {
        Sentence caption = tagged("Obama/NNP talks/VBZ to/TO reporters/NNS in/IN Venice/NNP ,/, Louisiana/NNP ,/, "
                + "May/NNP 2/CD ,/, 2010/CD ./.", 9, 13, "2010-05-02");
        Sentence report = tagged("The/DT rig/NN exploded/VBD off/IN Louisiana/NNP on/IN April/NNP 20/CD ,/, "
                + "2010/CD ./.", 6, 10, "2010-04-20");
        Sentence plan = tagged("Obama/NNP visits/VBZ the/DT coast/NN on/IN Sunday/NNP ./.", 5, 6, "2010-05-02");

        assertThat(LineText.isCaption(caption)).isTrue();
        assertThat(LineText.isCaption(report)).isFalse();
        assertThat(LineText.isCaption(plan)).isFalse();
    }

    /**
     * A sentence from {@code word/TAG} items, with one date expression on tokens {@code start} to {@code end}, or
     * none and the publication date when {@code start} is negative.
     */
    private static Sentence tagged(String items, int start, int end, String date) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String item : items.split(" ")) {
            String word = item.substring(0, item.lastIndexOf('/'));
            if (text.length() > 0) {
                text.append(' ');
            }
            tokens.add(new Token(tokens.size(), word, word.toLowerCase(), item.substring(item.lastIndexOf('/') + 1),
                    "O", text.length(), text.length() + word.length()));
            text.append(word);
        }
        if (start < 0) {
            return new Sentence(0, text.toString(), 0, text.length(), tokens, List.of(), List.of(), List.of(), date,
                    DateSource.PUBLISHED);
        }
        int charStart = tokens.get(start).charStart();
        int charEnd = tokens.get(end - 1).charEnd();
        Timex timex = new Timex(text.substring(charStart, charEnd), "DATE", date, date, null, start, end, charStart,
                charEnd);
        return new Sentence(0, text.toString(), 0, text.length(), tokens, List.of(), List.of(), List.of(timex), date,
                DateSource.TEXT);
    }
}
