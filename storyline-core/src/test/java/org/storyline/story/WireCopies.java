package org.storyline.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Makes wire-copy variants of a real article text with known edits, the way outlets republish agency copy: a new
 * headline, a byline, trimmed or added sentences, boilerplate, a few edited words, the whole text printed inside a
 * roundup of other news, or all of them at once (but the roundup).
 */
final class WireCopies {
    /** The kinds of edit. */
    enum Edit { HEADLINE, BYLINE, TRIMMED, ADDED, BOILERPLATE, WORDS, PADDED, ALL }

    private static final List<String> HEADLINES = List.of("Blinken warns Moscow over troop build-up",
            "US urges Russia to pull back forces from Ukraine border", "UPDATE 2-Top diplomats talk as tensions rise",
            "Washington and Moscow keep talking despite standoff", "What the latest call means for Ukraine");
    private static final List<String> BYLINES = List.of("By Humeyra Pamuk and Jonathan Landay, Reuters",
            "By Matthew Lee, Associated Press", "From our correspondent in Washington", "Staff and agencies");
    private static final List<String> BOILERPLATE = List.of(
            "Copyright 2022 The Associated Press. All rights reserved. This material may not be published, "
                    + "broadcast, rewritten or redistributed.",
            "Sign up for our morning newsletter to get the day's top stories in your inbox.",
            "Share this article: Facebook Twitter Email", "Advertisement",
            "(Reporting by David Brunnstrom; Editing by Leslie Adler)");
    private static final List<String> ADDITIONS = List.of(
            "Analysts said the diplomatic contacts showed both sides wanted to avoid a military confrontation, "
                    + "although neither has offered concessions on the core demands.",
            "Earlier this week the Pentagon put thousands of troops on heightened alert for possible deployment "
                    + "to Eastern Europe.",
            "European leaders are expected to discuss the crisis at a summit later this month, officials said.");
    private static final List<String> SWAPS = List.of("said", "stated", "told", "warned", "Tuesday", "Wednesday",
            "soldiers", "troops", "border", "frontier", "urged", "asked", "the", "a");

    private WireCopies() {
    }

    /** A variant of {@code text} with {@code edit}, chosen by {@code random}; nothing to pad a roundup with. */
    static String variant(String text, Edit edit, Random random) {
        return variant(text, edit, random, List.of());
    }

    /**
     * A variant of {@code text} with {@code edit}, chosen by {@code random}; a {@link Edit#PADDED} one takes its
     * padding from the sentences of the {@code elsewhere} texts.
     */
    static String variant(String text, Edit edit, Random random, List<String> elsewhere) {
        return switch (edit) {
            case HEADLINE -> pick(HEADLINES, random) + "\n\n" + text;
            case BYLINE -> pick(BYLINES, random) + "\n\n" + text;
            case TRIMMED -> trim(text, 0.4, random);
            case ADDED -> add(text, random);
            case BOILERPLATE -> pick(BOILERPLATE, random) + "\n\n" + text + "\n\n" + pick(BOILERPLATE, random);
            case WORDS -> editWords(text, 0.05, random);
            case PADDED -> pad(text, elsewhere, random);
            case ALL -> pick(HEADLINES, random) + "\n\n" + pick(BYLINES, random) + "\n\n"
                    + editWords(add(trim(text, 0.3, random), random), 0.03, random) + "\n\n"
                    + pick(BOILERPLATE, random);
        };
    }

    /** Drops sentences from the end, the start or both, at most {@code share} of the words. */
    private static String trim(String text, double share, Random random) {
        List<String> sentences = new ArrayList<>(Arrays.asList(text.split("(?<=[.!?”\"])\\s+")));
        int words = Words.of(text).size();
        int budget = (int) (words * share * (0.5 + random.nextDouble() / 2));
        boolean fromEnd = random.nextBoolean();
        while (sentences.size() > 1) {
            String candidate = fromEnd ? sentences.get(sentences.size() - 1) : sentences.get(0);
            int size = Words.of(candidate).size();
            if (size > budget) {
                break;
            }
            budget -= size;
            sentences.remove(fromEnd ? sentences.size() - 1 : 0);
            fromEnd = !fromEnd;
        }
        return String.join(" ", sentences);
    }

    /**
     * Prints {@code text} inside a roundup: about half the sentences of each {@code elsewhere} text, shuffled, one
     * to two times its length in all (a copy is a third of the roundup or more), part before it and the rest after.
     */
    private static String pad(String text, List<String> elsewhere, Random random) {
        List<String> pool = new ArrayList<>();
        for (String other : elsewhere) {
            for (String sentence : other.split("(?<=[.!?”\"])\\s+")) {
                if (random.nextBoolean()) {
                    pool.add(sentence);
                }
            }
        }
        Collections.shuffle(pool, random);
        int budget = (int) (Words.of(text).size() * (1 + random.nextDouble()));
        List<String> padding = new ArrayList<>();
        for (String sentence : pool) {
            if (budget <= 0) {
                break;
            }
            padding.add(sentence);
            budget -= Words.of(sentence).size();
        }
        int before = random.nextInt(padding.size() + 1);
        return String.join(" ", padding.subList(0, before)) + "\n\n" + text + "\n\n"
                + String.join(" ", padding.subList(before, padding.size()));
    }

    private static String add(String text, Random random) {
        String addition = pick(ADDITIONS, random);
        return random.nextBoolean() ? text + "\n\n" + addition : addition + "\n\n" + text;
    }

    /** Replaces, drops or misspells about {@code share} of the words. */
    private static String editWords(String text, double share, Random random) {
        String[] tokens = text.split(" ");
        for (int i = 0; i < tokens.length; i++) {
            if (random.nextDouble() >= share) {
                continue;
            }
            switch (random.nextInt(3)) {
                case 0 -> tokens[i] = pick(SWAPS, random);
                case 1 -> tokens[i] = "";
                default -> tokens[i] = misspell(tokens[i], random);
            }
        }
        return String.join(" ", tokens).replaceAll(" {2,}", " ");
    }

    private static String misspell(String word, Random random) {
        if (word.length() < 4) {
            return word;
        }
        int i = 1 + random.nextInt(word.length() - 3);
        return word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
