package org.storyline.eval;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads a TimeML document (TimeBank, AQUAINT): the creation time is the TIMEX3 in {@code <DCT>}; the raw text is
 * the text content of {@code <TEXT>} with every tag removed and entities decoded; each TIMEX3 inside {@code <TEXT>}
 * is a gold expression whose offsets are counted while the tags are stripped. Stateless and thread-safe.
 */
final class TimeMlReader {
    private TimeMlReader() {
    }

    static TimexDocument read(String name, Element root) {
        Element dctElement = root.selectFirst("DCT > TIMEX3");
        if (dctElement == null) {
            throw new TimexFileError("", "no creation time (<DCT><TIMEX3>)");
        }
        TimexGold dct = gold(dctElement, dctElement.text(), -1, -1);
        Element body = root.selectFirst("TEXT");
        if (body == null) {
            throw new TimexFileError("", "no <TEXT>");
        }
        StringBuilder text = new StringBuilder();
        List<TimexGold> gold = new ArrayList<>();
        strip(body, text, gold);
        return new TimexDocument(name, "timeml", text.toString(), dct, TimexCorpus.day(dctElement, dct.value()),
                gold, 0);
    }

    private static void strip(Element element, StringBuilder text, List<TimexGold> gold) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (node instanceof Element child) {
                int start = text.length();
                strip(child, text, gold);
                if (child.tagName().equals("TIMEX3")) {
                    gold.add(extent(child, text, start, text.length()));
                }
            }
        }
    }

    /** The gold expression over {@code start..end}, without surrounding white space, which no tokeniser keeps. */
    private static TimexGold extent(Element timex, CharSequence text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new TimexFileError(timex, "TIMEX3 " + timex.attr("tid") + " has no text");
        }
        return gold(timex, text.subSequence(start, end).toString(), start, end);
    }

    private static TimexGold gold(Element timex, String text, int start, int end) {
        String id = timex.attr("tid");
        for (String attribute : List.of("type", "value")) {
            if (timex.attr(attribute).isBlank()) {
                throw new TimexFileError(timex, "TIMEX3 " + id + " has no " + attribute);
            }
        }
        return new TimexGold(id, text, timex.attr("type"), timex.attr("value"), start, end);
    }
}
