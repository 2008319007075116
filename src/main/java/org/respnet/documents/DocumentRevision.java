package org.respnet.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.respnet.changes.Assignment;
import org.respnet.changes.ChangeSet;
import org.respnet.changes.ChangeSets;
import org.respnet.changes.Step;
import org.respnet.changes.TaskCorrections;
import org.respnet.changes.TaskCorrections.TaskAssignment;
import org.respnet.graph.GraphReader;
import org.respnet.graph.NamedQuery;
import org.respnet.ingest.ParsedDocument;
import org.respnet.ingest.ParsedTask;
import org.respnet.ingest.ReferenceData;
import org.respnet.ingest.UnitRef;
import org.springframework.stereotype.Component;

/**
 * A revised notice (修订: the same 文号, city and year, other content) as the difference from the imported one, and
 * 「替换为修订版」 as one change set. A task of the revision is matched to an imported one ({@link TaskMatching}); a
 * matched task keeps its id, progress history and report links, and only what differs is written.
 */
@Component
public class DocumentRevision {

    static final NamedQuery<TaskProps> ADD_TASK = NamedQuery.of("add-task", TaskProps.class);
    static final NamedQuery<TaskId> REMOVE_TASK = NamedQuery.of("remove-task", TaskId.class);
    static final NamedQuery<OriginalVersion> REMOVE_ORIGINAL = NamedQuery.of("remove-original", OriginalVersion.class);
    static final NamedQuery<TaskUpdate> UPDATE_TASK = NamedQuery.of("update-task", TaskUpdate.class);
    static final NamedQuery<DocumentUpdate> UPDATE_DOCUMENT = NamedQuery.of("update-document", DocumentUpdate.class);

    record TaskProps(String documentId, Map<String, Object> props) {
    }

    record OriginalVersion(String documentId, String sha256) {
    }

    record TaskId(String id) {
    }

    record TaskUpdate(String id, Map<String, Object> props) {
    }

    record DocumentUpdate(String id, Map<String, Object> props) {
    }

    record StoredProperties(Map<String, Object> props) {
    }

    static final NamedQuery<TaskId> DOCUMENT_PROPERTIES = NamedQuery.of("document-properties", TaskId.class);

    /** What a revision changes, task by task. */
    public record Difference(String revisionOf, int unchanged, List<TaskChange> added, List<TaskChange> removed,
            List<TaskChange> reworded, List<TaskChange> renumbered, List<TaskChange> reassigned,
            List<String> unitsAdded, List<String> unitsRemoved) {
    }

    /** One task's change: numbers and texts then and now, their similarity, assignments then and now. */
    public record TaskChange(String id, String oldNo, String newNo, String oldText, String newText, Double similarity,
            String before, String after) {
    }

    /** The difference and the change set that applies it. */
    record Revision(Difference difference, ChangeSet change, ImportPlan plan) {
    }

    private final TaskCorrections corrections;
    private final ChangeSets changes;
    private final GraphReader reader;

    DocumentRevision(TaskCorrections corrections, ChangeSets changes, GraphReader reader) {
        this.corrections = corrections;
        this.changes = changes;
        this.reader = reader;
    }

    /** What replacing document {@code revisionOf} by {@code parsed} would change; writes nothing. */
    public Difference difference(ParsedDocument parsed, ReferenceData reference, String revisionOf) {
        return revise(parsed, reference, revisionOf, null, null).difference();
    }

    /** Replaces document {@code revisionOf} by its revision {@code parsed}, as one change set. */
    ImportReport apply(ParsedDocument parsed, ReferenceData reference, String revisionOf, String name, byte[] bytes) {
        long started = System.nanoTime();
        Revision revision = revise(parsed, reference, revisionOf, name, bytes);
        changes.apply(revision.change(), "替换为修订版");
        return revision.plan().report(false, revisionOf, revision.difference().unitsAdded(), started);
    }

    Revision revise(ParsedDocument parsed, ReferenceData reference, String revisionOf, String name, byte[] bytes) {
        List<TaskAssignment> old = corrections.assignments(new TaskCorrections.Selection(revisionOf, null, null));
        String scope = old.isEmpty() ? (parsed.city() == null ? "" : parsed.city()) : old.getFirst().scope();
        ImportPlan plan = new ImportPlan(parsed, reference, scope);
        List<Map<String, Object>> newProps = plan.tasks();
        Map<Integer, Integer> matched = TaskMatching.match(
                old.stream().map(t -> new TaskMatching.TaskKey(t.kind(), t.no(), t.text())).toList(),
                parsed.tasks().stream().map(t -> new TaskMatching.TaskKey(t.kind().name(), t.no(), t.text())).toList());

        List<Step> steps = new ArrayList<>();
        // the undo of each task's steps, in order; the tasks are undone last first
        List<List<Step>> inverse = new ArrayList<>();
        List<String> touched = new ArrayList<>();
        List<String> goneIds = new ArrayList<>();
        List<TaskChange> added = new ArrayList<>();
        List<TaskChange> removed = new ArrayList<>();
        List<TaskChange> reworded = new ArrayList<>();
        List<TaskChange> renumbered = new ArrayList<>();
        List<TaskChange> reassigned = new ArrayList<>();
        int unchanged = 0;
        Set<Integer> matchedOld = new HashSet<>(matched.values());
        for (int n = 0; n < parsed.tasks().size(); n++) {
            ParsedTask task = parsed.tasks().get(n);
            Assignment after = assignment(task, reference);
            Map<String, Object> props = new LinkedHashMap<>(newProps.get(n));
            props.put("documentId", revisionOf);
            Integer o = matched.get(n);
            if (o == null) {
                String id = (String) props.get("id");
                steps.add(Step.of(ADD_TASK, new TaskProps(revisionOf, props)));
                steps.add(TaskCorrections.assign(id, scope, after));
                inverse.add(List.of(Step.of(REMOVE_TASK, new TaskId(id))));
                touched.add(id);
                added.add(new TaskChange(id, null, task.no(), null, task.text(), null, null, after.describe()));
                continue;
            }
            TaskAssignment before = old.get(o);
            props.remove("id");
            Map<String, Object> was = new HashMap<>();
            props.keySet().forEach(k -> was.put(k, before.props().get(k)));
            boolean textChanged = !Objects.equals(before.text(), task.text());
            boolean numberChanged = !Objects.equals(before.no(), task.no());
            boolean assignmentChanged = !before.assignment().sameAs(after);
            boolean propsChanged = !sameValues(props, was);
            if (!propsChanged && !assignmentChanged) {
                unchanged++;
                continue;
            }
            touched.add(before.id());
            TaskChange change = new TaskChange(before.id(), before.no(), task.no(), before.text(), task.text(),
                    TaskMatching.similarity(before.text(), task.text()), before.assignment().describe(),
                    after.describe());
            List<Step> back = new ArrayList<>();
            if (propsChanged) {
                steps.add(Step.of(UPDATE_TASK, new TaskUpdate(before.id(), props)));
                back.add(Step.of(UPDATE_TASK, new TaskUpdate(before.id(), was)));
            }
            if (assignmentChanged) {
                steps.add(TaskCorrections.assign(before.id(), scope, after));
                back.add(TaskCorrections.assign(before.id(), scope, before.assignment()));
                reassigned.add(change);
            }
            inverse.add(back);
            if (textChanged) {
                reworded.add(change);
            }
            if (numberChanged) {
                renumbered.add(change);
            }
        }
        for (int o = 0; o < old.size(); o++) {
            if (matchedOld.contains(o)) {
                continue;
            }
            TaskAssignment gone = old.get(o);
            // undone by the change set's region: the task comes back with its links, progress entries and targets
            steps.add(Step.of(REMOVE_TASK, new TaskId(gone.id())));
            goneIds.add(gone.id());
            touched.add(gone.id());
            removed.add(new TaskChange(gone.id(), gone.no(), null, gone.text(), null, null,
                    gone.assignment().describe(), null));
        }
        Map<String, Object> doc = new LinkedHashMap<>(plan.documentProperties());
        doc.remove("id");
        doc.put("scope", scope);
        List<Step> undo = new ArrayList<>();
        for (int i = inverse.size() - 1; i >= 0; i--) {
            undo.addAll(inverse.get(i));
        }
        Map<String, Object> docBefore = new HashMap<>();
        Map<String, Object> stored = reader.first(DOCUMENT_PROPERTIES, new TaskId(revisionOf), StoredProperties.class)
                .map(StoredProperties::props).orElse(Map.of());
        doc.keySet().forEach(k -> docBefore.put(k, stored.get(k)));
        undo.add(Step.of(UPDATE_DOCUMENT, new DocumentUpdate(revisionOf, docBefore)));
        steps.add(Step.of(UPDATE_DOCUMENT, new DocumentUpdate(revisionOf, doc)));
        if (bytes != null) {
            steps.add(Step.of(DocumentImporter.STORE_ORIGINAL, new ImportPlan.Original(revisionOf, name, bytes)));
            undo.add(Step.of(REMOVE_ORIGINAL, new OriginalVersion(revisionOf, (String) doc.get("sha256"))));
        }
        Set<String> unitsBefore = unitNames(old.stream().map(TaskAssignment::assignment).toList());
        Set<String> unitsAfter = unitNames(parsed.tasks().stream().map(t -> assignment(t, reference)).toList());
        Difference difference = new Difference(revisionOf, unchanged, added, removed, reworded, renumbered, reassigned,
                unitsAfter.stream().filter(u -> !unitsBefore.contains(u)).toList(),
                unitsBefore.stream().filter(u -> !unitsAfter.contains(u)).toList());
        String summary = "替换为修订版" + plan.describe() + "：新增 " + added.size() + " 项、删除 " + removed.size()
                + " 项、改写 " + reworded.size() + " 项、重新编号 " + renumbered.size() + " 项、调整分工 "
                + reassigned.size() + " 项，" + unchanged + " 项未变";
        ChangeSet change = new ChangeSet(ChangeSet.Kind.REVISE, scope, revisionOf, "document " + revisionOf, summary,
                touched, steps, undo, goneIds.isEmpty() ? null
                        : Step.of(DocumentRemoval.REGION, new DocumentRemoval.Removed(null, goneIds)));
        return new Revision(difference, change, plan);
    }

    private static boolean sameValues(Map<String, Object> now, Map<String, Object> was) {
        for (var e : now.entrySet()) {
            Object a = e.getValue();
            Object b = was.get(e.getKey());
            if (a instanceof Number x && b instanceof Number y ? x.longValue() != y.longValue() : !Objects.equals(a, b)) {
                return false;
            }
        }
        return true;
    }

    private static Assignment assignment(ParsedTask task, ReferenceData reference) {
        return new Assignment(task.leaders(), units(task.leadUnits(), reference),
                units(task.responsibleUnits(), reference));
    }

    private static List<Map<String, Object>> units(List<UnitRef> units, ReferenceData reference) {
        return units.stream().map(u -> Assignment.unit(u.name(), u.office(), reference.kindOf(u.name()).code()))
                .toList();
    }

    private static Set<String> unitNames(List<Assignment> assignments) {
        Set<String> names = new LinkedHashSet<>();
        for (Assignment a : assignments) {
            a.leads().forEach(u -> names.add((String) u.get("name")));
            a.supports().forEach(u -> names.add((String) u.get("name")));
        }
        return names;
    }
}
