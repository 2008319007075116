package org.respnet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.respnet.SeedDocuments;
import org.respnet.ingest.NoticeParser;
import org.respnet.ingest.ParsedTask;
import org.respnet.ingest.TaskKind;

/**
 * The 167 tasks of the 2024 随州 notice traced to the passages of its work report, measured: how many are
 * linked, by which method, the hand-checked sample of links in {@code report/links-sample.tsv}, and the
 * planning part's commitments left uncovered.
 */
class PassageMatcherTests {

    private static List<Passage> passages;
    private static List<PassageMatcher.TaskText> tasks;
    private static List<PassageMatcher.Link> links;

    @BeforeAll
    static void matchSeeds() {
        passages = new ReportReader().read(SeedDocuments.read(SeedDocuments.REPORT), 2024);
        tasks = new NoticeParser().parse(SeedDocuments.noticeText()).tasks().stream()
                .map(t -> new PassageMatcher.TaskText(number(t), t.text(), t.item())).toList();
        links = new PassageMatcher().match(tasks, passages);
    }

    /** The number as the notice prints it: 12, or 民生一.4 for a livelihood part. */
    private static String number(ParsedTask t) {
        return (t.kind() == TaskKind.LIVELIHOOD ? "民生" : "") + t.no();
    }

    @Test
    void links165OfThe167Tasks() {
        Set<String> linked = links.stream().map(PassageMatcher.Link::taskId).collect(Collectors.toSet());
        assertThat(tasks).hasSize(167);
        assertThat(linked).hasSize(165);
        // The report names three of the 5 条城市断头路; the notice adds the other two.
        assertThat(tasks.stream().map(PassageMatcher.TaskText::id).filter(id -> !linked.contains(id)))
                .containsExactly("民生一.4", "民生一.5");
    }

    @Test
    void mostLinksAreExactAndOnlyThreeNeedSimilarity() {
        Map<String, Long> byMethod = links.stream()
                .collect(Collectors.groupingBy(PassageMatcher.Link::method, TreeMap::new, Collectors.counting()));
        assertThat(byMethod).containsExactly(Map.entry("exact", 178L), Map.entry("normalised", 35L),
                Map.entry("similar", 3L));
        assertThat(links.stream().filter(l -> l.method().equals("similar")).map(PassageMatcher.Link::taskId))
                .containsExactly("8", "52", "53");
    }

    @Test
    void theHandCheckedSampleOf30LinksIsMatchedExactly() throws IOException {
        Map<String, Set<String>> expected = sample();
        assertThat(expected.values().stream().mapToInt(Set::size).sum()).isEqualTo(30);
        int right = 0;
        int extra = 0;
        for (var e : expected.entrySet()) {
            Set<String> found = links.stream().filter(l -> l.taskId().equals(e.getKey()))
                    .map(l -> passages.get(l.passageNo() - 1).text()).collect(Collectors.toSet());
            right += (int) e.getValue().stream().filter(found::contains).count();
            extra += (int) found.stream().filter(f -> !e.getValue().contains(f)).count();
        }
        double accuracy = right / 30.0;
        System.out.printf("links-sample.tsv: %d of 30 expected links found (accuracy %.2f), %d unexpected links%n",
                right, accuracy, extra);
        assertThat(right).isEqualTo(30);
        assertThat(extra).isZero();
    }

    @Test
    void ofThePlanningPartsCommitments197AreCoveredAnd8AreNot() {
        Set<Integer> covered = links.stream().map(PassageMatcher.Link::passageNo).collect(Collectors.toSet());
        List<Passage> counted = passages.stream()
                .filter(p -> p.planning() && !p.heading() && (p.commitment() || covered.contains(p.no()))).toList();
        List<Passage> uncovered = counted.stream().filter(p -> !covered.contains(p.no())).toList();
        assertThat(counted).hasSize(205);
        assertThat(uncovered).hasSize(8);
        // What nobody received: the sentence after each of the eight section headings.
        assertThat(uncovered).allSatisfy(p -> assertThat(passages.get(p.no() - 2).text()).startsWith("("));
        assertThat(uncovered.get(0).text()).startsWith("坚定实施“工业强市、产业兴市”战略");
    }

    @Test
    void noTaskIsLinkedToTheReviewOfLastYear() {
        assertThat(links).allSatisfy(l -> assertThat(passages.get(l.passageNo() - 1).planning()).isTrue());
    }

    static Stream<Arguments> similarities() {
        return Stream.of(
                Arguments.of("生态环保完成省定目标。", "生态环保、节能减排完成省定目标。", 0.889),
                Arguments.of("建成随县安居综合客运站。", "建成随县安居、广水市北门综合客运站。", 0.9),
                Arguments.of("新建城市绿道12公里。", "新建城市绿道30公里。", 0.667),
                Arguments.of("推进婚俗和殡葬改革。", "加强知识产权保护。", 0.0));
    }

    @ParameterizedTest
    @MethodSource("similarities")
    void similarityIsTheShareOfTheShorterTextsCharacterPairsFoundInTheOther(String a, String b, double expected) {
        double score = PassageMatcher.overlap(PassageMatcher.pairs(PassageMatcher.normalise(a)),
                PassageMatcher.pairs(PassageMatcher.normalise(b)));
        assertThat(score).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void normalisingDropsPunctuationAndFoldsWidth() {
        assertThat(PassageMatcher.normalise("支持每个县市区发展1—3个主导产业；"))
                .isEqualTo(PassageMatcher.normalise("支持每个县市区发展1-3个主导产业;"))
                .isEqualTo("支持每个县市区发展13个主导产业");
        assertThat(PassageMatcher.normalise("ＰＭ２.５“一升一降”")).isEqualTo("PM25一升一降");
    }

    @Test
    void aTaskWhoseNumberDiffersFromThePlanIsTracedToThePlanNotToTheReview() {
        List<PassageMatcher.Link> found = new PassageMatcher().match(
                List.of(new PassageMatcher.TaskText("x", "新建城市绿道30公里。", null)), passages);
        // The review part says 新建城市绿道30公里; the plan says 12公里: the review is no candidate.
        assertThat(found).extracting(l -> passages.get(l.passageNo() - 1).text())
                .containsExactly("启动擂鼓墩大道、交通大道示范路建设，完成白云湖水环境提升二期工程，新建城市绿道12公里，实现微更新、绿更新。");
    }

    private static Map<String, Set<String>> sample() throws IOException {
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        try (InputStream in = PassageMatcherTests.class.getResourceAsStream("/report/links-sample.tsv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", 2))
                    .forEach(cols -> rows.computeIfAbsent(cols[0], k -> new TreeSet<>()).add(cols[1]));
        }
        return rows;
    }
}
