package org.respnet.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Who answers for a task, and by when: one assignment block's leaders, units and deadline phrases.
 * {@code carriedUnits} are units a stated scope puts on this task and every task after it
 * (以下均需各县市区落实，不再逐一列出).
 */
record Assignment(List<String> leaders, List<UnitRef> leadUnits, List<UnitRef> responsibleUnits, List<String> deadlines,
        List<UnitRef> carriedUnits) {

    static Assignment empty() {
        return new Assignment(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
    }

    /** A plain list of units, all in one role; a stated scope among them is carried to the tasks after. */
    static Assignment ofList(Role role, String value) {
        Assignment plain = empty();
        plain.add(role, UnitListReader.read(value, plain.carriedUnits()));
        return plain;
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
        carriedUnits.addAll(other.carriedUnits);
    }

    void add(Role role, List<UnitRef> units) {
        (role == Role.LEAD ? leadUnits : responsibleUnits).addAll(units);
    }

    /** ▲ (★, ●, ◆) before a unit marks it as the lead, in a list whose other units are responsible. */
    static final String LEAD_MARKS = "▲△★☆●◆■";

    /**
     * Units printed with a lead mark become lead units, the mark dropped: the mark and a 牵头 label
     * say the same, so a marked list reads like a labelled one.
     */
    void promoteMarkedLeads() {
        List<UnitRef> marked = new ArrayList<>();
        responsibleUnits.removeIf(unit -> {
            if (isMarked(unit.name())) {
                marked.add(unmarked(unit));
                return true;
            }
            return false;
        });
        leadUnits.replaceAll(unit -> isMarked(unit.name()) ? unmarked(unit) : unit);
        leadUnits.addAll(marked);
    }

    static boolean isMarked(String name) {
        return !name.isEmpty() && LEAD_MARKS.indexOf(name.charAt(0)) >= 0;
    }

    private static UnitRef unmarked(UnitRef unit) {
        int start = 0;
        while (start < unit.name().length() && (LEAD_MARKS.indexOf(unit.name().charAt(start)) >= 0
                || Character.isWhitespace(unit.name().charAt(start)))) {
            start++;
        }
        return new UnitRef(unit.name().substring(start), unit.office());
    }

    Assignment copy() {
        Assignment copy = empty();
        copy.addAll(this);
        return copy;
    }
}
