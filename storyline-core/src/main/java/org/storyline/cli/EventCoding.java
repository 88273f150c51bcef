package org.storyline.cli;

import org.storyline.code.EventCoder;

/** The event coder the commands use, chosen in this one place. Stateless and thread-safe. */
public final class EventCoding {
    private EventCoding() {
    }

    /** The standard event coder. */
    public static EventCoder standard() {
        throw new UnsupportedOperationException("event coder not built yet");
    }
}
