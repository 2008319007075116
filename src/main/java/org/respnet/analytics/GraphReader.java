package org.respnet.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.respnet.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a named query from {@code cypher/} with parameters and maps each row onto a record by its
 * column names, so a query's RETURN clause and its record are the whole contract.
 */
@Component
public class GraphReader {

    private final Neo4jClient client;
    private final CypherQueries queries;
    private final JsonMapper mapper;

    GraphReader(Neo4jClient client, CypherQueries queries, JsonMapper mapper) {
        this.client = client;
        this.queries = queries;
        this.mapper = mapper;
    }

    public <T> List<T> list(String query, Map<String, Object> parameters, Class<T> type) {
        return client.query(queries.get(query)).bindAll(parameters).fetch().all().stream()
                .map(row -> mapper.convertValue(row, type))
                .toList();
    }

    public <T> Optional<T> first(String query, Map<String, Object> parameters, Class<T> type) {
        return list(query, parameters, type).stream().findFirst();
    }

    /** Query parameters from key-value pairs; unlike Map.of it keeps nulls, which queries read as "no filter". */
    public static Map<String, Object> params(Object... keysAndValues) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return params;
    }
}
