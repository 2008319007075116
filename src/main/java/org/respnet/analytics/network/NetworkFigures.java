package org.respnet.analytics.network;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.respnet.graph.CypherQueries;
import org.respnet.graph.GraphChangedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored co-assignment network figures in step with the graph: recomputes them after
 * every import that wrote something, and once at start-up when units lack them (a store written
 * before this feature, or a failed run). Requests never compute them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class NetworkFigures implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NetworkFigures.class);

    private final Neo4jClient client;
    private final CypherQueries queries;

    NetworkFigures(Neo4jClient client, CypherQueries queries) {
        this.client = client;
        this.queries = queries;
    }

    @EventListener
    void graphChanged(GraphChangedEvent event) {
        recompute();
    }

    @Override
    public void run(ApplicationArguments args) {
        long missing = client.query(queries.get("units-without-network")).fetchAs(Long.class)
                .mappedBy((types, record) -> record.get("units").asLong()).one().orElse(0L);
        if (missing > 0) {
            recompute();
        }
    }

    /** Reads the network from the graph, computes its figures and stores them on the units. */
    public synchronized void recompute() {
        long started = System.nanoTime();
        List<String> units = List.copyOf(client.query(queries.get("co-assignment-units")).fetchAs(String.class)
                .mappedBy((types, record) -> record.get("key").asString()).all());
        List<CoAssignmentNetwork.Link> links = List.copyOf(client.query(queries.get("co-assignment-links"))
                .fetchAs(CoAssignmentNetwork.Link.class)
                .mappedBy((types, record) -> new CoAssignmentNetwork.Link(record.get("a").asString(),
                        record.get("b").asString(), record.get("weight").asLong()))
                .all());
        Map<String, CoAssignmentNetwork.Figures> figures = CoAssignmentNetwork.compute(units, links);
        List<Map<String, Object>> rows = figures.values().stream()
                .map(f -> Map.<String, Object>of("key", f.id(), "betweenness", f.betweenness(), "degree", f.degree(),
                        "weightedDegree", f.weightedDegree(), "community", f.community()))
                .toList();
        client.query(queries.get("store-unit-network"))
                .bindAll(Map.of("rows", rows, "computedAt", ZonedDateTime.now()))
                .run();
        log.info("Co-assignment network: {} units, {} links, {} communities, computed and stored in {} ms",
                units.size(), links.size(), figures.values().stream().mapToLong(CoAssignmentNetwork.Figures::community)
                        .distinct().count(), (System.nanoTime() - started) / 1_000_000);
    }
}
