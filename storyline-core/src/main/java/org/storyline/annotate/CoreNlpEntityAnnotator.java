package org.storyline.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.storyline.ingest.Article;
import org.storyline.util.Validate;

/**
 * A light CoreNLP annotation for tasks that need only who and where: tokens, lemmas, POS and named entities (person,
 * organisation, location, misc: one CRF model; typographic quotes read as the Penn Treebank's, as
 * {@link CoreNlpAnnotator} reads them), without the dependency parser and without temporal expressions (sentences have
 * no date). Several times faster than {@link CoreNlpAnnotator}; story clustering of a corpus without useful dates is
 * its use. The pipeline is loaded on first use and is thread-safe, so the instance may be shared between threads.
 */
public final class CoreNlpEntityAnnotator implements Annotator {
    private static final CoreNlpEntityAnnotator SHARED = new CoreNlpEntityAnnotator();
    private static final Set<String> NUMERIC_TYPES = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
            "MONEY", "PERCENT");

    private CoreNlpEntityAnnotator() {
    }

    /** The annotator; its pipeline is loaded on the first call to {@link #annotate}. */
    public static CoreNlpEntityAnnotator shared() {
        return SHARED;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        Validate.notNull(article, "article");
        String text = article.text();
        Annotation document = new Annotation(text);
        Pipeline.INSTANCE.annotate(document);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(tokens.size(), label.originalText(), label.lemma(), label.tag(), label.ner(),
                        label.beginPosition(), label.endPosition()));
            }
            int tokenOffset = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            List<Mention> mentions = new ArrayList<>();
            for (CoreMap mention : sentence.get(CoreAnnotations.MentionsAnnotation.class)) {
                String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                if (!NUMERIC_TYPES.contains(type)) {
                    int start = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                    int end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                    mentions.add(new Mention(text.substring(start, end), type,
                            mention.get(CoreAnnotations.TokenBeginAnnotation.class) - tokenOffset,
                            mention.get(CoreAnnotations.TokenEndAnnotation.class) - tokenOffset, start, end));
                }
            }
            int start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(sentences.size(), text.substring(start, end), start, end, tokens, List.of(),
                    mentions, List.of(), null, null));
        }
        return new AnnotatedArticle(article, sentences);
    }

    /** Holds the pipeline so that it is built on first use, once, by the class loader's lock. */
    private static final class Pipeline {
        static final StanfordCoreNLP INSTANCE = new StanfordCoreNLP(properties());

        private static Properties properties() {
            Properties properties = new Properties();
            properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            properties.setProperty("tokenize.options", "quotes=latex");
            properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
            // One CRF model (person, organisation, location, misc) instead of three, no regex refinements: who and
            // where is all story clustering asks, at a fraction of the cost.
            properties.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
            properties.setProperty("ner.applyFineGrained", "false");
            properties.setProperty("ner.combinationMode", "NORMAL");
            properties.setProperty("ner.useSUTime", "false");
            properties.setProperty("ner.applyNumericClassifiers", "false");
            return properties;
        }
    }
}
