package org.respnet.analytics;

/** Ledger filters; a null field does not filter. */
public record TaskFilter(String unit, String leader, String section, String q, String city, boolean coLedOnly, int limit) {
}
