package org.respnet.graph;

import java.util.List;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a named query from {@code cypher/} with its parameter record and maps each row onto a record
 * by its column names, so a query's RETURN clause and its record are the whole contract. Every query
 * runs in a read transaction routed to readers ({@link RoutingControl#READ}): against a cluster
 * ({@code neo4j://} URI) reads go to followers and read replicas, and the driver's
 * executable-query bookmark manager (shared with the importer) keeps them causally consistent.
 */
@Component
public class GraphReader {

    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

    private final Driver driver;
    private final CypherQueries queries;
    private final JsonMapper mapper;

    public GraphReader(Driver driver, CypherQueries queries, JsonMapper mapper) {
        this.driver = driver;
        this.queries = queries;
        this.mapper = mapper;
    }

    public <P extends Record, T> List<T> list(NamedQuery<P> query, P parameters, Class<T> type) {
        return driver.executableQuery(queries.text(query.file())).withParameters(query.bind(parameters))
                .withConfig(READ).execute()
                .records().stream()
                .map(row -> mapper.convertValue(row.asMap(), type))
                .toList();
    }

    public <P extends Record, T> Optional<T> first(NamedQuery<P> query, P parameters, Class<T> type) {
        return list(query, parameters, type).stream().findFirst();
    }
}
