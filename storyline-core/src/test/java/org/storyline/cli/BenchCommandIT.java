package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandIT {
    @Test
    void benchOfTheExamplesCountsEveryArticleAndSentenceAndTimesEveryBuiltStage() throws Exception {
        Run run = Run.run("bench", "../examples", "--threads", "2", "--format", "json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("corpus").asText()).isEqualTo("../examples");
        assertThat(report.get("corpus_files").asInt()).isEqualTo(5);
        assertThat(report.get("files").asInt()).isEqualTo(5);
        assertThat(report.get("model_load_seconds").asDouble()).isPositive();
        assertThat(report.has("thread_scaling")).isFalse();
        assertThat(report.get("runs")).hasSize(1);
        JsonNode measured = report.get("runs").get(0);
        assertThat(measured.get("threads").asInt()).isEqualTo(2);
        assertThat(measured.get("files").asInt()).isEqualTo(5);
        assertThat(measured.get("articles").asInt()).isEqualTo(5);
        assertThat(measured.get("skipped").asInt()).isZero();
        assertThat(measured.get("sentences").asInt()).isEqualTo(88);
        assertThat(measured.get("articles_per_second").asDouble()).isPositive();
        assertThat(measured.get("sentences_per_second").asDouble()).isPositive();
        assertThat(measured.get("peak_heap_bytes").asLong()).isPositive();
        assertThat(measured.get("cpu_per_core").asDouble()).isPositive();
        List<String> stages = new ArrayList<>();
        for (JsonNode stage : measured.get("stages")) {
            stages.add(stage.get("stage").asText());
            assertThat(stage.get("busy_seconds").asDouble()).as(stage.toString()).isPositive();
        }
        assertThat(stages).containsExactly("read", "annotate", "code", "dedupe_cluster", "store");
        // Files read, articles annotated and coded; the story step once at the end; store: a look-up and an add
        // per article, and the commit.
        assertThat(measured.get("stages")).extracting(stage -> stage.path("calls").asInt())
                .containsExactly(5, 5, 5, 1, 11);
    }
}
