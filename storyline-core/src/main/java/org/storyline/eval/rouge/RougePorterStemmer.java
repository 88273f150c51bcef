package org.storyline.eval.rouge;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter stemmer exactly as ROUGE-1.5.5 runs it (its {@code stem} sub), which differs from the textbook
 * algorithm: step 2 also maps {@code bli} and {@code logi}, and step 4 tries three suffix groups one after the
 * other (so {@code agreement} becomes {@code agreem}). The rules are kept as the script's regular expressions
 * because their backtracking defines the measure m; any rewrite risks changing stems. Stateless and thread-safe.
 */
final class RougePorterStemmer {
    private static final String CONSONANT = "[^aeiou]";
    private static final String VOWEL = "[aeiouy]";
    private static final String CONSONANTS = CONSONANT + "[^aeiouy]*";
    private static final String VOWELS = VOWEL + "[aeiou]*";

    private static final Pattern M_GT_0 = Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS);
    private static final Pattern M_EQ_1 =
            Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + "(" + VOWELS + ")?$");
    private static final Pattern M_GT_1 =
            Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + VOWELS + CONSONANTS);
    private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CONSONANTS + ")?" + VOWEL);
    private static final Pattern CVC = Pattern.compile("^" + CONSONANTS + VOWEL + "[^aeiouwxy]$");

    private static final Pattern STEP_1A_PLURAL = Pattern.compile("(ss|i)es$");
    private static final Pattern STEP_1A_S = Pattern.compile("([^s])s$");
    private static final Pattern STEP_1B_EED = Pattern.compile("eed$");
    private static final Pattern STEP_1B_ED_ING = Pattern.compile("(ed|ing)$");
    private static final Pattern STEP_1B_RESTORE_E = Pattern.compile("(at|bl|iz)$");
    private static final Pattern STEP_1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern STEP_1C = Pattern.compile("y$");
    private static final Pattern STEP_2 = Pattern.compile("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli"
            + "|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern STEP_3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern STEP_4_GENERAL =
            Pattern.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern STEP_4_MENT = Pattern.compile("ment$");
    private static final Pattern STEP_4_ENT = Pattern.compile("ent$");
    private static final Pattern STEP_4_ION = Pattern.compile("(s|t)ion$");
    private static final Pattern STEP_5_E = Pattern.compile("e$");
    private static final Pattern STEP_5_LL = Pattern.compile("ll$");

    private static final Map<String, String> STEP_2_SUFFIXES = Map.ofEntries(
            Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
            Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"), Map.entry("alli", "al"),
            Map.entry("entli", "ent"), Map.entry("eli", "e"), Map.entry("ousli", "ous"), Map.entry("ization", "ize"),
            Map.entry("ation", "ate"), Map.entry("ator", "ate"), Map.entry("alism", "al"),
            Map.entry("iveness", "ive"), Map.entry("fulness", "ful"), Map.entry("ousness", "ous"),
            Map.entry("aliti", "al"), Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
    private static final Map<String, String> STEP_3_SUFFIXES = Map.of("icate", "ic", "ative", "", "alize", "al",
            "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    private RougePorterStemmer() {
    }

    /** The stem of a lower-case word; words shorter than three characters are returned unchanged. */
    static String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        // An initial y is upper-cased so that no pattern takes it for a vowel.
        boolean initialY = word.charAt(0) == 'y';
        String w = initialY ? "Y" + word.substring(1) : word;

        Matcher m = STEP_1A_PLURAL.matcher(w);
        if (m.find()) {
            w = w.substring(0, m.start()) + m.group(1);
        } else if ((m = STEP_1A_S.matcher(w)).find()) {
            w = w.substring(0, m.start()) + m.group(1);
        }

        if ((m = STEP_1B_EED.matcher(w)).find()) {
            if (M_GT_0.matcher(w.substring(0, m.start())).find()) {
                w = w.substring(0, w.length() - 1);
            }
        } else if ((m = STEP_1B_ED_ING.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (HAS_VOWEL.matcher(stem).find()) {
                w = stem;
                if (STEP_1B_RESTORE_E.matcher(w).find()) {
                    w = w + "e";
                } else if (STEP_1B_DOUBLE.matcher(w).find()) {
                    w = w.substring(0, w.length() - 1);
                } else if (CVC.matcher(w).find()) {
                    w = w + "e";
                }
            }
        }

        if ((m = STEP_1C.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (HAS_VOWEL.matcher(stem).find()) {
                w = stem + "i";
            }
        }

        w = replaceSuffix(w, STEP_2, STEP_2_SUFFIXES, M_GT_0);
        w = replaceSuffix(w, STEP_3, STEP_3_SUFFIXES, M_GT_0);

        w = dropSuffix(w, STEP_4_GENERAL);
        w = dropSuffix(w, STEP_4_MENT);
        if ((m = STEP_4_ENT.matcher(w)).find()) {
            w = dropMatched(w, m.start());
        } else if ((m = STEP_4_ION.matcher(w)).find()) {
            w = dropMatched(w, m.end(1));
        }

        if ((m = STEP_5_E.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (M_GT_1.matcher(stem).find()
                    || (M_EQ_1.matcher(stem).find() && !CVC.matcher(stem).find())) {
                w = stem;
            }
        }
        if (STEP_5_LL.matcher(w).find() && M_GT_1.matcher(w).find()) {
            w = w.substring(0, w.length() - 1);
        }

        return initialY ? "y" + w.substring(1) : w;
    }

    private static String replaceSuffix(String w, Pattern suffixes, Map<String, String> replacements,
                                        Pattern condition) {
        Matcher m = suffixes.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (condition.matcher(stem).find()) {
                return stem + replacements.get(m.group(1));
            }
        }
        return w;
    }

    private static String dropSuffix(String w, Pattern suffix) {
        Matcher m = suffix.matcher(w);
        return m.find() ? dropMatched(w, m.start()) : w;
    }

    /** Cuts the word at {@code end} when what remains has m > 1 (step 4). */
    private static String dropMatched(String w, int end) {
        String stem = w.substring(0, end);
        return M_GT_1.matcher(stem).find() ? stem : w;
    }
}
