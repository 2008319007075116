package org.respnet.changes;

import java.util.Map;

import org.respnet.graph.NamedQuery;

/**
 * One statement of a change set: a file of {@code cypher/} and its parameters (plain values, so a step can be kept
 * in the audit trail as JSON and run again as an undo).
 */
public record Step(String query, Map<String, Object> parameters) {

    public static <P extends Record> Step of(NamedQuery<P> query, P parameters) {
        return new Step(query.file(), query.bind(parameters));
    }
}
