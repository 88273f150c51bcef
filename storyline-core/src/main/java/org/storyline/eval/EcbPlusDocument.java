package org.storyline.eval;

/**
 * A document of the ECB+ corpus with its gold cluster. Immutable and thread-safe.
 *
 * @param name   file name, e.g. {@code 1_10ecbplus.xml}
 * @param topic  topic number (the folder)
 * @param text   the tokens joined by spaces, one sentence a line (the source URL of {@code ecbplus} files left out)
 * @param gold   gold cluster: topic and seminal event, e.g. {@code 1/ecbplus}
 */
public record EcbPlusDocument(String name, String topic, String text, String gold) {
}
