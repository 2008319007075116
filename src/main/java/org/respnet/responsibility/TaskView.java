package org.respnet.responsibility;

import java.util.List;

/**
 * One task with who answers for it, as the ledger and the task page show it.
 *
 * @param deadline the notice's 完成时限 / 时间节点 phrase as written, if it gives one
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
        String deadline,
        String leadRule,
        String where,
        List<String> leaders,
        List<UnitOnTask> leadUnits,
        List<UnitOnTask> responsibleUnits) {

    /** A unit named on a task; {@code office} is the office it acts as there, if the notice says. */
    public record UnitOnTask(String name, String kind, String office) {
    }
}
