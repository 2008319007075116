package org.respnet.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class SharedReadsTests {

    /** A read that sees the value committed when it starts and takes a few milliseconds, like a round trip. */
    private static long slowRead(AtomicLong committed, AtomicInteger reads) {
        long seen = committed.get();
        reads.incrementAndGet();
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return seen;
    }

    @Test
    void everyCallerSeesWhatWasCommittedBeforeItAsked() throws Exception {
        AtomicLong committed = new AtomicLong();
        AtomicInteger reads = new AtomicInteger();
        SharedReads<String, Long> shared = new SharedReads<>(key -> slowRead(committed, reads));
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> callers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                callers.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        long mine = committed.incrementAndGet(); // a write that commits just before the question
                        if (shared.get("随州") < mine) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> caller : callers) {
                assertThat(caller.get()).isTrue();
            }
        }
        assertThat(reads.get()).isLessThan(8 * 50);
    }

    @Test
    void callersAskingAtOnceShareAFewReads() throws Exception {
        AtomicLong committed = new AtomicLong(7);
        AtomicInteger reads = new AtomicInteger();
        SharedReads<String, Long> shared = new SharedReads<>(key -> slowRead(committed, reads));
        CyclicBarrier together = new CyclicBarrier(16);
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<Long>> callers = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                callers.add(pool.submit(() -> {
                    together.await();
                    return shared.get("*");
                }));
            }
            for (Future<Long> caller : callers) {
                assertThat(caller.get()).isEqualTo(7L);
            }
        }
        // the first caller's read, then one read for everyone who asked while it ran (a straggler may need a third)
        assertThat(reads.get()).isBetween(1, 3);
    }

    @Test
    void aFailedReadFailsOnlyItsCallerAndTheNextCallerReadsAgain() {
        AtomicInteger calls = new AtomicInteger();
        SharedReads<String, String> shared = new SharedReads<>(key -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("graph unreachable");
            }
            return "token-" + key;
        });
        assertThatThrownBy(() -> shared.get("*")).hasMessage("graph unreachable");
        assertThat(shared.get("*")).isEqualTo("token-*");
        assertThat(shared.get("随州")).isEqualTo("token-随州");
        assertThat(calls.get()).isEqualTo(3);
    }
}
