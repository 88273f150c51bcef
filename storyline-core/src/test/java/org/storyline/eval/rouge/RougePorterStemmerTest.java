package org.storyline.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RougePorterStemmerTest {
    @ParameterizedTest
    @CsvSource({
            "agreement, agreem", "argument, argum", "accidental, accid", "yearly, yearli", "yelling, yell",
            "relational, relat", "conditional, condit", "rationalization, ration", "hopefulness, hope",
            "mobilized, mobil", "caresses, caress", "ponies, poni", "hopping, hop", "filing, file",
            "analogical, analog", "sensibility, sensibl", "controll, control", "zelenskyy, zelenskyi", "go, go"})
    void stemsAsRouge(String word, String stem) {
        assertThat(RougePorterStemmer.stem(word)).isEqualTo(stem);
    }

    /** ROUGE-1.5.5's own stemmer output on every word longer than three letters of the T17 corpus. */
    @Test
    void agreesWithRougeOnTheT17Vocabulary() throws IOException {
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        try (InputStream in = getClass().getResourceAsStream("rouge-porter-stems.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split("\t", -1);
                String stem = RougePorterStemmer.stem(fields[0]);
                if (!stem.equals(fields[1])) {
                    wrong.add(fields[0] + " -> " + stem + ", expected " + fields[1]);
                }
                rows++;
            }
        }
        assertThat(rows).isEqualTo(63_045);
        assertThat(wrong).isEmpty();
    }
}
