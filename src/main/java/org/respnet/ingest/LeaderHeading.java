package org.respnet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A leader named in a heading rather than in an assignment: {@code 二、张某某副市长主抓重点工作},
 * {@code 由李四副市长牵头}. The leader oversees every task under that heading.
 */
final class LeaderHeading {

    private static final Pattern LEADER_PHRASE = Pattern.compile(
            "(?:^|由|[、，,（(\\s])(\\p{IsHan}{2,3})(?:同志)?(?:常务副|副)?(?:市|区|县|州|旗|盟)长(?:同志)?"
                    + "(?:主抓|牵头|负责|分管|联系|领衔|主持|统筹|抓总)");
    /** A leader written with a title where a unit would stand: 张三副市长. */
    private static final Pattern LEADER_WITH_TITLE =
            Pattern.compile("^(\\p{IsHan}{2,3})(?:同志)?(?:常务副|副)(?:市|区|县|州|旗|盟)长(?:同志)?$");
    private static final String NOT_IN_NAME = "市县区州旗盟各全副常由";
    /** Headings are short; the phrase is not looked for in long paragraphs. */
    private static final int MAX_HEADING = 60;

    private LeaderHeading() {
    }

    /** The leaders a heading names, in order; empty for most headings. */
    static List<String> leadersIn(String heading) {
        List<String> names = new ArrayList<>();
        if (heading.length() > MAX_HEADING || heading.indexOf('长') < 0) {
            return names;
        }
        Matcher m = LEADER_PHRASE.matcher(heading);
        while (m.find()) {
            if (isName(m.group(1)) && !names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The leader's name, if the text is a leader with a title rather than a unit. */
    static String leaderWithTitle(String text) {
        Matcher m = LEADER_WITH_TITLE.matcher(text);
        return m.matches() && isName(m.group(1)) ? m.group(1) : null;
    }

    private static boolean isName(String name) {
        return name.chars().noneMatch(c -> NOT_IN_NAME.indexOf(c) >= 0);
    }
}
