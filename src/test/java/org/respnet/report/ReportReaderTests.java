package org.respnet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.respnet.SeedDocuments;

/** The 2024 随州 work report read into passages; counts checked against import/suizhou-2024-report.txt. */
class ReportReaderTests {

    private static List<Passage> passages;

    @BeforeAll
    static void readSeed() {
        passages = new ReportReader().read(SeedDocuments.read(SeedDocuments.REPORT), 2024);
    }

    @Test
    void readsEverySentenceUnderItsPart() {
        assertThat(passages).hasSize(402);
        assertThat(passages.stream().map(Passage::part).distinct())
                .containsExactly("", "一、2023年工作回顾", "二、2024年工作安排", "三、全面加强政府自身建设");
        assertThat(passages.stream().filter(Passage::planning)).hasSize(257);
    }

    @Test
    void theReviewOfLastYearIsNotPlanningAndHoldsNoCommitment() {
        assertThat(passages.stream().filter(p -> p.part().startsWith("一、"))).allSatisfy(p -> {
            assertThat(p.planning()).isFalse();
            assertThat(p.commitment()).isFalse();
        });
    }

    @Test
    void sectionsAndSubsectionLinesAreHeadings() {
        Passage section = passage("(一)坚持链群协同、固本兴新，加快推进新型工业化步伐。");
        assertThat(section.heading()).isTrue();
        assertThat(section.section()).isEqualTo("(一)坚持链群协同、固本兴新，加快推进新型工业化步伐");
        Passage action = passage("大力实施重点产业转型升级行动。");
        assertThat(action.heading()).isTrue();
        assertThat(action.commitment()).isFalse();
        assertThat(passages.stream().filter(p -> p.planning() && p.heading()).map(Passage::text))
                .contains("突出政治建设，打造忠诚政府。", "用心用情优化公共服务供给。").hasSize(42);
    }

    @Test
    void aPartWithoutSectionsIsOrganisedByItsSubsectionLines() {
        assertThat(passage("严格规范公正文明执法，强化行政执法监督机制和能力建设，让行政执法既有力度又有温度。").section())
                .isEqualTo("严格依法行政，打造法治政府");
    }

    @Test
    void splitsTargetListsAtHalfWidthSemicolons() {
        Passage gdp = passage("经济社会发展的主要预期目标是:地区生产总值增长6.5%;");
        assertThat(gdp.part()).isEqualTo("二、2024年工作安排");
        assertThat(gdp.section()).isNull();
        assertThat(gdp.commitment()).isTrue();
        assertThat(passage("粮食产量保持在29亿斤以上;").commitment()).isTrue();
    }

    @Test
    void theFramingOfAPartIsNoCommitmentButSectionSentencesWithAnActionAre() {
        assertThat(passage("我们将重点做好八个方面工作:").commitment()).isFalse();
        assertThat(passages.stream().filter(p -> p.text().startsWith("今年政府工作的总体要求是")).findFirst().orElseThrow()
                .commitment()).isFalse();
        assertThat(passage("打造全科社区工作者队伍。").commitment()).isTrue();
        assertThat(passages.stream().filter(Passage::commitment)).hasSize(201);
    }

    @Test
    void keepsParagraphsSoTheTextCanBeLaidOutAgain() {
        assertThat(passages.get(0).paragraph()).isEqualTo(1);
        assertThat(passages.stream().mapToInt(Passage::paragraph).max().orElseThrow()).isEqualTo(62);
    }

    private static Passage passage(String text) {
        return passages.stream().filter(p -> p.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text));
    }
}
