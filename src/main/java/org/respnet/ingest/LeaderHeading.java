package org.respnet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A leader or a lead unit named in a heading rather than in an assignment:
 * {@code 二、张某某副市长主抓重点工作}, {@code 由李四副市长牵头}, {@code 一、王小明同志牵头负责（共3项）},
 * {@code 一、县示范区管委会牵头工作（8项）}; names and units told apart by their shape ({@link UnitShape}).
 * It answers for every task under that heading.
 */
final class LeaderHeading {

    /** A title after a leader's name: 副市长, 常务副县长, 省长, or only 同志. */
    private static final String TITLE = "(?:(?:同志)?(?:常务副|副)?(?:省|市|区|县|州|旗|盟)长(?:同志)?|同志)";
    private static final Pattern LEADER_PHRASE = Pattern.compile(
            "(?:由|^|[、，,（(\\s])([\\u3400-\\u9fff\\uf900-\\ufaff]{2,3}?)" + TITLE
                    // several leaders before one verb: 张三副市长、李四副市长牵头
                    + "(?=(?:[、和及][^、，,。；;]{2,12}?" + TITLE + ")*"
                    + "(?:主抓|牵头|负责|分管|联系|领衔|主持|统筹|抓总))");
    /** 王小明、李华牵头负责（共3项）: bare names of people before the verb, the whole heading. */
    private static final Pattern NAMES_HEADING = Pattern.compile(
            "^(?:由)?([^，,。；;：:（(]{2,20}?)(?:牵头负责|牵头|负责|主抓|分管|联系|领衔)(?:的)?(?:重点|主要|具体)?(?:工作|任务|事项)?"
                    + "(?:[（(][^）)]*[）)])?[。.]?$");
    /** A leader written with a title where a unit would stand: 张三副市长. */
    private static final Pattern LEADER_WITH_TITLE =
            Pattern.compile("^([\\u3400-\\u9fff\\uf900-\\ufaff]{2,3}?)(?:同志)?(?:常务副|副)(?:省|市|区|县|州|旗|盟)长(?:同志)?$");
    /** 县示范区管委会牵头工作（8项）: the whole heading says who leads what follows. */
    private static final Pattern UNIT_HEADING = Pattern.compile(
            "^(?:由)?([^，,。；;：:（(]{2,30}?)(?:牵头|负责|主抓|承办|抓总)(?:的)?(?:重点|主要|具体)?(?:工作|任务|事项)"
                    + "(?:[（(][^）)]*[）)])?[。.]?$");
    private static final String NOT_IN_NAME = "市县区州旗盟各全副常由共";
    /** Headings are short; the phrase is not looked for in long paragraphs. */
    private static final int MAX_HEADING = 60;

    private LeaderHeading() {
    }

    /** The leaders a heading names, in order; empty for most headings. */
    static List<String> leadersIn(String heading) {
        List<String> names = new ArrayList<>();
        if (heading.length() > MAX_HEADING) {
            return names;
        }
        String simplified = HanVariants.simplified(heading);
        if (simplified.indexOf('长') >= 0 || simplified.contains("同志")) {
            Matcher m = LEADER_PHRASE.matcher(simplified);
            while (m.find()) {
                String name = heading.substring(m.start(1), m.end(1));
                if (isName(name) && !names.contains(name)) {
                    names.add(name);
                }
            }
            if (!names.isEmpty()) {
                return names;
            }
        }
        Matcher bare = NAMES_HEADING.matcher(simplified);
        if (bare.matches() && UnitShape.isPersonList(bare.group(1))) {
            for (String name : AssignmentReader.leaders(heading.substring(bare.start(1), bare.end(1)))) {
                if (!isName(name)) {
                    return List.of();
                }
                names.add(name);
            }
        }
        return names;
    }

    /** The lead units a heading such as 一、县示范区管委会牵头工作（8项） names; empty for most headings. */
    static List<UnitRef> leadUnitsIn(String heading) {
        if (heading.length() > MAX_HEADING) {
            return List.of();
        }
        Matcher m = UNIT_HEADING.matcher(HanVariants.simplified(heading));
        if (!m.matches()) {
            return List.of();
        }
        String subject = heading.substring(m.start(1), m.end(1));
        if (leaderWithTitle(subject) != null || !leadersIn(heading).isEmpty()) {
            return List.of();
        }
        return UnitListReader.read(subject);
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
