package org.respnet.changes;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Query;
import org.respnet.graph.CypherQueries;
import org.respnet.graph.NamedQuery;

/**
 * One statement of a change set: a file of {@code cypher/} and its parameters (plain values, so a step can be kept
 * in the audit trail as JSON and run again as an undo). Bytes, which JSON would turn into text, are kept as
 * {@code {"$bytes": base64}} and given back as bytes when the step runs.
 */
public record Step(String query, Map<String, Object> parameters) {

    private static final String BYTES = "$bytes";

    public static <P extends Record> Step of(NamedQuery<P> query, P parameters) {
        return new Step(query.file(), query.bind(parameters));
    }

    /** The statement to run, its bytes given back as bytes. */
    Query toQuery(CypherQueries queries) {
        @SuppressWarnings("unchecked")
        Map<String, Object> decoded = (Map<String, Object>) decode(parameters);
        return new Query(queries.text(query), decoded);
    }

    /**
     * A value as either writer returns it made plain for JSON: arrays (the in-process writer's lists) as lists,
     * bytes as {@code {"$bytes": base64}}, maps and lists throughout.
     */
    static Object plain(Object value) {
        if (value instanceof byte[] bytes) {
            return Map.of(BYTES, Base64.getEncoder().encodeToString(bytes));
        }
        if (value != null && value.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(plain(Array.get(value, i)));
            }
            return list;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Step::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.forEach((k, v) -> plain.put(String.valueOf(k), plain(v)));
            return plain;
        }
        return value;
    }

    private static Object decode(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1 && map.get(BYTES) instanceof String base64) {
                return Base64.getDecoder().decode(base64);
            }
            Map<String, Object> decoded = new LinkedHashMap<>();
            map.forEach((k, v) -> decoded.put(String.valueOf(k), decode(v)));
            return decoded;
        }
        if (value instanceof List<?> list) {
            List<Object> decoded = new ArrayList<>(list.size());
            list.forEach(v -> decoded.add(decode(v)));
            return decoded;
        }
        return value;
    }
}
