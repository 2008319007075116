package org.respnet.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a work report into {@link Passage}s: every paragraph split into sentences at 。；！？ (full or half
 * width), each under its part (一、…) and section ((一)…). A part is a planning part unless its heading
 * reviews (回顾, 总结) or names a year before the report's own. Plain Java.
 */
public final class ReportReader {

    private static final Pattern PART = Pattern.compile("^([一二三四五六七八九十]{1,3})、\\s*(.{2,40})$");
    private static final Pattern SECTION = Pattern.compile("^[(（]([一二三四五六七八九十]{1,3})[)）]");
    private static final Pattern SENTENCE = Pattern.compile("[^。；;！!？?]+[。；;！!？?”」]*");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern REVIEW = Pattern.compile("回顾|总结");
    /** A paragraph's first sentence up to this many characters, followed by more, is a subsection line (大力实施…行动。). */
    private static final int MAX_SUBSECTION = 16;
    /** An address to the delegates opens the closing words, which belong to no section. */
    private static final Pattern ADDRESS = Pattern.compile("^各位代表");
    private static final Pattern ACTION_VERB = Pattern.compile(
            "推进|推动|实施|加快|建设|建成|完成|启动|开展|打造|提升|提高|深化|支持|强化|健全|完善|落实|创建|创成|举办|办好|"
                    + "培育|实现|确保|力争|新增|新建|改造|改扩建|发展|促进|优化|加强|推广|组织|设立|引导|鼓励|保障|抓好|做好|"
                    + "做实|用好|构建|巩固|扩大|降低|规范|严格|坚持|聚焦|统筹|探索|清理|整治|化解|防范|维护|保护|守牢|承办|"
                    + "开发|规划|谋划|吸引|织密|丰富|拓展|彰显|凸显|加大|营造|激发|树牢|突出|搭建|成立|依托|调整|资助|培训|"
                    + "投放|建立|争取|绿化|提档|融入|参与|接受|践行|纠治");

    private final TargetExtractor targets = new TargetExtractor();

    /** The passages of a report; {@code year} is the report's own year (null: any year counts as planning). */
    public List<Passage> read(String text, Integer year) {
        List<Passage> passages = new ArrayList<>();
        String part = "";
        boolean planning = false;
        String section = null;
        boolean partHasSections = false;
        int paragraph = 0;
        for (String raw : text.split("\\R")) {
            String line = raw.strip().replace("\u3000", "");
            if (line.isEmpty()) {
                continue;
            }
            paragraph++;
            Matcher partHeading = PART.matcher(line);
            if (partHeading.matches() && !line.contains("。")) {
                part = line;
                planning = isPlanning(line, year);
                section = null;
                partHasSections = false;
                passages.add(new Passage(passages.size() + 1, paragraph, part, null, line, planning, true, false));
                continue;
            }
            List<String> sentences = sentences(line);
            int first = 0;
            if (SECTION.matcher(line).find()) {
                section = strip(sentences.get(0));
                partHasSections = true;
                passages.add(new Passage(passages.size() + 1, paragraph, part, section, sentences.get(0), planning,
                        true, false));
                first = 1;
            } else if (ADDRESS.matcher(line).find()) {
                section = null;
            } else if (!partHasSections && planning && sentences.size() > 1
                    && strip(sentences.get(0)).length() <= MAX_SUBSECTION && !sentences.get(0).endsWith(":")
                    && !sentences.get(0).endsWith("：")) {
                // A part without (一)… sections is organised by its subsection lines (突出政治建设，打造忠诚政府。).
                section = strip(sentences.get(0));
            }
            for (int i = first; i < sentences.size(); i++) {
                String sentence = sentences.get(i);
                boolean subsection = i == 0 && sentences.size() > 1 && strip(sentence).length() <= MAX_SUBSECTION
                        && section != null && planning;
                boolean commitment = planning && !subsection && isCommitment(sentence, section != null);
                passages.add(new Passage(passages.size() + 1, paragraph, part, section, sentence, planning, subsection,
                        commitment));
            }
        }
        return passages;
    }

    /** Whether a sentence promises something: a target number anywhere, or inside a section an action verb. */
    boolean isCommitment(String sentence, boolean inSection) {
        if (!targets.extract(sentence).isEmpty()) {
            return true;
        }
        String s = strip(sentence);
        return inSection && s.length() >= 6 && !s.endsWith(":") && !s.endsWith("：") && ACTION_VERB.matcher(s).find();
    }

    private static boolean isPlanning(String partHeading, Integer year) {
        if (REVIEW.matcher(partHeading).find()) {
            return false;
        }
        Matcher m = YEAR.matcher(partHeading);
        return year == null || !m.find() || Integer.parseInt(m.group(1)) >= year;
    }

    /** Sentences of one paragraph, each with its closing mark. */
    static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(paragraph);
        while (m.find()) {
            String s = m.group().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** A sentence without its closing marks. */
    static String strip(String sentence) {
        return sentence.replaceAll("[。；;！!？?”」\\s]+$", "");
    }
}
