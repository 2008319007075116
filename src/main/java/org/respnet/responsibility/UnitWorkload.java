package org.respnet.responsibility;

/**
 * How many tasks a unit carries: {@code lead} tasks it leads, {@code responsible} tasks it is a
 * 责任单位 on without leading, {@code total} all its tasks, {@code leaders} distinct leaders above them
 * (its leader fan-in), {@code leadLeaders} distinct leaders above the tasks it leads; and its stored
 * co-assignment network figures ({@code null} until computed).
 */
public record UnitWorkload(String name, String kind, String city, long lead, long responsible, long total, long leaders,
        long leadLeaders, Double betweenness, Long degree, Long weightedDegree, Long community) {
}
