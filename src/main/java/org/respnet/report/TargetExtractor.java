package org.respnet.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every number with a unit in a task's text and reads what it measures. The text is cut into
 * clauses (at 。；，), a clause into pieces at 、; a piece without a number lends its words to the next
 * (「基本养老、医保参保率均稳定在95%以上」 is one target of two metrics). Within a piece the verb nearest
 * before the number is the change; the metric is the object named after the unit (新增2家…企业), else the
 * words between verb and number (新增婴幼儿托位1200个), else the words before the verb (地区生产总值增长6.5%).
 * Numbers inside names (5G, PM2.5, G316, 2024年) are not targets. Plain Java.
 */
public final class TargetExtractor {

    private static final String UNIT = "%|(?:万|亿)?(?:人次|场次|公里|千瓦|元|斤|亩|吨|头|只|袋|人|户|个|家|处|部|名|场|项|条|座|所|套|辆|台|天|张|间)";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9.])(\\d+(?:\\.\\d+)?)(?:\\s*[-—–~～至]\\s*(\\d+(?:\\.\\d+)?))?\\s*(" + UNIT + ")(?![A-Za-z])");
    private static final Pattern VERB = Pattern.compile(
            "改扩建|新组建|增长|下降|降低|减少|提高|提升|新增|新建|改建|改造|建设|建成|完成|培育|引进|开展|举办|创建|投入|实施|"
                    + "达到|突破|超过|扩大到|保持在|稳定在|控制在|覆盖|出栏|出笼|培训|资助|绿化|增设|投放|签约|谋划|打造|成立|"
                    + "入库|提档升级|推进|推深做实|发展|建立|组建|支持");
    private static final Pattern VERB_AT_END = Pattern.compile("(?:" + VERB.pattern() + ")$");
    private static final Pattern CONNECTOR = Pattern.compile("(?:和|及|与|并)$");
    private static final Pattern MODAL = Pattern.compile("^(?:力争|确保|推动|实现|持续|进一步|加快|今年|全年|全市|累计|每年)+");
    private static final Pattern TRAILING = Pattern.compile("(?:均|分别|总数|等|为|的)+$");
    private static final Pattern AFTER_UNIT = Pattern.compile("^(?:以上|以下|以内|左右)?(?:的)?");
    private static final Pattern QUALIFIER = Pattern.compile("^(?:国家级|省级|市级|县级)$");

    /** Every target in the text, in order. */
    public List<Target> extract(String text) {
        List<Target> found = new ArrayList<>();
        for (String clause : text.split("[。；;，,！!？?：:]")) {
            String pending = "";
            String lastChange = null;
            String[] pieces = clause.split("、");
            for (int p = 0; p < pieces.length; p++) {
                String piece = pieces[p];
                Matcher number = NUMBER.matcher(piece);
                if (!number.find()) {
                    pending = pending.isEmpty() ? piece : pending + "、" + piece;
                    continue;
                }
                String joined = pending.isEmpty() ? piece : pending + "、" + piece;
                int offset = joined.length() - piece.length();
                Target target = read(joined, offset + number.start(), offset + number.end(), number, lastChange,
                        p + 1 < pieces.length ? pieces[p + 1] : null);
                found.add(target);
                lastChange = target.change();
                pending = "";
            }
        }
        return found;
    }

    private Target read(String piece, int start, int end, Matcher number, String inheritedChange, String next) {
        String before = piece.substring(0, start);
        String after = piece.substring(end);
        String change = null;
        int verbStart = -1;
        int verbEnd = -1;
        Matcher verb = VERB.matcher(before);
        while (verb.find()) {
            verbStart = verb.start();
            verbEnd = verb.end();
        }
        if (verbStart >= 0) {
            // Extend back over joined verbs (新建和改造提升) and a 新 that makes a verb "newly …" (新签约, 新培育).
            int from = verbStart;
            while (true) {
                String head = before.substring(0, from);
                Matcher connector = CONNECTOR.matcher(head);
                String beforeVerb = connector.find() ? head.substring(0, connector.start()) : head;
                Matcher earlier = VERB_AT_END.matcher(beforeVerb);
                if (earlier.find()) {
                    from = earlier.start();
                } else if (head.endsWith("新") && !before.startsWith("新", from)) {
                    from--;
                } else {
                    break;
                }
            }
            verbStart = from;
            change = before.substring(verbStart, verbEnd);
        } else if (before.isBlank() && inheritedChange != null) {
            change = inheritedChange;
        }
        String unit = number.group(3);
        String object = AFTER_UNIT.matcher(after).replaceFirst("");
        if (QUALIFIER.matcher(object).matches() && next != null) {
            // 新增2家国家级、15家省级专精特新企业: the qualifier shares the next piece's noun.
            Matcher nextNumber = NUMBER.matcher(next);
            if (nextNumber.find()) {
                String nextObject = AFTER_UNIT.matcher(next.substring(nextNumber.end())).replaceFirst("");
                object = object + nextObject.replaceFirst("^(?:国家级|省级|市级|县级)", "");
            }
        }
        String between = verbStart >= 0 ? before.substring(verbEnd) : "";
        String metric;
        if (!object.isBlank() && !"%".equals(unit)) {
            metric = object;
        } else if (!clean(between).isBlank()) {
            metric = clean(between);
        } else if (verbStart >= 0) {
            metric = clean(before.substring(0, verbStart));
        } else {
            metric = clean(before);
        }
        if (metric.isBlank() && change != null) {
            metric = change;
        }
        double value = Double.parseDouble(number.group(1));
        Double upper = number.group(2) == null ? null : Double.valueOf(number.group(2));
        return new Target(metric, change, value, upper, unit, comparator(before, after, change, upper),
                MODAL.matcher(piece.strip()).replaceFirst(""));
    }

    private static String comparator(String before, String after, String change, Double upper) {
        if (upper != null) {
            return "∈";
        }
        if (after.startsWith("以上")) {
            return "≥";
        }
        if (after.startsWith("以下") || after.startsWith("以内") || before.endsWith("控制在")) {
            return "≤";
        }
        if (after.startsWith("左右")) {
            return "≈";
        }
        if (before.endsWith("超过") || before.endsWith("突破")) {
            return ">";
        }
        if (before.contains("至少") || before.contains("不少于") || before.contains("不低于")
                || (change != null && change.startsWith("达到"))) {
            return "≥";
        }
        return "=";
    }

    private static String clean(String words) {
        String w = words.strip();
        String previous;
        do {
            previous = w;
            w = MODAL.matcher(w).replaceFirst("");
            w = TRAILING.matcher(w).replaceFirst("");
        } while (!w.equals(previous));
        return w;
    }
}
