package org.storyline.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.summarize.Source;
import org.storyline.summarize.Timeline;
import org.storyline.summarize.TimelineDate;
import org.storyline.summarize.TimelineLine;

/** The formats a timeline can be written in. Stateless and thread-safe. */
public enum TimelineFormat {
    /** Markdown, readable as is in a terminal. */
    MD {
        @Override
        public void write(Timeline timeline, Appendable out) throws IOException {
            out.append("# Timeline");
            if (timeline.query() != null) {
                out.append(": ").append(timeline.query());
            }
            out.append("\n\n").append(String.format(Locale.ROOT, "%d date(s) from %d article(s).%n",
                    timeline.dates().size(), timeline.articles()));
            for (TimelineDate date : timeline.dates()) {
                out.append("\n## ").append(date.date().format(HEADING)).append("\n\n");
                for (TimelineLine line : date.lines()) {
                    out.append("- ").append(line.text()).append("\n");
                    out.append("  — ").append(String.join("; ", sourceLabels(line, false)));
                    List<String> copies = sourceLabels(line, true);
                    if (!copies.isEmpty()) {
                        out.append("; also published by ").append(String.join("; ", copies));
                    }
                    out.append("\n");
                }
            }
        }
    },
    /** JSON: {@code {"query", "articles", "dates": [{"date", "lines": [{"text", "sources", "citations"}]}]}}. */
    JSON {
        @Override
        public void write(Timeline timeline, Appendable out) throws IOException {
            out.append(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(timeline)).append("\n");
        }
    },
    /** One self-contained HTML page; every text is escaped, nothing is loaded from elsewhere. */
    HTML {
        @Override
        public void write(Timeline timeline, Appendable out) throws IOException {
            String title = "Timeline" + (timeline.query() != null ? ": " + timeline.query() : "");
            out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                    .append("<title>").append(Html.escape(title)).append("</title><style>")
                    .append("body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#222}")
                    .append("h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ddd}")
                    .append("li{margin:.6rem 0}.src{font-size:.85rem;color:#555}")
                    .append("</style></head><body>\n<h1>").append(Html.escape(title)).append("</h1>\n<p>")
                    .append(String.valueOf(timeline.dates().size())).append(" date(s) from ")
                    .append(String.valueOf(timeline.articles())).append(" article(s).</p>\n");
            for (TimelineDate date : timeline.dates()) {
                out.append("<section><h2><time datetime=\"").append(date.date().toString()).append("\">")
                        .append(Html.escape(date.date().format(HEADING))).append("</time></h2><ul>\n");
                for (TimelineLine line : date.lines()) {
                    out.append("<li>").append(Html.escape(line.text())).append("<div class=\"src\">");
                    out.append(String.join("; ", links(line, false)));
                    List<String> copies = links(line, true);
                    if (!copies.isEmpty()) {
                        out.append("; also published by ").append(String.join("; ", copies));
                    }
                    out.append("</div></li>\n");
                }
                out.append("</ul></section>\n");
            }
            out.append("</body></html>\n");
        }
    };

    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH)
            .withLocale(Locale.ENGLISH);

    /** Writes the timeline. */
    public abstract void write(Timeline timeline, Appendable out) throws IOException;

    /** The timeline as a string in this format. */
    public String render(Timeline timeline) {
        StringBuilder out = new StringBuilder();
        try {
            write(timeline, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Links to the independent sources of a line, or to its near-duplicate copies. */
    private static List<String> links(TimelineLine line, boolean copies) {
        List<String> links = new ArrayList<>();
        for (Source source : line.sources()) {
            if ((source.copyOf() != null) == copies) {
                String label = Html.escape(label(source));
                links.add(Html.isWebLink(source.url())
                        ? "<a href=\"" + Html.escape(source.url()) + "\" rel=\"noopener noreferrer\">" + label + "</a>"
                        : label);
            }
        }
        return links;
    }

    /** One label per article, independent ones or near-duplicate copies: its sources' outlets (or files), dates. */
    private static List<String> sourceLabels(TimelineLine line, boolean copies) {
        Map<String, List<String>> byArticle = new LinkedHashMap<>();
        for (Source source : line.sources()) {
            if ((source.copyOf() != null) == copies) {
                byArticle.computeIfAbsent(source.articleId(), id -> new ArrayList<>()).add(label(source));
            }
        }
        return byArticle.values().stream().map(labels -> String.join(", also ", labels)).toList();
    }

    static String label(Source source) {
        String where = source.outlet() != null ? source.outlet()
                : source.url() != null ? source.url() : fileName(source.origin());
        String label = where + " (" + source.published() + ")";
        return source.url() != null && source.outlet() != null ? label + " " + source.url() : label;
    }

    private static String fileName(String origin) {
        int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
        return origin.substring(slash + 1);
    }
}
