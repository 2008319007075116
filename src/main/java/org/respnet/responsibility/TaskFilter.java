package org.respnet.responsibility;

import java.time.LocalDate;
import java.util.List;

/**
 * Ledger filters; a null field does not filter. {@code unit} is a name or, when no unit has exactly that
 * name, a part of one (发改委); {@code role} narrows it to the tasks it leads ({@code lead}) or is responsible on
 * without leading ({@code responsible}), as the workload counts them; {@code leadUnits} keeps the tasks every
 * one of these units leads (a co-lead pair's tasks). {@code offset} and {@code limit} cut one page;
 * {@code dueFrom} and {@code dueTo} bound the task's deadline.
 */
public record TaskFilter(String unit, String leader, String section, String q, String city, boolean coLedOnly,
        int offset, int limit, LocalDate dueFrom, LocalDate dueTo, String role, List<String> leadUnits) {

    /** The two roles a unit holds on a task, as the ledger's {@code role} names them. */
    public static final List<String> ROLES = List.of("lead", "responsible");
}
