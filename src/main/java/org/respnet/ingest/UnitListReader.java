package org.respnet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the value of a unit role (牵头单位：… / 责任单位：…) into unit names.
 *
 * <p>Both 、 and ， separate units. A shared suffix is distributed over the bare place names
 * before it (随县、广水市人民政府 = 随县人民政府 + 广水市人民政府), and a bracketed office after a
 * name is the office the unit acts as (市发改委（市营商环境办）).
 */
final class UnitListReader {

    /** A place name with nothing after it: 随县, 广水市, 曾都区. */
    private static final Pattern BARE_PLACE = Pattern.compile("^\\p{IsHan}{1,5}[县市区旗]$");
    /** A county-level body whose suffix may be shared by the bare place names before it. */
    private static final Pattern PLACE_WITH_SUFFIX =
            Pattern.compile("^(\\p{IsHan}{1,5}[县市区旗])(人民政府|政府|管委会|管理委员会)$");
    private static final Pattern NAME_WITH_OFFICE = Pattern.compile("^(.+?)[（(]([^（）()]+)[）)]$");

    private UnitListReader() {
    }

    static List<UnitRef> read(String value) {
        List<UnitRef> units = new ArrayList<>();
        for (String run : Brackets.splitTopLevel(value, "，,；;")) {
            List<String> names = new ArrayList<>(Brackets.splitTopLevel(run, "、/").stream()
                    .map(name -> name.replaceAll("\\s+", "")).toList());
            distributeSharedSuffix(names);
            for (String name : names) {
                units.add(toUnitRef(name));
            }
        }
        return units;
    }

    private static void distributeSharedSuffix(List<String> names) {
        String suffix = null;
        for (int i = names.size() - 1; i >= 0; i--) {
            String name = names.get(i);
            Matcher withSuffix = PLACE_WITH_SUFFIX.matcher(name);
            if (withSuffix.matches()) {
                suffix = withSuffix.group(2);
            } else if (suffix != null && BARE_PLACE.matcher(name).matches()) {
                names.set(i, name + suffix);
            } else {
                suffix = null;
            }
        }
    }

    private static UnitRef toUnitRef(String name) {
        Matcher withOffice = NAME_WITH_OFFICE.matcher(name);
        if (withOffice.matches()) {
            return new UnitRef(withOffice.group(1).strip(), withOffice.group(2).strip());
        }
        return UnitRef.of(name);
    }
}
