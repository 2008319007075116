package org.respnet.console;

/**
 * A console query that was not run, or that the server stopped, with the HTTP status and a short
 * machine-readable reason ({@code write}, {@code load-csv}, {@code timeout}, …).
 */
class QueryRefusedException extends RuntimeException {

    private final int status;
    private final String reason;

    private final long retryAfterSeconds;

    QueryRefusedException(int status, String reason, String message) {
        this(status, reason, message, 0);
    }

    QueryRefusedException(int status, String reason, String message, long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.reason = reason;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds a client should wait before trying again (429), or 0. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    int status() {
        return status;
    }

    String reason() {
        return reason;
    }
}
