package org.respnet.changes;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Query;
import org.respnet.graph.CypherQueries;
import org.respnet.graph.GraphWrites.Statements;
import org.respnet.graph.NamedQuery;

/**
 * How a change that removes things is undone exactly: in its transaction, before its steps, the region it may touch
 * is read (nodes with labels and typed properties, relationships with their ends); after them, what is no longer
 * there becomes the step that puts it back. Progress entries, targets, report links and original files come back
 * with their tasks and documents, as no list of "what to re-add" written by hand would keep them.
 */
final class RemovedElements {

    static final NamedQuery<Refs> ELEMENTS_PRESENT = NamedQuery.of("elements-present", Refs.class);
    static final NamedQuery<Elements> RESTORE_ELEMENTS = NamedQuery.of("restore-elements", Elements.class);

    record Refs(List<String> nodes, List<String> relationships) {
    }

    record Elements(List<Object> nodes, List<Object> relationships) {
    }

    /** A region as read before the steps: rows of {@code nodes} and {@code relationships}, each with its {@code ref}. */
    record Region(List<Object> nodes, List<Object> relationships) {

        /** The step restoring the region's nodes and relationships the steps took away. */
        Step restoreWhatIsGone(Statements tx, CypherQueries queries) {
            Map<String, Object> left = tx.run(queries.query(ELEMENTS_PRESENT,
                    new Refs(refs(nodes), refs(relationships)))).getFirst();
            Set<String> nodesLeft = Set.copyOf(refs(list(left.get("nodes"))));
            Set<String> relationshipsLeft = Set.copyOf(refs(list(left.get("relationships"))));
            return Step.of(RESTORE_ELEMENTS, new Elements(
                    nodes.stream().filter(n -> !nodesLeft.contains(ref(n))).toList(),
                    relationships.stream().filter(r -> !relationshipsLeft.contains(ref(r))).toList()));
        }
    }

    private RemovedElements() {
    }

    static Region read(Statements tx, Query region) {
        List<Map<String, Object>> rows = tx.run(region);
        return rows.isEmpty() ? new Region(List.of(), List.of())
                : new Region(list(rows.getFirst().get("nodes")), list(rows.getFirst().get("relationships")));
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
