package org.respnet.responsibility;

import java.util.List;

import org.respnet.graph.GraphReader;
import org.respnet.graph.NamedQuery;
import org.respnet.graph.NotFoundException;
import org.respnet.graph.Parameters;
import org.springframework.stereotype.Service;

/** Who carries what: summary, unit and leader workloads, portfolios and the task ledger. */
@Service
public class ResponsibilityQueries {

    static final NamedQuery<Parameters.None> SUMMARY = NamedQuery.of("summary", Parameters.None.class);
    static final NamedQuery<Parameters.City> NOTICE_SUMMARY = NamedQuery.of("notice-summary", Parameters.City.class);
    static final NamedQuery<UnitQuery> UNIT_WORKLOAD = NamedQuery.of("unit-workload", UnitQuery.class);
    static final NamedQuery<UnitInCity> UNIT_PORTFOLIO = NamedQuery.of("unit-portfolio", UnitInCity.class);
    static final NamedQuery<Parameters.CityPage> LEADER_WORKLOAD = NamedQuery.of("leader-workload",
            Parameters.CityPage.class);
    static final NamedQuery<TaskQuery> TASKS = NamedQuery.of("tasks", TaskQuery.class);
    static final NamedQuery<NamePart> UNIT_NAMES = NamedQuery.of("unit-names", NamePart.class);

    record NamePart(String part, String city) {
    }

    record UnitName(String name) {
    }

    /** Units by workload: one page, or with {@code name} the one unit. */
    record UnitQuery(boolean expand, String city, String name, int offset, int limit) {
    }

    record UnitInCity(String name, String city) {
    }

    /** The ledger's filters, or with {@code id} one task. */
    record TaskQuery(String id, List<String> units, String role, List<String> leadUnits, String leader, String section,
            String q, String city, boolean coLedOnly, int offset, int limit, String dueFrom, String dueTo) {

        static TaskQuery of(TaskFilter f, List<String> units) {
            return new TaskQuery(null, units, f.role(), f.leadUnits(), f.leader(), f.section(), f.q(), f.city(),
                    f.coLedOnly(), f.offset(), f.limit(), f.dueFrom() == null ? null : f.dueFrom().toString(),
                    f.dueTo() == null ? null : f.dueTo().toString());
        }

        static TaskQuery byId(String id) {
            return new TaskQuery(id, null, null, null, null, null, null, null, false, 0, 1, null, null);
        }
    }

    private final GraphReader reader;

    ResponsibilityQueries(GraphReader reader) {
        this.reader = reader;
    }

    public GraphSummary summary() {
        return reader.first(SUMMARY, new Parameters.None(), GraphSummary.class).orElseThrow();
    }

    /** The summary of one notice's scope (the city, or the city and year). */
    public GraphSummary summary(String city) {
        return city == null ? summary()
                : reader.first(NOTICE_SUMMARY, new Parameters.City(city), GraphSummary.class).orElseThrow();
    }

    /** One page of units, busiest first. */
    public List<UnitWorkload> units(boolean expand, String city, int offset, int limit) {
        return reader.list(UNIT_WORKLOAD, new UnitQuery(expand, city, null, offset, limit), UnitWorkload.class);
    }

    public UnitPortfolio unit(String name, String city) {
        UnitPortfolio.Row row = reader.first(UNIT_PORTFOLIO, new UnitInCity(name, city), UnitPortfolio.Row.class)
                .orElseThrow(() -> new NotFoundException("unit", name));
        return row.with(workload(name, row.city(), false), workload(name, row.city(), true));
    }

    private UnitWorkload workload(String name, String city, boolean expand) {
        return reader.first(UNIT_WORKLOAD, new UnitQuery(expand, city, name, 0, 1), UnitWorkload.class)
                .orElseThrow(() -> new NotFoundException("unit", name));
    }

    /** One page of leaders, busiest first. */
    public List<LeaderWorkload> leaders(String city, int offset, int limit) {
        return reader.list(LEADER_WORKLOAD, new Parameters.CityPage(city, offset, limit), LeaderWorkload.class);
    }

    public List<TaskView> tasks(TaskFilter filter) {
        return reader.list(TASKS, TaskQuery.of(filter, unitNames(filter.unit(), filter.city())), TaskView.class);
    }

    /**
     * The units a unit filter stands for: the one so named, or, when none is, every unit whose name contains the
     * text (发改委 → 市发改委), so an abbreviation finds its unit and an exact name only that unit.
     */
    private List<String> unitNames(String unit, String city) {
        if (unit == null) {
            return null;
        }
        List<String> names = reader.list(UNIT_NAMES, new NamePart(unit, city), UnitName.class).stream()
                .map(UnitName::name).toList();
        return names.contains(unit) ? List.of(unit) : names;
    }

    public TaskView task(String id) {
        return reader.first(TASKS, TaskQuery.byId(id), TaskView.class)
                .orElseThrow(() -> new NotFoundException("task", id));
    }
}
