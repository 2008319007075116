package org.respnet.changes;

import java.util.List;

/**
 * One change to the responsibility graph, built before anything is written: the statements that make it and those
 * that undo it ({@code inverse}, empty when it cannot be undone), what it touches and a sentence saying what it does.
 *
 * @param kind       what sort of change
 * @param scope      the notice scope whose figures it changes (a city, or a city and year)
 * @param documentId the notice it belongs to
 * @param target     what it is about, for the audit trail (a document, a task or a unit)
 * @param summary    a Chinese sentence saying what it does (shown in the dry run and kept in the audit trail)
 * @param tasks      ids of the tasks it changes (a task's history is the changes that name it)
 * @param steps      the statements, in order, in one transaction
 * @param inverse    the statements that undo it, in order; empty when it cannot be undone
 * @param region     for a change that removes things (a document, tasks): the statement reading every node and
 *                   relationship it may take away; read before the steps in their transaction, what they took away
 *                   is put back first by its undo ({@link RemovedElements}); null for changes that remove nothing
 */
public record ChangeSet(Kind kind, String scope, String documentId, String target, String summary,
        List<String> tasks, List<Step> steps, List<Step> inverse, Step region) {

    /** What sort of change. */
    public enum Kind {
        IMPORT("导入"), REMOVE("删除文件"), REVISE("替换为修订版"), REASSIGN("调整分工"), RENAME("单位更名"),
        MERGE("合并单位"), UNDO("撤销"), READING("保存读法", false);

        private final String label;
        private final boolean changesFigures;

        Kind(String label) {
            this(label, true);
        }

        /** @param changesFigures false for a change beside the responsibility graph (a city's reading profile) */
        Kind(String label, boolean changesFigures) {
            this.label = label;
            this.changesFigures = changesFigures;
        }

        public String label() {
            return label;
        }

        /** Whether its notice's figures, caches and search must be brought up to date after it. */
        public boolean changesFigures() {
            return changesFigures;
        }
    }

    public ChangeSet {
        tasks = List.copyOf(tasks);
        steps = List.copyOf(steps);
        inverse = List.copyOf(inverse);
    }

    /** A change that removes nothing: its inverse is all its undo needs. */
    public ChangeSet(Kind kind, String scope, String documentId, String target, String summary,
            List<String> tasks, List<Step> steps, List<Step> inverse) {
        this(kind, scope, documentId, target, summary, tasks, steps, inverse, null);
    }

    public boolean undoable() {
        return !inverse.isEmpty() || region != null;
    }
}
