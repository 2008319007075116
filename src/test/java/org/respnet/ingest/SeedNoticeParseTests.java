package org.respnet.ingest;

import org.respnet.SeedDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole seed notice, parsed without a database. Every figure here was counted by hand in
 * import/suizhou-2024-notice.txt (grep over its 167 assignment blocks).
 */
class SeedNoticeParseTests {

    private static ParsedDocument notice;

    @BeforeAll
    static void parseSeed() throws IOException {
        notice = new NoticeParser().parse(SeedDocuments.noticeText());
    }

    @Test
    void findsEveryKeyTaskAndEveryLivelihoodPart() {
        assertThat(notice.problems()).isEmpty();
        assertThat(notice.tasks().stream().filter(t -> t.kind() == TaskKind.KEY)).hasSize(157);
        assertThat(notice.tasks().stream().filter(t -> t.kind() == TaskKind.LIVELIHOOD).map(ParsedTask::no))
                .containsExactly("一.1", "一.2", "一.3", "一.4", "一.5", "二", "三", "四.1", "四.2", "五");
    }

    @Test
    void countsTasksPerLeader() {
        Map<String, Long> perLeader = notice.tasks().stream().flatMap(t -> t.leaders().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perLeader).containsExactlyInAnyOrderEntriesOf(Map.of(
                "吴丕华", 73L, "黄继军", 49L, "徐锋", 40L, "罗兰", 30L, "柴普军", 14L, "刘军伟", 8L, "罗栋梁", 2L));
    }

    @Test
    void countsCoLedTasks() {
        assertThat(notice.tasks().stream().filter(t -> t.leadUnits().size() >= 2)).hasSize(41);
        assertThat(notice.tasks().stream().filter(t -> t.leaders().size() >= 2)).hasSize(41);
    }

    @Test
    void numbersKeyTasksOneToOneHundredFiftySeven() {
        assertThat(notice.tasks().stream().filter(t -> t.kind() == TaskKind.KEY).map(ParsedTask::no).map(Integer::valueOf))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 157).boxed().toList());
    }

    @Test
    void readsTheNoticeHead() {
        assertThat(notice.kind()).isEqualTo(DocumentKind.NOTICE);
        assertThat(notice.docNo()).isEqualTo("随政办发〔2024〕2号");
        assertThat(notice.city()).isEqualTo("随州");
        assertThat(notice.year()).isEqualTo(2024);
    }

    @Test
    void namesEightyFiveDistinctUnits() {
        assertThat(notice.tasks().stream()
                .flatMap(t -> Stream.concat(t.leadUnits().stream(), t.responsibleUnits().stream()))
                .map(UnitRef::name).distinct()).hasSize(85);
    }
}
