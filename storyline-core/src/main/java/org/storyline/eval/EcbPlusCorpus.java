package org.storyline.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.storyline.ingest.Skip;

/**
 * Reads the ECB+ corpus: {@code <topic>/<topic>_<n>ecb.xml} and {@code <topic>_<n>ecbplus.xml} token files. The gold
 * cluster of a document is its topic and its kind ({@code ecb} or {@code ecbplus}), the two similar but different
 * seminal events of the topic. Stateless and safe to share between threads.
 *
 * @param documents the documents read, in path order
 * @param skipped   files that could not be read, with the reason
 */
public record EcbPlusCorpus(List<EcbPlusDocument> documents, List<Skip> skipped) {
    private static final Pattern NAME = Pattern.compile("(\\d+)_\\d+(ecb|ecbplus)\\.xml");

    public EcbPlusCorpus {
        documents = List.copyOf(documents);
        skipped = List.copyOf(skipped);
    }

    /** Reads every ECB+ document under {@code dir}; an unreadable file is skipped and named. */
    public static EcbPlusCorpus read(Path dir) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted().toList();
        } catch (IOException e) {
            return new EcbPlusCorpus(List.of(), List.of(new Skip(dir.toString(), "cannot list: " + e.getMessage())));
        }
        List<EcbPlusDocument> documents = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        for (Path file : files) {
            Matcher name = NAME.matcher(file.getFileName().toString());
            if (!name.matches()) {
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                String text = text(factory.createXMLStreamReader(in), name.group(2).equals("ecbplus"));
                if (text.isBlank()) {
                    skipped.add(new Skip(file.toString(), "no tokens"));
                } else {
                    documents.add(new EcbPlusDocument(file.getFileName().toString(), name.group(1), text,
                            name.group(1) + "/" + name.group(2)));
                }
            } catch (IOException | XMLStreamException e) {
                skipped.add(new Skip(file.toString(), "cannot read: " + e.getMessage()));
            }
        }
        return new EcbPlusCorpus(documents, skipped);
    }

    private static String text(XMLStreamReader xml, boolean dropUrl) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        StringBuilder sentence = new StringBuilder();
        String current = null;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("token")) {
                continue;
            }
            String number = xml.getAttributeValue(null, "sentence");
            String token = xml.getElementText().strip();
            if (!number.equals(current)) {
                flush(text, sentence, dropUrl && "0".equals(current));
                current = number;
            }
            if (!token.isEmpty()) {
                sentence.append(sentence.length() > 0 ? " " : "").append(token);
            }
        }
        flush(text, sentence, dropUrl && "0".equals(current));
        return text.toString().strip();
    }

    /** Ends a sentence; the first sentence of an {@code ecbplus} file is its source URL, not text. */
    private static void flush(StringBuilder text, StringBuilder sentence, boolean isUrl) {
        if (sentence.length() > 0 && !(isUrl && sentence.toString().startsWith("http"))) {
            text.append(sentence).append('\n');
        }
        sentence.setLength(0);
    }
}
