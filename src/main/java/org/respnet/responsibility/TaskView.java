package org.respnet.responsibility;

import java.util.List;

/**
 * One task with who answers for it, as the ledger and the task page show it.
 *
 * @param leadRule how the lead units were found when the notice named none on the task: by the rule it
 *                 states ({@code FIRST_LISTED}: 列第一位者为牵头单位; {@code RESPONSIBLE_IS_LEAD}); null when named
 * @param where    the task's place in the file it was read from (第12行, 表1第4行, 第3页第5行)
 * @param light    its follow-up light as the 督办看板 reads it (not read by the query: the ledger adds it)
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
        List<PassageOnTask> passages,
        LightOnTask light) {

    /** The same task with its light. */
    public TaskView with(LightOnTask light) {
        return new TaskView(id, no, kind, text, sectionNo, section, action, item, documentId, city, leadRule, where,
                leaders, leadUnits, responsibleUnits, deadline, deadlinePhrase, targets, passages, light);
    }

    /**
     * A task's light: the colour ({@code RED}…), its Chinese label (红灯), why, and the day it is read on (today, or
     * the last day of a past year's notice).
     */
    public record LightOnTask(String light, String label, String reason, String on) {
    }

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
