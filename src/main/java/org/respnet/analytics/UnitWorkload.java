package org.respnet.analytics;

/**
 * How many tasks a unit carries: {@code lead} tasks it leads, {@code responsible} tasks it is a
 * 责任单位 on without leading, {@code total} all its tasks, {@code leaders} distinct leaders above them.
 */
public record UnitWorkload(String name, String kind, String city, long lead, long responsible, long total, long leaders) {
}
