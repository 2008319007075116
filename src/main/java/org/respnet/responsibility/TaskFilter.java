package org.respnet.responsibility;

/** Ledger filters; a null field does not filter. {@code offset} and {@code limit} cut one page. */
public record TaskFilter(String unit, String leader, String section, String q, String city, boolean coLedOnly,
        int offset, int limit) {
}
