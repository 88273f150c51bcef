package org.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Markdown to plain text for NLP: markup goes, words stay. Headings, list items and paragraphs become paragraphs
 * separated by blank lines; link text is kept, images are dropped, HTML is reduced to its text. Thread-safe (the
 * CommonMark parser is immutable).
 */
final class MarkdownText {
    private static final Parser PARSER = Parser.builder().build();
    private static final Pattern LINE_INDENT = Pattern.compile("(?m)^\\h+");
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");

    private MarkdownText() {
    }

    /** The plain text of a Markdown document. */
    static String toText(String markdown) {
        // Scraped news bodies indent speaker turns and quotes; CommonMark would read those as code blocks.
        Node document = PARSER.parse(LINE_INDENT.matcher(markdown).replaceAll(""));
        Blocks blocks = new Blocks();
        document.accept(blocks);
        return Texts.paragraphs(String.join("\n\n", blocks.paragraphs));
    }

    /** Collects the text of every leaf block, in document order. */
    private static final class Blocks extends AbstractVisitor {
        private final List<String> paragraphs = new ArrayList<>();

        @Override
        public void visit(Paragraph paragraph) {
            paragraphs.add(inline(paragraph));
        }

        @Override
        public void visit(Heading heading) {
            paragraphs.add(inline(heading));
        }

        @Override
        public void visit(HtmlBlock block) {
            paragraphs.add(HtmlText.paragraphs(Jsoup.parseBodyFragment(block.getLiteral()).body()));
        }

        @Override
        public void visit(FencedCodeBlock block) {
            paragraphs.add(block.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            paragraphs.add(block.getLiteral());
        }

        private static String inline(Node block) {
            Inline inline = new Inline();
            block.accept(inline);
            return inline.text.toString();
        }
    }

    /** Renders the inline content of one block as text. */
    private static final class Inline extends AbstractVisitor {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void visit(Text node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(Code code) {
            text.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            text.append(' ');
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            text.append('\n');
        }

        @Override
        public void visit(HtmlInline html) {
            if (BREAK_TAG.matcher(html.getLiteral()).matches()) {
                text.append('\n');
            }
        }

        @Override
        public void visit(Image image) {
            // The alt text of a picture is not part of the story.
        }
    }
}
