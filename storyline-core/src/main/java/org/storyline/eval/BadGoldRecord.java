package org.storyline.eval;

/** A gold record that cannot be read; the message says why in plain words. */
final class BadGoldRecord extends RuntimeException {
    BadGoldRecord(String reason) {
        super(reason);
    }
}
