package org.respnet.graph;

/** Published after an import wrote to the graph, so derived figures can be recomputed once, off the request path. */
public record GraphChangedEvent(String documentId) {
}
