/**
 * Documents into the graph: an upload or a bundled file is detected, read by {@code ingest}, then
 * imported whole in one transaction (or rejected whole with its problems); the import report; the
 * start-up import of the {@code import/} folder. Publishes {@link org.respnet.changes.GraphChangedEvent}
 * after every import so stored figures follow.
 */
package org.respnet.documents;
