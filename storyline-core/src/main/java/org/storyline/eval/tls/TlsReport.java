package org.storyline.eval.tls;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.storyline.eval.rouge.Prf;
import org.storyline.eval.rouge.RougePair;
import org.storyline.eval.rouge.TimelineRouge;
import org.storyline.eval.rouge.TimelineScores;

/**
 * The result of {@code storyline eval tls}: F scores per reference timeline and averaged as news-tls does
 * (precision and recall averaged over the reference timelines, then F), and the summarizing time per topic, as a
 * table or as one JSON object. Annotation time is reported apart. Immutable and thread-safe.
 *
 * @param directory         the collection directory
 * @param results           one per reference timeline, in topic order
 * @param topics            per topic: its name, articles and summarizing seconds
 * @param annotationSummary what annotating (or finding stored annotations) took, one line
 * @param skipped           number of inputs skipped
 */
public record TlsReport(String directory, List<TimelineResult> results, List<TopicTime> topics,
                        String annotationSummary, int skipped) {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public TlsReport {
        results = List.copyOf(results);
        topics = List.copyOf(topics);
    }

    /**
     * Summarizing time of a topic: all its reference timelines, annotation excluded. Immutable and thread-safe.
     *
     * @param topic     the topic
     * @param articles  its pooled articles
     * @param timelines its reference timelines
     * @param seconds    wall time of building its timelines
     * @param cpuSeconds CPU time of building them
     */
    public record TopicTime(String topic, int articles, int timelines, double seconds, double cpuSeconds) {
    }

    /** The averaged scores, or null when there is no result. */
    public TimelineScores average() {
        return results.isEmpty() ? null
                : TimelineRouge.average(results.stream().map(TimelineResult::scores).toList());
    }

    /** The tables. */
    public String text() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s: %d topic(s), %d reference timeline(s), %d input(s) skipped%n",
                directory, topics.size(), results.size(), skipped));
        text.append(annotationSummary).append(String.format(Locale.ROOT, "%n%n"));
        int width = Math.max(44, results.stream().mapToInt(r -> r.run().reference().name().length()).max()
                .orElse(0));
        text.append(String.format(Locale.ROOT, "%-" + width + "s %13s %13s %13s %7s %5s%n", "", "concat",
                "agreement", "align+ m:1", "date", "dates"));
        text.append(String.format(Locale.ROOT, "%-" + width + "s %6s %6s %6s %6s %6s %6s %7s %5s%n", "timeline",
                "R1-F", "R2-F", "R1-F", "R2-F", "R1-F", "R2-F", "F1", ""));
        for (TimelineResult result : results) {
            text.append(row(width, result.run().reference().name(), result.scores(),
                    result.run().timeline().dates().size() + "/" + result.run().reference().dates().size()));
        }
        TimelineScores average = average();
        if (average != null) {
            text.append(row(width, "average (P, R over timelines, then F)", average, ""));
        }
        text.append(String.format(Locale.ROOT, "%n%-16s %8s %9s %9s %9s%n", "topic", "articles", "timelines",
                "seconds", "cpu s"));
        double total = 0;
        double cpu = 0;
        for (TopicTime topic : topics) {
            total += topic.seconds();
            cpu += topic.cpuSeconds();
            text.append(String.format(Locale.ROOT, "%-16s %8d %9d %9.2f %9.2f%n", topic.topic(), topic.articles(),
                    topic.timelines(), topic.seconds(), topic.cpuSeconds()));
        }
        int count = Math.max(1, topics.size());
        text.append(String.format(Locale.ROOT, "%-16s %8s %9s %9.2f %9.2f (per topic: %.2f s, %.2f cpu s)%n", "all",
                "", "", total, cpu, total / count, cpu / count));
        // Blank score cells leave trailing blanks; lines end at their last figure.
        return text.toString().lines().map(String::stripTrailing)
                .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator()));
    }

    /** One JSON object: per-timeline and averaged precision, recall and F, and the times. */
    public String json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("directory", directory);
        json.put("averaging", "precision and recall averaged over reference timelines, then F (news-tls)");
        json.put("annotation", annotationSummary);
        json.put("skipped", skipped);
        List<Object> timelines = new ArrayList<>();
        for (TimelineResult result : results) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("topic", result.run().topic());
            one.put("reference", result.run().reference().name());
            one.put("dates_predicted", result.run().timeline().dates().size());
            one.put("dates_reference", result.run().reference().dates().size());
            one.put("lines_per_date", result.run().request().maxLinesPerDate());
            one.put("from", result.run().request().from().toString());
            one.put("to", result.run().request().to().toString());
            one.put("seconds", round(result.run().seconds()));
            one.put("cpu_seconds", round(result.run().cpuSeconds()));
            one.put("scores", scores(result.scores()));
            timelines.add(one);
        }
        json.put("timelines", timelines);
        TimelineScores average = average();
        json.put("average", average == null ? null : scores(average));
        List<Object> times = new ArrayList<>();
        for (TopicTime topic : topics) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("topic", topic.topic());
            one.put("articles", topic.articles());
            one.put("timelines", topic.timelines());
            one.put("seconds", round(topic.seconds()));
            one.put("cpu_seconds", round(topic.cpuSeconds()));
            times.add(one);
        }
        json.put("topics", times);
        try {
            return JSON.writeValueAsString(json) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String row(int width, String name, TimelineScores s, String dates) {
        return String.format(Locale.ROOT, "%-" + width + "s %6.4f %6.4f %6.4f %6.4f %6.4f %6.4f %7.4f %5s%n", name,
                s.concat().rouge1().f1(), s.concat().rouge2().f1(), s.agreement().rouge1().f1(),
                s.agreement().rouge2().f1(), s.alignM1().rouge1().f1(), s.alignM1().rouge2().f1(), s.dates().f1(),
                dates);
    }

    private static Map<String, Object> scores(TimelineScores s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("concat", pair(s.concat()));
        json.put("agreement", pair(s.agreement()));
        json.put("align_m1", pair(s.alignM1()));
        json.put("date", prf(s.dates()));
        return json;
    }

    private static Map<String, Object> pair(RougePair pair) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rouge1", prf(pair.rouge1()));
        json.put("rouge2", prf(pair.rouge2()));
        return json;
    }

    private static Map<String, Object> prf(Prf prf) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("precision", round(prf.precision()));
        json.put("recall", round(prf.recall()));
        json.put("f1", round(prf.f1()));
        return json;
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
