package org.respnet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a unit's name and a person's name look like, wherever either is read: a government body
 * ends in a body's suffix (局, 委, 办, 厅, 中心, 政府, 管委会, 街道, 公司, 银行 …) or is a group (各…,
 * …有关部门); a leader's name is two to four Han characters with no such suffix. Used to tell a
 * table cell's kind and to part two names a lost line break glued together.
 */
final class UnitShape {

    private static final String HAN = "[\\u3400-\\u9fff\\uf900-\\ufaff]";
    /** The last characters of a body's name. */
    private static final Pattern UNIT_END = Pattern.compile(".*(局|委|办|厅|部|署|中心|院|所|站|队|政府|管委会|委员会|街道|"
            + "集团|公司|银行|支行|分行|办公室|处|室|会|社|馆|团|镇|乡|单位|部门|机构|[县市区]|新区|园区|开发区)"
            + "([（(][^（()）]*[）)])?$");
    /** A body's suffix that no place name or phrase ends in (区, 县 and 开发区 do; 局 and 管委会 do not). */
    private static final Pattern BODY_END = Pattern.compile(".*(局|委|办|厅|部|署|中心|院|所|站|队|政府|管委会|委员会|街道|"
            + "集团|公司|银行|支行|分行|办公室|处|室|会|社|馆|团|单位|部门|机构)([（(][^（()）]*[）)])?$");
    /** Words of a note, not of a name: (含高新区), (以下简称市发改委), (除另有规定外). */
    private static final Pattern NOTE_WORDS = Pattern.compile("含|包括|简称|以下|除|另有|详见|见附件|[0-9０-９]");
    private static final Pattern PERSON = Pattern.compile(HAN + "{2,4}");
    /** A glued pair: a body's last character, then a place that starts the next name. */
    private static final Pattern GLUE = Pattern.compile("(?<=[局委办厅署院所站队室])(?=[市区县省州])");
    private static final int MIN_GLUED_PIECE = 4;

    private UnitShape() {
    }

    /** A single unit name, or a list of them (、 ， between). */
    static boolean isUnitList(String text) {
        String value = text.strip();
        if (value.isEmpty() || value.length() > 200) {
            return false;
        }
        for (String piece : Brackets.splitTopLevel(value.replace('\n', '、'), "、，,；; ")) {
            String name = HanVariants.withoutSpaces(piece).replaceFirst("^[" + Assignment.LEAD_MARKS + "]+", "")
                    .replaceFirst("等$", "");
            if (!name.isEmpty() && !isUnit(name)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A bracket of nothing but bodies' names — 「（市发改委、市财政局）」 after a task — is an assignment without a
     * label: every name must end in a body's suffix, so a note such as 「（含高新区）」 is not one.
     */
    static boolean isBodyList(String text) {
        List<String> pieces = Brackets.splitTopLevel(text.strip().replace('\n', '、'), "、，,；;");
        if (pieces.isEmpty() || text.length() > 200) {
            return false;
        }
        for (String piece : pieces) {
            String name = HanVariants.withoutSpaces(piece).replaceFirst("^[" + Assignment.LEAD_MARKS + "]+", "")
                    .replaceFirst("等$", "");
            if (name.length() < 3 || name.length() > 30 || NOTE_WORDS.matcher(name).find()
                    || !name.startsWith("各") && !BODY_END.matcher(HanVariants.simplified(name)).matches()) {
                return false;
            }
        }
        return true;
    }

    static boolean isUnit(String name) {
        return name.length() >= 2 && name.length() <= 30
                && (name.startsWith("各") || UNIT_END.matcher(HanVariants.simplified(name)).matches());
    }

    /** Person names, one or several (王旭锋、胡金芳 or one a line), none shaped like a unit. */
    static boolean isPersonList(String text) {
        List<String> names = Brackets.splitTopLevel(text.strip().replace('\n', '、'), "、，,；; ");
        if (names.isEmpty()) {
            return false;
        }
        for (String piece : names) {
            String name = HanVariants.withoutSpaces(piece);
            if (!name.isEmpty() && (!PERSON.matcher(name).matches() || isUnit(name))) {
                return false;
            }
        }
        return true;
    }

    /** 市行政审批局市司法局: the names glued together, when every piece is shaped like a unit; else null. */
    static List<String> glued(String name) {
        String[] pieces = GLUE.split(name);
        if (pieces.length < 2) {
            return null;
        }
        List<String> out = new ArrayList<>(pieces.length);
        for (String piece : pieces) {
            if (piece.length() < MIN_GLUED_PIECE || !isUnit(piece)) {
                return null;
            }
            out.add(piece);
        }
        return out;
    }
}
