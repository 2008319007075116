package org.respnet.ingest.extract;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Word's automatic numbering: a list paragraph (w:numPr, set on the paragraph or by its style) shows a
 * number that is not in its text, but in numbering.xml as a level's text such as 「%1.」, 「（%1）」 or
 * 「%1、」 in a format (decimal, chineseCounting, …). A notice numbers its tasks and headings this way
 * as often as by hand, so the number is rendered in front of the text as Word prints it.
 *
 * <p>Paragraphs must be given in document order (body and table cells alike): the counters run like
 * Word's. Lists over one definition (w:abstractNum) count on together; a list with a start override
 * (「重新开始编号」) starts again at its first paragraph. A lower level restarts under a higher one
 * unless its w:lvlRestart says otherwise. Bullets carry no number and give nothing.
 */
final class DocxNumbering {

    private static final int LEVELS = 9;
    private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Styles based on styles: a longer chain is a loop or a hostile file. */
    private static final int MAX_STYLE_DEPTH = 16;
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    /** Per list definition, the last number given at each level, and which levels are counting. */
    private final Map<BigInteger, Counter> counters = new HashMap<>();
    private final Set<BigInteger> overridesApplied = new HashSet<>();
    /** Each list instance resolved once (POI looks lists up one by one), null for one that shows nothing. */
    private final Map<BigInteger, ListInstance> lists = new HashMap<>();

    /** A w:num: the definition it counts in, its levels with its own overrides in place, its start overrides. */
    private record ListInstance(BigInteger abstractId, CTLvl[] levels, CTNumLvl[] overrides) {
    }

    DocxNumbering(XWPFDocument doc) {
        this.numbering = doc.getNumbering();
        this.styles = doc.getStyles();
    }

    /** The number Word shows before this paragraph, with the space after it, or "" if it shows none. */
    String label(XWPFParagraph paragraph) {
        if (numbering == null) {
            return "";
        }
        CTNumPr numPr = numPr(paragraph);
        if (numPr == null || numPr.getNumId() == null || numPr.getNumId().getVal() == null) {
            return "";
        }
        BigInteger numId = numPr.getNumId().getVal();
        int ilvl = numPr.getIlvl() == null || numPr.getIlvl().getVal() == null ? 0
                : Math.min(Math.max(numPr.getIlvl().getVal().intValue(), 0), LEVELS - 1);
        ListInstance list = lists.computeIfAbsent(numId, this::resolve);
        if (list == null) {
            return "";
        }
        CTLvl[] levels = list.levels();
        Counter counter = counters.computeIfAbsent(list.abstractId(), id -> new Counter());
        if (overridesApplied.add(numId)) {
            for (CTNumLvl override : list.overrides()) {
                int level = override.getIlvl() == null ? -1 : override.getIlvl().intValue();
                if (override.isSetStartOverride() && level >= 0 && level < LEVELS) {
                    counter.count[level] = value(override.getStartOverride()) - 1;
                    counter.counting[level] = true;
                }
            }
        }
        counter.count[ilvl] = counter.counting[ilvl] ? counter.count[ilvl] + 1 : start(levels[ilvl]);
        counter.counting[ilvl] = true;
        for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
            CTLvl lvl = levels[deeper];
            // w:lvlRestart names (1-based) the level whose use restarts this one; 0 never restarts
            int restartAfter = lvl != null && lvl.isSetLvlRestart() ? value(lvl.getLvlRestart()) : deeper;
            if (restartAfter != 0 && ilvl + 1 <= restartAfter) {
                counter.counting[deeper] = false;
            }
        }
        CTLvl lvl = levels[ilvl];
        if (lvl == null || lvl.getLvlText() == null || lvl.getLvlText().getVal() == null
                || lvl.isSetNumFmt() && (lvl.getNumFmt().getVal() == STNumberFormat.BULLET
                || lvl.getNumFmt().getVal() == STNumberFormat.NONE)) {
            return "";
        }
        boolean legal = lvl.isSetIsLgl();
        String text = lvl.getLvlText().getVal();
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int level = text.charAt(++i) - '1';
                CTLvl of = levels[level];
                int n = counter.counting[level] ? counter.count[level] : start(of);
                label.append(format(legal || of == null || !of.isSetNumFmt() ? STNumberFormat.DECIMAL : of.getNumFmt().getVal(), n));
            } else {
                label.append(c);
            }
        }
        if (label.isEmpty()) {
            return "";
        }
        // a tab (Word's default) or a space parts number and text; 「nothing」 joins them
        boolean joined = "nothing".equals(suffix(lvl));
        return joined ? label.toString() : label + " ";
    }

    /** The level's w:suff (tab, space or nothing), read from the XML: POI's lite schema lacks its type. */
    private static String suffix(CTLvl lvl) {
        for (Node child = lvl.getDomNode().getFirstChild(); child != null; child = child.getNextSibling()) {
            if ("suff".equals(child.getLocalName()) && child instanceof Element element) {
                return element.getAttributeNS(WORD_NS, "val");
            }
        }
        return "tab";
    }

    private static final class Counter {
        final int[] count = new int[LEVELS];
        final boolean[] counting = new boolean[LEVELS];
    }

    /** The paragraph's own w:numPr, else its style's (or a style it is based on). */
    private CTNumPr numPr(XWPFParagraph paragraph) {
        if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getNumPr() != null) {
            return paragraph.getCTP().getPPr().getNumPr();
        }
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && styles != null && depth < MAX_STYLE_DEPTH; depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                return null;
            }
            CTPPrBase pPr = style.getCTStyle().getPPr();
            if (pPr != null && pPr.getNumPr() != null) {
                return pPr.getNumPr();
            }
            styleId = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
        }
        return null;
    }

    private ListInstance resolve(BigInteger numId) {
        XWPFNum num = numbering.getNum(numId); // numId 0 (numbering taken off) has no w:num
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum definition = abstractId == null ? null : numbering.getAbstractNum(abstractId);
        if (definition == null) {
            return null;
        }
        return new ListInstance(abstractId, levels(definition, num), num.getCTNum().getLvlOverrideArray());
    }

    /** The definition's levels by w:ilvl, with the list's own w:lvlOverride/w:lvl in their place. */
    private static CTLvl[] levels(XWPFAbstractNum definition, XWPFNum num) {
        CTLvl[] levels = new CTLvl[LEVELS];
        for (CTLvl lvl : definition.getCTAbstractNum().getLvlArray()) {
            put(levels, lvl);
        }
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.isSetLvl()) {
                put(levels, override.getLvl());
            }
        }
        return levels;
    }

    private static void put(CTLvl[] levels, CTLvl lvl) {
        if (lvl.getIlvl() != null && lvl.getIlvl().intValue() >= 0 && lvl.getIlvl().intValue() < LEVELS) {
            levels[lvl.getIlvl().intValue()] = lvl;
        }
    }

    private static int start(CTLvl lvl) {
        return lvl != null && lvl.isSetStart() ? Math.max(value(lvl.getStart()), 0) : 1;
    }

    private static int value(CTDecimalNumber number) {
        BigInteger value = number == null ? null : number.getVal();
        return value == null ? 0 : value.min(BigInteger.valueOf(1_000_000)).max(BigInteger.ZERO).intValue();
    }

    /** A number as the format prints it; formats not listed print as decimal, as Word falls back. */
    static String format(STNumberFormat.Enum format, int n) {
        if (format == STNumberFormat.CHINESE_COUNTING || format == STNumberFormat.CHINESE_COUNTING_THOUSAND
                || format == STNumberFormat.JAPANESE_COUNTING || format == STNumberFormat.TAIWANESE_COUNTING
                || format == STNumberFormat.TAIWANESE_COUNTING_THOUSAND) {
            return chinese(n);
        }
        if (format == STNumberFormat.IDEOGRAPH_DIGITAL || format == STNumberFormat.TAIWANESE_DIGITAL) {
            StringBuilder digits = new StringBuilder();
            String.valueOf(n).chars().forEach(d -> digits.append(CHINESE_DIGITS.charAt(d - '0')));
            return digits.toString();
        }
        if (format == STNumberFormat.IDEOGRAPH_TRADITIONAL && n >= 1 && n <= 10) {
            return String.valueOf("甲乙丙丁戊己庚辛壬癸".charAt(n - 1));
        }
        if ((format == STNumberFormat.DECIMAL_ENCLOSED_CIRCLE || format == STNumberFormat.DECIMAL_ENCLOSED_CIRCLE_CHINESE)
                && n >= 1 && n <= 20) {
            return String.valueOf((char) ('①' + n - 1));
        }
        if (format == STNumberFormat.DECIMAL_ENCLOSED_PAREN && n >= 1 && n <= 20) {
            return String.valueOf((char) ('⑴' + n - 1));
        }
        if (format == STNumberFormat.DECIMAL_ENCLOSED_FULLSTOP && n >= 1 && n <= 20) {
            return String.valueOf((char) ('⒈' + n - 1));
        }
        if (format == STNumberFormat.DECIMAL_FULL_WIDTH || format == STNumberFormat.DECIMAL_FULL_WIDTH_2) {
            StringBuilder digits = new StringBuilder();
            String.valueOf(n).chars().forEach(d -> digits.append((char) ('０' + d - '0')));
            return digits.toString();
        }
        if (format == STNumberFormat.DECIMAL_ZERO) {
            return n < 10 ? "0" + n : String.valueOf(n);
        }
        if (format == STNumberFormat.UPPER_LETTER || format == STNumberFormat.LOWER_LETTER) {
            String letter = String.valueOf((char) ('A' + (Math.max(n, 1) - 1) % 26)).repeat((Math.max(n, 1) - 1) / 26 + 1);
            return format == STNumberFormat.UPPER_LETTER ? letter : letter.toLowerCase(java.util.Locale.ROOT);
        }
        if ((format == STNumberFormat.UPPER_ROMAN || format == STNumberFormat.LOWER_ROMAN) && n >= 1 && n < 4000) {
            String roman = roman(n);
            return format == STNumberFormat.UPPER_ROMAN ? roman : roman.toLowerCase(java.util.Locale.ROOT);
        }
        return String.valueOf(n);
    }

    /** 1 一, 10 十, 12 十二, 20 二十, 105 一百零五: how Chinese headings count. */
    static String chinese(int n) {
        if (n <= 0) {
            return String.valueOf(CHINESE_DIGITS.charAt(0));
        }
        if (n >= 10_000) {
            return String.valueOf(n);
        }
        String[] units = {"千", "百", "十", ""};
        int[] places = {1000, 100, 10, 1};
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < places.length; i++) {
            int digit = n / places[i] % 10;
            if (digit == 0) {
                zero = !out.isEmpty();
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            if (!(digit == 1 && places[i] == 10 && out.isEmpty())) {
                out.append(CHINESE_DIGITS.charAt(digit));
            }
            out.append(units[i]);
        }
        return out.toString();
    }

    private static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                out.append(symbols[i]);
                n -= values[i];
            }
        }
        return out.toString();
    }
}
