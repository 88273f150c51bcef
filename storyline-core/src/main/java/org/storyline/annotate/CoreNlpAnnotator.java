package org.storyline.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.ColumnScoringClassifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.time.GenericTimeExpressionPatterns;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.ingest.Article;
import org.storyline.util.Validate;

/**
 * The Stanford CoreNLP adapter: tokenises, tags, recognises entities and temporal expressions (SUTime) and parses
 * an article, then converts the result to this package's records, with temporal expressions corrected by
 * {@link ValueRules}, {@link DateResolver} and {@link ParagraphDates} and each sentence dated by {@link SentenceDates}.
 *
 * <p>The pipeline ({@code tokenize,ssplit,pos,lemma,ner}, a blank line ends a sentence, typographic quotes are read as
 * the Penn Treebank's ({@code `` '' ` '}) by the tagger, SUTime and the parser, so that "It’s going" is "is going", not
 * a possessive, and a closing quote still ends its sentence; the tokens keep the text as written; then the neural
 * dependency parser apart: {@link Parser}) is loaded once per JVM, on first use, and is shared by every instance:
 * loading takes tens of seconds and about a gigabyte of heap. Its NER is two of CoreNLP's statistical models, the
 * 3-class (PERSON, ORGANIZATION, LOCATION) and the CoNLL 4-class (adding MISC; alone it misses people the 3-class model
 * finds, "the US Secretary of State Antony Blinken"), without the MUC 7-class model CoreNLP also runs by default (after
 * the 3-class one it adds only MONEY, PERCENT, DATE and TIME, which nothing here uses; leaving it out takes a CRF pass
 * off every sentence and did not change the coded events), without the fine-grained gazetteer step (CITY, COUNTRY,
 * TITLE, ...), which was two thirds of the annotation time and did not change the coded events (person titles come from
 * our own dictionary instead), and without its numeric classifiers: SUTime runs apart, only around words that can head
 * a temporal expression ({@link Times}), which also keeps a date and its part of day together ("Friday night").
 * Instances hold no state of their own and {@code StanfordCoreNLP.annotate} is thread-safe, so an instance may be
 * shared between threads.
 *
 * <p>Dependencies are taken from CoreNLP's enhanced++ UD graph, which propagates subjects and objects across
 * conjunctions and names prepositions in relations ({@code obl:on}); a token may therefore have several
 * governors. Copy nodes of that graph are folded onto the token they copy.
 *
 * <p>{@link #dates()} is a lighter profile for work that needs sentences, lemmas and dates only (timeline
 * evaluation over thousands of articles): {@code tokenize,ssplit,pos,lemma} and SUTime, no entities and no parse.
 * Its sentences have no mentions and no dependencies, so the date corrections that need the parse (tense) do not
 * apply; the others do.
 */
public final class CoreNlpAnnotator implements Annotator {
    private static final CoreNlpAnnotator SHARED = new CoreNlpAnnotator(false);
    private static final CoreNlpAnnotator DATES = new CoreNlpAnnotator(true);
    private static final Set<String> TEMPORAL_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    private final boolean datesOnly;

    private CoreNlpAnnotator(boolean datesOnly) {
        this.datesOnly = datesOnly;
    }

    /** The annotator; its pipeline is loaded on the first call to an annotate method. */
    public static CoreNlpAnnotator shared() {
        return SHARED;
    }

    /**
     * The light profile: tokens, lemmas, part-of-speech tags and resolved dates, without entities or parse; about
     * a quarter of a CPU second per news article, against seconds for {@link #shared()}. Its pipeline is loaded on
     * first use, apart from the full one.
     */
    public static CoreNlpAnnotator dates() {
        return DATES;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        Validate.notNull(article, "article");
        return new AnnotatedArticle(article, annotate(article.text(), article.published()));
    }

    /**
     * Annotates raw text as if it had been published on {@code published}.
     *
     * @return the sentences, with offsets into {@code text}
     */
    public List<Sentence> annotate(String text, LocalDate published) {
        return annotate(text, published, true);
    }

    /**
     * Annotates raw text as if it had been published on {@code published}, with or without the corrections of
     * {@link DateResolver} and {@link ParagraphDates}: without them each temporal expression keeps SUTime's own value,
     * which lets an evaluation measure what the corrections add.
     *
     * @return the sentences, with offsets into {@code text}
     */
    public List<Sentence> annotate(String text, LocalDate published, boolean correctDates) {
        Validate.notNull(text, "text");
        Validate.notNull(published, "published");
        Annotation document = new Annotation(text);
        document.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        if (datesOnly) {
            DatesPipeline.TAGGER.annotate(document);
        } else {
            Pipeline.INSTANCE.annotate(document);
            Parser.parse(document);
        }
        Times.annotate(document);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreMap> found = new ArrayList<>();
            if (!datesOnly) {
                found.addAll(listOf(sentence.get(CoreAnnotations.MentionsAnnotation.class)));
            }
            found.addAll(listOf(sentence.get(TimeAnnotations.TimexAnnotations.class)));
            sentences.add(convert(sentences.size(), text, sentence, found, published, correctDates));
        }
        return correctDates ? ReportingPeriods.resolve(ParagraphDates.resolve(text, sentences, published), published)
                : sentences;
    }

    private static Sentence convert(int index, String text, CoreMap sentence, List<CoreMap> found,
                                    LocalDate published, boolean correctDates) {
        List<Token> tokens = tokens(sentence);
        List<Dependency> dependencies = dependencies(sentence);
        List<Mention> mentions = new ArrayList<>();
        List<Timex> timexes = new ArrayList<>();
        for (CoreMap mention : found) {
            int start = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            int tokenStart = tokenAt(tokens, start);
            int tokenEnd = tokenAfter(tokens, end);
            String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            edu.stanford.nlp.time.Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
            // A temporal mention without a SUTime value is dropped: nothing to resolve, and no entity either.
            if (timex != null) {
                // SUTime puts what it could only partly resolve ("XXXX-WXX-2") in altVal.
                String value = timex.value() != null ? timex.value() : timex.altVal();
                if (value != null) {
                    timexes.add(new Timex(text.substring(start, end), timex.timexType(),
                            value, value, null, tokenStart, tokenEnd, start, end));
                }
            } else if (!TEMPORAL_TYPES.contains(type)) {
                mentions.add(new Mention(text.substring(start, end), type, tokenStart, tokenEnd, start, end));
            }
        }
        List<Timex> resolved = correctDates ? MissedExpressions.coordinated(text, tokens, DateResolver.resolve(
                tokens, dependencies, ValueRules.apply(text, tokens, timexes, published), published))
                : List.copyOf(timexes);
        SentenceDates.Choice date = SentenceDates.choose(dependencies, resolved, published);
        int start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, text.substring(start, end), start, end, tokens, dependencies, mentions, resolved,
                date.value(), date.source());
    }

    private static List<Token> tokens(CoreMap sentence) {
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            tokens.add(new Token(tokens.size(), label.originalText(), label.lemma(), label.tag(),
                    label.ner() == null ? "O" : label.ner(),
                    label.beginPosition(), label.endPosition()));
        }
        return tokens;
    }

    private static List<Dependency> dependencies(CoreMap sentence) {
        SemanticGraph graph = sentence.get(
                SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph == null) {
            return List.of();
        }
        Set<Dependency> dependencies = new LinkedHashSet<>();
        for (IndexedWord root : graph.getRoots()) {
            dependencies.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            int governor = edge.getGovernor().index() - 1;
            int dependent = edge.getDependent().index() - 1;
            if (governor != dependent) {
                dependencies.add(new Dependency(governor, dependent, edge.getRelation().toString()));
            }
        }
        return List.copyOf(dependencies);
    }

    private static List<CoreMap> listOf(List<CoreMap> maps) {
        return maps == null ? List.of() : maps;
    }

    private static int tokenAt(List<Token> tokens, int charStart) {
        for (Token token : tokens) {
            if (token.charEnd() > charStart) {
                return token.index();
            }
        }
        return tokens.size();
    }

    private static int tokenAfter(List<Token> tokens, int charEnd) {
        for (Token token : tokens) {
            if (token.charStart() >= charEnd) {
                return token.index();
            }
        }
        return tokens.size();
    }

    /** Holds the pipeline so that it is built on first use, once, by the class loader's lock. */
    private static final class Pipeline {
        static final StanfordCoreNLP INSTANCE = new StanfordCoreNLP(properties());

        private static Properties properties() {
            Properties properties = new Properties();
            properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            properties.setProperty("tokenize.options", "quotes=latex");
            properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
            properties.setProperty("ner.applyFineGrained", "false");
            properties.setProperty("ner.applyNumericClassifiers", "false");
            properties.setProperty("ner.useSUTime", "false");
            properties.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                    + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
            return properties;
        }
    }

    /**
     * The neural dependency parser, run after the pipeline rather than as its {@code depparse} step: that step
     * builds five dependency graphs of every sentence (basic, collapsed, CC-processed, enhanced and enhanced++), a
     * fifth of its time, where Storyline reads only the enhanced++ one. The graph is the step's own: the same parser,
     * model and conversion. The parser is shared by all threads, as the pipeline's step shares it.
     *
     * <p>Its classifier is replaced by {@link ColumnScoringClassifier}, which computes the same scores, to the
     * last bit, in vector instructions (parsing 28,904 White House sentences gave the same graphs, a quarter to a
     * third faster). It keeps the hidden-layer products of the (feature, position) pairs it met last, beside those
     * the model precomputes: CoreNLP keeps 5,000, which news text overflows; about 100,000 (4 KB each, up to
     * 400 MB) parse White House text a quarter faster than 20,000. How many are kept decides only whether a product
     * is computed again.
     */
    private static final class Parser {
        private static final int CACHED = 100_000;
        static final DependencyParser INSTANCE = loaded();

        private static DependencyParser loaded() {
            DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, properties());
            ColumnScoringClassifier.install(parser, CACHED);
            return parser;
        }

        private static Properties properties() {
            Properties properties = new Properties();
            properties.setProperty("numCached", String.valueOf(CACHED));
            return properties;
        }

        static void parse(Annotation document) {
            for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
                GrammaticalStructure structure = INSTANCE.predict(sentence);
                sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                        SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                                GrammaticalStructure.Extras.NONE, null));
            }
        }
    }

    /** The light pipeline: tokens, sentences, part-of-speech tags and lemmas; dates come from {@link Times}. */
    private static final class DatesPipeline {
        static final StanfordCoreNLP TAGGER = new StanfordCoreNLP(properties());

        private static Properties properties() {
            Properties properties = new Properties();
            properties.setProperty("annotators", "tokenize,ssplit,pos,lemma");
            properties.setProperty("tokenize.options", "quotes=latex");
            properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
            return properties;
        }
    }

    /**
     * SUTime, run apart from NER in both profiles. It is most of the cost of CoreNLP's numeric classifiers, so it
     * runs only on sentences with a word that can head a date, time, duration or set (a number, a capitalised
     * month, weekday or holiday, a unit or part of time, a deictic word such as "yesterday" or "now", a frequency
     * such as "daily"): other sentences cannot hold one. Within a sentence it reads only the tokens near a cue
     * ({@link #windows}): its rules try every start token, so a long sentence with one date cost it as much as
     * many short ones, and a number is a cue only if it can be a date or time by itself ({@link #AMOUNT}).
     * Annotating the first 200 White House files went from 43 to 34 s (with the parser's larger cache); TimeBank+
     * AQUAINT lost two spurious expressions ("At the time", with a cue far off) and MEANTIME did not change.
     *
     * <p>Each thread has its own SUTime ({@link Rules}), cleared of what its rules leave behind before each call, so
     * its values depend neither on the documents read before nor on other threads.
     */
    static final class Times {
        private static final ThreadLocal<Rules> SUTIME = ThreadLocal.withInitial(Rules::new);
        /** Names that start a date only when capitalised ("May", not the verb "may"). */
        private static final Set<String> NAMES = Set.of(
                "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
                "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "christmas", "easter", "thanksgiving",
                "halloween");
        /**
         * Numbers that are no date or time by themselves: up to three digits, thousands grouped with commas,
         * decimals, five digits or more. They are one only next to a cue ("5 years", "March 5", "5 p.m."), which
         * brings them into its window. A four-digit number may be a year; "10:30", "1/5", "1990s" hold a sign.
         */
        private static final Pattern AMOUNT =
                Pattern.compile("\\d{1,3}|\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d*\\.\\d+|\\d{5,}");
        /**
         * Words that can head a temporal expression in any case. Modifiers that need one of these ("this", "next",
         * "last", "coming") are not cues by themselves.
         */
        private static final Set<String> CUES = Set.of(
                "today", "tonight", "yesterday", "tomorrow", "now", "ago", "past", "earlier", "later", "recent",
                "recently", "current", "currently", "present", "future", "seconds", "minute", "minutes", "hour",
                "hours", "day", "days", "week", "weeks", "weekend", "weekends", "month", "months", "year", "years",
                "decade", "decades", "century", "centuries", "millennium", "morning", "mornings", "afternoon",
                "afternoons", "evening", "evenings", "night", "nights", "overnight", "noon", "midday", "midnight",
                "dawn", "dusk", "daytime", "nighttime", "spring", "summer", "autumn", "fall", "winter", "season",
                "seasons", "eve", "quarter", "quarters", "fortnight", "daily", "weekly", "monthly", "yearly",
                "annual", "annually", "hourly", "nightly", "quarterly", "biweekly", "semiannual", "biannual",
                "semester", "a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc");

        /** Tokens read either side of a cue: more than the longest expression SUTime builds around one. */
        static final int REACH = 8;

        private Times() {
        }

        /** Adds SUTime's temporal expressions to every sentence of a tagged document, found near its cues. */
        static void annotate(Annotation document) {
            String published = document.get(CoreAnnotations.DocDateAnnotation.class);
            SUTime.TimeIndex index = new SUTime.TimeIndex();
            for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreMap> times = new ArrayList<>();
                for (CoreMap window : windows(NumberSequenceClassifier.alignSentence(sentence))) {
                    List<CoreMap> found = SUTIME.get().read(window, published, index);
                    if (found != null) {
                        times.addAll(found);
                    }
                }
                sentence.set(TimeAnnotations.TimexAnnotations.class, times);
            }
        }

        /**
         * The stretches of a sentence SUTime reads: {@link #REACH} tokens either side of each cue, joined where they
         * meet, or the whole sentence when they cover it.
         */
        static List<CoreMap> windows(CoreMap sentence) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<CoreMap> windows = new ArrayList<>();
            int start = -1;
            int end = -1;
            for (int cue : cues(tokens)) {
                if (start >= 0 && cue - REACH > end) {
                    windows.add(window(sentence, tokens, start, end));
                    start = -1;
                }
                if (start < 0) {
                    start = Math.max(0, cue - REACH);
                }
                end = Math.min(tokens.size(), cue + REACH + 1);
            }
            if (start == 0 && end == tokens.size()) {
                return List.of(sentence);
            }
            if (start >= 0) {
                windows.add(window(sentence, tokens, start, end));
            }
            return windows;
        }

        private static CoreMap window(CoreMap sentence, List<CoreLabel> tokens, int start, int end) {
            String text = sentence.get(CoreAnnotations.TextAnnotation.class);
            int offset = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int charStart = tokens.get(start).beginPosition();
            int charEnd = tokens.get(end - 1).endPosition();
            CoreMap window = new ArrayCoreMap();
            window.set(CoreAnnotations.TextAnnotation.class, text.substring(charStart - offset, charEnd - offset));
            window.set(CoreAnnotations.TokensAnnotation.class, tokens.subList(start, end));
            window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, charStart);
            window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, charEnd);
            Integer first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            if (first != null) {
                window.set(CoreAnnotations.TokenBeginAnnotation.class, first + start);
                window.set(CoreAnnotations.TokenEndAnnotation.class, first + end);
            }
            return window;
        }

        private static List<Integer> cues(List<CoreLabel> tokens) {
            List<Integer> cues = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                String word = tokens.get(i).word();
                String folded = word.toLowerCase(Locale.ROOT);
                boolean number = word.chars().anyMatch(Character::isDigit);
                if (number && !AMOUNT.matcher(word).matches() || CUES.contains(folded)
                        || Character.isUpperCase(word.charAt(0)) && NAMES.contains(stripDot(folded))) {
                    cues.add(i);
                }
            }
            return cues;
        }

        /** The word without the full stop of an abbreviation ("Aug." is "aug"). */
        private static String stripDot(String word) {
            return word.length() > 1 && word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        }

        /**
         * SUTime's annotator and the values its rules bind to names (a weekday, a month, a season). A rule that
         * reads tense tags the matched expression's value to resolve to the past or the future ("happened on
         * Friday", "will come on Friday"), and a name's value is one object shared by all its matches: the tag
         * stayed for every later sentence of every document, so that after "It happened on Friday." a "Friday"
         * with no tense word near it, read later in another document, was resolved to the past too, and SUTime's
         * values depended on the order documents were read in. The tags are cleared before each call. The values
         * are reached through fields CoreNLP does not expose, read once; a CoreNLP that keeps them elsewhere fails
         * here, on first use. Not thread-safe: one instance per thread.
         */
        static final class Rules {
            private static final String RESOLVE_TO = "resolveTo";
            private final TimeAnnotator annotator = new TimeAnnotator("sutime", new Properties());
            private final List<Value> bound = boundValues(annotator);

            /** SUTime's expressions in a stretch of a sentence, read as if no sentence had been read before. */
            List<CoreMap> read(CoreMap window, String published, SUTime.TimeIndex index) {
                for (Value value : bound) {
                    Tags tags = value.getTags();
                    if (tags != null && tags.hasTag(RESOLVE_TO)) {
                        tags.removeTag(RESOLVE_TO);
                    }
                }
                return annotator.annotateSingleSentence(window, published, index);
            }

            private static List<Value> boundValues(TimeAnnotator annotator) {
                try {
                    Object extractor = field(TimeAnnotator.class, "timexExtractor").get(annotator);
                    Object patterns = field(TimeExpressionExtractorImpl.class, "timexPatterns").get(extractor);
                    Env env = (Env) field(GenericTimeExpressionPatterns.class, "env").get(patterns);
                    List<Value> values = new ArrayList<>();
                    for (Object bound : env.getVariables().values()) {
                        if (bound instanceof Value value) {
                            values.add(value);
                        }
                    }
                    return List.copyOf(values);
                } catch (ReflectiveOperationException | ClassCastException e) {
                    throw new IllegalStateException("SUTime's rule values are not where CoreNLP 4.5.10 keeps them", e);
                }
            }

            private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
                Field field = owner.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            }
        }
    }
}
