package org.respnet.explore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin initials of a Chinese name, as clerks type them (市发改委 → sfgw). Each character keeps
 * every initial its readings allow, so polyphones match either way (银行 → yh or yx).
 */
final class PinyinInitials {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    }

    /** Per character, the set of letters it may be typed as; punctuation and brackets are dropped. */
    private final List<Set<Character>> letters;

    private PinyinInitials(List<Set<Character>> letters) {
        this.letters = letters;
    }

    static PinyinInitials of(String text) {
        List<Set<Character>> letters = new ArrayList<>();
        for (char c : text.toCharArray()) {
            Set<Character> options = new LinkedHashSet<>();
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    options.add(Character.toLowerCase(c));
                }
            } else {
                for (String reading : readings(c)) {
                    if (!reading.isEmpty()) {
                        options.add(reading.charAt(0));
                    }
                }
            }
            if (!options.isEmpty()) {
                letters.add(options);
            }
        }
        return new PinyinInitials(letters);
    }

    private static String[] readings(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null ? new String[0] : readings;
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }

    /** The most likely spelling (first reading of each character), e.g. for display. */
    String primary() {
        StringBuilder out = new StringBuilder();
        letters.forEach(options -> out.append(options.iterator().next()));
        return out.toString();
    }

    /** Position where {@code typed} (ASCII letters) matches consecutive initials, or -1. */
    int indexOf(String typed) {
        String q = typed.toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return -1;
        }
        for (int start = 0; start + q.length() <= letters.size(); start++) {
            int i = 0;
            while (i < q.length() && letters.get(start + i).contains(q.charAt(i))) {
                i++;
            }
            if (i == q.length()) {
                return start;
            }
        }
        return -1;
    }
}
