package org.respnet.console;

/**
 * A console query that was not run, or that the server stopped, with the HTTP status and a short
 * machine-readable reason ({@code write}, {@code load-csv}, {@code timeout}, …).
 */
class QueryRefusedException extends RuntimeException {

    private final int status;
    private final String reason;

    QueryRefusedException(int status, String reason, String message) {
        super(message);
        this.status = status;
        this.reason = reason;
    }

    int status() {
        return status;
    }

    String reason() {
        return reason;
    }
}
