package org.respnet.responsibility;

/** Headline counts of the graph. */
public record GraphSummary(long documents, long tasks, long units, long leaders, long relationships) {
}
