package org.respnet.documents;

/**
 * Published after an import wrote to the graph, so derived figures can be recomputed once, off the
 * request path, for the one city the document belongs to ({@code ""} when it names none): units of
 * different cities never share a task, so no other city's figures can change.
 */
public record GraphChangedEvent(String documentId, String city) {
}
