package org.respnet.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.respnet.graph.GraphReader;
import org.respnet.graph.NamedQuery;
import org.respnet.graph.NotFoundException;
import org.respnet.graph.Parameters;
import org.respnet.report.ReportViews.Coverage;
import org.respnet.report.ReportViews.DateCount;
import org.respnet.report.ReportViews.NextDue;
import org.respnet.report.ReportViews.PassageView;
import org.respnet.report.ReportViews.ReportDocument;
import org.respnet.report.ReportViews.RuleView;
import org.respnet.report.ReportViews.SectionCoverage;
import org.respnet.report.ReportViews.UnitCalendar;
import org.respnet.report.ReportViews.UnlinkedTask;
import org.springframework.stereotype.Service;

/** The report's questions: coverage, passages with their tasks, unit calendars and the next reporting date. */
@Service
public class ReportQueries {

    static final NamedQuery<Parameters.City> REPORT_DOCUMENTS = NamedQuery.of("report-documents", Parameters.City.class);
    static final NamedQuery<ReportRef> REPORT_COVERAGE = NamedQuery.of("report-coverage", ReportRef.class);
    static final NamedQuery<ReportRef> REPORT_UNLINKED_TASKS = NamedQuery.of("report-unlinked-tasks", ReportRef.class);
    static final NamedQuery<Parameters.City> REPORTING_RULES = NamedQuery.of("reporting-rules", Parameters.City.class);
    static final NamedQuery<UnitInCity> UNIT_HELD_TASKS = NamedQuery.of("unit-held-tasks", UnitInCity.class);
    static final NamedQuery<Parameters.City> REPORT_DATES = NamedQuery.of("report-dates", Parameters.City.class);

    record ReportRef(String document) {
    }

    record UnitInCity(String city, String name) {
    }

    record HeldRow(String key, String unit, String city, String documentId, String id, String no, String kind,
            String text, String role) {
    }

    private final GraphReader reader;

    ReportQueries(GraphReader reader) {
        this.reader = reader;
    }

    public List<ReportDocument> documents(String city) {
        return reader.list(REPORT_DOCUMENTS, new Parameters.City(city), ReportDocument.class);
    }

    /** The report asked for, or the newest one. */
    public ReportDocument document(String id, String city) {
        List<ReportDocument> all = documents(city);
        return all.stream().filter(d -> id == null || d.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("report", id == null ? "(any)" : id));
    }

    public List<PassageView> passages(String document) {
        return reader.list(REPORT_COVERAGE, new ReportRef(document), PassageView.class);
    }

    public Coverage coverage(ReportDocument document) {
        List<PassageView> passages = passages(document.id());
        Map<String, int[]> bySection = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        List<PassageView> uncovered = new ArrayList<>();
        int commitments = 0;
        int covered = 0;
        for (PassageView p : passages) {
            if (!p.counts()) {
                continue;
            }
            String key = p.part() + "\u0000" + (p.section() == null ? "" : p.section());
            names.putIfAbsent(key, new String[] {p.part(), p.section()});
            int[] counts = bySection.computeIfAbsent(key, k -> new int[2]);
            counts[0]++;
            commitments++;
            if (p.covered()) {
                counts[1]++;
                covered++;
            } else {
                uncovered.add(p);
            }
        }
        List<SectionCoverage> sections = bySection.entrySet().stream()
                .map(e -> new SectionCoverage(names.get(e.getKey())[0], names.get(e.getKey())[1], e.getValue()[0],
                        e.getValue()[1], share(e.getValue()[1], e.getValue()[0])))
                .toList();
        List<UnlinkedTask> unlinked = reader.list(REPORT_UNLINKED_TASKS, new ReportRef(document.id()), UnlinkedTask.class);
        int linked = (int) document.linkedTasks();
        return new Coverage(document, linked + unlinked.size(), linked, commitments, covered, share(covered, commitments),
                sections, uncovered, unlinked);
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }

    /** The calendars of one unit ({@code name}) or of every unit of a city, from the rules its notices set. */
    public List<UnitCalendar> calendars(String city, String name) {
        List<RuleView> rules = reader.list(REPORTING_RULES, new Parameters.City(city), RuleView.class);
        Map<String, List<HeldRow>> byUnit = new LinkedHashMap<>();
        for (HeldRow row : reader.list(UNIT_HELD_TASKS, new UnitInCity(city, name), HeldRow.class)) {
            byUnit.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row);
        }
        List<UnitCalendar> calendars = new ArrayList<>();
        byUnit.forEach((key, rows) -> {
            String unitCity = rows.get(0).city();
            List<RuleView> own = rules.stream().filter(r -> r.city() != null && r.city().equals(unitCity)).toList();
            calendars.add(new UnitCalendar(key, rows.get(0).unit(), unitCity, own, dates(own, rows)));
        });
        return calendars;
    }

    /** One calendar per notice (each notice's rules apply to its own tasks), merged by date. */
    private static List<DueDate> dates(List<RuleView> rules, List<HeldRow> rows) {
        Map<String, List<RuleView>> rulesByDocument = new LinkedHashMap<>();
        rules.forEach(r -> rulesByDocument.computeIfAbsent(r.documentId(), k -> new ArrayList<>()).add(r));
        Map<LocalDate, List<DueDate.Item>> byDate = new TreeMap<>();
        rulesByDocument.forEach((documentId, own) -> {
            ReportingRules notice = new ReportingRules(own.stream().map(ReportQueries::rule).toList());
            Map<String, ReportingRules.HeldTask> held = new LinkedHashMap<>();
            for (HeldRow row : rows) {
                if (!documentId.equals(row.documentId())) {
                    continue;
                }
                ReportingRules.Role role = "LEADS".equals(row.role()) ? ReportingRules.Role.LEAD
                        : ReportingRules.Role.RESPONSIBLE;
                ReportingRules.HeldTask existing = held.get(row.id());
                if (existing == null || role == ReportingRules.Role.LEAD) {
                    held.put(row.id(), new ReportingRules.HeldTask(row.id(), row.no(), row.kind(), row.text(), role));
                }
            }
            notice.calendar(List.copyOf(held.values()))
                    .forEach(d -> byDate.computeIfAbsent(d.date(), k -> new ArrayList<>()).addAll(d.items()));
        });
        return byDate.entrySet().stream().map(e -> new DueDate(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private static ReportingRules.Rule rule(RuleView r) {
        return new ReportingRules.Rule(ReportingRules.Scope.valueOf(r.scope()), ReportingRules.Role.valueOf(r.role()),
                r.what(), r.dates().stream().map(LocalDate::parse).toList(), r.daysBefore(), r.to(), r.phrase());
    }

    public UnitCalendar calendar(String name, String city) {
        return calendars(city, name).stream().findFirst().orElseThrow(() -> new NotFoundException("unit", name));
    }

    /** The next reporting date on or after {@code on}, from the dates stored on the units. */
    public NextDue nextDue(String city, LocalDate on) {
        List<DateCount> dates = reader.list(REPORT_DATES, new Parameters.City(city), DateCount.class);
        return dates.stream().filter(d -> !LocalDate.parse(d.date()).isBefore(on)).findFirst()
                .map(d -> new NextDue(on.toString(), d.date(), d.units(), false, dates))
                .orElseGet(() -> dates.stream().max(Comparator.comparing(DateCount::date))
                        .map(d -> new NextDue(on.toString(), d.date(), d.units(), true, dates))
                        .orElse(new NextDue(on.toString(), null, 0, true, dates)));
    }
}
