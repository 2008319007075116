package org.respnet.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.respnet.changes.TaskCorrections;
import org.respnet.changes.TaskCorrections.TaskAssignment;
import org.respnet.graph.GraphReader;
import org.respnet.graph.NamedQuery;
import org.respnet.graph.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Two notices side by side (年度对比: a city's two years, or any two): tasks carried over (matched as a revision's
 * are, {@link TaskMatching}), new and dropped; each unit's lead and total load then and now; co-lead pairs formed
 * and dissolved; leaders' portfolios; units that appear or disappear, and the likely renames among them (机构改革:
 * a unit that disappears and one that appears on the same carried tasks, or with a similar name), offered to merge.
 */
@Component
public class NoticeComparison {

    static final NamedQuery<Scope> NOTICE_FIGURES = NamedQuery.of("notice-figures", Scope.class);

    record Scope(String scope) {
    }

    record Figures(List<Map<String, Object>> units, List<Map<String, Object>> leaders,
            List<Map<String, Object>> pairs) {
    }

    /** Two notices compared. */
    public record Comparison(DocumentLedger.DocumentEntry from, DocumentLedger.DocumentEntry to,
            List<CarriedTask> carried, List<TaskRef> added, List<TaskRef> dropped, List<UnitChange> units,
            List<Pair> pairsFormed, List<Pair> pairsDissolved, List<LeaderChange> leaders, List<String> unitsAppeared,
            List<String> unitsDisappeared, List<RenameCandidate> renameCandidates) {
    }

    /** A task in both notices: its numbers and texts, how similar they are, and whether its assignment changed. */
    public record CarriedTask(String fromNo, String toNo, String fromText, String toText, double similarity,
            boolean reassigned) {
    }

    public record TaskRef(String no, String text) {
    }

    /** A unit's load then and now; {@code change} is the change of its total. */
    public record UnitChange(String name, long leadThen, long leadNow, long totalThen, long totalNow, long change) {
    }

    public record Pair(String a, String b, long tasks) {
    }

    public record LeaderChange(String name, long tasksThen, long tasksNow) {
    }

    /** A unit that disappeared and one that appeared, probably the same body renamed; {@code score} 0–1. */
    public record RenameCandidate(String from, String to, double score, String why) {
    }

    /** A pair is offered as a rename when its score reaches this. */
    static final double RENAME_SCORE = 0.5;

    private final DocumentLedger ledger;
    private final TaskCorrections corrections;
    private final GraphReader reader;

    NoticeComparison(DocumentLedger ledger, TaskCorrections corrections, GraphReader reader) {
        this.ledger = ledger;
        this.corrections = corrections;
        this.reader = reader;
    }

    public Comparison compare(String fromId, String toId) {
        DocumentLedger.DocumentEntry from = ledger.document(fromId)
                .orElseThrow(() -> new NotFoundException("document", fromId));
        DocumentLedger.DocumentEntry to = ledger.document(toId).orElseThrow(() -> new NotFoundException("document", toId));
        List<TaskAssignment> then = corrections.assignments(new TaskCorrections.Selection(fromId, null, null));
        List<TaskAssignment> now = corrections.assignments(new TaskCorrections.Selection(toId, null, null));
        Map<Integer, Integer> matched = TaskMatching.match(keys(then), keys(now));

        List<CarriedTask> carried = new ArrayList<>();
        List<TaskRef> added = new ArrayList<>();
        Set<Integer> kept = new HashSet<>(matched.values());
        // unit of the first notice → unit of the second on the same role of a carried task, and how often
        Map<String, Map<String, Integer>> sameRole = new HashMap<>();
        for (int n = 0; n < now.size(); n++) {
            TaskAssignment task = now.get(n);
            Integer o = matched.get(n);
            if (o == null) {
                added.add(new TaskRef(task.no(), task.text()));
                continue;
            }
            TaskAssignment was = then.get(o);
            carried.add(new CarriedTask(was.no(), task.no(), was.text(), task.text(),
                    TaskMatching.similarity(was.text(), task.text()), !was.assignment().sameAs(task.assignment())));
            countSameRole(sameRole, names(was.leads()), names(task.leads()));
            countSameRole(sameRole, names(was.supports()), names(task.supports()));
        }
        List<TaskRef> dropped = new ArrayList<>();
        for (int o = 0; o < then.size(); o++) {
            if (!kept.contains(o)) {
                dropped.add(new TaskRef(then.get(o).no(), then.get(o).text()));
            }
        }
        Figures a = figures(from.scope());
        Figures b = figures(to.scope());
        Map<String, Map<String, Object>> unitsThen = byName(a.units());
        Map<String, Map<String, Object>> unitsNow = byName(b.units());
        Set<String> allUnits = new LinkedHashSet<>(unitsThen.keySet());
        allUnits.addAll(unitsNow.keySet());
        List<UnitChange> units = new ArrayList<>();
        for (String name : allUnits) {
            long leadThen = number(unitsThen.get(name), "lead");
            long totalThen = number(unitsThen.get(name), "total");
            long leadNow = number(unitsNow.get(name), "lead");
            long totalNow = number(unitsNow.get(name), "total");
            units.add(new UnitChange(name, leadThen, leadNow, totalThen, totalNow, totalNow - totalThen));
        }
        units.sort(Comparator.comparingLong((UnitChange u) -> -Math.abs(u.change()))
                .thenComparingLong(u -> -Math.abs(u.leadNow() - u.leadThen())).thenComparing(UnitChange::name));
        List<String> appeared = unitsNow.keySet().stream().filter(n -> !unitsThen.containsKey(n)).sorted().toList();
        List<String> disappeared = unitsThen.keySet().stream().filter(n -> !unitsNow.containsKey(n)).sorted().toList();
        Map<String, Pair> pairsThen = pairs(a.pairs());
        Map<String, Pair> pairsNow = pairs(b.pairs());
        Map<String, Map<String, Object>> leadersThen = byName(a.leaders());
        Map<String, Map<String, Object>> leadersNow = byName(b.leaders());
        Set<String> allLeaders = new LinkedHashSet<>(leadersThen.keySet());
        allLeaders.addAll(leadersNow.keySet());
        return new Comparison(from, to, carried, added, dropped, units,
                pairsNow.entrySet().stream().filter(e -> !pairsThen.containsKey(e.getKey())).map(Map.Entry::getValue)
                        .toList(),
                pairsThen.entrySet().stream().filter(e -> !pairsNow.containsKey(e.getKey())).map(Map.Entry::getValue)
                        .toList(),
                allLeaders.stream().map(name -> new LeaderChange(name, number(leadersThen.get(name), "tasks"),
                        number(leadersNow.get(name), "tasks"))).toList(),
                appeared, disappeared, renames(disappeared, appeared, sameRole, unitsThen));
    }

    /**
     * For each unit that disappeared, the appeared unit most likely to be it renamed: the share of its tasks carried
     * over on which the other holds its role, or the similarity of the two names, whichever is higher.
     */
    private static List<RenameCandidate> renames(List<String> disappeared, List<String> appeared,
            Map<String, Map<String, Integer>> sameRole, Map<String, Map<String, Object>> unitsThen) {
        List<RenameCandidate> candidates = new ArrayList<>();
        for (String gone : disappeared) {
            RenameCandidate best = null;
            long tasks = Math.max(1, number(unitsThen.get(gone), "total"));
            for (String come : appeared) {
                int shared = sameRole.getOrDefault(gone, Map.of()).getOrDefault(come, 0);
                double byTasks = Math.min(1.0, shared / (double) tasks);
                double byName = TaskMatching.similarity(gone, come);
                double score = Math.max(byTasks, byName);
                if (score >= RENAME_SCORE && (best == null || score > best.score())) {
                    best = new RenameCandidate(gone, come, Math.round(score * 100) / 100.0, byTasks >= byName
                            ? "在 " + shared + " 项延续任务中由「" + come + "」承担「" + gone + "」原来的角色"
                            : "名称相近");
                }
            }
            if (best != null) {
                candidates.add(best);
            }
        }
        return candidates;
    }

    private static void countSameRole(Map<String, Map<String, Integer>> sameRole, List<String> then,
            List<String> now) {
        for (String gone : then) {
            if (!now.contains(gone)) {
                for (String come : now) {
                    if (!then.contains(come)) {
                        sameRole.computeIfAbsent(gone, k -> new HashMap<>()).merge(come, 1, Integer::sum);
                    }
                }
            }
        }
    }

    private Figures figures(String scope) {
        return reader.first(NOTICE_FIGURES, new Scope(scope), Figures.class)
                .orElse(new Figures(List.of(), List.of(), List.of()));
    }

    private static List<TaskMatching.TaskKey> keys(List<TaskAssignment> tasks) {
        return tasks.stream().map(t -> new TaskMatching.TaskKey(t.kind(), t.no(), t.text())).toList();
    }

    private static List<String> names(List<Map<String, Object>> units) {
        return units.stream().map(u -> (String) u.get("name")).toList();
    }

    private static Map<String, Map<String, Object>> byName(List<Map<String, Object>> rows) {
        Map<String, Map<String, Object>> map = new HashMap<>();
        rows.forEach(r -> map.put((String) r.get("name"), r));
        return map;
    }

    private static Map<String, Pair> pairs(List<Map<String, Object>> rows) {
        Map<String, Pair> map = new HashMap<>();
        rows.forEach(r -> map.put(r.get("a") + "\u0000" + r.get("b"),
                new Pair((String) r.get("a"), (String) r.get("b"), ((Number) r.get("tasks")).longValue())));
        return map;
    }

    private static long number(Map<String, Object> row, String key) {
        return row == null || row.get(key) == null ? 0 : ((Number) row.get(key)).longValue();
    }
}
