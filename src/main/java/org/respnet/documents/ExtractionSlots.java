package org.respnet.documents;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * The places where documents are read: a few at once, a short queue behind them, and beyond it a 429,
 * so that uploads arriving together cannot take the heap or every CPU from the pages and the API.
 */
@Component
class ExtractionSlots {

    private final Semaphore reading;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int queued;
    private final long waitMillis;

    ExtractionSlots(ExtractionLimitsProperties limits) {
        this.reading = new Semaphore(limits.concurrent(), true);
        this.queued = limits.queued();
        this.waitMillis = limits.time().toMillis();
    }

    /** Runs {@code read} in a place, waiting in the queue if there is room; else {@link BusyException}. */
    <T> T read(Supplier<T> read) {
        if (!reading.tryAcquire()) {
            if (waiting.incrementAndGet() > queued) {
                waiting.decrementAndGet();
                throw new BusyException();
            }
            try {
                if (!reading.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                    throw new BusyException();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BusyException();
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            return read.get();
        } finally {
            reading.release();
        }
    }

    /** Every place and the queue are taken. */
    static final class BusyException extends ErrorResponseException {

        static final long RETRY_AFTER_SECONDS = 10;

        BusyException() {
            super(HttpStatus.TOO_MANY_REQUESTS, ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "正在读取的文件已达上限（respnet.import.limits.concurrent），请 " + RETRY_AFTER_SECONDS
                            + " 秒后重试"), null);
            getHeaders().set("Retry-After", Long.toString(RETRY_AFTER_SECONDS));
        }
    }
}
