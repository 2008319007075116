package org.respnet.ingest;

import java.util.List;

/**
 * One separately assigned task as it stands in the notice.
 *
 * @param no        the number the notice gives it: {@code 11} for a key task, {@code 一} or
 *                  {@code 一.2} (item and part) for a livelihood project, {@code 二.3} when the
 *                  numbering restarts under each heading, {@code #4} for the fourth task of the
 *                  document when it has no number
 * @param sectionNo the numerals of the headings it stands under (一, or 一.二 when nested), for key tasks
 * @param section   the innermost heading's text without its numeral (or the table's 重点领域 / 类别)
 * @param action    the action line (e.g. 大力实施重点产业转型升级行动) it follows, if any
 * @param item      for a part of a livelihood project: the whole item's text
 * @param text      the task's own text, assignments removed
 * @param line      the 1-based line (running block number) it starts on
 * @param deadline  the 完成时限 / 时间节点 phrase as written, or null
 * @param leadRule  how its lead units were found when the task names none itself: by the rule the
 *                  document states; null when the notice named the lead units (or none was found)
 * @param where     its place in the file's own terms (第12行, 表1第4行, 第3页第5行)
 */
public record ParsedTask(
        String no,
        TaskKind kind,
        String sectionNo,
        String section,
        String action,
        String item,
        String text,
        List<String> leaders,
        List<UnitRef> leadUnits,
        List<UnitRef> responsibleUnits,
        int line,
        String deadline,
        LeadRule leadRule,
        String where) {

    public ParsedTask {
        leaders = List.copyOf(leaders);
        leadUnits = List.copyOf(leadUnits);
        responsibleUnits = List.copyOf(responsibleUnits);
        where = where == null ? "第" + line + "行" : where;
    }

    /** A task of a text file with no deadline and its lead units named. */
    public ParsedTask(String no, TaskKind kind, String sectionNo, String section, String action, String item,
            String text, List<String> leaders, List<UnitRef> leadUnits, List<UnitRef> responsibleUnits, int line) {
        this(no, kind, sectionNo, section, action, item, text, leaders, leadUnits, responsibleUnits, line, null, null,
                null);
    }
}
