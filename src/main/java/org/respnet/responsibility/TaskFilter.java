package org.respnet.responsibility;

import java.time.LocalDate;

/**
 * Ledger filters; a null field does not filter. {@code offset} and {@code limit} cut one page; {@code dueFrom}
 * and {@code dueTo} bound the task's deadline.
 */
public record TaskFilter(String unit, String leader, String section, String q, String city, boolean coLedOnly,
        int offset, int limit, LocalDate dueFrom, LocalDate dueTo) {
}
