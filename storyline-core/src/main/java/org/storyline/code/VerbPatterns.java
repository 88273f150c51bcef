package org.storyline.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The verb patterns, content rules and future rules of {@link PatternEventCoder}, read from our resource files
 * {@code verbs/patterns.txt}, {@code verbs/content.txt} and {@code verbs/future.txt} (their headers document the
 * format). Immutable and thread-safe.
 */
public final class VerbPatterns {
    private static final String FOLDER = "/org/storyline/code/verbs/";
    private static final VerbPatterns STANDARD = new VerbPatterns(
            parse(FOLDER + "patterns.txt", 7, VerbPatterns::pattern),
            parse(FOLDER + "content.txt", 5, VerbPatterns::contentRule),
            parse(FOLDER + "future.txt", 5, VerbPatterns::futureRule));

    private final Map<String, List<Pattern>> byLemma = new LinkedHashMap<>();
    private final List<ContentRule> contentRules;
    private final Map<String, FutureRule> futureRules = new LinkedHashMap<>();

    /**
     * What a pattern codes, and when.
     *
     * @param id        unique name
     * @param lemma     the verb or, for a bare noun predicate, the noun
     * @param particle  the particle or preposition that must follow the verb, or null
     * @param nouns     the object nouns of a light verb ("hold talks"), or empty; for a bare noun predicate, the noun
     * @param nounOnly  whether the trigger is a noun predicate without a verb
     * @param frame     the frame conditions
     * @param code      the code it gives
     */
    public record Pattern(String id, String lemma, String particle, Set<String> nouns, boolean nounOnly, Frame frame,
                          Code code) {
        public Pattern {
            nouns = Set.copyOf(nouns);
        }

        /** The text of the trigger as written in the pattern file, for rules. */
        public String trigger() {
            return nounOnly ? "~" + lemma : lemma + (particle != null ? " " + particle : "")
                    + (nouns.isEmpty() ? "" : " ~" + String.join("/", nouns.stream().sorted().toList()));
        }
    }

    /**
     * Frame conditions of a pattern.
     *
     * @param objects   lemmas one of which the object must have, or empty for any
     * @param object    {@code +} the verb must have an object, {@code -} it must have none, null either
     * @param content   whether the pattern carries content that refines its code
     * @param report    whether it is a verb of saying whose complement is the event
     * @param symmetric whether its subjects act together, each the recipient of the others
     * @param active    whether the verb must be in the active voice ("met Lavrov", not "was met with consequences")
     * @param stative   whether its passive form is a stance of its subject ("Israel is opposed to mediation"), not
     *                  something done to the subject
     * @param converse  whether the subject receives what the "from" phrase gives ("Ukraine received weapons from
     *                  the United States" is the United States aiding Ukraine)
     */
    public record Frame(Set<String> objects, String object, boolean content, boolean report, boolean symmetric,
                        boolean active, boolean stative, boolean converse) {
        public Frame {
            objects = Set.copyOf(objects);
        }
    }

    /**
     * An event code.
     *
     * @param cameo   CAMEO code
     * @param event   PLOVER event type, null for verbs of saying
     * @param mode    PLOVER mode or null
     * @param context PLOVER contexts
     */
    public record Code(String cameo, String event, String mode, List<String> context) {
        public Code {
            context = List.copyOf(context);
        }
    }

    /**
     * A content rule: content lemmas that refine the code of a pattern of type {@code event}.
     *
     * @param event  the PLOVER type it refines
     * @param root   the CAMEO root (two digits) the pattern's code must have, or null for any: REQUEST patterns are
     *               appeals (02) or demands (10), and their content keeps them so
     * @param lemmas the content lemmas
     * @param code   the refined code
     */
    public record ContentRule(String event, String root, Set<String> lemmas, Code code) {
        public ContentRule {
            lemmas = Set.copyOf(lemmas);
        }
    }

    /**
     * A future rule: an announced event of type {@code event} is coded as {@code code}.
     *
     * @param event the PLOVER type of the announced act
     * @param code  the code of the announcement
     */
    public record FutureRule(String event, Code code) {
    }

    private VerbPatterns(List<Pattern> patterns, List<ContentRule> contentRules, List<FutureRule> futureRules) {
        Set<String> ids = new HashSet<>();
        for (Pattern pattern : patterns) {
            if (!ids.add(pattern.id())) {
                throw new IllegalArgumentException("verb patterns: duplicate id " + pattern.id());
            }
            byLemma.computeIfAbsent(pattern.lemma(), k -> new ArrayList<>()).add(pattern);
        }
        byLemma.replaceAll((k, v) -> List.copyOf(v));
        this.contentRules = List.copyOf(contentRules);
        futureRules.forEach(rule -> this.futureRules.put(rule.event(), rule));
    }

    /** The patterns of our resource files. */
    public static VerbPatterns standard() {
        return STANDARD;
    }

    /** Every code the patterns, content rules and future rules can give. */
    public List<Code> codes() {
        List<Code> codes = new ArrayList<>();
        byLemma.values().forEach(list -> list.forEach(p -> codes.add(p.code())));
        contentRules.forEach(r -> codes.add(r.code()));
        futureRules.values().forEach(r -> codes.add(r.code()));
        return codes;
    }

    /** The patterns whose verb or bare noun is {@code lemma}, in file order. */
    public List<Pattern> forLemma(String lemma) {
        return byLemma.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * The code that content {@code lemma} gives to a pattern of type {@code event} and CAMEO code {@code cameo}, if
     * a rule says so.
     *
     * @param cameo the pattern's CAMEO code, or null when there is no pattern code: then only rules for any root
     *              apply
     */
    public Optional<Code> content(String event, String cameo, String lemma) {
        String key = lemma.toLowerCase(Locale.ROOT);
        return contentRules.stream()
                .filter(r -> r.event().equals(event) && r.lemmas().contains(key)
                        && (r.root() == null || cameo != null && cameo.startsWith(r.root())))
                .map(ContentRule::code).findFirst();
    }

    /** The code of the announcement of a future event of type {@code event}, if a rule says so. */
    public Optional<Code> future(String event) {
        return Optional.ofNullable(futureRules.get(event)).map(FutureRule::code);
    }

    private interface LineParser<T> {
        T parse(String[] fields);
    }

    private static <T> List<T> parse(String resource, int fieldCount, LineParser<T> parser) {
        List<T> out = new ArrayList<>();
        try (InputStream in = VerbPatterns.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (content.isEmpty()) {
                    continue;
                }
                String[] fields = Arrays.stream(content.split("\\|", -1)).map(String::strip).toArray(String[]::new);
                try {
                    if (fields.length != fieldCount) {
                        throw new IllegalArgumentException("expected " + fieldCount + " fields, found " + fields.length);
                    }
                    out.add(parser.parse(fields));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(resource + ":" + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return out;
    }

    private static Pattern pattern(String[] f) {
        String[] words = f[1].toLowerCase(Locale.ROOT).split("\\s+");
        if (words[0].startsWith("~")) {
            if (words.length != 1) {
                throw new IllegalArgumentException("a noun predicate is one word: " + f[1]);
            }
            String noun = words[0].substring(1);
            return new Pattern(f[0], noun, null, Set.of(noun), true, frame(f[2]), code(f[3], f[4], f[5], f[6]));
        }
        if (words.length > 2) {
            throw new IllegalArgumentException("a trigger is a verb, a particle and/or one ~noun: " + f[1]);
        }
        String particle = null;
        Set<String> nouns = Set.of();
        if (words.length == 2) {
            if (words[1].startsWith("~")) {
                nouns = Set.of(words[1].substring(1).split("/"));
            } else {
                particle = words[1];
            }
        }
        return new Pattern(f[0], words[0], particle, nouns, false, frame(f[2]), code(f[3], f[4], f[5], f[6]));
    }

    private static Frame frame(String field) {
        Set<String> objects = Set.of();
        String object = null;
        boolean content = false;
        boolean report = false;
        boolean symmetric = false;
        boolean active = false;
        boolean stative = false;
        boolean converse = false;
        for (String condition : field.split(",")) {
            String c = condition.strip();
            if (c.equals("-") || c.isEmpty()) {
                continue;
            }
            if (c.equals("obj=+") || c.equals("obj=-")) {
                object = c.substring(4);
            } else if (c.startsWith("obj=")) {
                objects = Set.of(c.substring(4).split("/"));
            } else if (c.equals("content")) {
                content = true;
            } else if (c.equals("report")) {
                report = true;
            } else if (c.equals("symmetric")) {
                symmetric = true;
            } else if (c.equals("active")) {
                active = true;
            } else if (c.equals("stative")) {
                stative = true;
            } else if (c.equals("converse")) {
                converse = true;
            } else {
                throw new IllegalArgumentException("unknown frame condition: " + c);
            }
        }
        return new Frame(objects, object, content, report, symmetric, active, stative, converse);
    }

    private static ContentRule contentRule(String[] f) {
        String[] target = f[0].split("\\s+");
        if (target.length > 2 || target.length == 2 && !target[1].matches("\\d{2}")) {
            throw new IllegalArgumentException("not 'EVENT [CAMEO root]': " + f[0]);
        }
        String root = target.length == 2 ? target[1] : null;
        Code code = code(f[2], target[0], f[3], f[4]);
        if (root != null && !code.cameo().startsWith(root)) {
            throw new IllegalArgumentException("code " + code.cameo() + " is not under CAMEO root " + root);
        }
        return new ContentRule(target[0], root, Set.of(f[1].toLowerCase(Locale.ROOT).split("/")), code);
    }

    private static FutureRule futureRule(String[] f) {
        return new FutureRule(f[0], code(f[1], f[2], f[3], f[4]));
    }

    private static Code code(String cameo, String event, String mode, String context) {
        if (!cameo.matches("\\d{3,4}")) {
            throw new IllegalArgumentException("not a CAMEO code: " + cameo);
        }
        return new Code(cameo, dash(event), dash(mode), context.equals("-") ? List.of() : List.of(context.split("/")));
    }

    private static String dash(String field) {
        return field.equals("-") ? null : field;
    }
}
