package org.respnet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.respnet.SeedDocuments;

/**
 * Security finding: 75,000 lines once cost 386 s. The reader is linear: a generated 5 MB document
 * parses in a small multiple of one plain pass over the same text (split into lines, one regex over
 * each), whatever its shape — many tasks, one task with endless unassigned lines after it, one
 * enormous line, deep brackets. No absolute times: ratios to a pass measured on the same machine,
 * in CPU time of the test's own thread (the build machine is shared; wall time is not ours), the
 * best of three runs each.
 */
class NoticeParserScaleTests {

    private static final int SIZE = 5 * 1024 * 1024;
    /**
     * Generous, so a busy machine cannot make it flake (key lines measured 22 once, with the JIT still compiling the
     * parser); a quadratic reader is thousands of times slower.
     */
    private static final double MAX_RATIO = 50;
    private static final Pattern SCAN = Pattern.compile("[（(〔][^）)〕]{0,200}[）)〕]|\\d+[.．、]|牵头单位|责任单位");
    private static final NoticeParser PARSER = new NoticeParser(new ParserLimits(200, 1_000_000, 1_000_000), Set.of());

    private static String repeat(Supplier<String> piece) {
        StringBuilder text = new StringBuilder(SIZE + 1000);
        while (text.length() < SIZE) {
            text.append(piece.get());
        }
        return text.toString();
    }

    /** The plain pass: every line, one regex scan over each. */
    private static long plainPass(String text) {
        long found = text.lines().count();
        for (String line : (Iterable<String>) text.lines()::iterator) {
            var m = SCAN.matcher(line);
            while (m.find()) {
                found++;
            }
        }
        return found;
    }

    private static long fastest(Runnable run) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = cpu.getCurrentThreadCpuTime();
            run.run();
            best = Math.min(best, cpu.getCurrentThreadCpuTime() - start);
        }
        return Math.max(best, 1);
    }

    private static void assertLinear(String text) {
        long plain = fastest(() -> plainPass(text));
        long parse = fastest(() -> PARSER.parse(text));
        System.out.printf("SCALE %,d chars: plain pass %d ms, parse %d ms (x%.1f)%n", text.length(),
                plain / 1_000_000, parse / 1_000_000, (double) parse / plain);
        assertThat((double) parse / plain).isLessThanOrEqualTo(MAX_RATIO);
    }

    /** Tasks of the seed, numbered 1 to 1000 under each of 99 headings, as a big city's notice would be. */
    @Test
    void parsesFiveMegabytesOfTasksInLinearTime() {
        List<String> lines = SeedDocuments.noticeText().lines().filter(l -> l.matches("\\d+\\..*")).toList();
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        int[] n = {0};
        String text = repeat(() -> {
            int task = n[0]++;
            String line = lines.get(task % lines.size());
            String heading = "";
            if (task % 1000 == 0) {
                int h = task / 1000 + 1;
                heading = (h >= 10 ? (h >= 20 ? digits[h / 10] : "") + "十" : "") + digits[h % 10] + "、第" + h + "部分\n";
            }
            return heading + (task % 1000 + 1) + line.substring(line.indexOf('.')) + "\n";
        });
        ParsedDocument doc = PARSER.parse(text);
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tasks()).hasSize(n[0]);
        assertLinear(text);
    }

    @Test
    void parsesOneTaskFollowedByEndlessProseInLinearTime() {
        String text = "1.任务。\n" + repeat(() -> "推进某某工作，加快某某建设，确保完成年度目标任务\n");
        assertLinear(text);
    }

    @Test
    void parsesOneEnormousLineInLinearTime() {
        int[] n = {0};
        String text = "1.任务（牵头单位：" + repeat(() -> "市第" + (++n[0]) + "局、") + "）\n";
        ParsedDocument doc = PARSER.parse(text);
        assertThat(doc.problems()).anySatisfy(p -> assertThat(p.message()).contains("超过每项任务200个的上限"));
        assertLinear(text);
    }

    @Test
    void parsesDeeplyNestedBracketsInLinearTime() {
        String text = repeat(() -> "（（（（（（（（（（责任单位：甲\n");
        assertLinear(text);
    }

    @Test
    void parsesFiveMegabytesOfKeyLinesInLinearTime() {
        int[] n = {0};
        String text = repeat(() -> "推进第" + (++n[0]) + "项工作。\n牵头单位：市发改委\n责任单位：市财政局、市商务局\n");
        assertLinear(text);
    }
}
