package org.respnet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Query;
import org.neo4j.driver.exceptions.ClientException;
import org.respnet.RespNetIntegrationTest;
import org.respnet.graph.GraphWrites;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The import's in-process writes behave as the driver's managed transactions do: a deadlock between two writers is
 * retried until both commit, a refusal arrives as the driver's {@link ClientException} and leaves nothing written.
 */
@RespNetIntegrationTest
// Writes probe nodes and a task: a database of its own, so no other test counts them.
@TestPropertySource(properties = "spring.application.name=respnet-embedded-writes")
class EmbeddedGraphWritesIT {

    @Autowired
    GraphWrites writes;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void twoWritersThatDeadlockBothCommitAfterARetry() throws Exception {
        neo4j.query("CREATE (:DeadlockProbe {k: 1, n: 0}), (:DeadlockProbe {k: 2, n: 0})").run();
        // Each writer locks one node, waits until the other holds the other node, then asks for it: a deadlock
        // Neo4j must break by failing one of them transiently.
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> done = List.of(1, 2).stream().map(first -> pool.submit(() -> writes.write(tx -> {
                attempts.incrementAndGet();
                tx.run(new Query("MATCH (p:DeadlockProbe {k: $k}) SET p.n = p.n + 1", Map.of("k", first)));
                bothHoldOne.countDown();
                await(bothHoldOne);
                tx.run(new Query("MATCH (p:DeadlockProbe {k: $k}) SET p.n = p.n + 1", Map.of("k", 3 - first)));
                return first;
            }))).toList();
            for (Future<Integer> writer : done) {
                writer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(attempts.get()).isGreaterThanOrEqualTo(3);
        // every committed attempt added one to each node, the failed one nothing
        assertThat(neo4j.query("MATCH (p:DeadlockProbe) RETURN sum(p.n)").fetchAs(Long.class).one()).hasValue(4L);
    }

    @Test
    void aRefusalArrivesAsTheDriversClientExceptionAndWritesNothing() {
        neo4j.query("CREATE (:Task {id: 'embedded-writes-taken', city: 'elsewhere'})").run();

        assertThatThrownBy(() -> writes.write(tx -> {
            tx.run(new Query("CREATE (:RefusalProbe)"));
            return tx.run(new Query("CREATE (:Task {id: 'embedded-writes-taken'})"));
        })).isInstanceOf(ClientException.class).hasMessageContaining("embedded-writes-taken")
                .extracting(e -> ((ClientException) e).code())
                .isEqualTo("Neo.ClientError.Schema.ConstraintValidationFailed");
        assertThat(neo4j.query("MATCH (p:RefusalProbe) RETURN count(p)").fetchAs(Long.class).one()).hasValue(0L);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
