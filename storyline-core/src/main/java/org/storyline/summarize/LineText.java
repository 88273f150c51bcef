package org.storyline.summarize;

import java.util.List;
import java.util.Set;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Timex;
import org.storyline.annotate.Token;

/**
 * What a timeline line shows of a sentence, and which sentences are no news at all. Scraped news puts datelines,
 * agency tags, photo credits and captions into the text; a line shows the news without them, while its citation
 * keeps the whole sentence. Stateless.
 */
final class LineText {
    /** Fewer tokens than this left after the opening, and the sentence is shown whole. */
    private static final int MIN_REST = 6;
    private static final Set<String> DATELINE_PUNCTUATION = Set.of("-", "--", ";", ":", ",", "|", "\u2013", "\u2014");
    private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");
    /** How far into a sentence a dateline may end. */
    private static final int DATELINE_TOKENS = 30;
    private static final int CREDIT_TOKENS = 15;
    private static final Set<String> AGENCIES = Set.of("Reuters", "AP", "AFP", "UPI", "Bloomberg", "Xinhua", "dpa",
            "CNN", "BBC", "IANS", "PTI", "ANSA", "EFE", "RIA", "TASS", "Interfax");
    private static final Set<String> CREDIT_WORDS = Set.of("Photo", "Getty", "Images", "Reuters", "AP", "AFP",
            "EPA", "Pool", "By", "Update", "Updated");

    private LineText() {
    }

    /**
     * Whether a sentence is a photo caption: told in the present, it ends with the full date the photo was taken
     * ("A bird flies off a post near a barge in Venice, La., Thursday, April 29, 2010."). A caption tells what a
     * picture shows, not what happened.
     */
    static boolean isCaption(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int end = tokens.size();
        while (end > 0 && tokens.get(end - 1).text().matches("\\p{Punct}+")) {
            end--;
        }
        for (Timex timex : sentence.timexes()) {
            if (timex.tokenEnd() == end && timex.tokenStart() > 0 && timex.value() != null
                    && timex.value().matches("\\d{4}-\\d{2}-\\d{2}.*") && timex.text().matches(".*\\b\\d{4}\\b.*")) {
                // told in the present: its first verb is a present tense ("Obama talks", "a logo is seen")
                return tokens.stream().filter(t -> t.pos().startsWith("VB")).findFirst()
                        .map(t -> t.pos().equals("VBZ") || t.pos().equals("VBP")).orElse(false);
            }
        }
        return false;
    }

    /**
     * The sentence without what opens it before the news: a date or time, as a list entry writes it ("April 28 - The
     * Coast Guard says ..."), a dateline ("MEXICO CITY | Mon Apr 27, 2009 3:10am BST MEXICO CITY (Reuters) - Fears
     * of ...", "TORONTO, Oct. 15 -- While ...") or a photo credit in brackets ("(AP Photo/Kevin Wolf) The Dow
     * surges ..."): the timeline's heading already says the day. The whole sentence when little would be left.
     */
    static String told(Sentence sentence) {
        int at = newsStart(sentence);
        return at == 0 ? sentence.text()
                : sentence.text().substring(sentence.tokens().get(at).charStart() - sentence.charStart());
    }

    /** The index of the token where {@link #told} starts the sentence. */
    static int newsStart(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int at = afterDateline(tokens, afterCredit(tokens, 0));
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Timex timex : sentence.timexes()) {
                if (timex.tokenStart() == at && timex.tokenEnd() > at) {
                    at = timex.tokenEnd();
                    moved = true;
                }
            }
            while (at < tokens.size() && DATELINE_PUNCTUATION.contains(tokens.get(at).text())) {
                at++;
                moved = true;
            }
            int credit = afterCredit(tokens, at);
            moved |= credit > at;
            at = credit;
        }
        if (at == 0 || tokens.size() - at < MIN_REST || !Character.isUpperCase(tokens.get(at).text().charAt(0))) {
            return 0;
        }
        return at;
    }

    /**
     * The token after a dateline that ends with a news agency in brackets and a dash ("(Reuters) -") or with a
     * double dash after a capitalised place ("TORONTO, Oct. 15 --"), within the first tokens from {@code from};
     * {@code from} if none.
     */
    private static int afterDateline(List<Token> tokens, int from) {
        int limit = Math.min(tokens.size() - 1, from + DATELINE_TOKENS);
        for (int i = from + 2; i < limit; i++) {
            String text = tokens.get(i).text();
            if (!DASHES.contains(text)) {
                continue;
            }
            boolean agency = isClosing(tokens.get(i - 1).text()) && i >= from + 3
                    && isOpening(tokens.get(i - 3).text()) && AGENCIES.contains(tokens.get(i - 2).text());
            String first = tokens.get(from).text();
            // a dateline names a place and a date, no verb: "NATO said on Monday -- in a statement" is no dateline
            boolean place = !text.equals("-") && first.chars().noneMatch(Character::isLowerCase)
                    && Character.isLetter(first.charAt(0))
                    && tokens.subList(from, i).stream().noneMatch(t -> t.pos().startsWith("VB"));
            if (agency || place) {
                return i + 1;
            }
        }
        return from;
    }

    /** The token after a bracketed photo credit opening at {@code at} ("(AP Photo/Kevin Wolf)"); {@code at} if none. */
    private static int afterCredit(List<Token> tokens, int at) {
        if (at >= tokens.size() || !isOpening(tokens.get(at).text())) {
            return at;
        }
        boolean credit = false;
        for (int i = at + 1; i < Math.min(tokens.size(), at + CREDIT_TOKENS); i++) {
            String text = tokens.get(i).text();
            if (isClosing(text)) {
                return credit ? i + 1 : at;
            }
            credit |= CREDIT_WORDS.stream().anyMatch(text::contains);
        }
        return at;
    }

    private static boolean isOpening(String token) {
        return token.equals("(") || token.equals("-LRB-");
    }

    private static boolean isClosing(String token) {
        return token.equals(")") || token.equals("-RRB-");
    }
}
