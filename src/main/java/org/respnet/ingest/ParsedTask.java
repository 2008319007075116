package org.respnet.ingest;

import java.util.List;

/**
 * One separately assigned task as it stands in the notice.
 *
 * @param no        the number the notice gives it: {@code 11} for a key task, {@code 一} or
 *                  {@code 一.2} (item and part) for a livelihood project
 * @param sectionNo the numeral of the heading it stands under (一…十), for key tasks
 * @param section   that heading's text without its numeral
 * @param action    the action line (e.g. 大力实施重点产业转型升级行动) it follows, if any
 * @param item      for a part of a livelihood project: the whole item's text
 * @param text      the task's own text, assignments removed
 * @param line      the 1-based line it starts on
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
        int line) {

    public ParsedTask {
        leaders = List.copyOf(leaders);
        leadUnits = List.copyOf(leadUnits);
        responsibleUnits = List.copyOf(responsibleUnits);
    }
}
