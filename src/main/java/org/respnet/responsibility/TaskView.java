package org.respnet.responsibility;

import java.util.List;

/** One task with who answers for it, as the ledger and the task page show it. */
public record TaskView(
        String id,
        String no,
        String kind,
        String text,
        String sectionNo,
        String section,
        String action,
        String item,
        String documentId,
        String city,
        List<String> leaders,
        List<UnitOnTask> leadUnits,
        List<UnitOnTask> responsibleUnits) {

    /** A unit named on a task; {@code office} is the office it acts as there, if the notice says. */
    public record UnitOnTask(String name, String kind, String office) {
    }
}
