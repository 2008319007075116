package org.respnet.ingest;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Title, document number, city and year as a notice or report prints them near its top. */
record DocumentMetadata(String title, String docNo, String city, Integer year) {

    private static final int HEAD_LINES = 12;
    private static final Pattern DOC_NO = Pattern.compile("\\p{IsHan}{2,12}[〔\\[［(（](\\d{4})[〕\\]］)）]\\d{1,4}号");
    private static final Pattern DATE = Pattern.compile("(\\d{4})年\\d{1,2}月\\d{1,2}日");
    private static final Pattern PLAN_YEAR = Pattern.compile("(\\d{4})年(?:工作安排|主要任务|工作任务)");
    private static final Pattern ANY_YEAR = Pattern.compile("(20\\d{2})年");
    private static final Pattern TITLE_END = Pattern.compile(".*(通知|意见|方案|清单|分工|分解)$");
    /**
     * A city's own name is what stands before its own institutions' names (随州高新区, 随州海关);
     * pairs with these characters are words like 全市 or 各县, not names.
     */
    private static final Pattern CITY_CONTEXT =
            Pattern.compile("(\\p{IsHan}{2})(?=市人民政府|市分行|高新区|海关|供电公司|监管分局|经济开发区)");
    private static final String NOT_IN_CITY_NAME = "全各本我县区省市和的是在为等及与于";

    static DocumentMetadata of(List<String> lines, DocumentKind kind) {
        String head = String.join("\n", lines.subList(0, Math.min(HEAD_LINES, lines.size())));
        String all = String.join("\n", lines);
        Matcher docNoMatch = DOC_NO.matcher(head);
        String docNo = docNoMatch.find() ? docNoMatch.group() : null;
        String city = city(all);
        Integer year = docNo != null ? Integer.valueOf(docNoMatch.group(1)) : year(all);
        String title = kind == DocumentKind.NOTICE ? noticeTitle(lines, docNo) : reportTitle(city, year);
        return new DocumentMetadata(title, docNo, city, year);
    }

    private static String noticeTitle(List<String> lines, String docNo) {
        StringBuilder title = new StringBuilder();
        for (String line : lines.subList(0, Math.min(HEAD_LINES, lines.size()))) {
            if (line.isBlank() || line.equals(docNo)) {
                continue;
            }
            if (title.isEmpty() && !line.contains("关于") && !TITLE_END.matcher(line).matches()) {
                continue;
            }
            title.append(line);
            if (TITLE_END.matcher(line).matches()) {
                return title.toString();
            }
        }
        return title.isEmpty() ? "未命名通知" : title.toString();
    }

    private static String reportTitle(String city, Integer year) {
        return (city == null ? "" : city) + (year == null ? "" : year + "年") + "政府工作报告";
    }

    private static String city(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = CITY_CONTEXT.matcher(text);
        while (m.find()) {
            String candidate = m.group(1);
            if (candidate.chars().noneMatch(c -> NOT_IN_CITY_NAME.indexOf(c) >= 0)) {
                counts.merge(candidate, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static Integer year(String text) {
        for (Pattern p : List.of(PLAN_YEAR, DATE)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        Matcher any = ANY_YEAR.matcher(text);
        return any.results().map(r -> Integer.valueOf(r.group(1))).max(Comparator.naturalOrder()).orElse(null);
    }

    static List<String> splitLines(String text) {
        return Arrays.asList(text.split("\\r\\n|\\r|\\n", -1));
    }
}
