package org.respnet.changes;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Query;
import org.respnet.graph.CypherQueries;
import org.respnet.graph.GraphWrites.Statements;
import org.respnet.graph.NamedQuery;

/**
 * How a removal is undone exactly: inside its transaction the region it may touch is read, the removal runs, and
 * what it took away (the region's nodes and relationships no longer there, with their labels and typed properties)
 * becomes the step that puts them back. Progress entries and report links come back with their tasks.
 */
public final class RemovedElements {

    static final NamedQuery<Refs> ELEMENTS_PRESENT = NamedQuery.of("elements-present", Refs.class);
    static final NamedQuery<Elements> RESTORE_ELEMENTS = NamedQuery.of("restore-elements", Elements.class);

    record Refs(List<String> nodes, List<String> relationships) {
    }

    record Elements(List<Object> nodes, List<Object> relationships) {
    }

    private RemovedElements() {
    }

    /**
     * Reads {@code region} (rows of {@code nodes} and {@code relationships}, each with its element id as {@code ref}),
     * runs {@code removal}, and returns the step that restores what it removed. A removal's own step runs again when
     * its change set is written, so it must find nothing more to remove the second time.
     */
    public static Step removeKeepingInverse(Statements tx, CypherQueries queries, Query region, Step removal) {
        List<Map<String, Object>> rows = tx.run(region);
        List<Object> nodes = rows.isEmpty() ? List.of() : list(rows.getFirst().get("nodes"));
        List<Object> relationships = rows.isEmpty() ? List.of() : list(rows.getFirst().get("relationships"));
        tx.run(removal.toQuery(queries));
        Map<String, Object> left = tx.run(queries.query(ELEMENTS_PRESENT,
                new Refs(refs(nodes), refs(relationships)))).getFirst();
        Set<String> nodesLeft = Set.copyOf(refs(list(left.get("nodes"))));
        Set<String> relationshipsLeft = Set.copyOf(refs(list(left.get("relationships"))));
        return Step.of(RESTORE_ELEMENTS, new Elements(
                nodes.stream().filter(n -> !nodesLeft.contains(ref(n))).toList(),
                relationships.stream().filter(r -> !relationshipsLeft.contains(ref(r))).toList()));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) Step.plain(value);
    }

    /** Element ids: a list of ids as they are, or the {@code ref} of each element. */
    private static List<String> refs(List<Object> elements) {
        return elements.stream().map(RemovedElements::ref).toList();
    }

    private static String ref(Object element) {
        return element instanceof Map<?, ?> map ? String.valueOf(map.get("ref")) : String.valueOf(element);
    }
}
