package org.storyline.code;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.DateSource;
import org.storyline.annotate.Dependency;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Timex;
import org.storyline.annotate.Token;
import org.storyline.code.VerbPatterns.Code;
import org.storyline.code.VerbPatterns.Pattern;
import org.storyline.util.Validate;

/**
 * Codes events from the dependency graph of each sentence with {@link VerbPatterns}: a predicate matching a pattern
 * is an event, its subject the actor and its object or prepositional complement the recipient, both resolved by an
 * {@link ActorResolver}. Verbs of saying give way to the content they report; requests, rejections, threats and
 * agreements take their mode from their content; announced future acts become intentions or threats; negated and
 * hypothetical events are marked; each event is dated by the temporal expression attached to its predicate, else
 * one in its clause, else the sentence's date. Thread-safe when its resolver is.
 */
public final class PatternEventCoder implements EventCoder {
    private static final String ASSERTED = "asserted";
    private static final String NEGATED = "negated";
    private static final String HYPOTHETICAL = "hypothetical";
    /** Status of an act its actor says it may take if something happens: "may halt mediation if ...". */
    private static final String CONDITIONAL = "conditional";
    private static final String[] SUBJECTS = {"nsubj", "nsubj:xsubj"};
    private static final String[] RECIPIENTS = {"obj", "iobj", "obl:with", "nmod:with", "obl:to", "obl:on", "obl:upon",
        "obl:against", "obl:toward", "obl:towards", "obl:from", "obl:for", "obl:at"};
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final int DEEP_LEVELS = 3;
    private static final Set<String> TOPIC_VERBS = Set.of("discuss", "review", "address", "debate", "examine");
    private static final String[] DEEP_RELATIONS = {"nmod:of", "nmod:poss", "compound", "obj", "nmod:to", "nmod:for",
        "nmod:against", "nmod:with", "nmod:from", "nmod:by", "obl:to", "obl:for", "obl:against", "obl:with", "acl",
        "xcomp", "obl:in", "nmod:in"};
    private static final Set<String> FUTURE_MODALS = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> OTHER_MODALS = Set.of("could", "might", "may", "should", "must", "can", "ca");
    private static final Set<String> OBLIGATIONS = Set.of("must", "should");
    private static final Set<String> OBLIGATION_VERBS = Set.of("have", "need");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
    /** Events whose act noun's "of" phrase is the one it is done to ("the blockade of Serbia"). */
    private static final Set<String> HOSTILE = Set.of("ASSAULT", "COERCE", "SANCTION", "THREATEN");
    /** Named-entity types of a target that is someone or somewhere. */
    private static final Set<String> NAMED_TARGETS = Set.of("LOCATION", "ORGANIZATION", "PERSON");
    /** Official sectors: they protest in words, not in the street, and are tried by their own country's courts. */
    private static final Set<String> OFFICIAL_SECTORS = Set.of("GOV", "LEG", "JUD", "IGO", "NGO", "MIL", "SPY");
    /** Entity types of a subject that acts, known or not. */
    private static final Set<String> PERSONS = Set.of("PERSON", "ORGANIZATION", "TITLE");
    /** Words for a place that a name or an "of" phrase says which: "Montenegro province", "the city of Algiers". */
    private static final Set<String> PLACE_WORDS = Set.of("province", "region", "city", "capital", "state",
        "district", "area", "town", "village", "county", "territory", "enclave", "border", "republic", "east", "west",
        "north", "south", "northeast", "northwest", "southeast", "southwest", "centre", "center", "outskirts",
        "suburb", "part", "sector", "quarter", "neighbourhood", "neighborhood", "square", "street", "port", "market",
        "camp", "base", "airport", "checkpoint", "desert", "coast", "waters", "airspace", "soil", "island", "valley",
        "mountains", "countryside", "frontier");
    /**
     * Words that measure or frame a thing rather than name it: "700 kg of medicine", "$50,000 worth of goods", "a
     * state of emergency", "a series of attacks", "a mission of observers".
     */
    private static final Set<String> MEASURES = Set.of("kg", "kilogram", "kilo", "ton", "tonne", "pound", "lb",
        "litre", "liter", "gallon", "barrel", "worth", "amount", "quantity", "lot", "load", "truckload", "planeload",
        "shipment", "consignment", "batch", "cargo", "dose", "box", "crate", "container", "package", "parcel", "bag",
        "sack", "million", "billion", "thousand", "hundred", "dozen", "number", "tranche", "round", "state", "series",
        "wave", "spate", "string", "campaign", "team", "mission", "contingent", "group", "unit", "detachment");
    /** Governors whose complement did not happen, or not yet: "wants to meet", "preparing to attack". */
    private static final Set<String> UNREALISED = Set.of("want", "hope", "wish", "seek", "try", "attempt", "prevent", "forestall", "avoid", "deter", "fear", "worry", "deny", "reject", "refuse", "decline",
        "threaten", "warn", "urge", "ask", "call", "demand", "consider", "propose", "suggest", "prepare", "need",
        "require", "have", "stop", "oppose", "discuss", "push", "press", "mull", "weigh", "allow", "able");
    /**
     * Governors that announce their complement as the subject's intention: "plans to meet", "intends to provide
     * assistance". Not "want", which speeches use for what the speaker does as they speak ("I want to thank").
     */
    private static final Set<String> INTENTIONS = Set.of("plan", "schedule", "set", "due", "expect", "go", "ready",
        "willing", "prepared", "determined", "poised", "intend", "aim");
    /** Types whose refusal ("will not accept", "would not meet the demands") is a REJECT. */
    private static final Set<String> REFUSABLE = Set.of("AGREE", "CONCEDE", "AID", "SUPPORT", "COOPERATE");
    /** Acts that land on people: without a named counterpart or place, PLOVER codes them as domestic. */
    private static final Set<String> DOMESTIC = Set.of("PROTEST", "COERCE", "ASSAULT");
    /** The code of non-governmental organisations, which belong to no country. */
    private static final String NGO = "NGO";
    private static final Set<String> FAILURES = Set.of("fail");
    /** Nouns of "in defiance of X", "in protest at X": X is what a protest is against. */
    private static final Set<String> PROTEST_GROUNDS = Set.of("defiance", "protest", "opposition", "response",
        "retaliation", "reaction", "anger");
    /** Phrases from a protest's grounds to whom they belong: "disapproval for the United States' policies". */
    private static final String[] PROTEST_RELATIONS = {"nmod:poss", "nmod:of", "nmod:for", "nmod:at", "nmod:against",
        "nmod:over", "nmod:by", "amod", "compound"};
    /** Purpose clauses of a protest that name its target: "to protest against X", "to show anger at X". */
    private static final Set<String> PROTEST_PURPOSES = Set.of("protest", "show", "express", "voice", "denounce",
        "condemn", "oppose", "demonstrate", "register", "signal");
    /** Objects that measure how long something lasted: "fought her whole life for democracy". */
    private static final Set<String> SPANS = Set.of("life", "lifetime", "career", "time", "year", "decade", "day",
        "week", "month");
    /** Institutions that act in their own country, with their sector. */
    private static final Map<String, String> INSTITUTIONS = Map.of("judge", "JUD", "court", "JUD", "prosecutor",
        "JUD", "magistrate", "JUD", "tribunal", "JUD", "police", "COP", "policeman", "COP", "parliament", "LEG",
        "legislature", "LEG");
    /** Cooperative and verbal types that are worth nothing without a known actor. */
    private static final Set<String> UNSOURCED_NOISE = Set.of("REQUEST", "CONSULT", "AGREE", "SUPPORT");
    /** Verbs that also state or acknowledge ("demonstrates that", "recognize the importance of"). */
    private static final Set<String> STATEMENT_SENSES = Set.of("demonstrate", "recognize", "recognise");
    /** Objects of "recognize" that are no state or government recognised. */
    private static final Set<String> NOT_RECOGNITION = Set.of("importance", "value", "fact", "significance",
        "reality", "role", "necessity", "urgency", "potential", "contribution", "effort", "work", "progress",
        "difficulty", "risk", "danger");
    /** Objects of "speak to", "talk about"… that are topics, not parties. */
    private static final Set<String> TOPIC_NOUNS = Set.of("issue", "question", "matter", "point", "concern",
        "topic", "subject", "this", "that", "it");
    /** Verbs whose object "call" is an appeal: "answered the call", "heeded his call". */
    private static final Set<String> APPEAL_VERBS = Set.of("answer", "heed", "respond", "echo", "join", "renew",
        "reiterate", "issue", "support", "welcome", "back", "reject", "ignore", "repeat", "make");
    /** Objects of "meet" that are no party: "meet the requirements", "meet the moment". */
    private static final Set<String> UNMET_OBJECTS = Set.of("requirement", "need", "goal", "target", "standard",
        "challenge", "moment", "deadline", "criterion", "criteria", "obligation", "expectation", "threshold", "test",
        "commitment", "responsibility", "promise", "pledge", "mandate", "quota", "benchmark", "objective", "end",
        "eye", "demand", "condition", "term", "definition", "bar", "mark");
    /** Verbs that can name their object ("what it called its involvement") rather than act on it. */
    private static final Set<String> NAMING_VERBS = Set.of("call", "name", "dub", "term", "label", "brand");
    private static final Set<String> UNREAL_MODIFIERS = Set.of("possible", "potential", "future", "upcoming",
        "planned", "proposed", "any", "further", "next", "imminent", "prospective");
    private static final Set<String> THREAT_NOUNS = Set.of("consequence", "cost", "price", "response", "retaliation",
        "sanction", "penalty", "punishment");
    private static final Set<String> AGGRESSION_NOUNS = Set.of("invasion", "attack", "incursion", "aggression",
        "offensive", "assault", "escalation");
    private static final Set<String> ATTACK_NOUNS = Set.of("attack", "assault", "offensive", "strike", "airstrike",
        "shelling", "shell", "bombing", "bomb", "bombardment", "raid", "fire", "gunfire", "crossfire", "ambush",
        "shooting");
    /** People who attack and whom no name places: "unknown gunmen", "masked assailants". */
    private static final Set<String> UNNAMED_ATTACKERS = Set.of("gunman", "gunmen", "attacker", "assailant",
        "bomber", "sniper", "kidnapper", "abductor", "hijacker", "arsonist", "killer", "insurgent", "militant",
        "rebel", "guerrilla", "fighter", "extremist", "terrorist", "jihadist", "militiaman", "raider");
    /** Words that say an actor is not known: "unknown gunmen", "unidentified attackers". */
    private static final Set<String> UNKNOWN_WORDS = Set.of("unknown", "unidentified", "masked", "anonymous");
    /** Prepositions that say where an act happens: "in Kabul", "near the market", "outside of Basra". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "outside_of", "at",
        "around", "inside", "on_outskirts_of", "in_front_of");
    /**
     * Modes of RETREAT whose passive subject is the side that retreats when no agent is named ("troops were
     * withdrawn", "guerrillas have been demobilized"), unlike those done to someone ("prisoners were released").
     */
    private static final Set<String> SELF_RETREATS = Set.of("withdraw", "disarm");
    /** Words for a part or a number of a group: "one third of the guerrillas", "dozens of soldiers". */
    private static final Set<String> PARTITIVES = Set.of("third", "half", "quarter", "fifth", "tenth", "majority",
        "minority", "part", "portion", "most", "many", "some", "few", "several", "all", "both", "each", "one", "two",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundred", "hundreds",
        "thousand", "thousands", "score", "scores", "number", "handful", "remainder", "rest", "bulk", "unit",
        "contingent", "detachment", "battalion", "company", "column", "convoy");
    /** Places people are released from: "released from prison". */
    private static final Set<String> CUSTODY = Set.of("prison", "jail", "gaol", "custody", "detention", "captivity",
        "camp", "cell", "confinement", "arrest");
    /** Pronouns for people. */
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "they", "them", "we", "us",
        "i", "me", "you", "who", "whom");
    /** Words for people who are held and let go. */
    private static final Set<String> RELEASED_PEOPLE = Set.of("prisoner", "hostage", "detainee", "captive",
        "inmate", "person", "people", "man", "men", "woman", "women", "child", "children", "citizen", "national",
        "civilian", "soldier", "sailor", "pilot", "crew", "crewman", "fisherman", "journalist", "reporter",
        "activist", "dissident", "opponent", "leader", "official", "diplomat", "worker", "student", "refugee",
        "migrant", "tourist", "missionary", "seaman", "passenger", "member", "politician", "protester",
        "demonstrator", "suspect", "militant", "rebel", "fighter", "guerrilla", "POW", "pow", "serviceman",
        "servicemen", "marine", "american", "family", "relative", "businessman", "dual");
    /** Measures only a country's own authorities take at home: curfews, states of emergency, martial law. */
    private static final Set<String> HOME_MEASURES = Set.of("1723", "1724", "0813", "0814");
    /** What makes an emergency a legal or relief measure rather than martial rule: "a public health emergency". */
    private static final Set<String> CIVIL_EMERGENCIES = Set.of("health", "public", "climate", "disaster",
        "economic", "energy", "medical", "fiscal", "national", "humanitarian", "drought", "housing", "food",
        "financial", "flood", "fire", "water", "Health", "Public", "National");
    /** Words that make an authority military: "the military government", "the army". */
    private static final Set<String> MILITARY_WORDS = Set.of("military", "army", "junta", "armed");
    /** Accidents and disasters people are killed or hurt in, which no one carries out. */
    private static final Set<String> MISHAPS = Set.of("accident", "crash", "collision", "earthquake", "quake",
        "flood", "flooding", "storm", "hurricane", "tornado", "typhoon", "cyclone", "avalanche", "landslide",
        "mudslide", "tsunami", "wildfire", "blaze", "derailment", "stampede", "eruption", "heatwave", "lightning",
        "overdose", "collapse", "wreck", "pileup");
    /** Events whose "into" phrase is their target: force sent, fired or moved into a country. */
    private static final Set<String> INTO_TARGETS = Set.of("ASSAULT", "MOBILIZE", "COERCE");
    /** Phrases that name what a clause is about or against, not an act of its subject. */
    private static final Set<String> TOPIC_RELATIONS = Set.of("obl:on", "obl:upon", "obl:about", "obl:over",
        "obl:against", "obl:for", "obl:regarding", "obl:concerning", "obl:despite", "obl:to");
    /** Verbs whose object is an act their subject carries out: "began the withdrawal", "speeded up the pullout". */
    private static final Set<String> CARRYING_OUT = Set.of("begin", "start", "complete", "finish", "continue",
        "speed", "accelerate", "carry", "launch", "resume", "conduct", "announce");
    private static final Set<String> CLAUSE_BOUNDARIES = Set.of("ccomp", "advcl", "acl", "acl:relcl", "parataxis",
        "csubj", "xcomp", "conj");
    private static final java.util.regex.Pattern DATE_VALUE =
        java.util.regex.Pattern.compile("(\\d{4}(?:-\\d{2}(?:-\\d{2})?|-W\\d{2})?)(?:T.*)?");

    private final ActorResolver resolver;
    private final VerbPatterns patterns;
    private final CodeTables tables;

    /** A coder with our verb patterns and code tables. */
    public PatternEventCoder(ActorResolver resolver) {
        this(resolver, VerbPatterns.standard(), CodeTables.standard());
    }

    /**
     * A coder.
     *
     * @param resolver resolves subjects and objects to actors
     * @param patterns the verb patterns
     * @param tables   the code tables that give each CAMEO code its Goldstein score and each type its quad class
     * @throws IllegalArgumentException when a pattern has a CAMEO code the tables do not know
     */
    public PatternEventCoder(ActorResolver resolver, VerbPatterns patterns, CodeTables tables) {
        this.resolver = Validate.notNull(resolver, "resolver");
        this.patterns = Validate.notNull(patterns, "patterns");
        this.tables = Validate.notNull(tables, "tables");
        for (Code code : patterns.codes()) {
            if (tables.cameo(code.cameo()).isEmpty()) {
                throw new IllegalArgumentException("verb patterns: CAMEO code " + code.cameo() + " is not in the tables");
            }
        }
    }

    @Override
    public List<EventMention> code(AnnotatedArticle article) {
        Validate.notNull(article, "article");
        List<EventMention> events = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            events.addAll(new SentenceCoder(article, sentence, events).code());
        }
        return List.copyOf(events);
    }

    /** A matched trigger before coding: the pattern, the predicate token and the tokens that spell it. */
    private record Trigger(Pattern pattern, int head, List<Integer> words, Integer object) {
    }

    /** Codes one sentence; not shared. */
    private final class SentenceCoder {
        private final AnnotatedArticle article;
        private final Sentence sentence;
        private final SentenceGraph graph;
        private final List<EventMention> earlier;
        private final Set<Integer> absorbed = new HashSet<>();
        private final Set<Integer> triggerWords = new HashSet<>();
        private final Map<String, EventMention> coded = new LinkedHashMap<>();

        SentenceCoder(AnnotatedArticle article, Sentence sentence, List<EventMention> earlier) {
            this.article = article;
            this.sentence = sentence;
            this.graph = new SentenceGraph(sentence);
            this.earlier = earlier;
        }

        List<EventMention> code() {
            if (sentence.dependencies().isEmpty()) {
                return List.of();
            }
            List<Trigger> triggers = new ArrayList<>();
            for (int token = 0; token < graph.size(); token++) {
                match(token).ifPresent(triggers::add);
            }
            triggers.forEach(t -> triggerWords.addAll(t.words()));
            for (Trigger trigger : triggers) {
                if (trigger.pattern().frame().content()) {
                    absorbed.addAll(contentHeads(trigger));
                }
            }
            Set<Integer> heads = triggers.stream().map(Trigger::head).collect(Collectors.toSet());
            for (Trigger trigger : triggers) {
                if (trigger.pattern().nounOnly() && graph.governors(trigger.head()).stream()
                    .anyMatch(d -> d.relation().startsWith("obl") && heads.contains(d.governor())
                        && !match(d.governor()).map(t -> t.pattern().frame().report()).orElse(true))) {
                    // an act named as the setting of another is part of it: "agreed to US mediation in the talks"
                    absorbed.add(trigger.head());
                }
            }
            List<Trigger> reports = new ArrayList<>();
            for (Trigger trigger : triggers) {
                if (trigger.pattern().frame().report()) {
                    reports.add(trigger);
                } else if (!absorbed.contains(trigger.head())) {
                    codeTrigger(trigger);
                }
            }
            reports.forEach(this::codeReport);
            List<EventMention> all = List.copyOf(coded.values());
            // an act with no recipient adds nothing beside the same act by the same actors with one: "rejected a
            // Senegalese peace plan, and said they also opposed the deployment"
            return all.stream().filter(e -> !e.recipients().isEmpty() || all.stream().noneMatch(o -> o != e
                    && !o.recipients().isEmpty() && o.event().equals(e.event()) && o.status().equals(e.status())
                    && codesOf(o.actors()).equals(codesOf(e.actors()))))
                .sorted(Comparator.comparingInt(EventMention::verbStart)).toList();
        }

        private static Set<String> codesOf(List<Actor> actors) {
            return actors.stream().map(Actor::code).collect(Collectors.toSet());
        }

        /**
         * The first pattern of the token's lemma that holds, light verbs first: "declared a ceasefire" is a
         * ceasefire, not a statement, whatever the order of the patterns.
         */
        private Optional<Trigger> match(int token) {
            List<Pattern> candidates = patterns.forLemma(graph.lemma(token));
            for (boolean light : new boolean[] {true, false}) {
                for (Pattern pattern : candidates) {
                    if (light != (!pattern.nounOnly() && !pattern.nouns().isEmpty())) {
                        continue;
                    }
                    Optional<Trigger> trigger = pattern.nounOnly() ? matchNoun(pattern, token)
                        : matchVerb(pattern, token);
                    if (trigger.isPresent()) {
                        return trigger;
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<Trigger> matchNoun(Pattern pattern, int token) {
            if (!graph.isNoun(token) || "CONSULT".equals(pattern.code().event()) && appeal(token)) {
                return Optional.empty();
            }
            return Optional.of(new Trigger(pattern, token, List.of(token), null));
        }

        /**
         * A call that is an appeal, not a conversation: "answers President Biden's call", "his call for unity", "a
         * call to action".
         */
        private boolean appeal(int noun) {
            if (!graph.lemma(noun).equals("call")) {
                return false;
            }
            if (!graph.dependents(noun, "nmod:for", "acl").isEmpty()) {
                return true;
            }
            return graph.governors(noun).stream().anyMatch(d -> (d.relation().equals("obj")
                || d.relation().startsWith("obl")) && APPEAL_VERBS.contains(graph.lemma(d.governor())));
        }

        private Optional<Trigger> matchVerb(Pattern pattern, int token) {
            if (!graph.isVerb(token)) {
                return Optional.empty();
            }
            List<Integer> words = new ArrayList<>(List.of(token));
            Integer object = null;
            if (pattern.particle() != null) {
                Optional<Integer> particle = particle(token, pattern.particle());
                if (particle.isEmpty()) {
                    return Optional.empty();
                }
                words.add(particle.get());
                object = prepositionObject(token, pattern.particle()).orElse(null);
            }
            List<Integer> objects = withMeasured(graph.dependents(token, "obj"));
            if (!pattern.nouns().isEmpty()) {
                Optional<Integer> noun = objects.stream().filter(o -> pattern.nouns().contains(graph.lemma(o)))
                    .findFirst()
                    .or(() -> graph.dependents(token, "nsubj:pass").stream()
                        .filter(o -> pattern.nouns().contains(graph.lemma(o))).findFirst());
                if (noun.isEmpty()) {
                    return Optional.empty();
                }
                words.add(noun.get());
            }
            VerbPatterns.Frame frame = pattern.frame();
            if (otherSense(pattern, token, objects, object)) {
                return Optional.empty();
            }
            if (frame.active() && !graph.dependents(token, "aux:pass").isEmpty()) {
                return Optional.empty();
            }
            if ("+".equals(frame.object()) && objects.isEmpty() || "-".equals(frame.object()) && !objects.isEmpty()) {
                return Optional.empty();
            }
            if (!frame.objects().isEmpty() && objects.stream().flatMap(o -> graph.withConjuncts(o).stream())
                .noneMatch(o -> frame.objects().contains(graph.lemma(o)))) {
                return Optional.empty();
            }
            words.sort(Integer::compare);
            return Optional.of(new Trigger(pattern, token, words, object));
        }

        /**
         * Whether the verb is used in a sense that is no event, whatever its pattern says: it names ("what it called
         * its involvement"), meets a requirement, states ("demonstrates that"), addresses a topic ("spoke to this
         * issue"), has only a relative pronoun for content, or fights for a cause.
         */
        private boolean otherSense(Pattern pattern, int token, List<Integer> objects, Integer object) {
            VerbPatterns.Frame frame = pattern.frame();
            if (pattern.particle() == null && naming(token)) {
                return true;
            }
            if ("CONSULT".equals(pattern.code().event()) && graph.lemma(token).equals("meet") && objects.stream()
                .anyMatch(o -> UNMET_OBJECTS.contains(graph.lemma(o)))) {
                // "meet the requirements", "meet the moment": no one is met
                return true;
            }
            if (STATEMENT_SENSES.contains(graph.lemma(token)) && (!graph.dependents(token, "ccomp").isEmpty()
                || objects.stream().anyMatch(o -> UNMET_OBJECTS.contains(graph.lemma(o))
                    || NOT_RECOGNITION.contains(graph.lemma(o))))) {
                // "it demonstrates that government works", "recognize the importance of": a statement, no act
                return true;
            }
            if ("CONSULT".equals(pattern.code().event()) && object != null
                && TOPIC_NOUNS.contains(graph.lemma(object))) {
                // "spoke to this issue": a topic is addressed, no one is spoken to
                return true;
            }
            if (frame.content() && !objects.isEmpty() && objects.stream().allMatch(o -> graph.pos(o).startsWith("W"))
                && graph.dependents(token, "xcomp", "ccomp").isEmpty()) {
                // a relative pronoun is no content: "they got what they ordered"
                return true;
            }
            if (HOME_MEASURES.contains(pattern.code().cameo()) && objects.stream()
                .flatMap(o -> Stream.concat(Stream.of(o), graph.dependents(o, "nmod:of").stream()))
                .anyMatch(o -> graph.hasDependent(o, "amod", CIVIL_EMERGENCIES)
                    || graph.hasDependent(o, "compound", CIVIL_EMERGENCIES))) {
                // "declared a public health emergency", "a national emergency under the Emergency Economic Powers
                // Act": a legal or relief measure, no martial law
                return true;
            }
            if (pattern.id().equals("want-someone") && (objects.size() != 1
                || graph.dependents(token, "xcomp").isEmpty() || graph.pos(objects.get(0)).startsWith("PRP")
                || resolveAll(objects).isEmpty())) {
                // "wants Moscow to pull back" asks Moscow; "wants a deal", "I want you to know", "wants them to
                // understand" ask no one named
                return true;
            }
            if ("ASSAULT".equals(pattern.code().event()) && graph.dependents(token, "obl:in", "obl:agent", "obl:by",
                "obl:during").stream().anyMatch(c -> MISHAPS.contains(graph.lemma(c).toLowerCase(Locale.ROOT)))) {
                // "killed in a car crash", "killed by the earthquake": an accident or a disaster, no attack
                return true;
            }
            if ("release".equals(pattern.code().mode()) && !pattern.nounOnly() && !releasesPeople(token, objects)) {
                // a release of a report, a plan or a missile is no release of prisoners
                return true;
            }
            if (graph.lemma(token).equals("fight") && objects.stream()
                .allMatch(o -> inTimex(o) || SPANS.contains(graph.lemma(o)))
                && !graph.dependents(token, "obl:for").isEmpty()
                && graph.dependents(token, "obl:against", "obl:with", "nmod:against").isEmpty()) {
                // fighting for a cause is no combat: "she fought her whole life for democratic principles"
                return true;
            }
            return false;
        }

        /**
         * Whether what a release or freeing lets go is people: a named person, a pronoun for one, a word for
         * people ("prisoners", "two Americans"), or anyone let go from prison or custody.
         */
        private boolean releasesPeople(int verb, List<Integer> objects) {
            if (graph.dependents(verb, "obl:from").stream().anyMatch(f -> CUSTODY.contains(graph.lemma(f)))) {
                return true;
            }
            List<Integer> released = new ArrayList<>(objects);
            released.addAll(graph.dependents(verb, "nsubj:pass"));
            for (int clause : graph.dependents(verb, "xcomp", "csubj:pass")) {
                // CoreNLP's reading of "released the mayor, jailed a year ago", "the civilians imprisoned ... were
                // released": the released are the subject of the participle
                released.addAll(graph.dependentsExactly(clause, "nsubj"));
            }
            graph.governors(verb).stream().filter(d -> d.relation().startsWith("acl")).map(Dependency::governor)
                .forEach(released::add);
            List<Integer> all = new ArrayList<>();
            for (int thing : released) {
                all.addAll(graph.withConjuncts(thing));
            }
            for (int t : all) {
                String lemma = graph.lemma(t).toLowerCase(Locale.ROOT);
                String singular = lemma.endsWith("s") ? lemma.substring(0, lemma.length() - 1) : lemma;
                if ("PERSON".equals(graph.token(t).ner()) || PERSON_PRONOUNS.contains(lemma)
                    || RELEASED_PEOPLE.contains(lemma) || RELEASED_PEOPLE.contains(singular)
                    || "NNS".equals(graph.pos(t)) && "MISC".equals(graph.token(t).ner())
                    || resolveAll(List.of(t)).stream().anyMatch(a -> a.sector() != null)) {
                    // a sector makes it someone: "the mayor of Nablus", "Ukrainian soldiers"
                    return true;
                }
            }
            return false;
        }

        /**
         * A verb that names or describes its object rather than acting on it: "what it called its direct
         * involvement", "called the move a provocation", "called him a liar" (two objects, or an object and a
         * noun or adjective predicate).
         */
        private boolean naming(int verb) {
            if (!NAMING_VERBS.contains(graph.lemma(verb))) {
                return false;
            }
            if (!graph.dependents(verb, "aux:pass").isEmpty() || graph.governors(verb).stream()
                .anyMatch(d -> d.relation().startsWith("acl"))) {
                // "what's called the Innovation Act", "a hotel called the Willard"
                return true;
            }
            List<Integer> objects = graph.dependents(verb, "obj");
            if (objects.size() >= 2 && objects.stream().noneMatch(o -> graph.hasDependent(o, "cc", Set.of("and", "or")))
                && objects.stream().noneMatch(o -> graph.dependents(o, "conj").stream().anyMatch(objects::contains))) {
                return true;
            }
            return !objects.isEmpty() && graph.dependents(verb, "xcomp").stream()
                .anyMatch(x -> !graph.hasDependent(x, "mark", Set.of("to")) && !graph.isVerb(x));
        }

        /**
         * Objects with what their measure words measure: in "handed over 700 kg of medicine" or "delivered hundreds
         * of tons of food" the thing handed over is the medicine, the food.
         */
        private List<Integer> withMeasured(List<Integer> objects) {
            List<Integer> all = new ArrayList<>(objects);
            for (int i = 0; i < all.size() && i < objects.size() + 4; i++) {
                if (MEASURES.contains(graph.lemma(all.get(i)))) {
                    // "hundreds of tons of food": a measure of a measure
                    all.addAll(graph.dependents(all.get(i), "nmod:of"));
                }
            }
            return all;
        }

        /** The particle ("pull back") or preposition ("call on Russia") of a verb. */
        private Optional<Integer> particle(int verb, String particle) {
            for (int dependent : graph.dependents(verb, "compound:prt")) {
                if (graph.lemma(dependent).equals(particle)) {
                    return Optional.of(dependent);
                }
            }
            return prepositionObject(verb, particle).flatMap(noun -> graph.dependents(noun, "case").stream()
                .filter(c -> graph.lemma(c).equals(particle)).findFirst());
        }

        private Optional<Integer> prepositionObject(int verb, String preposition) {
            for (int noun : graph.dependents(verb, "obl", "nmod")) {
                boolean marked = graph.dependents(noun, "case").stream()
                    .anyMatch(c -> graph.lemma(c).equals(preposition));
                if (marked && !inTimex(noun)) {
                    return Optional.of(noun);
                }
            }
            return Optional.empty();
        }

        /** The clauses and event nouns a content pattern reads: its complement clause, else its object. */
        private List<Integer> contentHeads(Trigger trigger) {
            List<Integer> heads = new ArrayList<>();
            for (int head : graph.dependents(trigger.head(), "xcomp", "ccomp")) {
                if (match(head).filter(t -> t.pattern().frame().report()).isEmpty()) {
                    heads.addAll(graph.withConjuncts(head));
                }
            }
            if (heads.isEmpty()) {
                List<Integer> nouns = new ArrayList<>(graph.dependents(trigger.head(), "obj"));
                if (trigger.object() != null && trigger.pattern().particle() != null
                    && !trigger.pattern().particle().equals("on") && !trigger.pattern().particle().equals("upon")) {
                    nouns.add(trigger.object());
                }
                for (int noun : nouns) {
                    heads.addAll(graph.withConjuncts(noun));
                }
            }
            return heads;
        }

        private void codeTrigger(Trigger trigger) {
            Pattern pattern = trigger.pattern();
            int head = trigger.head();
            List<Actor> found = pattern.nounOnly() ? nounActors(head, pattern.code().event()) : subjects(trigger);
            List<Actor> receivers = List.of();
            if (pattern.frame().converse()) {
                // "received weapons from the United States": the giver acts, the subject receives
                receivers = found;
                List<Integer> givers = new ArrayList<>(graph.dependents(head, "obl:from"));
                graph.dependents(head, "obj").forEach(o -> givers.addAll(graph.dependents(o, "nmod:from")));
                found = passive(trigger) ? List.of() : resolveAll(givers);
                if (found.isEmpty()) {
                    return;
                }
            }
            if (found.isEmpty() && passive(trigger) && (pattern.code().event().equals("MOBILIZE")
                || pattern.code().event().equals("RETREAT") && SELF_RETREATS.contains(pattern.code().mode()))) {
                // forces deployed or massed are the side that mobilises: "Russian troops are massed along the border";
                // those withdrawn or demobilised are the side that retreats
                found = resolveAll(graph.dependents(head, "nsubj:pass"));
            }
            List<Actor> actors = found;
            if (actors.isEmpty() && !passive(trigger) && !unplacedAgent(trigger) && !unidentifiedAttacker(trigger)
                && !HOME_MEASURES.contains(pattern.code().cameo())) {
                return;
            }
            if (actors.isEmpty() && passive(trigger) && UNSOURCED_NOISE.contains(pattern.code().event())) {
                // a request, meeting or welcome by no one named tells nothing: "Jen was asked yesterday", "it is
                // hereby ordered", "it was hosted by the Corporation"
                return;
            }
            Code code = pattern.code();
            String rule = pattern.id();
            if (verbalProtest(trigger, actors)) {
                code = new Code("111", "ACCUSE", "disapprove", List.of());
                rule += "/verbal";
            }
            List<Integer> content = pattern.frame().content() ? contentHeads(trigger) : List.of();
            Optional<Refinement> refined = refine(code, content, trigger);
            if (refined.isPresent()) {
                code = refined.get().code();
                rule += "/content=" + refined.get().lemma();
            }
            List<Actor> recipients = pattern.frame().converse() ? receivers : recipients(trigger, actors, content);
            if (code.event().equals("CONSULT")) {
                // a visit or a meeting in a place of one's own country is with no one there: "traveled to Texas"
                List<Actor> visitors = actors;
                recipients = recipients.stream().filter(r -> r.sector() != null || visitors.stream()
                    .noneMatch(a -> a.code().equals(r.code()))).toList();
            }
            if (actors.isEmpty()) {
                actors = institutionAtHome(trigger, recipients);
            }
            if (actors.isEmpty() && code.event().equals("ASSAULT")) {
                actors = attackerOfPlace(trigger);
            }
            if (actors.isEmpty() && HOME_MEASURES.contains(code.cameo())) {
                actors = authorityOfPlace(trigger);
                if (actors.isEmpty() && !passive(trigger) && !unplacedAgent(trigger)) {
                    return;
                }
            }
            if (actors.isEmpty() && recipients.isEmpty()) {
                return;
            }
            if (recipients.isEmpty() && DOMESTIC.contains(code.event()) && !namesUnknownTarget(trigger)) {
                recipients = domestic(actors);
            }
            boolean symmetric = pattern.frame().symmetric() || content.stream().map(this::match)
                .flatMap(Optional::stream).anyMatch(t -> t.pattern().frame().symmetric());
            if (recipients.isEmpty() && symmetric && distinctCodes(actors) > 1) {
                // PLOVER codes a reciprocal event once, every party an actor and no recipient.
                rule += "/symmetric";
            }
            String status = status(head, pattern.nounOnly());
            if (status.equals(NEGATED) && refusal(trigger)) {
                code = new Code("120", "REJECT", null, List.of());
                rule += "/refusal";
                status = ASSERTED;
            }
            if (symmetric && recipients.isEmpty() && distinctCodes(actors) == 1 && status.equals(ASSERTED)
                && !hasCounterpart(trigger)) {
                return;
            }
            if (status.equals(CONDITIONAL)) {
                // A harmful act promised on a condition is a threat; any other conditional act did not happen.
                Optional<Code> threat = patterns.future(code.event()).filter(c -> c.event().equals("THREATEN"));
                status = threat.isPresent() ? ASSERTED : HYPOTHETICAL;
                if (threat.isPresent()) {
                    code = threat.get();
                    rule += "/conditional";
                }
            }
            if (status.equals("future")) {
                Optional<Code> intent = patterns.future(code.event());
                if (intent.isPresent()) {
                    code = intent.get();
                    rule += "/future";
                    status = ASSERTED;
                } else {
                    status = HYPOTHETICAL;
                }
            }
            List<Integer> dated = new ArrayList<>(List.of(head));
            dated.addAll(content);
            add(trigger.words(), actors, recipients, code, status, dated, rule);
        }

        /**
         * A cooperative act its own actor says it will not do, or does not accept: "will not meet the demands",
         * "did not agree". A negated act of the past ("did not send aid") is not a refusal.
         */
        private boolean refusal(Trigger trigger) {
            if (!REFUSABLE.contains(trigger.pattern().code().event())) {
                return false;
            }
            int verb = trigger.head();
            String lemma = graph.lemma(verb);
            return lemma.equals("agree") || lemma.equals("accept") || graph.dependents(verb, "aux").stream()
                .map(graph::lemma).anyMatch(a -> FUTURE_MODALS.contains(a) || a.equals("would") || a.equals("can"));
        }

        /**
         * Whether a joint act names another side, resolved or not ("met with the visiting delegation"); without one,
         * "the cabinet met" is a body meeting by itself, not a consultation between two.
         */
        private boolean hasCounterpart(Trigger trigger) {
            List<Integer> words = new ArrayList<>(trigger.words());
            words.addAll(trigger.words().stream().flatMap(w -> graph.dependents(w, "obj").stream()).toList());
            return words.stream().anyMatch(w -> !graph.dependents(w, "obj", "obl:with", "nmod:with", "nmod:between",
                "obl:between").stream().filter(d -> !trigger.words().contains(d)).toList().isEmpty());
        }

        /**
         * Whether the act has a named target (a singular proper noun, not a people, or a named entity, or a noun
         * such a name qualifies) that the dictionary does not know ("attacks on Pokrovsk", "on the town of
         * Kupiansk", "against an Islamic State target"): it is then not domestic, only of unknown recipient.
         * Places where the act happens ("in Zamfara") do not count: those are mostly inside the actor's country.
         */
        private boolean namesUnknownTarget(Trigger trigger) {
            List<Integer> targets = new ArrayList<>();
            if (trigger.object() != null) {
                targets.add(trigger.object());
            }
            for (int word : trigger.words()) {
                targets.addAll(graph.dependents(word, "obj", "obl:on", "obl:against", "nmod:on", "nmod:against"));
            }
            targets.removeAll(trigger.words());
            targets.removeIf(this::inTimex);
            for (int target : List.copyOf(targets)) {
                // "the town of Kupiansk", "an Islamic State target": the name qualifies a common noun
                targets.addAll(graph.dependents(target, "compound", "nmod:poss"));
                if (PLACE_WORDS.contains(graph.lemma(target))) {
                    targets.addAll(graph.dependents(target, "nmod:of"));
                }
            }
            return targets.stream().anyMatch(t -> graph.pos(t).equals("NNP") || sentence.mentions().stream()
                .anyMatch(m -> m.tokenStart() <= t && t < m.tokenEnd() && NAMED_TARGETS.contains(m.type())));
        }

        private record Refinement(Code code, String lemma) {
        }

        /** The code a content rule gives: from the content head, its object, or for CONSULT the medium. */
        private Optional<Refinement> refine(Code code, List<Integer> content, Trigger trigger) {
            List<Integer> words = new ArrayList<>();
            for (int head : content) {
                words.add(head);
            }
            for (int head : content) {
                words.addAll(graph.dependents(head, "obj"));
                words.addAll(graph.dependents(head, "obl", "nmod"));
            }
            if (code.event().equals("CONSULT")) {
                words.addAll(graph.dependents(trigger.head(), "amod", "compound", "obl", "nmod"));
            }
            for (int word : words) {
                Optional<Code> refined = patterns.content(code.event(), code.cameo(), graph.lemma(word));
                if (refined.isPresent()) {
                    return Optional.of(new Refinement(refined.get(), graph.lemma(word)));
                }
            }
            return Optional.empty();
        }

        /** A verb of saying: codes an obligation or a warning of consequences in its content as the speaker's act. */
        private void codeReport(Trigger trigger) {
            List<Actor> speakers = subjects(trigger);
            if (speakers.isEmpty()) {
                return;
            }
            for (int content : graph.dependents(trigger.head(), "ccomp")) {
                Set<Integer> clause = clause(content);
                // "in response to", "in retaliation for" say why, not what is threatened
                Optional<Integer> threat = clause.stream().filter(t -> THREAT_NOUNS.contains(graph.lemma(t))
                        && !graph.hasDependent(t, "case", Set.of("in")))
                    .findFirst();
                boolean unreal = clause.stream().anyMatch(t -> graph.dependents(t, "aux").stream()
                    .anyMatch(a -> FUTURE_MODALS.contains(graph.lemma(a)) || graph.lemma(a).equals("would")));
                if (threat.isPresent() && unreal) {
                    Code code = patterns.content("THREATEN", null, graph.lemma(threat.get()))
                        .orElseThrow(() -> new IllegalStateException("content.txt has no THREATEN rule for "
                            + graph.lemma(threat.get())));
                    List<Actor> targets = threatTargets(clause, speakers);
                    add(trigger.words(), speakers, targets, code, ASSERTED, List.of(trigger.head(), content),
                        trigger.pattern().id() + "/threat=" + graph.lemma(threat.get()));
                    continue;
                }
                boolean obligation = obliged(content);
                if (!obligation && OBLIGATION_VERBS.contains(graph.lemma(content))) {
                    List<Integer> needed = graph.dependents(content, "xcomp");
                    if (!needed.isEmpty() && graph.hasDependent(needed.get(0), "mark", Set.of("to"))) {
                        obligation = true;
                        content = needed.get(0);
                    }
                }
                if (obligation) {
                    List<Actor> addressees = resolveAll(graph.dependents(content, SUBJECTS));
                    Code code = new Code("100", "REQUEST", null, List.of());
                    Optional<Refinement> refined = refine(code, List.of(content), trigger);
                    add(trigger.words(), speakers, addressees, refined.map(Refinement::code).orElse(code), ASSERTED,
                        List.of(trigger.head(), content), trigger.pattern().id() + "/obligation"
                            + refined.map(r -> "/content=" + r.lemma()).orElse(""));
                }
            }
        }

        /**
         * Whom a warning is aimed at: the author of the aggression it answers ("a Russian invasion"), else whom the
         * speaker addressed in this sentence, else in the three sentences before.
         */
        private List<Actor> threatTargets(Set<Integer> clause, List<Actor> speakers) {
            Set<String> speakerCodes = speakers.stream().map(Actor::code).collect(Collectors.toSet());
            for (int token : clause) {
                if (AGGRESSION_NOUNS.contains(graph.lemma(token))) {
                    List<Actor> authors = resolveAll(graph.dependents(token, "nmod:poss", "amod", "nmod:by"));
                    authors.removeIf(a -> speakerCodes.contains(a.code()));
                    if (!authors.isEmpty()) {
                        return authors;
                    }
                }
            }
            List<EventMention> candidates = new ArrayList<>(coded.values());
            for (int i = earlier.size() - 1; i >= 0; i--) {
                EventMention previous = earlier.get(i);
                if (previous.sentenceIndex() >= sentence.index() - 3) {
                    candidates.add(previous);
                }
            }
            for (EventMention previous : candidates) {
                boolean sameSpeaker = previous.actors().stream().anyMatch(a -> speakerCodes.contains(a.code()));
                List<Actor> others = previous.recipients().stream()
                    .filter(r -> !speakerCodes.contains(r.code())).toList();
                if (sameSpeaker && !others.isEmpty()) {
                    return others;
                }
            }
            return List.of();
        }

        /** The tokens of the clause headed by {@code head}, not descending into other clauses. */
        private Set<Integer> clause(int head) {
            Set<Integer> tokens = new HashSet<>(List.of(head));
            List<Integer> queue = new ArrayList<>(List.of(head));
            for (int i = 0; i < queue.size(); i++) {
                for (Dependency dependency : graph.dependents(queue.get(i))) {
                    boolean boundary = CLAUSE_BOUNDARIES.stream()
                        .anyMatch(b -> SentenceGraph.matches(dependency.relation(), b));
                    boolean verbalConjunct = dependency.relation().startsWith("conj")
                        && !graph.isVerb(dependency.dependent());
                    if ((!boundary || verbalConjunct) && tokens.add(dependency.dependent())) {
                        queue.add(dependency.dependent());
                    }
                }
            }
            return tokens;
        }

        /** The subject of a verb (the agent of a passive), or of the clause a subjectless gerund depends on. */
        private List<Actor> subjects(Trigger trigger) {
            int verb = trigger.head();
            List<Integer> heads = new ArrayList<>(graph.dependents(verb, SUBJECTS));
            if (passive(trigger)) {
                heads.removeAll(graph.dependents(verb, "nsubj:pass"));
            }
            for (Dependency governor : graph.governors(verb)) {
                if (governor.relation().startsWith("conj")) {
                    // enhanced++ copies a passive subject onto an active conjunct: "X would be met … and urged Y"
                    heads.removeAll(graph.dependents(governor.governor(), "nsubj:pass"));
                }
            }
            // a name before a dateline day is taken for the day's modifier: "Israel Friday reimposed blockades"
            for (int head : List.copyOf(heads)) {
                if (inTimex(head)) {
                    heads.remove(Integer.valueOf(head));
                    heads.addAll(graph.dependents(head, "compound").stream().filter(c -> !inTimex(c)).toList());
                }
            }
            heads.addAll(graph.dependents(verb, "obl:agent"));
            if (!graph.dependents(verb, "aux:pass").isEmpty()) {
                heads.addAll(graph.dependents(verb, "obl:by"));
            }
            if (heads.isEmpty() && passive(trigger)) {
                // the attack someone was harmed in is done by its owner: "killed in Israeli shelling", "wounded in
                // a Russian air strike"
                List<Actor> attackers = new ArrayList<>();
                for (int attack : graph.dependents(verb, "obl:in")) {
                    if (isAttack(attack)) {
                        attackers.addAll(namedOrInside(attack, false, Set.of()));
                    }
                }
                if (!attackers.isEmpty()) {
                    return attackers;
                }
            }
            boolean infinitive = graph.hasDependent(verb, "mark", Set.of("to"));
            if (heads.isEmpty() && (graph.pos(verb).equals("VBG") || graph.pos(verb).equals("VBN") || infinitive)) {
                // a purpose clause is done by the doer of what it is the purpose of: "shunned work to protest"
                for (Dependency governor : graph.governors(verb)) {
                    if (governor.relation().startsWith("advcl")) {
                        heads.addAll(graph.dependents(governor.governor(), SUBJECTS));
                    }
                }
            }
            if (heads.isEmpty() && graph.pos(verb).equals("VBG")) {
                // a present participle after its noun is done by it: "demonstrators protesting election results"
                // (before the noun it is an adjective: "the visiting king"; and an owner is no doer: "Jordan's
                // visiting king", however parsed)
                for (Dependency governor : graph.governors(verb)) {
                    if (governor.relation().equals("acl") && governor.governor() < verb
                        && !graph.hasDependent(governor.governor(), "case", Set.of("'s", "'"))) {
                        heads.add(governor.governor());
                    }
                }
            }
            return resolveAll(heads);
        }

        /**
         * A protest made by a state, an official body or an organisation rather than by people in the street: "Russia
         * protested the expulsion of its diplomats", "a human rights group protested". PLOVER's PROTEST is collective
         * action; a protest in words is a disapproval (ACCUSE, CAMEO 111).
         */
        private boolean verbalProtest(Trigger trigger, List<Actor> actors) {
            int verb = trigger.head();
            if (!trigger.pattern().code().event().equals("PROTEST") || !graph.lemma(verb).equals("protest")
                || !graph.isVerb(verb) || actors.isEmpty() || graph.dependents(verb, "nsubj").isEmpty()) {
                return false;
            }
            boolean people = graph.dependents(verb, "nsubj").stream().anyMatch(s -> graph.pos(s).endsWith("S"));
            return actors.stream().allMatch(a -> a.sector() == null ? !people && !"place".equals(a.resolvedBy())
                : OFFICIAL_SECTORS.contains(a.sector()));
        }

        /**
         * A court, judge, prosecutor, police force or legislature the dictionary cannot place, acting on the
         * officials of one country, is that country's: courts and police act at home ("Judge Alejandro Rivera opened
         * investigations against 28 Chilean government officials").
         */
        private List<Actor> institutionAtHome(Trigger trigger, List<Actor> recipients) {
            // only on that country's own officials: a court that tries foreigners may well be abroad
            Set<String> countries = recipients.stream()
                .filter(r -> r.sector() != null && OFFICIAL_SECTORS.contains(r.sector()))
                .map(Actor::code).filter(c -> c.length() == 3 && !c.equals(NGO)).collect(Collectors.toSet());
            if (countries.size() != 1 || trigger.pattern().nounOnly() || passive(trigger)) {
                return List.of();
            }
            for (int subject : graph.dependentsExactly(trigger.head(), "nsubj")) {
                String sector = INSTITUTIONS.get(graph.lemma(subject));
                if (sector == null) {
                    for (int part : graph.dependents(subject, "compound")) {
                        sector = sector != null ? sector : INSTITUTIONS.get(graph.lemma(part));
                    }
                }
                if (sector != null) {
                    Token first = graph.token(subject);
                    return List.of(new Actor(countries.iterator().next(), sector, first.text(), first.charStart(),
                        first.charEnd(), "place"));
                }
            }
            return List.of();
        }

        /**
         * Whether the act has a subject the dictionary cannot place, named by a noun phrase rather than a pronoun:
         * "Judge Alejandro Rivera opened investigations against Chilean officials". The act is kept with an unknown
         * actor when it has a recipient, as a passive without agent is; not in a clause that only sets the scene
         * ("when former dictator Idi Amin expelled them").
         */
        private boolean unplacedAgent(Trigger trigger) {
            boolean background = graph.governors(trigger.head()).stream()
                .anyMatch(d -> d.relation().startsWith("advcl") || d.relation().equals("acl:relcl"));
            return !trigger.pattern().nounOnly() && !background && graph.dependentsExactly(trigger.head(), "nsubj")
                .stream().anyMatch(s -> graph.isNoun(s) && PERSONS.contains(String.valueOf(graph.token(s).ner())));
        }

        /**
         * Who imposes or lifts a curfew, a state of emergency or martial law that no one places: only the authorities
         * of the place it is declared in can ("the military government declared a state of siege in Haiti", "a curfew
         * was imposed in Srinagar"). Empty unless the clause names one country's place.
         */
        private List<Actor> authorityOfPlace(Trigger trigger) {
            Set<String> countries = places(trigger.head(), trigger.object()).stream().map(Actor::code)
                .filter(c -> c.length() == 3 && !c.equals(NGO)).collect(Collectors.toCollection(TreeSet::new));
            if (countries.size() != 1) {
                return List.of();
            }
            List<Integer> subjects = graph.dependentsExactly(trigger.head(), "nsubj");
            if (subjects.stream().anyMatch(s -> !graph.isNoun(s))) {
                // "it declared": a pronoun for someone the coder could not find
                return List.of();
            }
            String sector = subjects.stream().map(s -> MILITARY_WORDS.contains(graph.lemma(s))
                    || graph.hasDependent(s, "amod", MILITARY_WORDS) ? "MIL" : "GOV").findFirst().orElse("GOV");
            Token named = graph.token(subjects.isEmpty() ? trigger.head() : subjects.get(0));
            return List.of(new Actor(countries.iterator().next(), sector, named.text(), named.charStart(),
                named.charEnd(), "place"));
        }

        /**
         * Whether the subject of an attack is someone no one has named ("unknown gunmen shot dead a police officer")
         * or the weapon itself ("a bomb killed five people").
         */
        private boolean unidentifiedAttacker(Trigger trigger) {
            if (!trigger.pattern().code().event().equals("ASSAULT") || trigger.pattern().nounOnly()) {
                return false;
            }
            return graph.dependentsExactly(trigger.head(), "nsubj").stream().anyMatch(s -> UNNAMED_ATTACKERS
                .contains(graph.lemma(s)) || isAttack(s) || graph.hasDependent(s, "amod", UNKNOWN_WORDS));
        }

        /**
         * The attacker of an attack no one is named for: PLOVER codes "two civilians were killed by a bomb" with an
         * unidentified actor (sector {@code UNK}, or {@code UAF} for armed men) of the country where it happened, so
         * "killed by a roadside bomb outside the Iraqi city of Basra" is by an unidentified actor of Iraq. Empty when
         * the sentence does not say where. Where the attack came from, when said, tells its side first ("a mortar bomb
         * was fired at Israel from the Gaza Strip").
         */
        private List<Actor> attackerOfPlace(Trigger trigger) {
            int head = trigger.head();
            List<Integer> holders = new ArrayList<>(List.of(head));
            // the place of the weapon or the attack: "by a device outside of Basra", "in an explosion in Beirut"
            holders.addAll(graph.dependents(head, "obl:agent", "nsubj"));
            // where an attack came from is its side: "a mortar bomb was fired at it from the Gaza Strip"
            Set<String> origins = resolveAll(graph.dependents(head, "obl:from")).stream().map(Actor::code)
                .filter(c -> c.length() == 3 && !c.equals(NGO)).collect(Collectors.toCollection(TreeSet::new));
            List<Integer> places = new ArrayList<>();
            for (int i = 0; i < holders.size(); i++) {
                for (Dependency dependency : graph.dependents(holders.get(i))) {
                    String relation = dependency.relation();
                    int place = dependency.dependent();
                    if (!relation.startsWith("obl:") && !relation.startsWith("nmod:")
                        || !PLACE_PREPOSITIONS.contains(relation.substring(relation.indexOf(':') + 1))
                        || inTimex(place) || graph.pos(place).startsWith("PRP")
                        || Integer.valueOf(place).equals(trigger.object())
                        || relation.equals("obl:at") && holders.get(i) == head && graph.pos(place).equals("NNS")) {
                        // "fired at it", "fired rockets at Kenyan troops": what an attack is aimed at is its target,
                        // not its place ("killed 20 children at Sandy Hook Elementary School" is a place)
                        continue;
                    }
                    if (isAttack(place) && holders.size() < 8) {
                        holders.add(place);
                    } else {
                        places.add(place);
                    }
                }
            }
            List<Actor> found = resolvePlaces(places);
            Set<String> countries = origins.size() == 1 ? origins : found.stream().map(Actor::code)
                .filter(c -> c.length() == 3 && !c.equals(NGO)).collect(Collectors.toCollection(TreeSet::new));
            if (countries.size() != 1) {
                return List.of();
            }
            boolean armed = holders.stream().anyMatch(h -> UNNAMED_ATTACKERS.contains(graph.lemma(h)));
            // the words that stand for the attacker: the gunmen, the bomb, or else the act
            Token named = graph.token(holders.size() > 1 ? holders.get(1) : head);
            return List.of(new Actor(countries.iterator().next(), armed ? "UAF" : "UNK", named.text(),
                named.charStart(), named.charEnd(), "place"));
        }

        /** Whether a phrase is an attack ("an air strike", "Israeli tank shelling"), not a place. */
        private boolean isAttack(int noun) {
            if (ATTACK_NOUNS.contains(graph.lemma(noun))) {
                return true;
            }
            return graph.dependents(noun, "amod", "compound").stream().anyMatch(d -> ATTACK_NOUNS.contains(
                graph.lemma(d)));
        }

        /**
         * Whether the trigger is a passive verb whose subject undergoes the event ("three soldiers were killed"); a
         * passive light verb ("sanctions were imposed") has its own noun as subject and keeps the usual roles.
         */
        private boolean passive(Trigger trigger) {
            int verb = trigger.head();
            // a past participle with a passive subject is passive even without its auxiliary: "there were ten
            // soldiers killed" (not a finite verb that enhanced++ gave the passive subject of its conjunct: "X would
            // be met with consequences and urged Y", nor a perfect: "he's been tortured and has accused")
            boolean participle = graph.pos(verb).equals("VBN") && !graph.dependents(verb, "nsubj:pass").isEmpty()
                && !graph.hasDependent(verb, "aux", Set.of("have"));
            return !trigger.pattern().nounOnly() && !trigger.pattern().frame().stative()
                && (!graph.dependents(verb, "aux:pass").isEmpty() || participle)
                && graph.dependents(verb, "nsubj:pass").stream().noneMatch(trigger.words()::contains);
        }

        /** The actors of a noun predicate: its possessor, "between X and Y", or the subject of its clause. */
        private List<Actor> nounActors(int noun, String event) {
            List<Actor> actors = resolveAll(graph.dependents(noun, "nmod:poss"));
            if (actors.isEmpty()) {
                actors = resolveAll(graph.dependents(noun, "nmod:between"));
            }
            if (actors.isEmpty()) {
                for (Dependency governor : graph.governors(noun)) {
                    boolean carried = governor.relation().equals("obj")
                        && CARRYING_OUT.contains(graph.lemma(governor.governor()));
                    // an act the clause is about or against is not the subject's own: "imposed a blackout on the
                    // withdrawal", "protested against the deployment"; but one is "on" a call or a visit, and a bare
                    // "on alert", "on strike" is a state
                    boolean topic = TOPIC_RELATIONS.contains(governor.relation()) && (!governor.relation()
                        .equals("obl:on") || !event.equals("CONSULT")
                        && !graph.dependents(noun, "det", "nmod:poss", "nmod:of").isEmpty());
                    boolean setting = governor.relation().startsWith("obl") && !topic;
                    if ((carried || setting) && graph.isVerb(governor.governor())) {
                        actors = resolveAll(graph.dependents(governor.governor(), SUBJECTS));
                        break;
                    }
                }
            }
            return actors;
        }

        private List<Actor> recipients(Trigger trigger, List<Actor> actors, List<Integer> content) {
            Set<String> actorCodes = actors.stream().map(Actor::code).collect(Collectors.toSet());
            if (trigger.pattern().code().event().equals("ACCUSE")) {
                // what a complaint is about names the accused; whom it is made to does not: "complained to the
                // United Nations over Israeli air raids"
                for (int matter : graph.dependents(trigger.head(), "obl:over", "obl:about")) {
                    List<Actor> accused = namedOrInside(matter, false, actorCodes);
                    if (!accused.isEmpty()) {
                        return accused;
                    }
                }
                // a deed is held against whoever did it, even the accuser's own people: "is investigating alleged
                // war crimes by Croatian extremists against Serb civilians", "condemned the attack by Hamas"
                for (int deed : graph.dependents(trigger.head(), "obj", "obl:over", "obl:about", "obl:for")) {
                    if (resolveAll(List.of(deed)).isEmpty()) {
                        List<Actor> doers = resolveAll(graph.dependents(deed, "nmod:by"));
                        if (!doers.isEmpty()) {
                            return doers;
                        }
                    }
                }
            }
            if (trigger.pattern().code().event().equals("PROTEST")) {
                List<Actor> opposed = protestTarget(trigger.head(), actorCodes);
                if (!opposed.isEmpty()) {
                    return opposed;
                }
            }
            List<Integer> candidates = new ArrayList<>();
            if (passive(trigger)) {
                // not when the passive subject is the actor itself: "troops were withdrawn"
                graph.dependents(trigger.head(), "nsubj:pass").stream().filter(p -> actors.stream()
                    .noneMatch(a -> a.charStart() <= graph.token(p).charStart()
                        && graph.token(p).charStart() < a.charEnd())).forEach(candidates::add);
            }
            if (trigger.object() != null) {
                candidates.add(trigger.object());
            }
            if (trigger.pattern().nounOnly()) {
                candidates.addAll(graph.dependents(trigger.head(), "nmod:with", "nmod:to", "nmod:against",
                    "nmod:from"));
            } else {
                if (INTO_TARGETS.contains(trigger.pattern().code().event())) {
                    // force sent or fired into a country is aimed at it, wherever it came from: "launched rockets
                    // into Israel from Gaza", "send troops into Ukraine"
                    candidates.addAll(graph.dependents(trigger.head(), "obl:into"));
                }
                for (String relation : RECIPIENTS) {
                    candidates.addAll(graph.dependents(trigger.head(), relation));
                }
                boolean hostile = HOSTILE.contains(trigger.pattern().code().event());
                for (int word : trigger.words()) {
                    if (word != trigger.head() && graph.isNoun(word)) {
                        candidates.addAll(graph.dependents(word, "nmod:to", "nmod:with", "nmod:for", "nmod:against",
                            "nmod:on", "nmod:among", "nmod:between"));
                        if (hostile) {
                            // what a hostile act is of is its target: "the blockade of Serbia", "an invasion of Iraq"
                            candidates.addAll(graph.dependents(word, "nmod:of"));
                        }
                    }
                }
            }
            for (int candidate : candidates) {
                if (trigger.words().contains(candidate) || inTimex(candidate)) {
                    continue;
                }
                List<Actor> found = resolveAll(List.of(candidate));
                found.removeIf(a -> actors.stream().anyMatch(b -> b.code().equals(a.code())
                    && java.util.Objects.equals(b.sector(), a.sector())));
                if (!found.isEmpty()) {
                    found.addAll(strandedConjuncts(trigger.head()));
                    return found;
                }
            }
            boolean readsContent = trigger.pattern().frame().content();
            boolean consult = trigger.pattern().code().event().equals("CONSULT");
            if (consult && TOPIC_VERBS.contains(graph.lemma(trigger.head()))) {
                // what is discussed is a topic, whoever it belongs to: "discussed Russia's build-up near Ukraine"
                candidates.removeAll(graph.dependents(trigger.head(), "obj"));
            }
            List<Integer> owners = new ArrayList<>(candidates);
            List<Integer> loose = new ArrayList<>(candidates);
            loose.addAll(graph.dependents(trigger.head(), "obl:as"));
            for (int candidate : loose) {
                // what the parser left loose in the object: "denounced as a crime Serbia's suppression of ..."
                owners.addAll(graph.dependents(candidate, "dep"));
            }
            if (!readsContent) {
                // an object the parser took for the subject of a clause: "rejected North Korea's demand to sever"
                for (int clause : graph.dependents(trigger.head(), "ccomp")) {
                    owners.addAll(graph.dependents(clause, "nsubj"));
                }
            }
            for (int candidate : owners) {
                if (trigger.words().contains(candidate) || inTimex(candidate)) {
                    continue;
                }
                List<Actor> inside = resolveInside(candidate, readsContent);
                // an owner of the actor's own country counts when it is another body of it: "officials demanded
                // support from the Montenegro Assembly"
                inside.removeIf(a -> actors.stream().anyMatch(b -> b.code().equals(a.code())
                    && (a.sector() == null || a.sector().equals(b.sector()))));
                if (!inside.isEmpty()) {
                    return inside;
                }
            }
            if (readsContent) {
                for (int head : content) {
                    List<Actor> subjects = resolveAll(graph.dependents(head, "nsubj", "nsubj:pass"));
                    subjects.removeIf(a -> actorCodes.contains(a.code()));
                    if (!subjects.isEmpty()) {
                        return subjects;
                    }
                }
                for (int head : content) {
                    List<Integer> arguments = new ArrayList<>();
                    for (String relation : RECIPIENTS) {
                        arguments.addAll(graph.dependents(head, relation));
                    }
                    for (int argument : arguments) {
                        List<Actor> found = namedOrInside(argument, true, actorCodes);
                        if (!found.isEmpty()) {
                            return found;
                        }
                    }
                }
                for (int head : content) {
                    // whoever must act to avert it: "threatened to strike unless Israel rescinded the annexation"
                    for (int condition : graph.dependents(head, "advcl")) {
                        if (graph.hasDependent(condition, "mark", CONDITIONS)) {
                            List<Actor> found = resolveAll(graph.dependents(condition, "nsubj"));
                            found.removeIf(a -> actorCodes.contains(a.code()));
                            if (!found.isEmpty()) {
                                return found;
                            }
                        }
                    }
                }
            }
            List<Actor> places = places(trigger.head(), trigger.object());
            if (places.isEmpty() && trigger.pattern().nounOnly()) {
                // where the clause a noun predicate sits in happens: "remained on alert in the West Bank"
                for (Dependency governor : graph.governors(trigger.head())) {
                    if (governor.relation().startsWith("obl") && graph.isVerb(governor.governor())
                        && places.isEmpty()) {
                        places = places(governor.governor(), null);
                    }
                }
            }
            for (int head : content) {
                if (places.isEmpty()) {
                    places = places(head, null);
                }
            }
            if (places.isEmpty() && !consult) {
                // what a meeting or a call is about is its topic, not a party to it: "discussed Russia's build-up"
                List<Integer> starts = new ArrayList<>(candidates);
                starts.addAll(content);
                if (!readsContent) {
                    // what the act is for: "is willing to send material to help defend Saudi Arabia"
                    starts.addAll(graph.dependents(trigger.head(), "xcomp"));
                }
                places = deepInside(starts, trigger, actorCodes);
            }
            return places;
        }

        /**
         * Whom a protest is aimed at, when it says so in a phrase of defiance or a purpose clause: "blocked streets in
         * defiance of Chinese authorities", "blocked a road to show their disapproval for the United States'
         * policies", "began a hunger strike to protest against Sweden's decision".
         */
        private List<Actor> protestTarget(int predicate, Set<String> actorCodes) {
            List<Integer> grounds = new ArrayList<>();
            for (int phrase : graph.dependents(predicate, "obl:in")) {
                if (PROTEST_GROUNDS.contains(graph.lemma(phrase))) {
                    grounds.addAll(graph.dependents(phrase, "nmod:of", "nmod:at", "nmod:against", "nmod:over"));
                }
            }
            for (int purpose : graph.dependents(predicate, "xcomp", "advcl")) {
                if (graph.hasDependent(purpose, "mark", Set.of("to"))
                    && PROTEST_PURPOSES.contains(graph.lemma(purpose))) {
                    grounds.addAll(graph.dependents(purpose, "obj", "obl:against", "obl:at", "obl:over", "obl:about"));
                }
            }
            return nearestActors(grounds, true, PROTEST_RELATIONS, List.of(), actorCodes);
        }

        /**
         * The nearest actors named further down the phrases an act takes, when nothing closer names a counterpart:
         * "rejected a call for its peacekeeping forces to be deployed in East Timor", "would not meet demands to
         * release prisoners in Iraq", "allow the return of U.N. weapons inspectors". Searched breadth first through
         * nominal modifiers, objects and obliques, at most {@link #DEEP_LEVELS} levels below the phrase.
         */
        private List<Actor> deepInside(List<Integer> starts, Trigger trigger, Set<String> actorCodes) {
            return nearestActors(starts, false, DEEP_RELATIONS, trigger.words(), actorCodes);
        }

        /**
         * The actors of the nearest level, breadth first from {@code starts} (themselves included or not) through
         * {@code relations}, at most {@link #DEEP_LEVELS} levels below them, other than the {@code excluded}
         * countries; never through the words in {@code skip} or inside temporal expressions.
         */
        private List<Actor> nearestActors(List<Integer> starts, boolean includeStarts, String[] relations,
                                          List<Integer> skip, Set<String> excluded) {
            List<Integer> level = new ArrayList<>(starts);
            Set<Integer> seen = new HashSet<>(starts);
            for (int depth = 0; depth <= DEEP_LEVELS && !level.isEmpty(); depth++) {
                if (depth > 0 || includeStarts) {
                    List<Actor> found = resolveAll(level);
                    found.removeIf(a -> excluded.contains(a.code()));
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
                if (depth == DEEP_LEVELS) {
                    break;
                }
                List<Integer> next = new ArrayList<>();
                for (int word : level) {
                    for (int dependent : graph.dependents(word, relations)) {
                        if (seen.add(dependent) && !skip.contains(dependent) && !inTimex(dependent)) {
                            next.add(dependent);
                        }
                    }
                }
                next.sort(null);
                level = next;
            }
            return List.of();
        }

        /**
         * The country of the actors, for a protest, a coercive act or an attack with no named counterpart and no
         * place: a protest without a stated target is against the actors' own authorities, and coercion or an
         * attack without one falls on the country's own people, so PLOVER codes them as domestic. Words, demands
         * and threats without an addressee are not: "Russia denied it planned an invasion" is not aimed at Russia.
         */
        private List<Actor> domestic(List<Actor> actors) {
            return actors.stream().filter(a -> a.code().length() == 3 && !a.code().equals(NGO))
                .map(a -> new Actor(a.code(), null, a.entityText(), a.charStart(), a.charEnd(), "domestic"))
                .limit(1).toList();
        }

        /**
         * The place an act without a named counterpart happens in ("lifted a curfew in Montenegro", "staged rallies
         * in Gaza", "threatened to resume attacks in Israel"): PLOVER takes the country where an act lands as its
         * recipient when no one else is named.
         */
        private List<Actor> places(int predicate, Integer named) {
            List<Integer> places = new ArrayList<>();
            for (int in : graph.dependents(predicate, "obl:in")) {
                // an attack is no place, but where it happened is: "killed in a Russian air strike in Kharkiv"
                places.addAll(isAttack(in) ? graph.dependents(in, "nmod:in") : List.of(in));
            }
            List<Integer> objects = new ArrayList<>(graph.dependents(predicate, "obj"));
            if (named != null) {
                objects.add(named);
            }
            for (int object : objects) {
                places.addAll(graph.dependents(object, "nmod:in"));
            }
            places.removeIf(this::inTimex);
            return resolvePlaces(places);
        }

        /**
         * The actors the places name, else those that qualify a generic place word: "in Montenegro province", "in the
         * capital city of Algiers", "in the Egyptian square".
         */
        private List<Actor> resolvePlaces(List<Integer> places) {
            List<Actor> found = resolveAll(places);
            if (found.isEmpty()) {
                List<Integer> naming = new ArrayList<>();
                for (int place : places) {
                    if (PLACE_WORDS.contains(graph.lemma(place))) {
                        naming.addAll(graph.dependents(place, "compound", "nmod:of", "amod"));
                    }
                }
                found = resolveAll(naming);
            }
            return found;
        }

        /** The actors a phrase names, else those named inside it, other than the {@code excluded} countries. */
        private List<Actor> namedOrInside(int noun, boolean content, Set<String> excluded) {
            List<Actor> found = resolveAll(List.of(noun));
            if (found.isEmpty()) {
                found = resolveInside(noun, content);
            }
            found.removeIf(a -> excluded.contains(a.code()));
            return found;
        }

        /**
         * The actors named inside a noun phrase, or else one level further in, where the owner qualifies a thing
         * rather than the act: "restrictions against German goods", "a call for peacekeepers from Nigeria".
         */
        private List<Actor> resolveInside(int noun, boolean content) {
            List<Integer> words = inside(noun, content);
            List<Actor> found = resolveAll(words);
            if (found.isEmpty()) {
                List<Integer> deeper = new ArrayList<>();
                for (int word : words) {
                    deeper.addAll(graph.dependents(word, "nmod:poss", "amod", "compound"));
                }
                found = resolveAll(deeper);
            }
            return found;
        }

        /**
         * The words inside a noun phrase that may name whom an act concerns: its owner ("North Korea's demand", "a
         * U.S. request", "an offer from Afghanistan", "calls by Kofi Annan") or, for content, what it is against
         * or about ("sanctions against Nigeria", "the withdrawal of Serbian forces").
         */
        private List<Integer> inside(int noun, boolean content) {
            List<Integer> words = new ArrayList<>(graph.dependents(noun, "nmod:poss", "amod", "compound", "nmod:from",
                "nmod:by", "nmod:against", "nmod:to", "nmod:with", "nmod:between"));
            if (content) {
                words.addAll(graph.dependents(noun, "nmod:on", "nmod:of"));
            }
            return words;
        }

        /**
         * Conjuncts of a recipient that the parser took for the subject of a following purpose clause: in "spoke with
         * Qatar's minister as well as the Canadian minister to discuss", the Canadian minister becomes the subject of
         * "discuss".
         */
        private List<Actor> strandedConjuncts(int verb) {
            List<Integer> heads = new ArrayList<>();
            for (int clause : graph.dependents(verb, "conj")) {
                if (clause > verb && graph.hasDependent(clause, "mark", Set.of("to"))) {
                    graph.dependents(clause, "nsubj").stream().filter(t -> verb < t && t < clause)
                        .forEach(heads::add);
                }
            }
            return resolveAll(heads);
        }

        private List<Actor> resolveAll(List<Integer> heads) {
            List<Actor> actors = new ArrayList<>();
            for (int head : heads) {
                for (int conjunct : graph.withConjuncts(head)) {
                    Optional<Actor> actor = resolver.resolve(article, sentence.index(), conjunct);
                    if (actor.isEmpty()) {
                        actor = leader(conjunct);
                    }
                    if (actor.isEmpty() && PARTITIVES.contains(graph.lemma(conjunct).toLowerCase(Locale.ROOT))) {
                        // a part of a group is of the group: "one third of ethnic Albanian guerrillas", "most of
                        // the Russian troops"
                        for (int whole : graph.dependents(conjunct, "nmod:of")) {
                            actor = actor.or(() -> resolver.resolve(article, sentence.index(), whole));
                        }
                    }
                    actor.filter(a -> actors.stream().noneMatch(b -> b.code().equals(a.code())
                            && b.charStart() == a.charStart()))
                        .ifPresent(actors::add);
                    actor.ifPresent(a -> jointOwners(conjunct, a).stream()
                        .filter(o -> actors.stream().noneMatch(b -> b.code().equals(o.code())))
                        .forEach(actors::add));
                }
            }
            return actors;
        }

        /**
         * The other countries of coordinated modifiers, acting with the same sector: "US and British activists",
         * "French and German troops".
         */
        private List<Actor> jointOwners(int head, Actor resolved) {
            List<Actor> owners = new ArrayList<>();
            List<Integer> modifiers = graph.dependents(head, "amod", "compound");
            for (int modifier : modifiers) {
                boolean coordinated = !graph.dependents(modifier, "conj").isEmpty() || graph.governors(modifier)
                    .stream().anyMatch(d -> d.relation().startsWith("conj") && modifiers.contains(d.governor()));
                if (!coordinated) {
                    continue;
                }
                resolver.resolve(article, sentence.index(), modifier)
                    .filter(o -> !o.code().equals(resolved.code()) && o.sector() == null)
                    .map(o -> new Actor(o.code(), resolved.sector(), o.entityText(), o.charStart(), o.charEnd(),
                        o.resolvedBy()))
                    .ifPresent(owners::add);
            }
            return owners;
        }

        /** Who leads a thing that names no one else: "the US-led war", "Vietnamese-led forces". */
        private Optional<Actor> leader(int noun) {
            for (int led : graph.dependents(noun, "amod")) {
                if (graph.lemma(led).equals("lead") || graph.token(led).text().equalsIgnoreCase("led")) {
                    for (int by : graph.dependents(led, "obl", "dep", "compound", "nmod", "obl:npmod")) {
                        Optional<Actor> actor = resolver.resolve(article, sentence.index(), by);
                        if (actor.isPresent()) {
                            return actor;
                        }
                    }
                }
            }
            return Optional.empty();
        }

        private boolean inTimex(int token) {
            return sentence.timexes().stream().anyMatch(t -> t.tokenStart() <= token && token < t.tokenEnd());
        }

        /**
         * {@code asserted}, {@code negated}, {@code hypothetical}, {@code future} for an act announced ahead, or
         * {@code conditional} for one its actor may take if something happens: read from the predicate's own
         * negation and auxiliaries, then up the clauses that govern it.
         */
        private String status(int head, boolean noun) {
            if (negated(head)) {
                return NEGATED;
            }
            if (noun) {
                return graph.dependents(head, "amod", "det").stream()
                    .anyMatch(d -> UNREAL_MODIFIERS.contains(graph.lemma(d))) ? HYPOTHETICAL : ASSERTED;
            }
            int current = head;
            Set<Integer> seen = new HashSet<>();
            String found = ASSERTED;
            while (seen.add(current)) {
                if (conditional(current)) {
                    return graph.hasDependent(current, "mark", CONDITIONS) ? HYPOTHETICAL : CONDITIONAL;
                }
                String modality = modality(current);
                if (!modality.equals(ASSERTED)) {
                    return modality;
                }
                boolean infinitive = graph.hasDependent(current, "mark", Set.of("to"));
                Optional<Dependency> up = graph.governors(current).stream()
                    .filter(d -> d.relation().equals("xcomp") || d.relation().startsWith("conj")
                        || d.relation().equals("ccomp") || d.relation().startsWith("advcl")
                        || d.relation().startsWith("acl") && !d.relation().equals("acl:relcl"))
                    .findFirst();
                if (up.isEmpty()) {
                    break;
                }
                boolean purpose = up.get().relation().startsWith("advcl") || up.get().relation().startsWith("acl")
                    || up.get().relation().startsWith("conj") || graph.isNoun(up.get().governor());
                if (infinitive && purpose && !(current == head && protestOfUncodedAct(head, up.get().governor()))) {
                    return HYPOTHETICAL;
                }
                if (infinitive && purpose) {
                    // an act done to protest is the protest: "shunned work to protest at the settlements"; it
                    // happened if that act did
                    current = up.get().governor();
                    continue;
                }
                if (up.get().relation().startsWith("acl")) {
                    return found;
                }
                int governor = up.get().governor();
                String lemma = graph.lemma(governor);
                String relation = up.get().relation();
                if (relation.equals("xcomp") || relation.equals("ccomp")) {
                    if (FAILURES.contains(lemma)) {
                        return NEGATED;
                    }
                    if (UNREALISED.contains(lemma)) {
                        return HYPOTHETICAL;
                    }
                    if (relation.equals("xcomp") && (INTENTIONS.contains(lemma)
                        || INTENTIONS.contains(graph.token(governor).text().toLowerCase(java.util.Locale.ROOT)))) {
                        // an intention someone else says is owed is a demand on them: "the US must be ready to
                        // mediate"
                        return obliged(governor) ? HYPOTHETICAL : "future";
                    }
                    if (relation.equals("ccomp")) {
                        return found;
                    }
                }
                if (relation.startsWith("advcl")) {
                    return found;
                }
                current = governor;
            }
            return found;
        }

        /** An if-clause, or a modal clause with an if-clause: "if Russia invades", "would respond if". */
        private boolean conditional(int predicate) {
            if (graph.hasDependent(predicate, "mark", CONDITIONS)) {
                return true;
            }
            return modal(predicate) && graph.dependents(predicate, "advcl").stream()
                .anyMatch(a -> graph.hasDependent(a, "mark", CONDITIONS));
        }

        /** "must act", "should act", "has to act", "needs to act". */
        private boolean obliged(int predicate) {
            boolean infinitive = graph.hasDependent(predicate, "mark", Set.of("to"));
            return graph.dependents(predicate, "aux").stream().map(graph::lemma)
                .anyMatch(a -> OBLIGATIONS.contains(a) || infinitive && OBLIGATION_VERBS.contains(a));
        }

        private boolean modal(int token) {
            return graph.dependents(token, "aux").stream().anyMatch(a -> graph.pos(a).equals("MD"));
        }

        /** The modality of one predicate from its auxiliaries. */
        private String modality(int predicate) {
            if (obliged(predicate)) {
                return HYPOTHETICAL;
            }
            for (int aux : graph.dependents(predicate, "aux", "aux:pass")) {
                String lemma = graph.lemma(aux);
                if (FUTURE_MODALS.contains(lemma)) {
                    return "future";
                }
                if (lemma.equals("would")) {
                    return futureInThePast(predicate) ? "future" : HYPOTHETICAL;
                }
                if (OTHER_MODALS.contains(lemma)) {
                    return HYPOTHETICAL;
                }
            }
            boolean infinitive = graph.hasDependent(predicate, "mark", Set.of("to"));
            if (infinitive && graph.governors(predicate).isEmpty()) {
                return "future";
            }
            return ASSERTED;
        }

        /**
         * Whether a protest is the purpose of an act no pattern codes, which is then the protest itself: "shunned work
         * to protest at the settlements". The purpose of a coded act ("began a hunger strike to protest", "blocked
         * roads to protest") is that act's target, not another event.
         */
        private boolean protestOfUncodedAct(int protest, int act) {
            if (!graph.lemma(protest).equals("protest") || triggerWords.contains(act)) {
                return false;
            }
            return graph.dependents(act, "obj").stream().noneMatch(triggerWords::contains);
        }

        /** "would" in the complement of a past verb of saying: "said he would meet". */
        private boolean futureInThePast(int predicate) {
            return graph.governors(predicate).stream().anyMatch(d -> d.relation().equals("ccomp")
                && graph.pos(d.governor()).equals("VBD"));
        }

        private boolean negated(int head) {
            return graph.dependents(head, "advmod", "neg").stream().anyMatch(d -> NEGATIONS.contains(graph.lemma(d)));
        }

        private void add(List<Integer> words, List<Actor> actors, List<Actor> recipients, Code code, String status,
                         List<Integer> dated, String rule) {
            if (status.equals(ASSERTED) && sentence.text().strip().endsWith("?")) {
                // a question asserts nothing: "has he spoken with Bernie Sanders about it?"
                status = HYPOTHETICAL;
            }
            String key = code.event() + actors.stream().map(Actor::code).sorted().toList()
                + recipients.stream().map(Actor::code).sorted().toList() + status;
            if (coded.containsKey(key)) {
                return;
            }
            String[] date = date(dated);
            int start = graph.token(words.get(0)).charStart();
            int end = graph.token(words.get(words.size() - 1)).charEnd();
            String verbText = words.stream().map(w -> graph.token(w).text()).collect(Collectors.joining(" "));
            coded.put(key, new EventMention(article.article().id(), sentence.index(), sentence.charStart(),
                sentence.charEnd(), actors, recipients, code.event(), code.mode(), code.context(), code.cameo(),
                tables.cameo(code.cameo()).orElseThrow().goldstein(), tables.quadCode(code.event()), date[0], date[1], verbText, start, end,
                status, rule));
        }

        /**
         * The date of an event: a temporal expression attached to one of its predicates, else one in their clauses,
         * else the sentence's date from the text, else the publication date.
         */
        private String[] date(List<Integer> predicates) {
            for (int predicate : predicates) {
                for (Dependency dependency : graph.dependents(predicate)) {
                    Optional<String> value = dateAt(dependency.dependent());
                    if (value.isPresent() && !dependency.relation().startsWith("conj")) {
                        return new String[] {value.get(), "text"};
                    }
                }
            }
            for (int predicate : predicates) {
                int top = predicate;
                Set<Integer> seen = new HashSet<>();
                while (seen.add(top)) {
                    Optional<Dependency> up = graph.governors(top).stream()
                        .filter(d -> d.relation().equals("xcomp") || d.relation().startsWith("conj")).findFirst();
                    if (up.isEmpty()) {
                        break;
                    }
                    top = up.get().governor();
                }
                List<Integer> clause = new ArrayList<>(List.of(top));
                for (int i = 0; i < clause.size(); i++) {
                    for (int next : graph.dependents(clause.get(i), "xcomp", "conj")) {
                        if (graph.isVerb(next) && !clause.contains(next)) {
                            clause.add(next);
                        }
                    }
                }
                Optional<String> inClause = clause.stream().flatMap(c -> graph.dependents(c).stream())
                    .filter(d -> !SentenceGraph.matches(d.relation(), "conj")
                        && CLAUSE_BOUNDARIES.stream().noneMatch(b -> SentenceGraph.matches(d.relation(), b)))
                    .map(d -> dateAt(d.dependent())).flatMap(Optional::stream).findFirst();
                if (inClause.isPresent()) {
                    return new String[] {inClause.get(), "text"};
                }
            }
            if (sentence.dateSource() == DateSource.TEXT && sentence.date() != null) {
                return new String[] {sentence.date(), "text"};
            }
            return new String[] {article.article().published().toString(), "published"};
        }

        private Optional<String> dateAt(int token) {
            for (Timex timex : sentence.timexes()) {
                if (timex.tokenStart() <= token && token < timex.tokenEnd() && timex.value() != null
                    && ("DATE".equals(timex.type()) || "TIME".equals(timex.type()))) {
                    Matcher matcher = DATE_VALUE.matcher(timex.value());
                    if (matcher.matches()) {
                        return Optional.of(matcher.group(1));
                    }
                }
            }
            return Optional.empty();
        }

        private int distinctCodes(List<Actor> actors) {
            return (int) actors.stream().map(Actor::code).distinct().count();
        }
    }
}
