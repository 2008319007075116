package org.respnet.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering that opens a heading or a task, in the order official documents nest them
 * (GB/T 9704): 一、 › （一） › 1. › （1） › ①. Which level holds the tasks is not fixed: the
 * reader takes the innermost level that carries assignments.
 */
final class TaskNumbering {

    /** A numbering level; {@code rank} grows inwards. */
    enum Level {
        CHINESE(0), PAREN_CHINESE(1), ARABIC(2), PAREN_ARABIC(3), CIRCLED(4);

        final int rank;

        Level(int rank) {
            this.rank = rank;
        }

        /** 一、 and （一） open headings in most notices; they do not run on into the next line. */
        boolean headingLike() {
            return rank <= PAREN_CHINESE.rank;
        }
    }

    /** A line's number: its level, the numeral as printed without punctuation, and the text after it. */
    record Number(Level level, String numeral, String rest) {
    }

    private static final String CHINESE_DIGITS = "[一二三四五六七八九十百零〇]{1,4}";
    private static final Pattern CHINESE = Pattern.compile("^(" + CHINESE_DIGITS + ")\\s*[、.．]\\s*(.*)$");
    private static final Pattern PAREN_CHINESE = Pattern.compile("^[（(]\\s*(" + CHINESE_DIGITS + ")\\s*[）)]\\s*[、.．]?\\s*(.*)$");
    /** 1. 1、 1． but not 1.5亿元 or 2024年. */
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,4})\\s*[.．、](?![\\d.．])\\s*(.*)$");
    private static final Pattern PAREN_ARABIC = Pattern.compile("^[（(]\\s*(\\d{1,3})\\s*[）)]\\s*[、.．]?\\s*(.*)$");
    private static final Pattern CIRCLED = Pattern.compile("^([\\u2460-\\u2473\\u3251-\\u325F])\\s*[、.．]?\\s*(.*)$");
    /** A table's serial cell: 1, 1., （1）, 一. */
    private static final Pattern SERIAL = Pattern.compile("^[（(]?\\s*(\\d{1,4}|" + CHINESE_DIGITS + ")\\s*[）)]?\\s*[.．、]?\\s*[*＊]?$");

    private TaskNumbering() {
    }

    static Optional<Number> read(String line) {
        if (line.isEmpty()) {
            return Optional.empty();
        }
        char first = line.charAt(0);
        if (first == '(' || first == '（') {
            return match(PAREN_CHINESE, Level.PAREN_CHINESE, line).or(() -> match(PAREN_ARABIC, Level.PAREN_ARABIC, line));
        }
        if (first >= '0' && first <= '9') {
            return match(ARABIC, Level.ARABIC, line);
        }
        if (first >= '\u2460' && first <= '\u2473' || first >= '\u3251' && first <= '\u325F') {
            return match(CIRCLED, Level.CIRCLED, line);
        }
        return match(CHINESE, Level.CHINESE, line);
    }

    /** The numeral of a table's serial cell, if the cell holds only a number. */
    static Optional<String> serial(String cell) {
        Matcher m = SERIAL.matcher(cell.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** True when {@code next} is the number after {@code numeral} (5 → 6, 九 → 十). */
    static boolean consecutive(String numeral, String next) {
        int a = value(numeral);
        int b = value(next);
        return a > 0 && b == a + 1;
    }

    /** The value of a numeral up to 9999 (arabic) or 99 (Chinese); 0 when it is neither. */
    static int value(String numeral) {
        if (numeral == null || numeral.isEmpty()) {
            return 0;
        }
        if (numeral.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(numeral);
        }
        String digits = "零一二三四五六七八九";
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return numeral.length() == 1 ? Math.max(0, digits.indexOf(numeral.charAt(0))) : 0;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(numeral.charAt(0));
        int ones = ten == numeral.length() - 1 ? 0 : digits.indexOf(numeral.charAt(ten + 1));
        return tens < 0 || ones < 0 ? 0 : tens * 10 + ones;
    }

    private static Optional<Number> match(Pattern pattern, Level level, String line) {
        Matcher m = pattern.matcher(line);
        return m.matches() ? Optional.of(new Number(level, m.group(1), m.group(2))) : Optional.empty();
    }
}
