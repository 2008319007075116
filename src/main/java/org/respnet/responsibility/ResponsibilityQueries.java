package org.respnet.responsibility;

import org.respnet.graph.NotFoundException;

import static org.respnet.graph.GraphReader.params;

import org.respnet.graph.GraphReader;
import java.util.List;

import org.springframework.stereotype.Service;

/** Who carries what: summary, unit and leader workloads, portfolios and the task ledger. */
@Service
public class ResponsibilityQueries {

    private final GraphReader reader;

    ResponsibilityQueries(GraphReader reader) {
        this.reader = reader;
    }

    public GraphSummary summary() {
        return reader.first("summary", params(), GraphSummary.class).orElseThrow();
    }

    /** One page of units, busiest first. */
    public List<UnitWorkload> units(boolean expand, String city, int offset, int limit) {
        return reader.list("unit-workload", params("expand", expand, "city", city, "name", null, "offset", offset,
                "limit", limit), UnitWorkload.class);
    }

    public UnitPortfolio unit(String name, String city) {
        UnitPortfolio.Row row = reader.first("unit-portfolio", params("name", name, "city", city), UnitPortfolio.Row.class)
                .orElseThrow(() -> new NotFoundException("unit", name));
        return row.with(workload(name, row.city(), false), workload(name, row.city(), true));
    }

    private UnitWorkload workload(String name, String city, boolean expand) {
        return reader.first("unit-workload", params("expand", expand, "city", city, "name", name, "offset", 0, "limit", 1), UnitWorkload.class)
                .orElseThrow(() -> new NotFoundException("unit", name));
    }

    /** One page of leaders, busiest first. */
    public List<LeaderWorkload> leaders(String city, int offset, int limit) {
        return reader.list("leader-workload", params("city", city, "offset", offset, "limit", limit),
                LeaderWorkload.class);
    }

    public List<TaskView> tasks(TaskFilter filter) {
        return reader.list("tasks", params("id", null, "unit", filter.unit(), "leader", filter.leader(),
                "section", filter.section(), "q", filter.q(), "city", filter.city(),
                "coLedOnly", filter.coLedOnly(), "offset", filter.offset(), "limit", filter.limit()), TaskView.class);
    }

    public TaskView task(String id) {
        return reader.first("tasks", params("id", id, "unit", null, "leader", null, "section", null, "q", null,
                        "city", null, "coLedOnly", false, "offset", 0, "limit", 1), TaskView.class)
                .orElseThrow(() -> new NotFoundException("task", id));
    }
}
