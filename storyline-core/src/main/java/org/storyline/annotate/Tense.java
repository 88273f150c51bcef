package org.storyline.annotate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The time reference of the clause a token belongs to, read from part-of-speech tags, auxiliaries and a few words
 * of planning ("scheduled", "due") and of payment or deadline, as far as it matters for placing a weekday or a month
 * before or after the publication date. What was to happen ("were to lead a delegation on Monday"), what would have
 * happened ("we'd have arrived on Saturday"), what one got ready for ("braced for protests Tuesday") and what is done
 * before a time ahead ("will make his debut after joining on Wednesday") lie on either side of the writing, and so
 * does what something happens on the eve of ("on the eve of a meeting on Tuesday") and what was set or due to happen
 * ("the action on Thursday was set to move to the courts", "ministers who had been due to gather on Sunday"). A verb
 * joined to one with a modal, and tagged as a past only because its past is its base form ("could develop and hit
 * the coast on Thursday"), shares the modal. Stateless.
 */
enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN;

    private static final Set<String> FUTURE_MODALS = Set.of("will", "shall", "'ll");
    /**
     * Modals that put an event without "have" at or after the time of speaking: "should be allowed an exit in
     * September", "can vote on Tuesday", "may meet on Friday". "could" and "might" are also the past of "can" and
     * "may" ("said they might meet on Friday", "could not attend on Monday") and are read as "would" is.
     */
    private static final Set<String> NON_PAST_MODALS = Set.of("should", "can", "may", "must", "ought");
    private static final Set<String> PAST_OF_MODALS = Set.of("could", "might");
    /** Relations of a clause to the one it reports or continues; "dep" is how the parser attaches one it lost. */
    private static final Set<String> COMPLEMENT_CLAUSES = Set.of("ccomp", "xcomp", "parataxis", "dep");
    /** Relations by which a participle hangs from another word: "kept them closed", "a ruling issued Friday". */
    private static final Set<String> PARTICIPLE_RELATIONS = Set.of("xcomp", "advmod", "amod", "acl");
    /** Tags of a finite verb. */
    static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");
    /** Lemmas of the auxiliary verbs. */
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");
    /** Predicates whose time is planned ahead of them, whatever their own tense: "has scheduled talks for Friday". */
    private static final Set<String> PLANNING = Set.of("schedule", "plan", "slate", "expect", "due", "intend", "aim");
    /**
     * Verbs and adjectives whose infinitive happens when they do: "tried to approach the house on Monday", "failed
     * to vote on Friday", "began to withdraw on Sunday", "were able to return on Friday", "came to visit me on
     * Thursday", "was forced to close the field in August".
     */
    private static final Set<String> IMPLICATIVE = Set.of("try", "attempt", "manage", "fail", "refuse", "decline",
            "begin", "start", "continue", "seem", "appear", "struggle", "rush", "happen", "forget", "neglect", "able",
            "unable", "come", "go", "force", "compel", "oblige");
    /** Verbs of perceiving, whose passive "could" is a past: "gunfire could be heard". */
    private static final Set<String> PERCEIVING = Set.of("see", "hear", "smell", "feel", "taste", "sense");
    /** Verbs of perceiving that tell no possibility, whose active "could" is a past too: "could smell the oil". */
    private static final Set<String> SENSED = Set.of("hear", "smell", "taste");
    /** Verbs of what is timetabled, whose present speaks of the days ahead. */
    private static final Set<String> TIMETABLED = Set.of("start", "begin", "open", "resume", "convene", "reopen",
            "kick", "expire");
    /** Verbs whose passive reports what someone did or was: "was found to be infected", "is said to have met". */
    private static final Set<String> REPORTED = Set.of("find", "say", "report", "believe", "think", "know",
            "confirm", "show", "see", "allege", "understand", "fear", "suspect", "claim");
    /** Adjectives of what is likely or set to happen, whose infinitive after a present copula lies ahead. */
    private static final Set<String> LIKELY = Set.of("likely", "unlikely", "poised", "bound", "set", "certain",
            "sure", "ready", "about");
    /** Verbs of promising or deciding, whose infinitive happens after them. */
    private static final Set<String> PROMISES = Set.of("agree", "promise", "pledge", "vow", "decide", "hope",
            "want", "threaten", "undertake", "resolve");
    /** Nouns of a decision or an attempt, whose infinitive is what was decided or tried. */
    private static final Set<String> DECISIONS = Set.of("decision", "move", "vote", "attempt", "bid", "effort",
            "refusal", "failure");
    /** Conjunctions of condition and time, after which a present stands for a future. */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "once", "when", "before", "after");
    /** Ranks of a noun whose infinitive tells what it did: "the first nation to launch strikes". */
    private static final Set<String> RANKS = Set.of("first", "last", "only", "second", "third", "latest");
    /** Adjectives of what lies ahead of the time of writing: "the upcoming elections". */
    private static final Set<String> AHEAD = Set.of("upcoming", "forthcoming", "impending");
    /** Adjectives of what was awaited when spoken of: "the expected start", "a planned visit". */
    private static final Set<String> AWAITED = Set.of("expected", "planned", "scheduled", "proposed", "anticipated",
            "slated");
    /** Verbs whose object and participle make a clause of what is done: "get adolescents vaccinated by July 4". */
    private static final Set<String> SMALL_CLAUSE_VERBS = Set.of("get", "have", "keep", "want", "need", "leave",
            "make", "see");
    /** Nouns of what was said or decided, told of once made: "the announcement on Wednesday may sound like a win". */
    private static final Set<String> UTTERANCES = Set.of("announcement", "statement", "remark", "comment",
            "admission", "revelation", "disclosure", "decision", "confirmation");
    /** Relations of a noun that something happens ahead of: "in advance of the vote". */
    private static final Set<String> AHEAD_OF = Set.of("obl:ahead_of", "nmod:ahead_of", "obl:in_advance_of",
            "nmod:in_advance_of");
    /** Words whose "of" names what comes after them: "ahead of the vote", "on the eve of a meeting". */
    private static final Set<String> EVE = Set.of("ahead", "eve");
    /** Relations of the word that opens a clause or a phrase: "after joining", "after he left". */
    private static final Set<String> MARKERS = Set.of("mark", "case");
    /** Verbs of getting ready, whose "for" names what comes after them: "braced for protests Tuesday". */
    private static final Set<String> READYING = Set.of("brace", "prepare", "gear", "ready", "steel", "wait");
    /** Nouns of what is awaited, whose date lies on either side of the clause's: "expectations of a rise by July". */
    private static final Set<String> AWAITING = Set.of("expectation", "forecast", "prediction", "prospect", "hope",
            "projection", "target");
    /** Adjectives of what came before: "the previous round in January". */
    private static final Set<String> BEFORE = Set.of("previous", "prior", "earlier", "recent", "preceding");
    /** Verbs of drawing near, whose participle speaks of what lies ahead: "elections looming in November". */
    private static final Set<String> LOOMING = Set.of("loom", "approach");
    /** Words whose time the clause around them does not place: "payable Dec. 7", "the Jan. 14 deadline". */
    private static final Set<String> UNPLACED = Set.of("payable", "effective", "deadline");

    /** The label of a correction made because of this tense, as stored in {@link Timex#rule()}. */
    String rule() {
        return "tense:" + name().toLowerCase(Locale.ROOT);
    }

    /**
     * The tense of the nearest predicate above {@code token}: a verb, or a noun or adjective with a copula.
     * Participles and gerunds without auxiliaries take the tense of the clause they hang from.
     */
    static Tense above(int token, List<Token> tokens, DependencyGraph graph) {
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(token);
        seen.add(token);
        while (!queue.isEmpty()) {
            int current = queue.poll();
            Optional<Tense> tense = ofPredicate(current, tokens, graph);
            if (tense.isPresent()) {
                return tense.get();
            }
            for (Dependency governor : graph.governors(current)) {
                if (seen.add(governor.governor())) {
                    queue.add(governor.governor());
                }
            }
        }
        return graph.governors(token).isEmpty() && !graph.isRoot(token) ? UNKNOWN : nearestFinite(token, tokens);
    }

    /**
     * The tense of the nearest finite verb before {@code token}, else after it, for a word the parse hangs from no
     * predicate at all (a word left unparsed stays unknown): in "The companies, which received letters on Friday
     * informing them, did not ..." the parser read "received" as an adjective of "letters"; in "From April through
     * June, when the stock was tanking, he bought shares" it made "April" the root.
     */
    private static Tense nearestFinite(int token, List<Token> tokens) {
        for (int i = token - 1; i >= 0; i--) {
            Optional<Tense> tense = finiteVerb(tokens.get(i));
            if (tense.isPresent()) {
                return tense.get();
            }
        }
        for (int i = token + 1; i < tokens.size(); i++) {
            Optional<Tense> tense = finiteVerb(tokens.get(i));
            if (tense.isPresent()) {
                return tense.get();
            }
        }
        return UNKNOWN;
    }

    private static Optional<Tense> finiteVerb(Token word) {
        if (word.pos().equals("MD")) {
            return Optional.of(FUTURE_MODALS.contains(lemma(word)) ? FUTURE : UNKNOWN);
        }
        return FINITE_TAGS.contains(word.pos()) ? Optional.of(finite(word.pos())) : Optional.empty();
    }

    /** The tense of {@code token} if it heads a finite clause or an infinitive, empty if it is no predicate. */
    private static Optional<Tense> ofPredicate(int token, List<Token> tokens, DependencyGraph graph) {
        Token word = tokens.get(token);
        if (UNPLACED.contains(lemma(word))) {
            return Optional.of(UNKNOWN);
        }
        if (word.pos().startsWith("NN") && AWAITING.contains(lemma(word))) {
            // "expectations of another rise in rates by July kept the euro high": what was awaited then
            return Optional.of(UNKNOWN);
        }
        if (word.pos().startsWith("NN") && UTTERANCES.contains(lemma(word)) && graph.governors(token).stream()
                .anyMatch(d -> d.relation().startsWith("nsubj") && d.governor() >= 0
                        && above(d.governor(), tokens, graph) != PAST)) {
            // "BP's announcement on Wednesday that it will pay $20 billion may sound like a win": what was said,
            // judged now or later, was said on either side of the writing, most likely before it
            return Optional.of(UNKNOWN);
        }
        Tense setTo = word.pos().startsWith("NN") ? setToHappen(token, tokens, graph) : null;
        if (setTo != null) {
            // "the action on Thursday was set to move back to the courts", "the vote on Friday is likely to pass":
            // what is set to happen lies ahead of the copula's time, so ahead of a present one and on either side
            // of the writing after a past one
            return Optional.of(setTo);
        }
        if (word.pos().startsWith("NN") && (readiedFor(token, tokens, graph) || ahead(token, tokens, graph))) {
            // "Egypt braced for protests Tuesday", "testimony prepared for a Senate hearing Tuesday", "ahead of
            // congressional hearings on Tuesday, lawmakers released a letter": what one got ready for comes after
            // the readying, so on either side of the writing whatever the readying's tense
            return Optional.of(UNKNOWN);
        }
        if (word.pos().startsWith("NN")) {
            for (Dependency modifier : graph.dependents(token)) {
                if (!modifier.relation().equals("amod")) {
                    continue;
                }
                String adjective = tokens.get(modifier.dependent()).text().toLowerCase(Locale.ROOT);
                if (BEFORE.contains(adjective)) {
                    // "there must be no repeat of the previous round in January": what came before
                    return Optional.of(PAST);
                }
                if (AHEAD.contains(adjective)) {
                    // "ahead of the upcoming elections in May": what is ahead of the time of writing
                    return Optional.of(FUTURE);
                }
                if (AWAITED.contains(adjective)) {
                    // "before the expected start of the rainy season in May", "a planned visit on Friday was
                    // cancelled": awaited when spoken of, so on either side of the writing; but ahead when what
                    // will be is to take place at it: "talks will continue at a planned Thursday briefing"
                    boolean ahead = graph.governors(token).stream().anyMatch(d -> d.governor() >= 0
                            && tokens.get(d.governor()).pos().startsWith("VB")
                            && ofPredicate(d.governor(), tokens, graph).orElse(UNKNOWN) == FUTURE);
                    return Optional.of(ahead ? FUTURE : UNKNOWN);
                }
            }
        }
        if (word.pos().equals("VBG") && LOOMING.contains(lemma(word)) && graph.dependents(token).stream()
                .noneMatch(d -> d.relation().startsWith("aux"))) {
            // "with elections looming in November": drawing near the time of the clause it hangs from, so ahead
            // unless that clause is past ("was detained with the November election approaching")
            List<Dependency> governors = graph.governors(token);
            Tense clause = governors.isEmpty() ? UNKNOWN : above(governors.get(0).governor(), tokens, graph);
            return Optional.of(clause == PAST ? UNKNOWN : FUTURE);
        }
        if (word.pos().equals("VBG") && graph.dependents(token).stream().noneMatch(d -> d.relation().startsWith("aux"))
                && graph.dependents(token).stream().anyMatch(d -> MARKERS.contains(d.relation())
                && lemma(tokens.get(d.dependent())).equals("after"))) {
            // "will make his debut after joining from Arsenal on Wednesday": what is done before a time ahead lies
            // on either side of the writing; before a past, in the past
            List<Dependency> governors = graph.governors(token);
            Tense clause = governors.isEmpty() ? UNKNOWN : above(governors.get(0).governor(), tokens, graph);
            return Optional.of(clause == FUTURE ? UNKNOWN : clause);
        }
        boolean modalWould = false;
        boolean otherModal = false;
        boolean nonPastModal = false;
        boolean infinitive = false;
        boolean dueTo = false;
        boolean perfect = false;
        Token have = null;
        Token be = null;
        int beAt = -1;
        Token doing = null;
        for (Dependency dependency : graph.dependents(token)) {
            Token dependent = tokens.get(dependency.dependent());
            String lemma = lemma(dependent);
            boolean beforePunctuation = dependency.dependent() + 1 < tokens.size()
                    && tokens.get(dependency.dependent() + 1).pos().matches("[,.:]");
            if (dependent.pos().equals("MD") && beforePunctuation) {
                // a noun the tagger took for a modal: "like an empty soda can, a small army ... remained"
                continue;
            }
            switch (dependency.relation()) {
                case "aux", "aux:pass", "cop" -> {
                    if (FUTURE_MODALS.contains(lemma)) {
                        return Optional.of(FUTURE);
                    } else if (dependent.text().equalsIgnoreCase("could") && PERCEIVING.contains(lemma(word))
                            && (SENSED.contains(lemma(word)) || graph.dependents(token).stream()
                            .anyMatch(d -> d.relation().equals("aux:pass")))) {
                        // what could be seen or heard, or what someone could hear or smell, was seen, heard or
                        // smelt: "gunfire could be heard on Friday", "On Thursday, I could smell the oil"; not "we
                        // could see a rate cut in March"
                        return Optional.of(PAST);
                    } else if (lemma.equals("would")
                            || PAST_OF_MODALS.contains(dependent.text().toLowerCase(Locale.ROOT))) {
                        modalWould = true;
                    } else if (NON_PAST_MODALS.contains(dependent.text())) {
                        // lower case only: "May 14 - Obama slams ..." is the month the tagger took for a modal
                        nonPastModal = true;
                    } else if (lemma.equals("have")) {
                        perfect = true;
                        have = dependent;
                    } else if (lemma.equals("be") && (be == null || !FINITE_TAGS.contains(be.pos()))) {
                        // the finite one of "are being sold", "was being held" tells the tense
                        be = dependent;
                        beAt = dependency.dependent();
                    } else if (lemma.equals("do") && FINITE_TAGS.contains(dependent.pos())) {
                        // the "do" of a question, a negation or an emphasis tells the tense: "did not leave until
                        // Friday", "does not expect"
                        doing = dependent;
                    } else if (dependent.pos().equals("MD")) {
                        otherModal = true;
                    }
                }
                case "mark" -> {
                    // not the preposition of "compared to what you're paying", which the parser may mark a clause with
                    infinitive |= lemma.equals("to") && !dependent.pos().equals("IN");
                    dueTo |= lemma.equals("due");
                }
                default -> {
                }
            }
        }
        // "have" is a perfect auxiliary only before a participle ("has met", "has been busy"); in "has to respond" it
        // is the finite verb.
        perfect &= word.pos().equals("VBN") || be != null && be.pos().equals("VBN");
        if (have != null && !perfect && !modalWould && !otherModal && !nonPastModal
                && FINITE_TAGS.contains(have.pos())) {
            return Optional.of(finite(have.pos()));
        }
        if (lemma(word).equals("have") && word.pos().equals("VBG") && participleAfter(token, tokens)) {
            // "Having swept elections in January": a perfect the parser read as "having" with an adjective
            return Optional.of(PAST);
        }
        if (lemma(word).equals("due") && !word.pos().startsWith("VB") && be == null) {
            // what is due without a verb of its own, "a payment due in August", falls due on either side of the
            // clause it hangs from: "was facing a payment due in August" (written in June)
            return Optional.of(UNKNOWN);
        }
        if (PLANNING.contains(lemma(word)) && (word.pos().startsWith("VB") || be != null)) {
            if (plannedFromNow(token, tokens, graph)) {
                return Optional.of(FUTURE);
            } else if (!word.pos().equals("VBD") && be == null && !perfect) {
                // "a service planned for Saturday was cancelled": the clause it hangs from decides.
                return Optional.empty();
            }
            // A plan told in the past ("the vote was due March 25", "had been scheduled for Friday") may be for
            // a time on either side of the publication.
            return Optional.of(UNKNOWN);
        }
        if (dueTo && infinitive && !modalWould && !otherModal && !nonPastModal) {
            // "due to" read as a preposition before the infinitive it plans: "ministers who had been due to gather
            // on Sunday" planned then, on either side of the writing; "are due to meet on Friday", ahead
            Token finite = have != null ? have : be;
            return Optional.of(finite != null && (finite.pos().equals("VBZ") || finite.pos().equals("VBP"))
                    ? FUTURE : UNKNOWN);
        }
        if (perfect && modalWould) {
            // what would have happened, had something else not: "we'd have arrived in Port-au-Prince on Saturday",
            // on either side of the writing
            return Optional.of(UNKNOWN);
        }
        if (perfect) {
            // Perfect aspect places the event before the reference time: "had met", "has met".
            return Optional.of(PAST);
        }
        if (modalWould) {
            return Optional.of(futureInThePast(token, tokens, graph) ? FUTURE : UNKNOWN);
        }
        if (nonPastModal) {
            // "may have first infected": a perfect the tagger read as "have" with an adjective
            return Optional.of(lemma(word).equals("have") && participleAfter(token, tokens) ? PAST : FUTURE);
        }
        if (otherModal) {
            return Optional.of(UNKNOWN);
        }
        if (infinitive && be != null && (be.pos().equals("VBZ") || be.pos().equals("VBP"))) {
            // "is to resume trading on Tuesday": what is arranged to happen.
            return Optional.of(FUTURE);
        }
        if (infinitive && be != null && be.pos().equals("VBD") && beAt + 1 < tokens.size()
                && tokens.get(beAt + 1).text().equalsIgnoreCase("to")) {
            // "were to lead a delegation to the region on Monday", "was to be aired on Tuesday night": what was
            // arranged then, on either side of the writing; not "it was hard to see", which the parser may hang on
            // "see" with "was" for its copula
            return Optional.of(UNKNOWN);
        }
        String pos = be != null ? be.pos() : doing != null ? doing.pos() : word.pos();
        if (pos.equals("VBD") && be == null && have == null && doing == null && !otherModal
                && word.text().equalsIgnoreCase(lemma(word)) && graph.governors(token).stream()
                .anyMatch(d -> d.relation().startsWith("conj") && d.governor() >= 0
                        && modal(d.governor(), tokens, graph))) {
            // a base form that reads as a past ("hit", "set", "put") and shares the modal of the verb it is joined
            // to: "a storm that could develop into a depression and hit the coast on Thursday"
            return Optional.empty();
        }
        if (pos.equals("VBD") && be == null && have == null && doing == null && !otherModal
                && graph.dependents(token).stream().anyMatch(d -> d.relation().equals("nsubj:pass"))) {
            for (Dependency joined : graph.governors(token)) {
                if (joined.relation().startsWith("conj") && joined.governor() >= 0 && graph.dependents(
                        joined.governor()).stream().anyMatch(a -> a.relation().equals("aux:pass"))) {
                    // a participle the tagger took for a past tense, in the passive of the verb it is joined to:
                    // "said it would be deployed by tomorrow and hooked up to a drill ship over the weekend"
                    return Optional.of(above(joined.governor(), tokens, graph));
                }
            }
        }
        if (pos.equals("VBD") && be == null && have == null && doing == null && !hasSubject(token, graph)
                && graph.governors(token).stream().anyMatch(d -> d.relation().equals("acl"))
                && graph.governors(token).stream().allMatch(d -> d.governor() < token)) {
            // a participle after its noun the tagger took for a past tense: "under an agreement reached Thursday"
            return Optional.of(PAST);
        }
        if (pos.equals("VBD") && be == null && have == null && doing == null && !hasSubject(token, graph)
                && !lemma(word).equals("say")
                && graph.governors(token).stream().anyMatch(d -> PARTICIPLE_RELATIONS.contains(d.relation()))) {
            // A past tense without a subject that complements or modifies another word is a participle the tagger
            // took for a past tense: "has kept the markets closed until Friday". The clause above decides. Not
            // "said", whose subject the parser lost in "..., al-Islam said on Thursday".
            return Optional.empty();
        }
        if ((pos.equals("VBZ") || pos.equals("VBP")) && "O".equals(word.ner()) && graph.dependents(token).stream()
                .anyMatch(d -> (d.relation().equals("mark") || d.relation().equals("advmod"))
                        && d.dependent() < token && CONDITIONS.contains(lemma(tokens.get(d.dependent()))))) {
            // a present in a clause of condition or time stands for a future: "if they jump to the Lib Dems on
            // Thursday", "before he leaves on Friday"; not a word of a name the tagger took for a verb ("es" in
            // "Dar es Salaam")
            return Optional.of(FUTURE);
        }
        if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
            return Optional.of(finite(pos));
        }
        if (infinitive && (ranked(token, tokens, graph) || decided(token, tokens, graph))) {
            // "were the first nation to launch strikes on Saturday", "S&P's decision to downgrade the rating on
            // Friday has sparked a rally": what the ranked one did or what was decided, in the clause's tense
            return Optional.empty();
        }
        if (infinitive) {
            return Optional.of(infinitive(token, tokens, graph));
        }
        if (pos.equals("VBN") && graph.governors(token).stream().anyMatch(d -> d.relation().equals("acl"))) {
            // A participle after its noun tells what was done to it: "the injunction issued on Thursday".
            return Optional.of(PAST);
        }
        if (pos.equals("VB") && be == null && have == null && !infinitive && graph.governors(token).isEmpty()
                && !hasSubject(token, graph) && imperativeStart(token, tokens)) {
            // a command opening the sentence is for the time ahead: "Watch AC360 at 10 p.m. ET Monday on CNN"
            return Optional.of(FUTURE);
        }
        if (pos.equals("VB") && be == null && have == null && graph.dependents(token).stream()
                .anyMatch(d -> d.relation().equals("nsubj"))) {
            // A base form with a subject of its own and no auxiliary is a present the tagger took for a base form:
            // "the drills began on March 1 and run through the end of April".
            return Optional.of(PRESENT);
        }
        if (pos.equals("VBN") && be == null && graph.governors(token).stream().anyMatch(d -> d.governor() >= 0
                && SMALL_CLAUSE_VERBS.contains(lemma(tokens.get(d.governor())))
                && tokens.get(d.governor()).pos().startsWith("VB"))) {
            // what someone gets, has or wants done happens in that verb's time: "will challenge states to get as
            // many adolescents vaccinated as possible by July 4"
            return Optional.empty();
        }
        if (pos.equals("VBN") && be == null && graph.dependents(token).stream()
                .anyMatch(d -> d.relation().equals("nsubj"))) {
            // A participle with a subject of its own and no auxiliary is a past tense the tagger took for a
            // participle: "the stock traded at a low on Friday".
            return Optional.of(PAST);
        }
        return Optional.empty();
    }

    /**
     * For the subject of "set", "likely", "poised" and the like with a copula and an infinitive, the future after a
     * present copula and unknown after a past one; else null.
     */
    private static Tense setToHappen(int token, List<Token> tokens, DependencyGraph graph) {
        for (Dependency subject : graph.governors(token)) {
            int predicate = subject.governor();
            if (!subject.relation().startsWith("nsubj") || predicate < 0
                    || !LIKELY.contains(lemma(tokens.get(predicate)))
                    || graph.dependents(predicate).stream().noneMatch(d -> d.relation().equals("xcomp")
                    && graph.dependents(d.dependent()).stream().anyMatch(m -> m.relation().equals("mark")
                    && lemma(tokens.get(m.dependent())).equals("to")))) {
                continue;
            }
            for (Dependency copula : graph.dependents(predicate)) {
                String pos = tokens.get(copula.dependent()).pos();
                if ((copula.relation().equals("cop") || copula.relation().equals("aux:pass"))
                        && lemma(tokens.get(copula.dependent())).equals("be") && FINITE_TAGS.contains(pos)) {
                    return pos.equals("VBD") ? UNKNOWN : FUTURE;
                }
            }
        }
        return null;
    }

    /** Whether a modal is an auxiliary of the token: "could" of "could develop". */
    private static boolean modal(int token, List<Token> tokens, DependencyGraph graph) {
        return graph.dependents(token).stream().anyMatch(d -> d.relation().equals("aux")
                && tokens.get(d.dependent()).pos().equals("MD"));
    }

    /**
     * Whether a planning verb plans from the time of writing: present or present perfect, with its own subject
     * or auxiliary ("is scheduled", "has planned", "are expected"), not a past plan ("had been scheduled").
     */
    private static boolean plannedFromNow(int token, List<Token> tokens, DependencyGraph graph) {
        Token word = tokens.get(token);
        boolean finite = word.pos().equals("VBZ") || word.pos().equals("VBP");
        for (Dependency dependency : graph.dependents(token)) {
            if (dependency.relation().startsWith("aux") || dependency.relation().equals("cop")) {
                String pos = tokens.get(dependency.dependent()).pos();
                if (pos.equals("VBD")) {
                    return false;
                }
                finite |= pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
            }
        }
        return finite;
    }

    /** Whether only quotes, brackets or dashes stand before the token: the verb opens the sentence. */
    private static boolean imperativeStart(int token, List<Token> tokens) {
        for (int i = 0; i < token; i++) {
            if (tokens.get(i).pos().matches("``|''|-LRB-|-RRB-|:|HYPH|,") || tokens.get(i).text().equals("--")) {
                continue;
            }
            return false;
        }
        return true;
    }

    /** Whether the noun at {@code token} is what a verb of getting ready is for: "braced for protests". */
    private static boolean readiedFor(int token, List<Token> tokens, DependencyGraph graph) {
        return graph.governors(token).stream().anyMatch(d -> d.governor() >= 0 && d.relation().equals("obl:for")
                && tokens.get(d.governor()).pos().startsWith("VB")
                && READYING.contains(lemma(tokens.get(d.governor()))));
    }

    /**
     * Whether the noun at {@code token} is what something happens ahead of: "ahead of hearings on Tuesday", "on the
     * eve of a meeting on Tuesday".
     */
    private static boolean ahead(int token, List<Token> tokens, DependencyGraph graph) {
        return graph.governors(token).stream().anyMatch(d -> AHEAD_OF.contains(d.relation())
                || d.governor() >= 0 && d.relation().endsWith(":of")
                && EVE.contains(lemma(tokens.get(d.governor()))));
    }

    private static boolean hasSubject(int token, DependencyGraph graph) {
        return graph.dependents(token).stream().anyMatch(d -> d.relation().startsWith("nsubj")
                || d.relation().startsWith("csubj") || d.relation().equals("expl"));
    }

    private static Tense finite(String pos) {
        return pos.equals("VBD") ? PAST : PRESENT;
    }

    /**
     * A to-infinitive: future after "going to" and in a headline ("Blinken to meet Lavrov on Friday"), past under a
     * past verb it happens with ("tried to approach"); otherwise its event follows that of the governing clause by
     * an unknown amount.
     */
    private static Tense infinitive(int token, List<Token> tokens, DependencyGraph graph) {
        List<Dependency> governors = graph.governors(token);
        if (governors.isEmpty()) {
            // a headline's "Obama to visit Japan in November" lies ahead; but a finite verb hung loosely on the
            // infinitive is the main verb the parser lost: "An earlier effort, in May, to pump mud ... failed", or
            // a present one taken for its auxiliary after a dateline: "February 4, 2011 | ... A soldier tries to keep
            // order" (a past form may be a participle: "With voters on Sunday expected to keep ...")
            return graph.dependents(token).stream()
                    .filter(d -> d.relation().equals("dep") && d.dependent() > token
                            || d.relation().equals("aux") && !tokens.get(d.dependent()).pos().equals("VBD")
                            && !AUXILIARIES.contains(lemma(tokens.get(d.dependent())))
                            && !PLANNING.contains(lemma(tokens.get(d.dependent()))))
                    .map(d -> tokens.get(d.dependent()).pos()).filter(FINITE_TAGS::contains)
                    .findFirst().map(Tense::finite).orElse(FUTURE);
        }
        for (Dependency governor : governors) {
            Token head = tokens.get(governor.governor());
            if (PLANNING.contains(lemma(head)) && plannedFromNow(governor.governor(), tokens, graph)) {
                return FUTURE;
            }
            if (LIKELY.contains(lemma(head)) && graph.dependents(governor.governor()).stream()
                    .anyMatch(d -> d.relation().equals("cop") && tokens.get(d.dependent()).pos().matches("VBZ|VBP"))) {
                // what is likely or set to happen lies ahead: "strains are likely to surface on Friday"
                return FUTURE;
            }
            if ((governor.relation().equals("xcomp") || governor.relation().startsWith("advcl"))
                    && ofPredicate(governor.governor(), tokens, graph).orElse(UNKNOWN) == FUTURE) {
                // what someone will be able, have or try to do: "won't be able to stick around till September"; what
                // will be waited or done for: "can wait for Mubarak to leave in September"
                return FUTURE;
            }
            boolean going = head.pos().equals("VBG") && lemma(head).equals("go");
            Optional<Token> be = !going ? Optional.empty() : graph.dependents(governor.governor()).stream()
                    .filter(d -> d.relation().equals("aux") && lemma(tokens.get(d.dependent())).equals("be"))
                    .map(d -> tokens.get(d.dependent())).findFirst();
            if (be.isPresent()) {
                // "is going to meet on Friday" lies ahead; "was going to dissolve the government Saturday" lay ahead
                // of a past time, on either side of the writing
                return be.get().pos().equals("VBD") ? UNKNOWN : FUTURE;
            }
            boolean passive = REPORTED.contains(lemma(head)) && graph.dependents(governor.governor()).stream()
                    .anyMatch(d -> d.relation().equals("aux:pass"));
            if (governor.relation().equals("xcomp") && (IMPLICATIVE.contains(lemma(head)) || passive)
                    && above(governor.governor(), tokens, graph) == PAST) {
                // also what someone was found, said or believed to be or do: "was found to be infected on Saturday";
                // a participle takes the tense of its clause: "people trying to enter Syria on Monday were shot"
                return PAST;
            }
        }
        return UNKNOWN;
    }

    /**
     * Whether an infinitive tells what a noun ranked first, last, only or most did: "the first nation to launch
     * strikes", "the largest bank to fail".
     */
    private static boolean ranked(int token, List<Token> tokens, DependencyGraph graph) {
        return graph.governors(token).stream().filter(d -> d.relation().startsWith("acl"))
                .anyMatch(noun -> graph.dependents(noun.governor()).stream()
                        .filter(d -> d.relation().equals("amod"))
                        .map(d -> tokens.get(d.dependent()))
                        .anyMatch(rank -> RANKS.contains(lemma(rank)) || rank.pos().equals("JJS")));
    }

    /**
     * Whether the first verb above {@code token} is an infinitive of what was promised or decided, which happens
     * after the promise: "agreed Tuesday to not seek re-election in September", "vowed to leave by March".
     */
    static boolean promised(int token, List<Token> tokens, DependencyGraph graph) {
        return infinitiveUnder(token, tokens, graph, governor -> PROMISES.contains(lemma(governor)));
    }

    /**
     * Whether the first verb above {@code token} is a to-infinitive whose governing verb passes {@code governor}:
     * "vowed to leave by March", "directed the Department to pause repayments through September".
     */
    static boolean infinitiveUnder(int token, List<Token> tokens, DependencyGraph graph, Predicate<Token> governor) {
        int verb = firstVerb(token, 4, tokens, graph);
        return verb >= 0 && graph.dependents(verb).stream()
                .anyMatch(d -> d.relation().equals("mark") && lemma(tokens.get(d.dependent())).equals("to"))
                && graph.governors(verb).stream().anyMatch(d -> d.relation().equals("xcomp") && d.governor() >= 0
                        && governor.test(tokens.get(d.governor())));
    }

    /** Whether a word is a verb of promising or deciding: "pledge", "vow", "agree". */
    static boolean promise(Token token) {
        return PROMISES.contains(lemma(token));
    }

    /**
     * Whether the first verb above {@code token} is a participle of planning after its noun, whose month lies ahead
     * of the plan: "the next presidential election scheduled for September".
     */
    static boolean scheduled(int token, List<Token> tokens, DependencyGraph graph) {
        int verb = firstVerb(token, 3, tokens, graph);
        return verb >= 0 && tokens.get(verb).pos().equals("VBN") && PLANNING.contains(lemma(tokens.get(verb)))
                && graph.dependents(verb).stream().noneMatch(d -> d.relation().startsWith("aux"))
                && graph.governors(verb).stream().anyMatch(d -> d.relation().startsWith("acl"));
    }

    /**
     * Whether the first verb above {@code token} is a present of what is timetabled, which news uses for the days
     * ahead: "public meetings start Wednesday", "the talks resume Monday"; or a present progressive, which tells what
     * is arranged: "the heads of several missions are gathering on Monday". Not for a subject ("those surveyed Monday
     * and Tuesday say BP is doing a poor job", where the parser made the weekdays the subject of "doing").
     */
    static boolean timetabled(int token, List<Token> tokens, DependencyGraph graph) {
        int verb = firstVerb(token, 3, tokens, graph);
        if (verb < 0 || graph.governors(token).stream().anyMatch(d -> d.relation().startsWith("nsubj"))) {
            return false;
        }
        Token word = tokens.get(verb);
        if (word.pos().equals("VBG") && graph.dependents(verb).stream().anyMatch(d -> d.relation().equals("aux")
                && lemma(tokens.get(d.dependent())).equals("be")
                && Set.of("VBZ", "VBP").contains(tokens.get(d.dependent()).pos()))) {
            return true;
        }
        return (word.pos().equals("VBZ") || word.pos().equals("VBP")) && TIMETABLED.contains(lemma(word))
                && graph.dependents(verb).stream().noneMatch(d -> d.relation().startsWith("aux"));
    }

    /** The first verb at or above {@code token} within {@code steps} steps up its first governors, else -1. */
    static int firstVerb(int token, int steps, List<Token> tokens, DependencyGraph graph) {
        int current = token;
        for (int step = 0; step < steps && current >= 0; step++) {
            if (tokens.get(current).pos().startsWith("VB")) {
                return current;
            }
            List<Dependency> up = graph.governors(current);
            current = up.isEmpty() ? -1 : up.get(0).governor();
        }
        return -1;
    }

    /** Whether an infinitive tells what a noun of deciding or trying decided: "the decision to downgrade". */
    private static boolean decided(int token, List<Token> tokens, DependencyGraph graph) {
        return graph.governors(token).stream().anyMatch(d -> d.relation().startsWith("acl") && d.governor() >= 0
                && DECISIONS.contains(lemma(tokens.get(d.governor()))));
    }

    /**
     * "would" is a future seen from the past when its clause complements a past verb ("said he would") or a noun
     * ("the announcement that he would end his rule in September").
     */
    private static boolean futureInThePast(int token, List<Token> tokens, DependencyGraph graph) {
        for (Dependency governor : graph.governors(token)) {
            if (!COMPLEMENT_CLAUSES.contains(governor.relation()) || governor.governor() < 0) {
                continue;
            }
            if (tokens.get(governor.governor()).pos().startsWith("NN")
                    || ofPredicate(governor.governor(), tokens, graph).orElse(UNKNOWN) == PAST) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a participle or past form follows the token within two words: "have first infected" (the tagger may
     * take the participle for an adjective there).
     */
    private static boolean participleAfter(int token, List<Token> tokens) {
        for (int i = token + 1; i < Math.min(tokens.size(), token + 3); i++) {
            String pos = tokens.get(i).pos();
            if (pos.equals("VBN") || pos.equals("VBD") || pos.equals("JJ") && tokens.get(i).text().endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    private static String lemma(Token token) {
        String lemma = token.lemma() != null ? token.lemma() : token.text();
        return lemma.toLowerCase(Locale.ROOT);
    }
}
