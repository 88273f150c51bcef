package org.storyline.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Our actor dictionary: countries, organisations, seats of power, armed groups and office holders with the dates they
 * held office, plus the agent nouns that give a sector ("troops" is military). Read from the line files under
 * {@code org/storyline/code/actors/} (their format is documented at the top of each file). Immutable once built and
 * safe to share between threads.
 */
public final class ActorDictionary {
    private static final String FOLDER = "/org/storyline/code/actors/";
    private static final Pattern ACTOR_LINE = Pattern.compile(
            "([A-Z][A-Z0-9]{1,5})(?:\\s+([A-Z]{3}))?(?:\\s+(\\d{4}-\\d{2}-\\d{2})?\\.\\.(\\d{4}-\\d{2}-\\d{2})?)?"
                    + "\\s*:\\s*(.+)");
    private static final Pattern POSSESSIVE_OR_COMMA = Pattern.compile("('s\\b|,)");
    /** Splits around a hyphen between two letters, keeping the hyphen: "Timor-Leste" gives Timor, -, Leste. */
    private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L})(?=-\\p{L})|(?<=\\p{L}-)(?=\\p{L})");
    private static final Pattern AGENT_LINE = Pattern.compile("([A-Z]{3})\\s*:\\s*(.+)");
    private static final String COUNTRIES = "countries.txt";
    private static final String ORGANISATIONS = "organisations.txt";
    private static final String SEATS = "seats.txt";
    private static final String GROUPS = "groups.txt";
    private static final String PLACES = "places.txt";
    private static final String PEOPLE = "people.txt";
    private static final String AGENTS = "agents.txt";
    private static final String TITLES = "titles.txt";
    private static final ActorDictionary BUNDLED = load();

    private final Map<String, List<ActorEntry>> names;
    private final Map<String, String> agents;
    private final Set<String> titles;
    private final Set<String> organisations;
    private final int longestName;
    /** "first word|code" of every person's name of several words. */
    private final Set<String> personNameStarts;

    private ActorDictionary(Map<String, List<ActorEntry>> names, Map<String, String> agents, Set<String> titles,
                            Set<String> organisations) {
        this.names = Map.copyOf(names);
        this.agents = Map.copyOf(agents);
        this.titles = Set.copyOf(titles);
        this.organisations = Collections.unmodifiableSortedSet(new TreeSet<>(organisations));
        this.longestName = names.values().stream().flatMap(List::stream).mapToInt(e -> e.words().size()).max()
                .orElse(0);
        this.personNameStarts = names.values().stream().flatMap(List::stream)
                .filter(e -> e.person() && e.words().size() > 1)
                .map(e -> fold(e.words().get(0)) + "|" + e.code())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The dictionary shipped with Storyline, read once. */
    public static ActorDictionary bundled() {
        return BUNDLED;
    }

    private static ActorDictionary load() {
        Map<String, List<String>> files = new LinkedHashMap<>();
        for (String file : List.of(COUNTRIES, PLACES, ORGANISATIONS, SEATS, GROUPS, PEOPLE, AGENTS, TITLES)) {
            files.put(file, read(file));
        }
        return of(files);
    }

    /**
     * A dictionary from the lines of its files, keyed by file name: {@code people.txt} holds office holders,
     * {@code agents.txt} agent nouns, {@code titles.txt} person titles, any other name places and bodies.
     *
     * @throws IllegalArgumentException naming the file and line of the first line that does not parse
     */
    static ActorDictionary of(Map<String, List<String>> files) {
        Map<String, List<ActorEntry>> names = new HashMap<>();
        Map<String, String> agents = new HashMap<>();
        Set<String> titles = new HashSet<>();
        Set<String> organisations = new TreeSet<>();
        files.forEach((file, lines) -> {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (file.equals(AGENTS)) {
                    parseAgents(file, i + 1, line, agents);
                } else if (file.equals(TITLES)) {
                    for (String word : line.split("\\|")) {
                        if (word.isBlank()) {
                            throw new IllegalArgumentException(file + ":" + (i + 1) + ": empty title: " + line);
                        }
                        titles.add(fold(word.strip()));
                    }
                } else {
                    String code = parseActor(file, i + 1, line, file.equals(PEOPLE), names);
                    if (file.equals(ORGANISATIONS)) {
                        organisations.add(code);
                    }
                }
            }
        });
        Map<String, List<ActorEntry>> frozen = new HashMap<>();
        names.forEach((key, entries) -> frozen.put(key, List.copyOf(entries)));
        return new ActorDictionary(frozen, agents, titles, organisations);
    }

    private static List<String> read(String file) {
        InputStream in = ActorDictionary.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("missing resource " + FOLDER + file);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(FOLDER + file, e);
        }
    }

    /** Reads one line of names into {@code names} and gives its code. */
    private static String parseActor(String file, int number, String line, boolean people,
                                   Map<String, List<ActorEntry>> names) {
        Matcher matcher = ACTOR_LINE.matcher(line);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    file + ":" + number + ": not 'CODE [SECTOR] [FROM..TO] : names': " + line);
        }
        LocalDate from = date(file, number, matcher.group(3));
        LocalDate to = date(file, number, matcher.group(4));
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(file + ":" + number + ": office ends before it starts: " + line);
        }
        for (String name : matcher.group(5).split("\\|", -1)) {
            if (name.isBlank()) {
                throw new IllegalArgumentException(file + ":" + number + ": empty name: " + line);
            }
            List<String> words = words(name);
            ActorEntry entry = new ActorEntry(matcher.group(1), matcher.group(2), from, to, people, words);
            names.computeIfAbsent(key(words), k -> new ArrayList<>()).add(entry);
            List<String> split = splitHyphens(words);
            if (!split.equals(words)) {
                // the tokenizer splits most hyphenated words: "Asia-Pacific" is "Asia", "-", "Pacific"
                names.computeIfAbsent(key(split), k -> new ArrayList<>())
                        .add(new ActorEntry(entry.code(), entry.sector(), from, to, people, split));
            }
        }
        return matcher.group(1);
    }

    /** The words with every hyphen between letters a word of its own. */
    private static List<String> splitHyphens(List<String> words) {
        List<String> split = new ArrayList<>();
        for (String word : words) {
            split.addAll(List.of(HYPHEN.split(word)));
        }
        return split;
    }

    /** A name's words as the tokenizer splits them: a possessive "'s" and a comma are words of their own. */
    private static List<String> words(String name) {
        return List.of(POSSESSIVE_OR_COMMA.matcher(name.strip()).replaceAll(" $1").split("\\s+"));
    }

    private static LocalDate date(String file, int number, String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ":" + number + ": not a date: " + text, e);
        }
    }

    private static void parseAgents(String file, int number, String line, Map<String, String> agents) {
        Matcher matcher = AGENT_LINE.matcher(line);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(file + ":" + number + ": not 'SECTOR : words': " + line);
        }
        for (String word : matcher.group(2).split("\\|")) {
            agents.put(fold(word.strip()), matcher.group(1));
        }
    }

    /** The codes of the international organisations ({@code organisations.txt}), in code order. */
    public Set<String> organisationCodes() {
        return organisations;
    }

    /** The entries whose name is exactly {@code words} (compared as {@link #fold folded}), possibly several. */
    List<ActorEntry> lookup(List<String> words) {
        return names.getOrDefault(key(words), List.of());
    }

    /**
     * Whether {@code word} begins a person's name of several words for {@code code} ("Moon" begins "Moon Jae-in"):
     * the words after it then name the same person, written surname first.
     */
    boolean beginsPersonName(String word, String code) {
        return personNameStarts.contains(fold(word) + "|" + code);
    }

    /** The number of words of the longest name. */
    int longestName() {
        return longestName;
    }

    /** Whether a word or lemma is a person's title ("minister", "senator"). */
    boolean isTitle(String word) {
        return titles.contains(fold(word));
    }

    /** The sector an agent noun names ("troops" -> MIL), by word or lemma. */
    Optional<String> agentSector(String word) {
        return Optional.ofNullable(agents.get(fold(word)));
    }

    private static String key(List<String> words) {
        return String.join(" ", words.stream().map(ActorDictionary::fold).toList());
    }

    /** Lower case without accents, and typographic apostrophes as plain ones, so "Élysée" matches "Elysee". */
    static String fold(String word) {
        String stripped = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }
}
