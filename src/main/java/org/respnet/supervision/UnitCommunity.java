package org.respnet.supervision;

import java.util.List;

/** A community of units that keep working together, with its most frequent lead unit. */
public record UnitCommunity(long community, String city, long size, String leadUnit, Long leadUnitTasks,
        List<Member> units) {

    /** A unit of the community, with the tasks it leads and its place in the network. */
    public record Member(String name, String kind, long lead, Double betweenness, Long degree) {
    }
}
