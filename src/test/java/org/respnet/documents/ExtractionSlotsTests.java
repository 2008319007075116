package org.respnet.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** Issue 25, finding 1: documents read at once are bounded; an upload beyond the places and the queue gets 429. */
class ExtractionSlotsTests {

    private static ExtractionSlots slots(int concurrent, int queued) {
        return new ExtractionSlots(new ExtractionLimitsProperties(DataSize.ofMegabytes(32), 500_000, 2_000,
                Duration.ofSeconds(30), concurrent, queued));
    }

    @Test
    void aReadBeyondEveryPlaceAndTheQueueIsRefusedWith429AndRetryAfter() throws Exception {
        ExtractionSlots slots = slots(1, 0);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> slots.read(() -> {
            reading.countDown();
            await(finish);
            return "first";
        }));
        reading.await();

        assertThatThrownBy(() -> slots.read(() -> "second"))
                .isInstanceOfSatisfying(ExtractionSlots.BusyException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
                    assertThat(e.getHeaders().getFirst("Retry-After")).isEqualTo("10");
                    assertThat(e.getBody().getDetail()).contains("respnet.import.limits.concurrent");
                });

        finish.countDown();
        assertThat(first.get()).isEqualTo("first");
        assertThat(slots.read(() -> "after")).isEqualTo("after"); // the place was given back
    }

    @Test
    void aReadFindingThePlacesTakenWaitsInTheQueueForOne() throws Exception {
        ExtractionSlots slots = slots(1, 1);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> slots.read(() -> {
            reading.countDown();
            await(finish);
            return "first";
        }));
        reading.await();
        CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> slots.read(() -> "queued"));

        finish.countDown();

        assertThat(first.get()).isEqualTo("first");
        assertThat(queued.get()).isEqualTo("queued");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
