package org.respnet.supervision;

import java.util.List;

/**
 * Leader × unit counts for a heatmap: {@code cells} holds {@code [leaderIndex, unitIndex, tasks]}
 * for every non-empty cell, indexes into {@code leaders} and {@code units}.
 */
public record LeaderUnitMatrix(String role, List<LeaderAxis> leaders, List<UnitAxis> units, List<long[]> cells) {

    /** A row: a leader, the sum of their row and how many units it spans. */
    public record LeaderAxis(String name, long cellSum, long units) {
    }

    /** A column: a unit, the sum of its column and its leader fan-in (non-empty cells). */
    public record UnitAxis(String name, String kind, String city, long cellSum, long leaders) {
    }

    /** One row of {@code leader-unit-matrix.cypher}. */
    record Cell(String leaderKey, String leader, String unitKey, String unit, String kind, String city, long tasks) {
    }
}
