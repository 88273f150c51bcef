package org.storyline.eval.tls;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.storyline.annotate.AnnotatedArticle;
import org.storyline.summarize.EventSentences;
import org.storyline.summarize.Timeline;
import org.storyline.summarize.TimelineBuilder;
import org.storyline.summarize.TimelineDate;
import org.storyline.summarize.TimelineLine;
import org.storyline.summarize.TimelineRequest;
import org.storyline.util.Validate;

/**
 * Runs a summarizer as news-tls does: for each reference timeline of a topic, the summarizer gets all the topic's
 * articles and, from the reference, its first and last date (the span its dates must fall in), its number of dates
 * and its mean number of sentences per date (rounded half to even) as the lines per date. No query: the topic is
 * what the pooled articles share. Safe to share between threads when the builder is.
 */
public final class TlsBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final TimelineBuilder builder;

    /** A benchmark of {@code builder}. */
    public TlsBenchmark(TimelineBuilder builder) {
        this.builder = Validate.notNull(builder, "builder");
    }

    /** What the summarizer is asked for a reference timeline. */
    public static TimelineRequest requestFor(ReferenceTimeline reference) {
        return new TimelineRequest(null, reference.first(), reference.last(), reference.dates().size(),
                reference.sentencesPerDate());
    }

    /** One run per reference timeline of the topic, in the topic's order, without event data. */
    public List<TimelineRun> run(T17Topic topic, List<AnnotatedArticle> articles) {
        return run(topic, articles, EventSentences.NONE);
    }

    /** One run per reference timeline of the topic, in the topic's order; {@code events} as the builder weighs. */
    public List<TimelineRun> run(T17Topic topic, List<AnnotatedArticle> articles, EventSentences events) {
        List<TimelineRun> runs = new ArrayList<>();
        for (ReferenceTimeline reference : topic.references()) {
            TimelineRequest request = requestFor(reference);
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            Timeline timeline = builder.build(articles, request, Map.of(), events);
            double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double seconds = (System.nanoTime() - start) / 1e9;
            runs.add(new TimelineRun(topic.name(), reference, request, timeline, tokenised(timeline), seconds,
                    cpuSeconds));
        }
        return runs;
    }

    /** The timeline's lines under each date, tokenised as the references are. */
    public static SortedMap<LocalDate, List<String>> tokenised(Timeline timeline) {
        SortedMap<LocalDate, List<String>> dates = new TreeMap<>();
        for (TimelineDate date : timeline.dates()) {
            dates.put(date.date(), date.lines().stream().map(TimelineLine::text).map(PtbText::tokenise).toList());
        }
        return Collections.unmodifiableSortedMap(dates);
    }

    /** A timeline in the tilse text format the references use. */
    public static String tilse(Map<LocalDate, List<String>> dates) {
        StringBuilder out = new StringBuilder();
        dates.forEach((date, sentences) -> {
            out.append(date).append('\n');
            sentences.forEach(s -> out.append(s).append('\n'));
            out.append("-".repeat(32)).append('\n');
        });
        return out.toString();
    }
}
