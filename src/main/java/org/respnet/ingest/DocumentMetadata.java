package org.respnet.ingest;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, document number, city and year as a notice or report prints them. The city is the
 * issuing authority's place (杭州市人民政府办公厅 → 杭州, 盘锦市大洼区人民政府办公室 → 大洼区), else a
 * place named with 政府 in the title, else the name the text puts before its own institutions
 * (随州高新区 → 随州); a city keeps no 市 (随州, as the graph has always named it), a district or
 * county keeps its 区 / 县 / 旗. The year is the document number's (〔2024〕), else the title's.
 */
record DocumentMetadata(String title, String docNo, String city, Integer year) {

    private static final int HEAD_LINES = 12;
    private static final Pattern DOC_NO = Pattern.compile("[\\u3400-\\u9fff\\uf900-\\ufaff]{2,12}[〔\\[［(（](\\d{4})[〕\\]］)）]\\d{1,4}号");
    private static final Pattern DATE = Pattern.compile("(\\d{4})年\\d{1,2}月\\d{1,2}日");
    private static final Pattern PLAN_YEAR = Pattern.compile("(\\d{4})年(?:工作安排|主要任务|工作任务)");
    private static final Pattern ANY_YEAR = Pattern.compile("(20\\d{2})年");
    private static final Pattern TITLE_END = Pattern.compile(".*(通知|意见|方案|清单|分工|分解|分解表|任务表)$");
    /** The issuing authority opening a line: the title (…办公厅关于…) or the signature. */
    private static final Pattern AUTHORITY = Pattern.compile(
            "^([\\u3400-\\u9fff\\uf900-\\ufaff]{1,14}?[市区县旗州盟])人民政府(?:办公室|办公厅)?(?:关于|$)");
    private static final Pattern PLACE_IN_TITLE = Pattern.compile("([\\u3400-\\u9fff\\uf900-\\ufaff]{2,6}?[市区县旗])(?:人民)?政府");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final int MAX_AUTHORITY_LINE = 80;
    /**
     * A city's own name is what stands before its own institutions' names (随州高新区, 随州海关);
     * pairs with these characters are words like 全市 or 各县, not names.
     */
    private static final Pattern CITY_CONTEXT =
            Pattern.compile("([\\u3400-\\u9fff\\uf900-\\ufaff]{2})(?=市人民政府|市分行|高新区|海关|供电公司|监管分局|经济开发区)");
    private static final String NOT_IN_CITY_NAME = "全各本我县区省市和的是在为等及与于";

    /**
     * How far into a document its head, signature and own place names are looked for: far past any
     * cover letter, and a bound on the work a huge upload causes.
     */
    private static final int SCANNED_LINES = 2_000;

    static DocumentMetadata of(List<String> allLines, DocumentKind kind) {
        List<String> lines = allLines.subList(0, Math.min(SCANNED_LINES, allLines.size()));
        String head = String.join("\n", lines.subList(0, Math.min(HEAD_LINES, lines.size())));
        String all = String.join("\n", lines);
        Matcher docNoMatch = DOC_NO.matcher(head);
        String docNo = docNoMatch.find() ? docNoMatch.group() : null;
        String noticeTitle = noticeTitle(lines, docNo);
        String city = authorityCity(lines);
        if (city == null && kind == DocumentKind.NOTICE) {
            city = titleCity(noticeTitle);
        }
        if (city == null) {
            city = city(all);
        }
        Integer year = docNo != null ? Integer.valueOf(docNoMatch.group(1)) : null;
        if (year == null && kind == DocumentKind.NOTICE) {
            Matcher titleYear = TITLE_YEAR.matcher(noticeTitle);
            year = titleYear.find() ? Integer.valueOf(titleYear.group(1)) : null;
        }
        if (year == null) {
            year = year(all);
        }
        String title = kind == DocumentKind.NOTICE ? noticeTitle : reportTitle(city, year);
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

    /** 杭州市人民政府办公厅 → 杭州; 盘锦市大洼区人民政府办公室 → 大洼区; 湖北省随州市人民政府 → 随州. */
    private static String authorityCity(List<String> lines) {
        for (String line : lines) {
            if (line.length() > MAX_AUTHORITY_LINE && !line.contains("关于")) {
                continue;
            }
            Matcher m = AUTHORITY.matcher(HanVariants.simplified(line.strip()));
            if (m.find()) {
                String place = innermostPlace(m.group(1));
                if (place != null) {
                    return place;
                }
            }
        }
        return null;
    }

    private static String titleCity(String title) {
        Matcher m = PLACE_IN_TITLE.matcher(title);
        while (m.find()) {
            String place = innermostPlace(m.group(1));
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    /** The last level of a place name, without 省 before it and without a city's 市. */
    static String innermostPlace(String place) {
        String name = place;
        int province = Math.max(name.lastIndexOf('省'), name.lastIndexOf("自治区") >= 0 ? name.lastIndexOf("自治区") + 2 : -1);
        if (province >= 0 && province < name.length() - 2) {
            name = name.substring(province + 1);
        }
        char last = name.charAt(name.length() - 1);
        for (int i = name.length() - 2; i > 0; i--) {
            char c = name.charAt(i);
            if ((c == '市' || c == '州' || c == '盟') && name.length() - i - 1 >= 2) {
                name = name.substring(i + 1);
                break;
            }
        }
        if (name.length() < 2 || name.chars().anyMatch(c -> NOT_IN_CITY_NAME.indexOf(c) >= 0 && c != last)
                || name.startsWith("本") || name.startsWith("全")) {
            return null;
        }
        return last == '市' && name.length() >= 3 ? name.substring(0, name.length() - 1) : name;
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
