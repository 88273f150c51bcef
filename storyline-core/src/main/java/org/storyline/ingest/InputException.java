package org.storyline.ingest;

/**
 * Input that cannot become an article, with the plain-words reason that goes into its {@link Skip}.
 * Internal to the readers, which turn it into a skip instead of letting it escape.
 */
final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
