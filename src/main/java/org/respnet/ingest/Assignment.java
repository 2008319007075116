package org.respnet.ingest;

import java.util.ArrayList;
import java.util.List;

/** Who answers for a task: one assignment block's leaders, lead units and responsible units. */
record Assignment(List<String> leaders, List<UnitRef> leadUnits, List<UnitRef> responsibleUnits) {

    static Assignment empty() {
        return new Assignment(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    boolean isEmpty() {
        return leaders.isEmpty() && leadUnits.isEmpty() && responsibleUnits.isEmpty();
    }

    /** Adds another block's names, e.g. a 牵头单位: line under a task printed on its own line. */
    void addAll(Assignment other) {
        leaders.addAll(other.leaders);
        leadUnits.addAll(other.leadUnits);
        responsibleUnits.addAll(other.responsibleUnits);
    }
}
