package org.storyline.eval;

import org.jsoup.nodes.Element;

/** A temporal gold file that cannot be evaluated; the message says why in plain words, {@link #where} says where. */
final class TimexFileError extends RuntimeException {
    private final String where;

    TimexFileError(String where, String reason) {
        super(reason);
        this.where = where;
    }

    /** The problem is at this element. */
    TimexFileError(Element element, String reason) {
        this(":" + element.sourceRange().start().lineNumber(), reason);
    }

    /** {@code :line} when the problem is at one line, else empty. */
    String where() {
        return where;
    }
}
