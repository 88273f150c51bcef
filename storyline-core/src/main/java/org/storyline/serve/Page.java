package org.storyline.serve;

import java.util.List;

/**
 * One page of a longer list. Immutable and thread-safe.
 *
 * @param total  how many items match in all
 * @param offset index of the first item of this page
 * @param limit  the page size asked for
 * @param items  the items of this page
 * @param <T>    the item type
 */
public record Page<T>(int total, int offset, int limit, List<T> items) {
    public Page {
        items = List.copyOf(items);
    }

    /** The page of {@code all} that starts at {@code offset}. */
    static <T> Page<T> of(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), from + limit);
        return new Page<>(all.size(), offset, limit, all.subList(from, to));
    }
}
