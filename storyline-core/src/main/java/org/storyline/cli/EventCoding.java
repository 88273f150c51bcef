package org.storyline.cli;

import org.storyline.code.DictionaryActorResolver;
import org.storyline.code.EventCoder;
import org.storyline.code.PatternEventCoder;

/** The event coder the commands use, chosen in this one place. Stateless and thread-safe. */
public final class EventCoding {
    private EventCoding() {
    }

    /** The standard event coder: our verb patterns over our actor dictionary. */
    public static EventCoder standard() {
        return new PatternEventCoder(new DictionaryActorResolver());
    }
}
