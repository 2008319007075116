package org.respnet.responsibility;

import java.util.List;

/**
 * One task with who answers for it, as the ledger and the task page show it.
 *
 * @param leadRule how the lead units were found when the notice named none on the task: by the rule it
 *                 states ({@code FIRST_LISTED}: 列第一位者为牵头单位; {@code RESPONSIBLE_IS_LEAD}); null when named
 * @param where    the task's place in the file it was read from (第12行, 表1第4行, 第3页第5行)
 */
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
        String leadRule,
        String where,
        List<String> leaders,
        List<UnitOnTask> leadUnits,
        List<UnitOnTask> responsibleUnits,
        String deadline,
        String deadlinePhrase,
        List<TargetOnTask> targets,
        List<PassageOnTask> passages) {

    /** A unit named on a task; {@code office} is the office it acts as there, if the notice says. */
    public record UnitOnTask(String name, String kind, String office) {
    }

    /** A number the task commits to (see {@code report.Target}). */
    public record TargetOnTask(String metric, String change, Double value, Double upper, String unit, String comparator,
            String phrase) {
    }

    /** A passage of the work report the task decomposes, and how the link was found. */
    public record PassageOnTask(String documentId, int no, String text, double score, String method) {
    }
}
