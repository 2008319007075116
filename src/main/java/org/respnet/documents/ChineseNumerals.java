package org.respnet.documents;

/** Turns the Chinese numerals of item numbers (一 … 九十九) into digits, leaving anything else as it is. */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** {@code 一.2} → {@code 1.2}, {@code 十二} → {@code 12}. */
    static String toDigits(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && (DIGITS.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == '十')) {
                end++;
            }
            if (end > i) {
                out.append(value(text.substring(i, end)));
                i = end;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static int value(String numeral) {
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return DIGITS.indexOf(numeral.charAt(0));
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(numeral.charAt(0));
        int units = ten == numeral.length() - 1 ? 0 : DIGITS.indexOf(numeral.charAt(ten + 1));
        return tens * 10 + units;
    }
}
