package org.storyline.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Reads a MEANTIME document (CAT XML): tokens ({@code <token t_id sentence number>}) and stand-off TIMEX3 anchored
 * on tokens ({@code <token_anchor t_id>}); the creation time is the TIMEX3 with
 * {@code functionInDocument="CREATION_TIME"}. Stateless and thread-safe.
 *
 * <p>The raw text is rebuilt from the tokens: single spaces between the tokens of a sentence, a blank line between
 * sentences (the annotator ends a sentence at a blank line, so it splits as the corpus does). Only the first
 * sentences of each article (0 to 5) are annotated in MEANTIME, so the text holds only those: sentences 0 to 5, or
 * up to the last sentence a TIMEX3 is anchored in if that is later. Every system expression is therefore in an
 * annotated sentence, and none is counted spurious for lack of annotation. A TIMEX3 anchored on several tokens spans
 * from the first to the last; one without anchors (an implicit time) has no extent and is counted, not scored.
 */
final class MeantimeReader {
    /** The last sentence MEANTIME annotates in every article. */
    static final int LAST_ANNOTATED_SENTENCE = 5;

    private MeantimeReader() {
    }

    static TimexDocument read(String name, Element root) {
        Map<String, Integer> sentenceOf = new HashMap<>();
        for (Element token : root.getElementsByTag("token")) {
            sentenceOf.put(token.attr("t_id"), sentence(token));
        }
        List<Element> timexes = root.getElementsByTag("TIMEX3");
        int last = LAST_ANNOTATED_SENTENCE;
        for (Element timex : timexes) {
            for (Element anchor : timex.getElementsByTag("token_anchor")) {
                Integer sentence = sentenceOf.get(anchor.attr("t_id"));
                if (sentence == null) {
                    throw new TimexFileError(anchor, "TIMEX3 " + timex.attr("m_id") + " is anchored on unknown token "
                            + anchor.attr("t_id"));
                }
                last = Math.max(last, sentence);
            }
        }
        StringBuilder text = new StringBuilder();
        Map<String, int[]> spans = new HashMap<>();
        int previous = -1;
        for (Element token : root.getElementsByTag("token")) {
            int sentence = sentence(token);
            if (sentence > last) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(sentence != previous ? "\n\n" : " ");
            }
            previous = sentence;
            spans.put(token.attr("t_id"), new int[] {text.length(), text.length() + token.text().length()});
            text.append(token.text());
        }
        TimexGold dct = null;
        Element dctElement = null;
        List<TimexGold> gold = new ArrayList<>();
        int noExtent = 0;
        for (Element timex : timexes) {
            TimexGold expression = gold(timex, text, spans);
            if (timex.attr("functionInDocument").equals("CREATION_TIME")) {
                dct = expression;
                dctElement = timex;
            } else if (expression.charStart() < 0) {
                noExtent++;
            } else {
                gold.add(expression);
            }
        }
        if (dct == null) {
            throw new TimexFileError("", "no creation time (TIMEX3 with functionInDocument=\"CREATION_TIME\")");
        }
        gold.sort(Comparator.comparingInt(TimexGold::charStart).thenComparingInt(TimexGold::charEnd));
        return new TimexDocument(name, "meantime", text.toString(), dct, TimexCorpus.day(dctElement, dct.value()),
                gold, noExtent);
    }

    private static int sentence(Element token) {
        try {
            return Integer.parseInt(token.attr("sentence"));
        } catch (NumberFormatException e) {
            throw new TimexFileError(token, "token " + token.attr("t_id") + " has no sentence number");
        }
    }

    private static TimexGold gold(Element timex, CharSequence text, Map<String, int[]> spans) {
        String id = timex.attr("m_id");
        for (String attribute : List.of("type", "value")) {
            if (timex.attr(attribute).isBlank()) {
                throw new TimexFileError(timex, "TIMEX3 " + id + " has no " + attribute);
            }
        }
        int start = -1;
        int end = -1;
        for (Element anchor : timex.getElementsByTag("token_anchor")) {
            int[] span = spans.get(anchor.attr("t_id"));
            start = start < 0 ? span[0] : Math.min(start, span[0]);
            end = Math.max(end, span[1]);
        }
        String written = start < 0 ? "" : text.subSequence(start, end).toString();
        return new TimexGold(id, written, timex.attr("type"), timex.attr("value"), start, end);
    }
}
