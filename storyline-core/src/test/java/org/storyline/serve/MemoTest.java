package org.storyline.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void remembersEachKeysResponse() {
        Memo<String, String> memo = new Memo<>(4);

        assertThat(memo.get("a", () -> "A" + computed.incrementAndGet())).isEqualTo("A1");
        assertThat(memo.get("a", () -> "A" + computed.incrementAndGet())).isEqualTo("A1");
        assertThat(memo.get("b", () -> "B" + computed.incrementAndGet())).isEqualTo("B2");
    }

    @Test
    void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
        Memo<String, Integer> memo = new Memo<>(2);
        memo.get("a", computed::incrementAndGet);
        memo.get("b", computed::incrementAndGet);
        memo.get("a", computed::incrementAndGet);
        memo.get("c", computed::incrementAndGet);

        assertThat(memo.get("a", computed::incrementAndGet)).isEqualTo(1);
        assertThat(memo.get("b", computed::incrementAndGet)).isEqualTo(4);
    }

    @Test
    void aFailureIsThrownAndNotRemembered() {
        Memo<String, String> memo = new Memo<>(4);

        assertThatThrownBy(() -> memo.get("a", () -> {
            throw new IllegalStateException("store closed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("store closed");
        assertThat(memo.get("a", () -> "A")).isEqualTo("A");
    }

    @Test
    void requestsArrivingDuringAComputationWaitForItAndShareItsResult() throws Exception {
        Memo<String, String> memo = new Memo<>(4);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            Future<String> first = threads.submit(() -> memo.get("t", () -> {
                started.countDown();
                await(release);
                return "timeline " + computed.incrementAndGet();
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<String>> others = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(threads.submit(() -> memo.get("t", () -> "timeline " + computed.incrementAndGet())));
            }
            release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("timeline 1");
            for (Future<String> other : others) {
                assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("timeline 1");
            }
            assertThat(computed.get()).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
