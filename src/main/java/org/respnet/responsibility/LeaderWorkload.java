package org.respnet.responsibility;

/**
 * How many tasks a leader oversees, through how many distinct lead units and units in either role, and how many
 * of those tasks are co-led (two or more lead units).
 */
public record LeaderWorkload(String name, String city, long tasks, long leadUnits, long units, long coLedTasks) {
}
