package org.respnet.responsibility;

import java.util.List;

/** Everything on one unit's desk: its workload, tasks by role, leaders, groups and members. */
public record UnitPortfolio(
        String name,
        String kind,
        String city,
        UnitWorkload workload,
        UnitWorkload expandedWorkload,
        List<String> groups,
        List<String> members,
        List<TaskRef> leadTasks,
        List<TaskRef> responsibleTasks,
        List<TaskRef> groupTasks,
        List<LeaderCount> leaders,
        List<UnitTarget> targets) {

    /** A number the unit owes through a task it leads (LEADS) or supports (SUPPORTS). */
    public record UnitTarget(String taskId, String no, String kind, String role, String metric, String change,
            Double value, Double upper, String unit, String comparator, String phrase) {
    }

    /** A task in a portfolio; {@code office} as on the relationship, {@code via} the groups it came through. */
    public record TaskRef(String id, String no, String kind, String text, String sectionNo, String office, List<String> via) {
    }

    /** A leader and how many of the unit's tasks they oversee. */
    public record LeaderCount(String name, long tasks) {
    }

    /** The portfolio rows of {@code unit-portfolio.cypher}, before the workloads are attached. */
    record Row(String name, String kind, String city, List<String> groups, List<String> members,
            List<TaskRef> leadTasks, List<TaskRef> responsibleTasks, List<TaskRef> groupTasks,
            List<LeaderCount> leaders, List<UnitTarget> targets) {

        UnitPortfolio with(UnitWorkload workload, UnitWorkload expanded) {
            return new UnitPortfolio(name, kind, city, workload, expanded, groups, members, leadTasks,
                    responsibleTasks, groupTasks, leaders, targets);
        }
    }
}
