package org.respnet.graph;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * The graph's own change marker: a {@code (:GraphVersion)} node for the whole graph ({@code '*'}) and one per
 * city, whose token every write transaction renews before it commits. A cached answer is keyed on the token it
 * was computed under, so an instance serves it only while the graph is unchanged, whoever wrote to it (another
 * instance of a cluster included). The city markers also tell which cities' figures and layouts are stale, so
 * start-up reads one node per city instead of scanning the store.
 */
@Component
public class GraphVersion {

    /** The scope of the marker that changes with every write. */
    public static final String WHOLE_GRAPH = "*";

    static final NamedQuery<Bump> BUMP = NamedQuery.of("bump-graph-version", Bump.class);
    static final NamedQuery<Scope> READ = NamedQuery.of("graph-version", Scope.class);
    static final NamedQuery<Done> DONE = NamedQuery.of("mark-city-done", Done.class);

    record Bump(List<String> cities, boolean data) {
    }

    record Scope(String scope) {
    }

    static final NamedQuery<Weights> STALE = NamedQuery.of("stale-cities", Weights.class);

    record Weights(String weights) {
    }

    record Done(String city, String what, String weights) {
    }

    private static final QueryConfig READ_CONFIG = QueryConfig.builder().withRouting(RoutingControl.READ).build();

    private final Driver driver;
    private final CypherQueries queries;

    private final SharedReads<String, String> tokens = new SharedReads<>(this::readToken);

    public GraphVersion(Driver driver, CypherQueries queries) {
        this.driver = driver;
        this.queries = queries;
    }

    /**
     * Renews the tokens of the whole graph and of {@code cities} inside {@code tx}. {@code data}: the notice data
     * changed (an import), so those cities' figures and layouts must be computed again.
     */
    public void changed(TransactionContext tx, Collection<String> cities, boolean data) {
        tx.run(bump(cities, data)).consume();
    }

    /** The statement {@link #changed} runs, for a transaction of {@link GraphWrites}. */
    public Query bump(Collection<String> cities, boolean data) {
        return queries.query(BUMP, new Bump(List.copyOf(cities), data));
    }

    /** Records inside {@code tx} that the city's figures were computed from its current data with {@code weights}. */
    public void figuresStored(TransactionContext tx, String city, String weights) {
        changed(tx, List.of(city), false);
        tx.run(queries.query(DONE, new Done(city, "figures", weights))).consume();
    }

    /** Records inside {@code tx} that the city's explorer layout was computed from its current data. */
    public void layoutStored(TransactionContext tx, String city) {
        changed(tx, List.of(city), false);
        tx.run(queries.query(DONE, new Done(city, "layout", null))).consume();
    }

    /** Whether a city's stored figures and explorer layout are older than its data (or its figures' weights). */
    public record Staleness(String city, boolean figures, boolean layout) {
    }

    /**
     * Every city's staleness from its marker, one node per city; empty when the graph has no whole-graph marker
     * (a store written before the markers, or an empty one), so the caller must look at the data itself.
     */
    public Optional<List<Staleness>> staleness(String weights) {
        if ("-".equals(token(WHOLE_GRAPH))) {
            return Optional.empty();
        }
        return Optional.of(driver.executableQuery(queries.text(STALE.file()))
                .withParameters(STALE.bind(new Weights(weights))).withConfig(READ_CONFIG).execute().records().stream()
                .map(r -> new Staleness(r.get("city").asString(), r.get("figuresStale").asBoolean(),
                        r.get("layoutStale").asBoolean()))
                .toList());
    }

    /**
     * The current token of a city, or of the whole graph for {@link #WHOLE_GRAPH}; {@code "-"} before any write.
     * Read from the graph for every call, but callers asking at the same moment share one read (that started after
     * they asked): a cached answer costs no round trip of its own under load.
     */
    public String token(String scope) {
        return tokens.get(scope);
    }

    private String readToken(String scope) {
        var rows = driver.executableQuery(queries.text(READ.file())).withParameters(READ.bind(new Scope(scope)))
                .withConfig(READ_CONFIG).execute().records();
        return rows.isEmpty() ? "-" : rows.getFirst().get("token").asString("-");
    }
}
