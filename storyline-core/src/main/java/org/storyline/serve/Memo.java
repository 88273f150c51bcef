package org.storyline.serve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A bounded memo of computed responses, least recently used out first. Concurrent requests for a key not yet
 * computed wait for one computation and share its result, so a burst of identical requests to a cold server costs
 * one computation, not one per connection; a failed computation is not kept. Thread-safe.
 *
 * @param <K> the request, with equality over everything the response depends on
 * @param <V> the response
 */
final class Memo<K, V> {
    private final Map<K, CompletableFuture<V>> entries;

    Memo(int capacity) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, CompletableFuture<V>> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The response to {@code key}: remembered, being computed by another request, or computed now. */
    V get(K key, Supplier<V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> shared = entries.putIfAbsent(key, mine);
        if (shared != null) {
            try {
                return shared.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        try {
            mine.complete(compute.get());
        } catch (RuntimeException | Error e) {
            entries.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        return mine.join();
    }
}
