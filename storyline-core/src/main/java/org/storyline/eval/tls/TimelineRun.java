package org.storyline.eval.tls;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.storyline.summarize.Timeline;
import org.storyline.summarize.TimelineRequest;

/**
 * The summarizer's answer for one reference timeline. Immutable and thread-safe.
 *
 * @param topic     the topic
 * @param reference the reference timeline
 * @param request   what the summarizer was asked for (the reference's span, date count and sentences per date)
 * @param timeline  the timeline it built, every line cited
 * @param predicted the timeline's lines tokenised as the references are, for scoring
 * @param seconds   wall time of building it
 * @param cpuSeconds CPU time of the building thread (the machine may be shared: wall time then overstates)
 */
public record TimelineRun(String topic, ReferenceTimeline reference, TimelineRequest request, Timeline timeline,
                          SortedMap<LocalDate, List<String>> predicted, double seconds,
                          double cpuSeconds) {
}
