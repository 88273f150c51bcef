package org.storyline.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.annotate.Dependency;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.util.Validate;

/**
 * Resolves actor phrases with the {@link ActorDictionary}: first a name of the dictionary naming the phrase's head
 * (people only while in office on the sentence's date), then the phrase's own words ("Russian troops" is Russia's
 * military), then an earlier mention of the article for pronouns, titles and surnames ("he", "the Secretary").
 * Stateless and safe to share between threads.
 */
public final class DictionaryActorResolver implements ActorResolver {
    /** Common nouns a place name qualifies: "the city of Algiers". */
    private static final Set<String> GENERIC_PLACES = Set.of("city", "capital", "town", "village", "region",
            "province", "district", "area", "port", "enclave", "suburb", "neighbourhood", "neighborhood");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "she", "her");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them");
    private static final Set<String> DEFENCE_WORDS = Set.of("defence", "defense", "military", "army", "war");
    private static final Set<String> NAME_PART = Set.of("compound", "flat", "flat:name", "flat:foreign");
    /** Words for a part or body of something, which act for what their phrase names ("a member of parliament"). */
    private static final Set<String> MEMBERSHIP_HEADS = Set.of("member", "group", "party", "coalition", "movement",
            "association", "committee", "council", "faction", "wing", "forum", "front", "bloc", "alliance");
    private static final Set<String> NAMED_ENTITY_HEADS = Set.of("PERSON", "ORGANIZATION", "TITLE");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:xsubj", "nsubj:pass");
    /** Clauses whose act happens where the clause they depend on does. */
    private static final Set<String> PURPOSE = Set.of("xcomp", "advcl", "advcl:to", "conj:and");
    /** Sectors whose people are mostly at home where they act. */
    private static final Set<String> LOCAL_SECTORS = Set.of("CVL", "OPP", "LAB", "COP", "EDU");
    /** Singular agent nouns that name a group ("the crowd", "the police"). */
    private static final Set<String> GROUP_WORDS = Set.of("crowd", "police", "mob", "people");
    /** What may follow a person's name and is no name of its own. */
    private static final Set<String> NAME_SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv", ",");
    /** Pronouns rarely reach further back than this many sentences. */
    private static final int PRONOUN_REACH = 3;
    /** Titles and surnames reach further, but an article's distant past is another story. */
    private static final int DESCRIPTION_REACH = 12;

    private final ActorDictionary dictionary;

    /** A resolver over the bundled dictionary. */
    public DictionaryActorResolver() {
        this(ActorDictionary.bundled());
    }

    /** A resolver over {@code dictionary}. */
    public DictionaryActorResolver(ActorDictionary dictionary) {
        this.dictionary = Validate.notNull(dictionary, "dictionary");
    }

    @Override
    public Optional<Actor> resolve(AnnotatedArticle article, int sentenceIndex, int head) {
        Validate.notNull(article, "article");
        Validate.isTrue(sentenceIndex >= 0 && sentenceIndex < article.sentences().size(),
                "no sentence " + sentenceIndex + " in article " + article.article().id());
        Sentence sentence = article.sentences().get(sentenceIndex);
        Validate.isTrue(head >= 0 && head < sentence.tokens().size(),
                "no token " + head + " in sentence " + sentenceIndex + " of article " + article.article().id());
        LocalDate published = article.article().published();
        int nameHead = wholeName(sentence, head, true);
        Optional<Named> named = named(sentence, nameHead, published);
        if (named.isEmpty()) {
            named = named(sentence, wholeName(sentence, nameHead, false), published);
        }
        if (named.isPresent()) {
            return Optional.of(named.get().actor());
        }
        return corefer(article, sentenceIndex, nameHead, published)
                .or(() -> placeOfAct(sentence, nameHead, published));
    }

    /**
     * The country a group of people acts in, when its own words and the article name none: "farmers marched in
     * Paris to protest", "demonstrators protesting election results in Monrovia". The group is a plural agent noun
     * of a sector that acts at home (civilians, opposition, labour, police, education: not troops, officials,
     * rebels, journalists or refugees, who are often abroad) that is the subject of a verb, or that a participle
     * modifies; the place is that verb's "in" phrase, or that of a verb it is the purpose or complement of
     * ("staged a sit-in in Gaza to protest").
     */
    private Optional<Actor> placeOfAct(Sentence sentence, int head, LocalDate published) {
        Token token = sentence.tokens().get(head);
        Optional<String> sector = agentSector(token).filter(LOCAL_SECTORS::contains);
        if (sector.isEmpty() || !isPlural(token) && !GROUP_WORDS.contains(ActorDictionary.fold(token.lemma()))) {
            return Optional.empty();
        }
        List<Integer> verbs = new ArrayList<>();
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() == head && d.governor() >= 0 && SUBJECTS.contains(d.relation())) {
                verbs.add(d.governor());
            } else if (d.governor() == head && d.relation().equals("acl")) {
                verbs.add(d.dependent());
            }
        }
        for (int step = 0; step < 2 && !verbs.isEmpty(); step++) {
            List<Integer> governing = new ArrayList<>();
            for (int verb : verbs) {
                for (Dependency d : sentence.dependencies()) {
                    if (d.governor() == verb && d.relation().equals("obl:in")) {
                        Optional<Actor> place = place(sentence, d.dependent(), published, head);
                        if (place.isPresent()) {
                            return Optional.of(new Actor(place.get().code(), sector.get(), token.text(),
                                    token.charStart(), token.charEnd(), "place"));
                        }
                    }
                    if (d.dependent() == verb && d.governor() >= 0 && PURPOSE.contains(d.relation())) {
                        governing.add(d.governor());
                    }
                }
            }
            verbs = governing;
        }
        return Optional.empty();
    }

    /** The country a place names (a country, or a city or region of one), if the dictionary knows it. */
    private Optional<Actor> place(Sentence sentence, int token, LocalDate published, int group) {
        if (token != group && GENERIC_PLACES.contains(ActorDictionary.fold(sentence.tokens().get(token).lemma()))) {
            // "in the capital city of Algiers", "in the town of Hebron": the place the generic word stands for
            for (Dependency d : sentence.dependencies()) {
                if (d.governor() == token && (d.relation().equals("nmod:of") || d.relation().equals("compound")
                        || d.relation().equals("appos"))) {
                    Optional<Actor> named = place(sentence, d.dependent(), published, group);
                    if (named.isPresent()) {
                        return named;
                    }
                }
            }
            return Optional.empty();
        }
        if (token == group || !"LOCATION".equals(sentence.tokens().get(token).ner())) {
            return Optional.empty();
        }
        // A capital stands for its government elsewhere; here it only says which country the place is in.
        return named(sentence, wholeName(sentence, token, false), published).map(Named::actor);
    }

    /**
     * The head of the name a token is part of: "Antony" stands for "Antony Blinken" (people only), and any other
     * word of a compound for the compound when it names nothing by itself ("United" in "United States").
     */
    private static int wholeName(Sentence sentence, int token, boolean peopleOnly) {
        int current = token;
        for (int step = 0; step < sentence.tokens().size(); step++) {
            int part = current;
            Optional<Dependency> whole = sentence.dependencies().stream()
                    .filter(d -> d.dependent() == part && d.governor() >= 0 && NAME_PART.contains(d.relation()))
                    .filter(d -> !peopleOnly
                            || isPerson(sentence.tokens().get(part)) && isPerson(sentence.tokens().get(d.governor())))
                    .findFirst();
            if (whole.isEmpty()) {
                return current;
            }
            current = whole.get().governor();
        }
        return current;
    }

    /** An actor found without looking outside its phrase, with what coreference needs to know of it. */
    private record Named(Actor actor, boolean person, boolean plural, Set<String> words) {
    }

    /** A dictionary name found over tokens {@code [start, end)}. */
    private record Match(int start, int end, ActorEntry entry) {
        boolean covers(int token) {
            return token >= start && token < end;
        }
    }

    private Optional<Named> named(Sentence sentence, int head, LocalDate published) {
        ActorPhrase phrase = ActorPhrase.of(sentence, head);
        List<Match> matches = matches(phrase, OfficePeriod.of(sentence, published), published);
        Token headToken = sentence.tokens().get(head);
        Optional<Match> naming = matches.stream().filter(m -> m.covers(head)).findFirst()
                .or(() -> matches.stream().filter(m -> phrase.appositions().stream().anyMatch(m::covers))
                        .findFirst());
        if (naming.isPresent() && !naming.get().entry().person() && naming.get().covers(head)
                && (isEthnic(sentence, head) || isPeopleOfPlace(sentence, head))) {
            // "ethnic Albanians in south Serbia": a people, not the nationals of the country its name comes from; of
            // the place the phrase puts them in, if it names one
            List<Integer> places = sentence.dependencies().stream()
                    .filter(d -> d.governor() == head && d.relation().equals("nmod:of")).map(Dependency::dependent)
                    .toList();
            naming = matches.stream().filter(m -> places.stream().anyMatch(m::covers) && !m.entry().person())
                    .findFirst()
                    .or(() -> matches.stream().filter(m -> !m.covers(head) && !m.entry().person()).findFirst());
            if (naming.isEmpty()) {
                return Optional.empty();
            }
        }
        if (naming.isPresent() && naming.get().end() - naming.get().start() == 1 && naming.get().covers(head)
                && naming.get().entry().sector() != null && !naming.get().entry().person()) {
            // a one-word seat that another country's name qualifies is that country's: "the Nigerian Senate"
            Match seat = naming.get();
            Optional<Match> country = matches.stream().filter(m -> !m.covers(head) && m.entry().sector() == null
                    && !m.entry().person() && !m.entry().code().equals(seat.entry().code())).findFirst();
            if (country.isPresent()) {
                int[] span = span(sentence, phrase);
                Actor actor = new Actor(country.get().entry().code(), seat.entry().sector(),
                        text(sentence, span[0], span[1]), sentence.tokens().get(span[0]).charStart(),
                        sentence.tokens().get(span[1] - 1).charEnd(), "phrase");
                return Optional.of(new Named(actor, false, isPlural(headToken), words(sentence, phrase)));
            }
        }
        if (naming.isPresent()) {
            Match match = naming.get();
            ActorEntry entry = match.entry();
            Actor actor = new Actor(entry.code(), entry.sector(), text(sentence, match.start(), match.end()),
                    sentence.tokens().get(match.start()).charStart(),
                    sentence.tokens().get(match.end() - 1).charEnd(), entry.person() ? "office" : "dictionary");
            return Optional.of(new Named(actor, entry.person() || isPersonLike(headToken), isPlural(headToken),
                    words(sentence, phrase)));
        }
        if (isEthnic(sentence, head)) {
            // "ethnic Albanian guerrillas": the adjective names a people, not a state; a place named in the phrase
            // still places them
            Set<Integer> adjectives = sentence.dependencies().stream()
                    .filter(d -> d.governor() == head && d.relation().equals("amod")).map(Dependency::dependent)
                    .collect(Collectors.toSet());
            return inferred(sentence, phrase, matches.stream()
                    .filter(m -> adjectives.stream().noneMatch(m::covers)).toList());
        }
        return inferred(sentence, phrase, matches);
    }

    /** Whether the head is a people said to be of a named place: "the Albanians of southern Serbia". */
    private static boolean isPeopleOfPlace(Sentence sentence, int head) {
        return isPlural(sentence.tokens().get(head)) && sentence.dependencies().stream()
                .anyMatch(d -> d.governor() == head && d.relation().equals("nmod:of")
                        && "LOCATION".equals(sentence.tokens().get(d.dependent()).ner()));
    }

    /** Whether a name found is a word of the person's name that the head ends: "Michel" in "Michel Suleiman". */
    private boolean partOfName(Sentence sentence, Match match, int head) {
        if (!"PERSON".equals(sentence.tokens().get(head).ner()) || match.end() > head
                || dictionary.beginsPersonName(sentence.tokens().get(match.end() - 1).text(), match.entry().code())) {
            return false;
        }
        for (int token = match.start(); token <= head; token++) {
            if (!"PERSON".equals(sentence.tokens().get(token).ner())) {
                return false;
            }
        }
        // "Joseph R. Biden Jr.": a suffix after the name adds no other person
        for (int token = match.end(); token <= head; token++) {
            if (!NAME_SUFFIXES.contains(ActorDictionary.fold(sentence.tokens().get(token).text()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the head is qualified as ethnic: "ethnic Albanians". */
    private static boolean isEthnic(Sentence sentence, int head) {
        return sentence.dependencies().stream().anyMatch(d -> d.governor() == head && d.relation().equals("amod")
                && ActorDictionary.fold(sentence.tokens().get(d.dependent()).lemma()).equals("ethnic"));
    }

    /** Country and sector from the phrase's own words: "Ukraine's foreign minister", "Russian troops". */
    private Optional<Named> inferred(Sentence sentence, ActorPhrase phrase, List<Match> matches) {
        Token head = sentence.tokens().get(phrase.head());
        Optional<String> sector = agentSector(sentence, phrase.head());
        if (sector.isEmpty()) {
            if (!NAMED_ENTITY_HEADS.contains(head.ner()) && !isTitle(head) && !isHandle(head)
                    && !MEMBERSHIP_HEADS.contains(ActorDictionary.fold(head.lemma()))) {
                return Optional.empty();
            }
            sector = phrase.tokens().stream().filter(t -> t != phrase.head())
                    .sorted((a, b) -> Integer.compare(Math.abs(a - phrase.head()), Math.abs(b - phrase.head())))
                    .map(t -> agentSector(sentence, t)).flatMap(Optional::stream).findFirst();
        }
        // a part of another person's name is no owner: "Michel" in "President Michel Suleiman", unless the phrase
        // names the same country ("Japanese Prime Minister Kishida Fumio", surname first)
        Optional<Match> owner = matches.stream().filter(m -> !(m.entry().person() && partOfName(sentence, m,
                phrase.head()) && matches.stream().noneMatch(o -> !o.entry().person()
                        && o.entry().code().equals(m.entry().code()))))
                .min((a, b) -> Integer.compare(distance(a, phrase.head()), distance(b, phrase.head())));
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        boolean partOfOwner = MEMBERSHIP_HEADS.contains(ActorDictionary.fold(head.lemma()));
        if (sector.isEmpty() && owner.get().entry().sector() != null && !partOfOwner) {
            // A named body qualified by a seat or capital ("the Washington Post") is not that government.
            return Optional.empty();
        }
        // a part of a named body is of that body: "the UNITA militarist wing", "the APEC forum"
        String resolvedSector = sector.orElse(partOfOwner ? owner.get().entry().sector() : null);
        if ("GOV".equals(resolvedSector) && owner.get().entry().sector() != null) {
            // An official of the Pentagon speaks for the military, one of the CIA for intelligence.
            resolvedSector = owner.get().entry().sector();
        }
        if ("GOV".equals(resolvedSector) && phrase.tokens().stream().filter(t -> t != phrase.head())
                .anyMatch(t -> DEFENCE_WORDS.contains(ActorDictionary.fold(sentence.tokens().get(t).lemma())))) {
            resolvedSector = "MIL";
        }
        int[] span = span(sentence, phrase);
        Actor actor = new Actor(owner.get().entry().code(), resolvedSector, text(sentence, span[0], span[1]),
                sentence.tokens().get(span[0]).charStart(), sentence.tokens().get(span[1] - 1).charEnd(), "phrase");
        return Optional.of(new Named(actor, isPersonLike(head), isPlural(head), words(sentence, phrase)));
    }

    private Optional<Actor> corefer(AnnotatedArticle article, int sentenceIndex, int head, LocalDate published) {
        Sentence sentence = article.sentences().get(sentenceIndex);
        Token token = sentence.tokens().get(head);
        String word = ActorDictionary.fold(token.text());
        Predicate<Named> compatible;
        int reach;
        if (PERSON_PRONOUNS.contains(word)) {
            compatible = Named::person;
            reach = PRONOUN_REACH;
        } else if (word.equals("it")) {
            compatible = n -> !n.person() && !n.plural();
            reach = PRONOUN_REACH;
        } else if (PLURAL_PRONOUNS.contains(word)) {
            compatible = n -> !n.person();
            reach = PRONOUN_REACH;
        } else if (agentSector(token).isPresent()) {
            String title = ActorDictionary.fold(token.lemma());
            compatible = n -> n.words().contains(title);
            reach = DESCRIPTION_REACH;
        } else if ("PERSON".equals(token.ner())) {
            compatible = n -> n.person() && n.words().contains(word);
            reach = DESCRIPTION_REACH;
        } else {
            return Optional.empty();
        }
        ActorPhrase phrase = ActorPhrase.of(sentence, head);
        int first = phrase.tokens().get(0);
        for (int index = sentenceIndex; index >= Math.max(0, sentenceIndex - reach); index--) {
            Sentence earlier = article.sentences().get(index);
            int limit = index == sentenceIndex ? first : earlier.tokens().size();
            for (int candidate = limit - 1; candidate >= 0; candidate--) {
                if (!isPhraseHead(earlier, candidate)) {
                    continue;
                }
                Optional<Named> antecedent = named(earlier, candidate, published).filter(compatible);
                if (antecedent.isPresent()) {
                    Actor found = antecedent.get().actor();
                    int[] span = span(sentence, phrase);
                    return Optional.of(new Actor(found.code(), found.sector(), text(sentence, span[0], span[1]),
                            sentence.tokens().get(span[0]).charStart(),
                            sentence.tokens().get(span[1] - 1).charEnd(), "coreference"));
                }
            }
        }
        return Optional.empty();
    }

    private List<Match> matches(ActorPhrase phrase, OfficePeriod period, LocalDate published) {
        List<Token> tokens = phrase.sentence().tokens();
        List<Match> matches = new ArrayList<>();
        List<Integer> indices = phrase.tokens();
        int position = 0;
        while (position < indices.size()) {
            int start = indices.get(position);
            Match found = null;
            for (int length = dictionary.longestName(); length >= 1 && found == null; length--) {
                int end = start + length;
                if (end > tokens.size() || !allIn(phrase, start, end) && !isLongNameOfHead(phrase, start, end)) {
                    continue;
                }
                boolean titled = start > 0 && isTitle(tokens.get(start - 1));
                found = entry(tokens.subList(start, end), titled, period, published)
                        .map(e -> new Match(start, end, e)).orElse(null);
            }
            if (found != null) {
                matches.add(found);
                int end = found.end();
                while (position < indices.size() && indices.get(position) < end) {
                    position++;
                }
            } else {
                position++;
            }
        }
        return matches;
    }

    /**
     * A name of three words or more that begins in the phrase and covers its head is taken whole even where the
     * parser or tagger split it ("Organization for Security and Cooperation in Europe").
     */
    private static boolean isLongNameOfHead(ActorPhrase phrase, int start, int end) {
        return end - start >= 3 && start <= phrase.head() && phrase.head() < end;
    }

    private static boolean allIn(ActorPhrase phrase, int start, int end) {
        for (int token = start; token < end; token++) {
            if (!phrase.contains(token)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The single actor {@code words} name in the period, if the dictionary has exactly one. When a person held
     * several offices in the period, the one held on the publication date wins. A person who held none of them then
     * but is named in full or after a title ("Ronald Reagan", "former President Reagan" in 2000) is a former or
     * future office holder: of their country, not of its government, when all their offices were of one country.
     */
    private Optional<ActorEntry> entry(List<Token> words, boolean titled, OfficePeriod period, LocalDate published) {
        if (!isNameWord(words.get(0)) || !isNameWord(words.get(words.size() - 1))) {
            return Optional.empty();
        }
        List<String> texts = words.stream().map(Token::text).toList();
        List<ActorEntry> candidates = dictionary.lookup(texts).stream().filter(e -> sameCapitals(e, words)).toList();
        if (candidates.isEmpty() && isPlural(words.get(words.size() - 1))) {
            candidates = dictionary.lookup(singular(texts)).stream()
                    .filter(e -> !e.person() && sameCapitals(e, words)).toList();
        }
        boolean personWords = words.size() > 1 || words.stream().allMatch(DictionaryActorResolver::isPerson);
        List<ActorEntry> places = candidates.stream().filter(e -> !e.person()).toList();
        if (places.stream().anyMatch(e -> e.from() != null || e.to() != null)) {
            // a place that changed country: the country it was in on the day written about
            List<ActorEntry> then = places.stream().filter(period::overlaps).toList();
            if (then.size() != 1) {
                then = places.stream().filter(OfficePeriod.day(published)::overlaps).toList();
            }
            places = then;
        }
        List<ActorEntry> people = personWords ? candidates.stream().filter(ActorEntry::person).toList() : List.of();
        List<ActorEntry> inOffice = people.stream().filter(period::overlaps).toList();
        if (single(inOffice).isEmpty()) {
            inOffice = inOffice.stream().filter(OfficePeriod.day(published)::overlaps).toList();
        }
        Optional<ActorEntry> person = single(inOffice);
        if (inOffice.isEmpty() && (words.size() > 1 || titled)) {
            person = outOfOffice(people);
        }
        if (words.stream().allMatch(DictionaryActorResolver::isPerson)) {
            // The tagger saw a person: "Sofia" or "Chad" is then someone's name, not a capital or a country.
            return person;
        }
        return places.isEmpty() ? person : Optional.of(places.get(0));
    }

    /** A person known only from offices held at other times: their one country, no sector. */
    private static Optional<ActorEntry> outOfOffice(List<ActorEntry> offices) {
        Set<String> countries = new HashSet<>();
        offices.forEach(e -> countries.add(e.code()));
        if (countries.size() != 1) {
            return Optional.empty();
        }
        ActorEntry any = offices.get(0);
        return Optional.of(new ActorEntry(any.code(), null, null, null, true, any.words()));
    }

    /** "Russians" as "Russian", so demonyms in the plural name their country. */
    private static List<String> singular(List<String> words) {
        List<String> singular = new ArrayList<>(words);
        String last = singular.get(singular.size() - 1);
        singular.set(singular.size() - 1, last.endsWith("s") ? last.substring(0, last.length() - 1) : last);
        return singular;
    }

    /** The entry when all candidates name the same actor; a surname two office holders share names nobody. */
    private static Optional<ActorEntry> single(List<ActorEntry> entries) {
        Set<String> actors = new HashSet<>();
        entries.forEach(e -> actors.add(e.code() + "/" + e.sector()));
        return actors.size() == 1 ? Optional.of(entries.get(0)) : Optional.empty();
    }

    private static boolean sameCapitals(ActorEntry entry, List<Token> words) {
        for (int i = 0; i < words.size(); i++) {
            String written = entry.words().get(i);
            if (Character.isUpperCase(written.charAt(0)) && !Character.isUpperCase(words.get(i).text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Names begin and end with nouns or adjectives: keeps "Who" and "us" from naming the WHO or the US. */
    private static boolean isNameWord(Token token) {
        String pos = token.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("FW")
                || isHandle(token);
    }

    /**
     * The sector of a word read with the word a hyphen joins it to, when the tokenizer split them: "General" in
     * "Secretary-General" is no soldier.
     */
    private Optional<String> agentSector(Sentence sentence, int index) {
        List<Token> tokens = sentence.tokens();
        if (index >= 2 && tokens.get(index - 1).text().equals("-")
                && tokens.get(index - 2).charEnd() == tokens.get(index - 1).charStart()
                && tokens.get(index - 1).charEnd() == tokens.get(index).charStart()) {
            Optional<String> joined = dictionary.agentSector(tokens.get(index - 2).text() + "-"
                    + tokens.get(index).text());
            if (joined.isPresent()) {
                return joined;
            }
        }
        return agentSector(tokens.get(index));
    }

    private Optional<String> agentSector(Token token) {
        return dictionary.agentSector(token.lemma()).or(() -> dictionary.agentSector(token.text()))
                .or(() -> dictionary.agentSector(SentenceGraph.lemma(token)));
    }

    private static boolean isPerson(Token token) {
        return "PERSON".equals(token.ner()) || isHandle(token);
    }

    /** A person's name or a person's title ("the minister"), singular: what "he" and "she" may stand for. */
    private boolean isPersonLike(Token token) {
        return (isPerson(token) || isTitle(token)) && !isPlural(token);
    }

    /** A person's title: in our list of titles, or so tagged by a fine-grained NER (older stored annotations). */
    private boolean isTitle(Token token) {
        return "TITLE".equals(token.ner()) || dictionary.isTitle(token.lemma()) || dictionary.isTitle(token.text());
    }

    /** A social-media handle ("@SecBlinken"), which the tagger does not know as a name but the dictionary may. */
    private static boolean isHandle(Token token) {
        return token.text().length() > 1 && token.text().startsWith("@");
    }

    private static boolean isPlural(Token token) {
        return token.pos().equals("NNS") || token.pos().equals("NNPS");
    }

    /** A noun that heads its own phrase rather than being part of a longer name. */
    private static boolean isPhraseHead(Sentence sentence, int token) {
        if (!sentence.tokens().get(token).pos().startsWith("NN")) {
            return false;
        }
        for (Dependency dependency : sentence.dependencies()) {
            if (dependency.dependent() == token && dependency.governor() >= 0
                    && NAME_PART.contains(dependency.relation())) {
                return false;
            }
        }
        return true;
    }

    private static int distance(Match match, int token) {
        return match.covers(token) ? 0 : Math.min(Math.abs(match.start() - token), Math.abs(match.end() - 1 - token));
    }

    private static Set<String> words(Sentence sentence, ActorPhrase phrase) {
        Set<String> words = new HashSet<>();
        for (int token : phrase.tokens()) {
            words.add(ActorDictionary.fold(sentence.tokens().get(token).text()));
            words.add(ActorDictionary.fold(sentence.tokens().get(token).lemma()));
        }
        return words;
    }

    /** The phrase's extent without leading determiners, possessive marks or punctuation. */
    private static int[] span(Sentence sentence, ActorPhrase phrase) {
        List<Integer> tokens = phrase.tokens();
        int start = tokens.get(0);
        int end = tokens.get(tokens.size() - 1) + 1;
        while (start < phrase.head() && isFunctionWord(sentence.tokens().get(start))) {
            start++;
        }
        return new int[] {start, end};
    }

    private static boolean isFunctionWord(Token token) {
        String pos = token.pos();
        return pos.equals("DT") || pos.equals("PDT") || pos.equals("POS") || pos.equals("IN") || pos.equals("PRP$")
                || !Character.isLetterOrDigit(token.text().charAt(0)) && !isHandle(token);
    }

    private static String text(Sentence sentence, int start, int end) {
        int from = sentence.tokens().get(start).charStart() - sentence.charStart();
        int to = sentence.tokens().get(end - 1).charEnd() - sentence.charStart();
        return sentence.text().substring(from, to);
    }
}
