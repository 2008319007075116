package org.respnet.explore;

import java.util.List;

/**
 * One node the explorer draws: a unit, a leader or a task, with the figures it is sized and coloured by.
 * {@code lead}/{@code total} are tasks led / all tasks (for a task: lead units / all units);
 * {@code leaders} is a unit's leader fan-in or a task's leader count; {@code leaderNames} the leaders above a task;
 * {@code x, y} its stored place in the picture (see {@link StoredLayout}), null before it is computed.
 */
public record GraphNode(String id, String type, String name, String kind, String city, long lead, long total,
        long leaders, boolean isGroup, String no, String sectionNo, String text, boolean coLed, List<String> leaderNames,
        Double x, Double y) {
}
