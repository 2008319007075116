package org.respnet.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.respnet.figures.BottleneckRanking;
import org.respnet.figures.BottleneckWeights;
import org.respnet.graph.GraphReader;
import org.respnet.graph.NamedQuery;
import org.respnet.graph.Parameters;
import org.springframework.stereotype.Service;

/**
 * The supervision office's questions: co-lead conflicts, the leader × unit matrix, the flow from leaders to
 * lead units to responsible units, communities and the bottleneck ranking. Network figures, workloads, scores and co-lead pairs are read as stored
 * (by {@code NetworkFigures}), never computed here; every list is one page.
 */
@Service
public class SupervisionQueries {

    /** The two roles a matrix can count: tasks a unit leads, or tasks it is on in any role. */
    public enum Role {
        LEAD, ANY
    }

    static final NamedQuery<Parameters.CityPage> CO_LEAD_CONFLICTS = NamedQuery.of("co-lead-conflicts",
            Parameters.CityPage.class);
    static final NamedQuery<Parameters.None> CITY_COUNT = NamedQuery.of("city-count", Parameters.None.class);
    static final NamedQuery<MatrixQuery> LEADER_UNIT_MATRIX = NamedQuery.of("leader-unit-matrix", MatrixQuery.class);
    static final NamedQuery<Parameters.CityPage> COMMUNITIES = NamedQuery.of("communities", Parameters.CityPage.class);
    static final NamedQuery<PopulationPage> BOTTLENECKS = NamedQuery.of("bottlenecks", PopulationPage.class);
    static final NamedQuery<FlowQuery> RESPONSIBILITY_FLOW = NamedQuery.of("responsibility-flow", FlowQuery.class);

    record MatrixQuery(String role, String city) {
    }

    /** A notice's flow, or one leader's or one unit's (null = no filter). */
    record FlowQuery(String city, String leader, String unit) {
    }

    /** Groups or other units of a city, one page. */
    record PopulationPage(boolean groups, String city, int offset, int limit) {
    }

    /** The one row of {@code bottlenecks.cypher}: the population ranked and one page of it. */
    record RankedPage(long total, BottleneckRanking.Maxima maxima, List<BottleneckRanking.Stored> page) {
    }

    private final GraphReader reader;
    private final BottleneckWeights weights;

    SupervisionQueries(GraphReader reader, BottleneckWeights weights) {
        this.reader = reader;
        this.weights = weights;
    }

    /**
     * One page ({@code [offset, offset + limit)}) each of co-led tasks, co-lead pairs and multi-leader
     * tasks, with how many there are in all.
     */
    public CoLeadConflicts coLeadConflicts(String city, int offset, int limit) {
        return reader.first(CO_LEAD_CONFLICTS, new Parameters.CityPage(city, offset, limit), CoLeadConflicts.class)
                .orElseThrow();
    }

    /** How many cities the graph holds units of (the leader × unit matrix needs one city when there are several). */
    public long cities() {
        return reader.first(CITY_COUNT, new Parameters.None(), Map.class).map(row -> ((Number) row.get("cities")).longValue())
                .orElse(0L);
    }

    /**
     * Leader × unit task counts. Leaders are ordered by their row sum, units by fan-in and then
     * column sum (largest first, then name), so the busy corner of the heatmap is top left.
     */
    public LeaderUnitMatrix leaderUnitMatrix(Role role, String city) {
        List<LeaderUnitMatrix.Cell> cells = reader.list(LEADER_UNIT_MATRIX,
                new MatrixQuery(role.name().toLowerCase(), city), LeaderUnitMatrix.Cell.class);
        Map<String, long[]> leaderSums = new LinkedHashMap<>();
        Map<String, String> leaderNames = new LinkedHashMap<>();
        Map<String, long[]> unitSums = new LinkedHashMap<>();
        Map<String, LeaderUnitMatrix.Cell> unitInfo = new LinkedHashMap<>();
        for (LeaderUnitMatrix.Cell cell : cells) {
            leaderNames.put(cell.leaderKey(), cell.leader());
            long[] l = leaderSums.computeIfAbsent(cell.leaderKey(), k -> new long[2]);
            l[0] += cell.tasks();
            l[1]++;
            unitInfo.putIfAbsent(cell.unitKey(), cell);
            long[] u = unitSums.computeIfAbsent(cell.unitKey(), k -> new long[2]);
            u[0] += cell.tasks();
            u[1]++;
        }
        List<String> leaderKeys = new ArrayList<>(leaderSums.keySet());
        leaderKeys.sort(Comparator.<String>comparingLong(k -> -leaderSums.get(k)[0]).thenComparing(leaderNames::get)
                .thenComparing(k -> k));
        List<String> unitKeys = new ArrayList<>(unitSums.keySet());
        unitKeys.sort(Comparator.<String>comparingLong(k -> -unitSums.get(k)[1])
                .thenComparingLong(k -> -unitSums.get(k)[0]).thenComparing(k -> unitInfo.get(k).unit())
                .thenComparing(k -> k));
        Map<String, Integer> leaderIndex = indexes(leaderKeys);
        Map<String, Integer> unitIndex = indexes(unitKeys);
        List<long[]> matrix = cells.stream()
                .map(c -> new long[] {leaderIndex.get(c.leaderKey()), unitIndex.get(c.unitKey()), c.tasks()})
                .sorted(Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[1]))
                .toList();
        return new LeaderUnitMatrix(role.name().toLowerCase(),
                leaderKeys.stream().map(k -> new LeaderUnitMatrix.LeaderAxis(leaderNames.get(k), leaderSums.get(k)[0],
                        leaderSums.get(k)[1])).toList(),
                unitKeys.stream().map(k -> {
                    LeaderUnitMatrix.Cell info = unitInfo.get(k);
                    return new LeaderUnitMatrix.UnitAxis(info.unit(), info.kind(), info.city(), unitSums.get(k)[0],
                            unitSums.get(k)[1]);
                }).toList(),
                matrix);
    }

    /**
     * Tasks flowing from leaders to lead units to responsible units, the {@code top} widest links of each stage
     * (see {@link ResponsibilityFlow#of}).
     */
    public ResponsibilityFlow flow(String city, String leader, String unit, int top) {
        List<ResponsibilityFlow.Row> rows = reader.list(RESPONSIBILITY_FLOW, new FlowQuery(city, leader, unit),
                ResponsibilityFlow.Row.class);
        return ResponsibilityFlow.of(leader, unit, rows, top);
    }

    /** The communities of the co-assignment network, largest first. */
    public List<UnitCommunity> communities(String city, int offset, int limit) {
        return reader.list(COMMUNITIES, new Parameters.CityPage(city, offset, limit), UnitCommunity.class);
    }

    /** Non-group units (or, with {@code groups}, group units only) ranked by bottleneck score. */
    public BottleneckRanking bottlenecks(boolean groups, String city, int offset, int limit) {
        RankedPage ranked = reader.first(BOTTLENECKS, new PopulationPage(groups, city, offset, limit), RankedPage.class)
                .orElseThrow();
        return BottleneckRanking.stored(groups ? "group" : "unit", city != null,
                new BottleneckRanking.Population(ranked.total(), ranked.maxima()), ranked.page(), weights, offset, limit);
    }

    private static Map<String, Integer> indexes(List<String> keys) {
        Map<String, Integer> index = new LinkedHashMap<>();
        keys.forEach(k -> index.put(k, index.size()));
        return index;
    }

}
