package org.respnet.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls an operation from {@code concurrency} threads until {@code requests} calls are done or
 * {@code budget} has passed, whichever comes first, and reports latency percentiles; up to five calls per
 * thread before that, at the same concurrency and within the same budget, are not timed.
 */
final class LatencyProbe {

    /** Latency percentiles in milliseconds over {@code calls} calls. */
    record Percentiles(double p50, double p95, double p99, int calls) {
    }

    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    private LatencyProbe() {
    }

    static Percentiles measure(Call call, int concurrency, int requests, Duration budget) throws Exception {
        // Warm-up at the probe's own concurrency, not timed: JIT, query plans, page cache, and as many pooled
        // connections and server threads as the probe will use (at least one call per thread, within the budget).
        run(call, concurrency, new AtomicInteger(Math.min(5, requests) * concurrency), System.nanoTime() + budget.toNanos(),
                Collections.synchronizedList(new ArrayList<>()));
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        run(call, concurrency, new AtomicInteger(requests), System.nanoTime() + budget.toNanos(), nanos);
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Percentiles(percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99), sorted.size());
    }

    private static void run(Call call, int concurrency, AtomicInteger remaining, long deadline, List<Long> nanos)
            throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                workers.add(pool.submit(() -> {
                    while (remaining.getAndDecrement() > 0 && System.nanoTime() < deadline) {
                        long start = System.nanoTime();
                        call.run();
                        nanos.add(System.nanoTime() - start);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
    }

    private static double percentile(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sorted.size()) - 1;
        return Math.round(sorted.get(Math.max(0, index)) / 10_000.0) / 100.0;
    }
}
