package org.respnet.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.respnet.graph.GraphReader;
import org.respnet.graph.NamedQuery;
import org.respnet.graph.NotFoundException;
import org.respnet.ingest.UnitKind;
import org.springframework.stereotype.Component;

/**
 * Corrections and reassignments (调整分工) made in the pages, each one change set with its inverse: a task's
 * leaders, lead units and responsible units set anew; a unit renamed, or merged into another spelling of itself.
 */
@Component
public class TaskCorrections {

    public static final NamedQuery<Selection> TASK_ASSIGNMENTS = NamedQuery.of("task-assignments", Selection.class);
    static final NamedQuery<AssignTask> ASSIGN_TASK = NamedQuery.of("assign-task", AssignTask.class);
    static final NamedQuery<RenameUnit> RENAME_UNIT = NamedQuery.of("rename-unit", RenameUnit.class);
    static final NamedQuery<UnitName> UNIT_RELATIONS = NamedQuery.of("unit-relations", UnitName.class);
    static final NamedQuery<UnitRelations> SET_UNIT_RELATIONS = NamedQuery.of("set-unit-relations",
            UnitRelations.class);

    record UnitName(String scope, String name) {
    }

    /** A unit's memberships, members and progress reports, as a merge's undo gives them back. */
    record UnitRelations(String scope, String name, List<String> groups, List<String> members, List<String> progress) {
    }

    /** Tasks of a document, named tasks, or a unit's tasks. */
    public record Selection(String documentId, List<String> ids, String unitKey) {
    }

    record AssignTask(String taskId, String scope, List<String> leaders, List<Map<String, Object>> leads,
            List<Map<String, Object>> supports) {
    }

    record RenameUnit(String scope, String from, String to) {
    }

    /** A task as it stands: its scope, number, text and assignment. */
    public record TaskAssignment(String id, String documentId, String scope, String kind, String no, String text,
            Map<String, Object> props, List<String> leaders, List<Map<String, Object>> leads, List<Map<String, Object>> supports) {

        public Assignment assignment() {
            return new Assignment(leaders, leads, supports);
        }
    }

    /** What a reassignment asks: names only; a unit's office is kept where the unit stays on the task. */
    public record AssignmentRequest(List<String> leaders, List<String> leads, List<String> supports) {
    }

    private final GraphReader reader;

    public TaskCorrections(GraphReader reader) {
        this.reader = reader;
    }

    public List<TaskAssignment> assignments(Selection selection) {
        return reader.list(TASK_ASSIGNMENTS, selection, TaskAssignment.class);
    }

    /** The change set that gives a task the requested assignment; nothing is written. */
    public ChangeSet reassign(String taskId, AssignmentRequest request) {
        TaskAssignment task = assignments(new Selection(null, List.of(taskId), null)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("task", taskId));
        Assignment before = task.assignment();
        Assignment after = new Assignment(clean(request.leaders()), units(request.leads(), before),
                units(request.supports(), before));
        if (after.leads().isEmpty() && after.supports().isEmpty()) {
            throw new ChangeRefusedException("一项任务至少要有一个牵头单位或责任单位。");
        }
        String what = "第 " + task.no() + " 项：原为" + before.describe() + "，调整为" + after.describe();
        return new ChangeSet(ChangeSet.Kind.REASSIGN, task.scope(), task.documentId(), "task " + taskId, what,
                List.of(taskId), List.of(assign(task, after)), List.of(assign(task, before)));
    }

    /**
     * The change set that renames a unit of {@code scope}, or merges it into the unit already named {@code to}; its
     * inverse gives every task it touched its assignment back.
     */
    public ChangeSet rename(String scope, String from, String to) {
        String target = to == null ? "" : to.strip();
        if (target.isEmpty() || target.equals(from)) {
            throw new ChangeRefusedException("请填写与原名不同的新名称。");
        }
        List<TaskAssignment> touched = assignments(new Selection(null, null, scope + "/" + from));
        List<TaskAssignment> alsoTarget = assignments(new Selection(null, null, scope + "/" + target));
        if (touched.isEmpty()) {
            throw new NotFoundException("unit", from);
        }
        boolean merge = !alsoTarget.isEmpty();
        List<Step> inverse = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        if (merge) {
            List<TaskAssignment> all = new ArrayList<>(touched);
            alsoTarget.stream().filter(t -> touched.stream().noneMatch(o -> o.id().equals(t.id()))).forEach(all::add);
            for (TaskAssignment task : all) {
                inverse.add(assign(task, task.assignment()));
                tasks.add(task.id());
            }
            for (String name : List.of(from, target)) {
                reader.first(UNIT_RELATIONS, new UnitName(scope, name), UnitRelations.class)
                        .ifPresent(relations -> inverse.add(Step.of(SET_UNIT_RELATIONS, relations)));
            }
        } else {
            inverse.add(Step.of(RENAME_UNIT, new RenameUnit(scope, target, from)));
            touched.forEach(t -> tasks.add(t.id()));
        }
        String what = merge ? "把「" + from + "」合并到「" + target + "」（" + touched.size() + " 项任务）"
                : "把「" + from + "」更名为「" + target + "」（" + touched.size() + " 项任务）";
        return new ChangeSet(merge ? ChangeSet.Kind.MERGE : ChangeSet.Kind.RENAME, scope,
                touched.getFirst().documentId(), "unit " + scope + "/" + from, what, tasks,
                List.of(Step.of(RENAME_UNIT, new RenameUnit(scope, from, target))), inverse);
    }

    private static Step assign(TaskAssignment task, Assignment assignment) {
        return assign(task.id(), task.scope(), assignment);
    }

    /** The step that gives a task of {@code scope} this whole assignment. */
    public static Step assign(String taskId, String scope, Assignment assignment) {
        return new Step(ASSIGN_TASK.file(), assignment.parameters(taskId, scope));
    }

    private static List<String> clean(List<String> names) {
        return names == null ? List.of()
                : names.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
    }

    /** Units by name, keeping the office and kind a unit already had on the task; a new name's kind is inferred. */
    private static List<Map<String, Object>> units(List<String> names, Assignment before) {
        List<Map<String, Object>> units = new ArrayList<>();
        for (String name : clean(names)) {
            Map<String, Object> known = java.util.stream.Stream.concat(before.leads().stream(),
                    before.supports().stream()).filter(u -> name.equals(u.get("name"))).findFirst().orElse(null);
            units.add(known != null ? Assignment.unit(name, (String) known.get("office"), (String) known.get("kind"))
                    : Assignment.unit(name, null, UnitKind.inferFrom(name).code()));
        }
        return units;
    }
}
