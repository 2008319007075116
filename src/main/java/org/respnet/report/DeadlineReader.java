package org.respnet.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the most specific due date a text states (a full date before a month's end, before a half year, a
 * quarter, the year's end): 「2024年9月底」, 「2024年9月30日前」, 「6月底前」, 「4月15日前」, 「上半年」,
 * 「三季度」, 「年底前」, 「年内」, and 「今年」/「全年」 (due by the year's end); a date without a year takes the
 * document's. Month numbers may be written in Chinese (六月底). Plain Java.
 */
public final class DeadlineReader {

    private static final String MONTH = "(\\d{1,2}|十[一二]?|[一二三四五六七八九])";
    private static final Pattern FULL_DAY = Pattern.compile("(\\d{4})年" + MONTH + "月(\\d{1,2})日前?");
    private static final Pattern FULL_MONTH_END = Pattern.compile("(\\d{4})年" + MONTH + "月(?:底|末)前?");
    private static final Pattern DAY = Pattern.compile(MONTH + "月(\\d{1,2})日前");
    private static final Pattern MONTH_END = Pattern.compile(MONTH + "月(?:底|末|份)前?");
    private static final Pattern HALF = Pattern.compile("(上|下)半年");
    private static final Pattern QUARTER = Pattern.compile("第?([一二三四1-4])季度(?:末)?");
    private static final Pattern YEAR_END = Pattern.compile("(?:年底|年末)前?|年内|今年|全年");
    private static final Map<String, Integer> NUMERALS = Map.ofEntries(Map.entry("一", 1), Map.entry("二", 2),
            Map.entry("三", 3), Map.entry("四", 4), Map.entry("五", 5), Map.entry("六", 6), Map.entry("七", 7),
            Map.entry("八", 8), Map.entry("九", 9), Map.entry("十", 10), Map.entry("十一", 11), Map.entry("十二", 12));

    /** The text's deadline, in the given year unless the text names one; empty when it states no time. */
    public Optional<Deadline> read(String text, int year) {
        Matcher m = FULL_DAY.matcher(text);
        if (m.find()) {
            return Optional.of(new Deadline(LocalDate.of(Integer.parseInt(m.group(1)), month(m.group(2)),
                    Integer.parseInt(m.group(3))), m.group()));
        }
        m = FULL_MONTH_END.matcher(text);
        if (m.find()) {
            return Optional.of(new Deadline(YearMonth.of(Integer.parseInt(m.group(1)), month(m.group(2))).atEndOfMonth(),
                    m.group()));
        }
        m = DAY.matcher(text);
        if (m.find()) {
            return Optional.of(new Deadline(LocalDate.of(year, month(m.group(1)), Integer.parseInt(m.group(2))),
                    m.group()));
        }
        m = MONTH_END.matcher(text);
        if (m.find()) {
            return Optional.of(new Deadline(YearMonth.of(year, month(m.group(1))).atEndOfMonth(), m.group()));
        }
        m = HALF.matcher(text);
        if (m.find()) {
            return Optional.of(new Deadline(LocalDate.of(year, "上".equals(m.group(1)) ? 6 : 12,
                    "上".equals(m.group(1)) ? 30 : 31), m.group()));
        }
        m = QUARTER.matcher(text);
        if (m.find()) {
            return Optional.of(new Deadline(YearMonth.of(year, 3 * month(m.group(1))).atEndOfMonth(), m.group()));
        }
        m = YEAR_END.matcher(text);
        if (m.find()) {
            return Optional.of(new Deadline(LocalDate.of(year, 12, 31), m.group()));
        }
        return Optional.empty();
    }

    private static int month(String written) {
        Integer numeral = NUMERALS.get(written);
        return numeral != null ? numeral : Integer.parseInt(written);
    }
}
