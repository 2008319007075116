package org.respnet.responsibility;

/**
 * Headline counts of the graph. {@code units} includes the {@code groups}; {@code tasks} includes the
 * {@code livelihoodTasks} (民生实事 parts); {@code coLedTasks} have two or more lead units.
 */
public record GraphSummary(long documents, long tasks, long livelihoodTasks, long coLedTasks, long units, long groups,
        long leaders, long relationships) {
}
