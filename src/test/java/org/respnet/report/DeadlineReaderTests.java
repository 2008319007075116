package org.respnet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.respnet.SeedDocuments;
import org.respnet.ingest.NoticeParser;

/** Due dates read from the words notices use; a date without a year takes the document's (here 2024). */
class DeadlineReaderTests {

    private static final DeadlineReader READER = new DeadlineReader();

    static Stream<Arguments> phrases() {
        return Stream.of(
                Arguments.of("6月底前完成方案编制", "2024-06-30", "6月底前"),
                Arguments.of("年底前建成投用", "2024-12-31", "年底前"),
                Arguments.of("上半年启动建设", "2024-06-30", "上半年"),
                Arguments.of("下半年开工", "2024-12-31", "下半年"),
                Arguments.of("2024年9月底完成主体工程", "2024-09-30", "2024年9月底"),
                Arguments.of("2025年3月31日前交付", "2025-03-31", "2025年3月31日前"),
                Arguments.of("2月底前报送", "2024-02-29", "2月底前"),
                Arguments.of("4月15日前报送落实情况", "2024-04-15", "4月15日前"),
                Arguments.of("六月底前完成", "2024-06-30", "六月底前"),
                Arguments.of("十一月底前验收", "2024-11-30", "十一月底前"),
                Arguments.of("三季度完成招标", "2024-09-30", "三季度"),
                Arguments.of("第一季度末前完成", "2024-03-31", "第一季度末"),
                Arguments.of("年内实现全覆盖", "2024-12-31", "年内"),
                Arguments.of("深入实施花园城市建设三年行动，今年投入82亿元", "2024-12-31", "今年"),
                Arguments.of("确保全年签约亿元以上正式合同项目160个以上", "2024-12-31", "全年"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrases")
    void readsTheDateAndKeepsThePhrase(String text, String date, String phrase) {
        Deadline deadline = READER.read(text, 2024).orElseThrow();
        assertThat(deadline.date()).isEqualTo(LocalDate.parse(date));
        assertThat(deadline.phrase()).isEqualTo(phrase);
    }

    @Test
    void aTextWithoutATimeHasNoDeadline() {
        assertThat(READER.read("推进婚俗和殡葬改革，培育文明乡风。", 2024)).isEmpty();
        assertThat(READER.read("建设擂鼓墩国家考古遗址公园", 2024)).isEmpty();
    }

    /** The 随州 notice sets no per-task date; only 「全年」 (task 28) and 「今年」 (task 44) name one. */
    @Test
    void twoTasksOfTheSeedNoticeNameTheirYear() {
        assertThat(new NoticeParser().parse(SeedDocuments.noticeText()).tasks().stream()
                .filter(t -> READER.read(t.text(), 2024).isPresent()).map(t -> t.no())).containsExactly("28", "44");
    }
}
