package org.storyline.reliability;

import java.util.List;

/**
 * One entry of the hostile corpus: a file or folder, the skips it must produce, and whether it has a good part
 * (what a careful user would have given instead, written under the same name in the good corpus). Immutable.
 *
 * @param name     the file or folder name in the corpus
 * @param kind     what is hostile about it, in a few words
 * @param skips    the skips expected, in order, located relative to the corpus folder
 * @param goodPart whether the good corpus has a file or folder of this name
 */
record HostileCase(String name, String kind, List<ExpectedSkip> skips, boolean goodPart) {
    HostileCase {
        skips = List.copyOf(skips);
    }

    /**
     * A skip as the reader must report it.
     *
     * @param location the path relative to the corpus folder, with {@code :line} or {@code #record}
     * @param reason   the exact reason, or its beginning when {@code prefix} (for messages of the parsers we use)
     * @param prefix   whether {@code reason} is only the beginning of the message
     */
    record ExpectedSkip(String location, String reason, boolean prefix) {
    }
}
