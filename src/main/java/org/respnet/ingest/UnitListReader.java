package org.respnet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the value of a unit role (牵头单位：… / 责任单位：… / a table cell) into unit names, as
 * people write them.
 *
 * <p>Both 、 and ， separate units (a line break in a table cell too). A shared suffix is distributed
 * over the bare place names before it (随县、广水市人民政府 = 随县人民政府 + 广水市人民政府), and a
 * bracketed office after a name is the office the unit acts as (市发改委（市营商环境办）). A group
 * written with its own 、 (各县、市、区政府, 各县（市、区）人民政府) stays one name; a trailing 等 is
 * dropped, and 等相关单位 or 相关部门 beside named units is a unit as written (the others, whoever
 * they are); a bracketed note (（列第一位者为牵头单位）) is not an office and goes. Every pattern is matched
 * on the simplified text ({@link HanVariants}); names keep the characters they were printed with.
 */
final class UnitListReader {

    /** A place name with nothing after it: 随县, 广水市, 曾都区. */
    private static final Pattern BARE_PLACE = Pattern.compile("^[\\u3400-\\u9fff\\uf900-\\ufaff]{1,5}[县市区旗]$");
    /** A county-level body whose suffix may be shared by the bare place names before it. */
    private static final Pattern PLACE_WITH_SUFFIX =
            Pattern.compile("^([\\u3400-\\u9fff\\uf900-\\ufaff]{1,5}[县市区旗])(人民政府|政府|管委会|管理委员会)$");
    private static final Pattern NAME_WITH_OFFICE = Pattern.compile("^([^（）()]+)[（(]([^（）()]+)[）)]$");
    /** The head of a group written with 、 inside it: 各县 in 各县、市、区政府. */
    private static final Pattern GROUP_HEAD = Pattern.compile("^各(县|市|区|旗|乡|镇|乡镇|地|部门)$");
    /** The following pieces of such a group: 市, 区政府, 区人民政府, 街道. */
    private static final Pattern GROUP_PIECE =
            Pattern.compile("^(县|市|区|旗|乡|镇|乡镇|街道|园区|开发区)(人民政府|政府|党委|管委会|街道办事处|办事处)?$");
    /** Bracket contents that say which places a group covers, not an office: （市、区）. */
    private static final Pattern PLACE_LIST = Pattern.compile("^[县市区旗乡镇街道、，,和及]+$");
    private static final Pattern TRAILING_ETC = Pattern.compile("^(.+?)等(相关|有关|其他|其它)?(单位|部门|机构)?$");
    private static final int MAX_OFFICE_LENGTH = 16;
    /** Shorter pieces (市委, 县区) are parts of one name, not names. */
    private static final int MIN_PARTED_NAME = 4;
    /** 以下均需各县市区落实: units that every task below carries, though not written there. */
    private static final Pattern SCOPE = Pattern.compile("^以下(?:各项)?(?:均|都|皆)?(?:需|须|要|由)?(.{2,30}?)(?:落实|负责|配合|承担|参与)$");
    private static final Pattern BRACKETED = Pattern.compile("[（(〔\\[][^（()）〔〕\\[\\]]*[）)〕\\]]");
    /** Words of a sentence, which no unit's name holds: 不再逐一列出, 下同, 按职责落实. */
    private static final Pattern PHRASE = Pattern.compile("不再|逐一|列出|以下|下同|均需|均须|详见|见附件");

    private UnitListReader() {
    }

    static List<UnitRef> read(String value) {
        return read(value, new ArrayList<>());
    }

    /**
     * Reads the units; a scope stated among them (以下均需各县市区落实) puts its units in
     * {@code carried}, and a phrase that names no unit (不再逐一列出) is dropped.
     */
    static List<UnitRef> read(String value, List<UnitRef> carried) {
        List<UnitRef> units = new ArrayList<>();
        for (String run : Brackets.splitTopLevel(value.replace('\n', '、'), "，,；;")) {
            List<String> names = new ArrayList<>();
            for (String piece : Brackets.splitTopLevel(run, "、/")) {
                names.addAll(partedByShape(piece.strip()));
            }
            joinGroups(names);
            distributeSharedSuffix(names);
            for (String name : names) {
                Matcher scope = SCOPE.matcher(HanVariants.simplified(name));
                if (scope.matches()) {
                    read(name.substring(scope.start(1), scope.end(1))).forEach(carried::add);
                    continue;
                }
                if (PHRASE.matcher(BRACKETED.matcher(HanVariants.simplified(name)).replaceAll("")).find()) {
                    continue;
                }
                UnitRef unit = toUnitRef(name);
                if (unit == null) {
                    continue;
                }
                String printed = unit.name();
                Matcher etc = TRAILING_ETC.matcher(HanVariants.simplified(printed));
                if (etc.matches() && !etc.group(1).isEmpty()) {
                    unit = new UnitRef(printed.substring(0, etc.end(1)), unit.office());
                }
                units.add(unit);
                if (etc.matches() && !etc.group(1).isEmpty() && etc.group(3) != null && etc.group(2) != null) {
                    units.add(UnitRef.of(printed.substring(etc.start(2)))); // 等有关部门: the others, as written
                }
            }
        }
        return units;
    }

    /**
     * 「市发改委 市财政局」, 「市发改委和市财政局」, 「市级各有关部门及各县市区政府」: names parted only by a
     * space, 和 or (以)及 are two units when every piece has a body's shape ({@link UnitShape});
     * 市规划和自然资源局 stays one name.
     */
    private static List<String> partedByShape(String piece) {
        for (String separator : List.of("\\s+", "和", "以及", "及")) {
            String[] parts = piece.split(separator);
            if (parts.length > 1 && java.util.Arrays.stream(parts)
                    .allMatch(part -> part.length() >= MIN_PARTED_NAME && UnitShape.isUnit(part))) {
                return java.util.Arrays.stream(parts).toList();
            }
        }
        return List.of(HanVariants.withoutSpaces(piece));
    }

    /** 各县、市、区政府: the pieces after 各县 belong to it, not to the list. */
    private static void joinGroups(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (!GROUP_HEAD.matcher(HanVariants.simplified(names.get(i))).matches()) {
                continue;
            }
            StringBuilder group = new StringBuilder(names.get(i));
            while (i + 1 < names.size() && GROUP_PIECE.matcher(HanVariants.simplified(names.get(i + 1))).matches()) {
                String piece = names.remove(i + 1);
                group.append('、').append(piece);
                if (piece.length() > 2) {
                    break; // 区政府 closes the group
                }
            }
            names.set(i, group.toString());
        }
    }

    private static void distributeSharedSuffix(List<String> names) {
        String suffix = null;
        for (int i = names.size() - 1; i >= 0; i--) {
            String name = names.get(i);
            Matcher withSuffix = PLACE_WITH_SUFFIX.matcher(HanVariants.simplified(name));
            if (withSuffix.matches()) {
                suffix = name.substring(withSuffix.start(2));
            } else if (suffix != null && BARE_PLACE.matcher(HanVariants.simplified(name)).matches()) {
                names.set(i, name + suffix);
            } else {
                suffix = null;
            }
        }
    }

    /** The unit, or null when the piece is only a bracketed note. */
    private static UnitRef toUnitRef(String name) {
        if (name.isEmpty() || Brackets.isOpen(name.charAt(0)) && Brackets.topLevelSpans(name).size() == 1
                && Brackets.topLevelSpans(name).getFirst().end() == name.length() - 1) {
            return null;
        }
        Matcher withOffice = NAME_WITH_OFFICE.matcher(name);
        if (withOffice.matches() && !name.startsWith("各")) { // 各街办（新区）: a group and its scope, not an office
            String office = withOffice.group(2).strip();
            if (PLACE_LIST.matcher(HanVariants.simplified(office)).matches()) {
                return UnitRef.of(name);
            }
            if (isNote(office)) {
                return UnitRef.of(withOffice.group(1).strip());
            }
            return new UnitRef(withOffice.group(1).strip(), office);
        }
        return UnitRef.of(name);
    }

    /** （除标注“分别牵头”外，列第一位为牵头单位，下同） is a note to the reader, not an office a unit houses. */
    private static boolean isNote(String printed) {
        String bracketed = HanVariants.simplified(printed);
        return bracketed.length() > MAX_OFFICE_LENGTH || bracketed.contains("牵头") || bracketed.contains("下同")
                || bracketed.contains("，") || bracketed.contains(",") || bracketed.contains("为");
    }
}
