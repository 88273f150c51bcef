package org.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML element by paragraphs: every block element (paragraph, heading, list item, cell, ...)
 * starts a new paragraph, {@code <br>} a new line, and whitespace inside a paragraph is collapsed. Stateless and
 * thread-safe.
 */
final class HtmlText {
    /** Elements whose text is not prose shown to a reader. */
    private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template", "head", "title", "svg",
            "button", "select", "iframe", "object");

    private HtmlText() {
    }

    /** The element's text, paragraphs separated by blank lines. */
    static String paragraphs(Element root) {
        Collector collector = new Collector();
        root.traverse(collector);
        collector.flush();
        return Texts.paragraphs(String.join("\n\n", collector.paragraphs));
    }

    private static final class Collector implements NodeVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int hiddenDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                if (HIDDEN.contains(element.normalName()) || hiddenDepth > 0) {
                    hiddenDepth++;
                } else if (element.normalName().equals("br")) {
                    current.append('\n');
                } else if (element.isBlock()) {
                    flush();
                }
            } else if (node instanceof TextNode text && hiddenDepth == 0) {
                append(text.text());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (hiddenDepth > 0) {
                    hiddenDepth--;
                } else if (element.isBlock()) {
                    flush();
                }
            }
        }

        private void append(String text) {
            boolean atLineStart = current.isEmpty() || current.charAt(current.length() - 1) == '\n';
            boolean endsWithSpace = !current.isEmpty() && current.charAt(current.length() - 1) == ' ';
            if ((atLineStart || endsWithSpace) && text.startsWith(" ")) {
                current.append(text, 1, text.length());
            } else {
                current.append(text);
            }
        }

        private void flush() {
            String paragraph = current.toString().replaceAll(" *\n *", "\n").strip();
            if (!Texts.isBlank(paragraph)) {
                paragraphs.add(paragraph);
            }
            current.setLength(0);
        }
    }
}
