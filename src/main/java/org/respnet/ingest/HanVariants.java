package org.respnet.ingest;

/**
 * Traditional characters of the words the reader looks for (責任單位, 牽頭, 序號, 項目名稱), mapped to
 * simplified ones, so a notice served by a mirror in traditional characters reads the same. Used
 * only to recognise labels and rules; names keep the characters they were printed with.
 */
final class HanVariants {

    private static final String TRADITIONAL =
            "號項稱責單領導頭務點時間門協辦參與類別備註說實設內體農業關於發區縣鎮負達標為個級產進現處職構聯計劃預數資額萬總結鄉統籌調監轉應節題檢屬範圍報紀錄議會長牽廳側線條規劃隊團館銀開園機員擔簡詳見須評價準舉塊掛鉤係繫書銜匯組織記";
    private static final String SIMPLIFIED =
            "号项称责单领导头务点时间门协办参与类别备注说实设内体农业关于发区县镇负达标为个级产进现处职构联计划预数资额万总结乡统筹调监转应节题检属范围报纪录议会长牵厅侧线条规划队团馆银开园机员担简详见须评价准举块挂钩系系书衔汇组织记";

    /** Every char to itself but the traditional ones: one array look-up a character. */
    private static final char[] TO_SIMPLIFIED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            TO_SIMPLIFIED[c] = (char) c;
        }
        for (int k = 0; k < TRADITIONAL.length(); k++) {
            TO_SIMPLIFIED[TRADITIONAL.charAt(k)] = SIMPLIFIED.charAt(k);
        }
    }

    private HanVariants() {
    }

    /** Character for character, so a position found in the simplified text is the same in the printed one. */
    static String simplified(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char s = TO_SIMPLIFIED[c];
            if (s != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = s;
            }
        }
        return out == null ? text : new String(out);
    }

    /** The text without white space: 市 发改委 is 市发改委, 杨  燕 is 杨燕. */
    static String withoutSpaces(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
