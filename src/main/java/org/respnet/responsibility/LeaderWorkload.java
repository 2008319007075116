package org.respnet.responsibility;

/** How many tasks a leader oversees and through how many distinct lead units. */
public record LeaderWorkload(String name, String city, long tasks, long leadUnits) {
}
