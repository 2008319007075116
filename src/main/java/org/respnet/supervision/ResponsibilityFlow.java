package org.respnet.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tasks flowing from leaders to lead units to responsible units (a Sankey), for a notice, one leader or one unit
 * (see {@code responsibility-flow.cypher}). Nodes are per column, so a unit that leads some tasks and is
 * responsible on others stands in both. Every link carries the ledger filter ({@code /tasks?…}) that lists exactly
 * the tasks it counts. Only the widest links are drawn; {@code leaderLinks} and {@code leadLinks} say how many
 * each stage has, how many are drawn and how many tasks the widest one left out carries.
 */
public record ResponsibilityFlow(String leader, String unit, int top, List<Node> nodes, List<Link> links,
        Stage leaderLinks, Stage leadLinks) {

    /** The columns, left to right. */
    public static final String LEADER = "leader";
    public static final String LEAD = "lead";
    public static final String RESPONSIBLE = "responsible";

    /** A leader or a unit in one column; {@code id} is {@code column:name}. */
    public record Node(String id, String name, String column) {
    }

    /** From one node to another of the next column: {@code tasks} tasks, listed by the ledger's {@code filter}. */
    public record Link(String source, String target, String stage, long tasks, Map<String, String> filter) {
    }

    /** A stage's links in all, those drawn, and the most tasks one left out carries (0 when none is). */
    public record Stage(int links, int shown, long largestOmitted) {
    }

    /** One row of {@code responsibility-flow.cypher}: stage {@code leader} or {@code lead}. */
    record Row(String stage, String source, String target, long tasks) {
    }

    private static final Comparator<Row> WIDEST_FIRST = Comparator.comparingLong(Row::tasks).reversed()
            .thenComparing(Row::source).thenComparing(Row::target);

    /**
     * Draws the {@code top} widest links of each stage. A lead unit whose every leader link was left out is left out
     * of the second stage too, so no lead unit hangs in the middle without its leaders; a lead unit no leader oversees
     * keeps its links.
     */
    static ResponsibilityFlow of(String leader, String unit, List<Row> rows, int top) {
        List<Row> leaderRows = rows.stream().filter(r -> LEADER.equals(r.stage())).sorted(WIDEST_FIRST).toList();
        List<Row> leaderShown = leaderRows.subList(0, Math.min(top, leaderRows.size()));
        Set<String> dropped = new LinkedHashSet<>();
        leaderRows.forEach(r -> dropped.add(r.target()));
        leaderShown.forEach(r -> dropped.remove(r.target()));
        List<Row> leadRows = rows.stream().filter(r -> LEAD.equals(r.stage())).sorted(WIDEST_FIRST).toList();
        List<Row> leadShown = leadRows.stream().filter(r -> !dropped.contains(r.source())).limit(top).toList();

        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        for (Row r : leaderShown) {
            links.add(link(r, node(nodes, r.source(), LEADER), node(nodes, r.target(), LEAD), leader, unit));
        }
        for (Row r : leadShown) {
            links.add(link(r, node(nodes, r.source(), LEAD), node(nodes, r.target(), RESPONSIBLE), leader, unit));
        }
        return new ResponsibilityFlow(leader, unit, top, List.copyOf(nodes.values()), links,
                stage(leaderRows, leaderShown), stage(leadRows, leadShown));
    }

    private static String node(Map<String, Node> nodes, String name, String column) {
        String id = column + ":" + name;
        nodes.putIfAbsent(id, new Node(id, name, column));
        return id;
    }

    private static Stage stage(List<Row> all, List<Row> shown) {
        long largest = all.stream().filter(r -> !shown.contains(r)).mapToLong(Row::tasks).max().orElse(0);
        return new Stage(all.size(), shown.size(), largest);
    }

    /**
     * The ledger filter of a link, the query's definition in the ledger's words: leader → lead unit is the tasks the
     * leader oversees and the unit leads (as a heatmap cell); lead → responsible unit the tasks the one leads and
     * the other is responsible on without leading. A unit's flow adds that unit: a leader link to another lead unit
     * counts only the tasks the unit is responsible on.
     */
    private static Link link(Row r, String source, String target, String leader, String unit) {
        Map<String, String> filter = new LinkedHashMap<>();
        if (LEADER.equals(r.stage())) {
            filter.put("leader", r.source());
            if (unit == null || unit.equals(r.target())) {
                filter.put("unit", r.target());
                filter.put("role", "lead");
            } else {
                filter.put("leadUnits", r.target());
                filter.put("unit", unit);
                filter.put("role", "responsible");
            }
        } else {
            if (leader != null) {
                filter.put("leader", leader);
            }
            filter.put("leadUnits", r.source());
            filter.put("unit", r.target());
            filter.put("role", "responsible");
        }
        return new Link(source, target, r.stage(), r.tasks(), filter);
    }
}
