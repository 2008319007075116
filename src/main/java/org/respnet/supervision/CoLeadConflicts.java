package org.respnet.supervision;

import java.util.List;

/**
 * The one row of {@code co-lead-conflicts.cypher}. Tasks without a single owner, each list one page: tasks with two or more lead units, the unit pairs
 * that share the lead (most shared first), and tasks with two or more responsible leaders; the totals
 * say how many there are in all.
 */
public record CoLeadConflicts(List<CoLedTask> tasks, List<CoLeadPair> pairs, long totalPairs,
        List<MultiLeaderTask> multiLeaderTasks, long totalTasks, long totalMultiLeaderTasks) {

    /**
     * A co-led task; {@code crossLeader} is true when two of its lead units have home leaders (the
     * leaders overseeing most of their other lead tasks) that share no one, listed in {@code leadUnitHomeLeaders}.
     */
    public record CoLedTask(String id, String no, String kind, String title, List<String> leadUnits,
            List<String> leaders, boolean crossLeader, List<HomeLeaders> leadUnitHomeLeaders) {
    }

    /** The leaders overseeing most of a lead unit's other lead tasks. */
    public record HomeLeaders(String unit, List<String> homeLeaders) {
    }

    /** Two units (a before b) and the tasks they lead together. */
    public record CoLeadPair(String a, String b, long tasks, List<String> taskIds) {
    }

    /** A task with two or more responsible leaders. */
    public record MultiLeaderTask(String id, String no, String kind, String title, List<String> leadUnits,
            List<String> leaders) {
    }
}
