package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ColumnScoringClassifierIT {
    private static final String TEXT = "Secretary of State Antony Blinken met Russian Foreign Minister Sergey Lavrov in "
            + "Geneva on Friday. Lavrov said Moscow would respond in writing next week, after the talks, which lasted "
            + "90 minutes, ended without a breakthrough. The Kremlin has massed more than 100,000 troops near the "
            + "Ukrainian border, and NATO allies were told to prepare for sanctions. Shipments of howitzers from "
            + "Estonia resumed on Tuesday.";

    /** About one feature in 25 is one the model did not precompute, so both ways to the hidden layer are run. */
    @Test
    void scoresLikeCoreNlpsClassifierSoTheParsesAreTheSame() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos");
        Annotation document = new Annotation(TEXT);
        new StanfordCoreNLP(properties).annotate(document);
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        DependencyParser stock = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
        DependencyParser column = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);

        assertThat(ColumnScoringClassifier.install(column, 1_000)).isTrue();

        assertThat(sentences).hasSize(4);
        for (CoreMap sentence : sentences) {
            Configuration configuration = new Configuration(sentence);
            int[] features = column.getFeatures(configuration).stream().mapToInt(Integer::intValue).toArray();
            assertThat(classifier(column).computeScores(features)).containsExactly(
                    classifier(stock).computeScores(features));
            assertThat(column.predict(sentence).typedDependencies().toString())
                    .isEqualTo(stock.predict(sentence).typedDependencies().toString());
        }
    }

    private static Classifier classifier(DependencyParser parser) {
        try {
            Field field = DependencyParser.class.getDeclaredField("classifier");
            field.setAccessible(true);
            return (Classifier) field.get(parser);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
