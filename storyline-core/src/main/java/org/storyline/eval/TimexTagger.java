package org.storyline.eval;

import java.time.LocalDate;
import java.util.List;
import org.storyline.annotate.Sentence;

/** The system under evaluation: annotates raw text published on a given day. Implementations say if thread-safe. */
@FunctionalInterface
public interface TimexTagger {
    /** The sentences of {@code text}, with their temporal expressions, offsets into {@code text}. */
    List<Sentence> annotate(String text, LocalDate published);
}
