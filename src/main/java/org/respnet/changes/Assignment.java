package org.respnet.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A task's whole assignment as {@code assign-task.cypher} takes it, in the notice's order: leader names, lead units
 * and responsible units, each unit with the office it acts as (or null) and its kind.
 */
public record Assignment(List<String> leaders, List<Map<String, Object>> leads, List<Map<String, Object>> supports) {

    public Assignment {
        leaders = List.copyOf(leaders);
        leads = List.copyOf(leads);
        supports = List.copyOf(supports);
    }

    /** A unit entry: name, office (null when it acts as itself) and kind code. */
    public static Map<String, Object> unit(String name, String office, String kind) {
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("name", name);
        unit.put("office", office);
        unit.put("kind", kind);
        return unit;
    }

    /** The parameters of {@code assign-task.cypher} for a task of {@code scope}. */
    Map<String, Object> parameters(String taskId, String scope) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("taskId", taskId);
        p.put("scope", scope);
        p.put("leaders", leaders);
        p.put("leads", leads);
        p.put("supports", supports);
        return p;
    }

    /** 「责任领导：…；牵头单位：…；责任单位：…」, as the notice writes it. */
    public String describe() {
        return "责任领导：" + names(leaders) + "；牵头单位：" + unitNames(leads) + "；责任单位：" + unitNames(supports);
    }

    public boolean sameAs(Assignment other) {
        return describe().equals(other.describe());
    }

    private static String unitNames(List<Map<String, Object>> units) {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> unit : units) {
            names.add(unit.get("name") + (unit.get("office") == null ? "" : "（" + unit.get("office") + "）"));
        }
        return names(names);
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "无" : String.join("、", names);
    }
}
