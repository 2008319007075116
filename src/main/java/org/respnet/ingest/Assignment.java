package org.respnet.ingest;

import java.util.ArrayList;
import java.util.List;

/** Who answers for a task, and by when: one assignment block's leaders, units and deadline phrases. */
record Assignment(List<String> leaders, List<UnitRef> leadUnits, List<UnitRef> responsibleUnits, List<String> deadlines) {

    static Assignment empty() {
        return new Assignment(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    boolean isEmpty() {
        return leaders.isEmpty() && leadUnits.isEmpty() && responsibleUnits.isEmpty() && deadlines.isEmpty();
    }

    boolean namesUnits() {
        return !leadUnits.isEmpty() || !responsibleUnits.isEmpty();
    }

    /** Adds another block's names, e.g. a 牵头单位: line under a task printed on its own line. */
    void addAll(Assignment other) {
        leaders.addAll(other.leaders);
        leadUnits.addAll(other.leadUnits);
        responsibleUnits.addAll(other.responsibleUnits);
        deadlines.addAll(other.deadlines);
    }

    void add(Role role, List<UnitRef> units) {
        (role == Role.LEAD ? leadUnits : responsibleUnits).addAll(units);
    }

    Assignment copy() {
        Assignment copy = empty();
        copy.addAll(this);
        return copy;
    }
}
