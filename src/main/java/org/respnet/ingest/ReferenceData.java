package org.respnet.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Editable facts about units that the notice does not state: each unit's kind and the groups it
 * belongs to, read from {@code import/units.csv} (columns {@code name,kind,member_of[,city]};
 * several groups separated by {@code |}; a blank or missing city applies to every city; lines
 * starting with {@code #} are comments).
 */
public final class ReferenceData {

    private final Map<String, UnitKind> kinds;
    /** city ("" = every city) → group → members. */
    private final Map<String, Map<String, List<String>>> membersByCity;

    private ReferenceData(Map<String, UnitKind> kinds, Map<String, Map<String, List<String>>> membersByCity) {
        this.kinds = Collections.unmodifiableMap(kinds);
        this.membersByCity = Collections.unmodifiableMap(membersByCity);
    }

    public static ReferenceData empty() {
        return new ReferenceData(Map.of(), Map.of());
    }

    /** Reads the CSV; a malformed line is an error naming its line, since half the data is worse than none. */
    public static ReferenceData read(Reader source, String sourceName) throws IOException {
        Map<String, UnitKind> kinds = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> members = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(source);
        String line;
        int lineNo = 0;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            String row = line.replace("\uFEFF", "").strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (row.startsWith("name,")) {
                    continue;
                }
            }
            String[] cells = row.split(",", -1);
            if (cells.length < 2 || cells.length > 4 || cells[0].isBlank()) {
                throw new IllegalArgumentException(sourceName + " line " + lineNo
                        + ": expected name,kind[,member_of[,city]] but found \"" + row + "\"");
            }
            String name = cells[0].strip();
            try {
                kinds.put(name, UnitKind.fromCode(cells[1]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(sourceName + " line " + lineNo + ": " + e.getMessage(), e);
            }
            String city = cells.length == 4 ? cells[3].strip() : "";
            if (cells.length >= 3) {
                for (String group : cells[2].split("\\|")) {
                    if (!group.isBlank()) {
                        members.computeIfAbsent(city, c -> new LinkedHashMap<>())
                                .computeIfAbsent(group.strip(), g -> new ArrayList<>()).add(name);
                    }
                }
            }
        }
        return new ReferenceData(kinds, members);
    }

    /** Every unit the reference data lists, for the parser to tell glued names apart. */
    public java.util.Set<String> unitNames() {
        return kinds.keySet();
    }

    /** The listed kind, if the unit is listed. */
    public Optional<UnitKind> listedKind(String unit) {
        return Optional.ofNullable(kinds.get(unit));
    }

    /** The listed kind, or the one its name suggests. */
    public UnitKind kindOf(String unit) {
        return listedKind(unit).orElseGet(() -> UnitKind.inferFrom(unit));
    }

    /** Known members of each group in this city (rows without a city apply everywhere), in file order. */
    public Map<String, List<String>> membersByGroup(String city) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        for (String scope : city == null || city.isEmpty() ? List.of("") : List.of("", city)) {
            membersByCity.getOrDefault(scope, Map.of())
                    .forEach((group, members) -> merged.computeIfAbsent(group, g -> new ArrayList<>()).addAll(members));
        }
        return merged;
    }
}
