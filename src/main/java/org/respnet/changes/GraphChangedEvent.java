package org.respnet.changes;

/**
 * Published after a change set committed, so derived figures can be recomputed once, off the request path, for
 * the one notice scope it touched ({@code city}: the scope's name, {@code ""} when the document names no city):
 * units of different scopes never share a task, so no other scope's figures can change.
 */
public record GraphChangedEvent(String documentId, String city) {
}
