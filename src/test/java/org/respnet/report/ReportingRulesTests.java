package org.respnet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.respnet.SeedDocuments;
import org.respnet.report.ReportingRules.HeldTask;
import org.respnet.report.ReportingRules.Role;
import org.respnet.report.ReportingRules.Rule;
import org.respnet.report.ReportingRules.Scope;

/** The reporting rules read from a notice's own words, and the calendar they give a unit. */
class ReportingRulesTests {

    private static final ReportingRules SEED = ReportingRules.read(SeedDocuments.noticeText(), 2024);

    @Test
    void readsTheSeedNoticesFiveRules() {
        assertThat(SEED.rules()).extracting(Rule::scope, Rule::role, Rule::what).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Scope.ALL, Role.LEAD, "实施方案"),
                org.assertj.core.groups.Tuple.tuple(Scope.LIVELIHOOD, Role.LEAD, "落实情况"),
                org.assertj.core.groups.Tuple.tuple(Scope.KEY, Role.LEAD, "落实情况"),
                org.assertj.core.groups.Tuple.tuple(Scope.LIVELIHOOD, Role.RESPONSIBLE, "落实情况"),
                org.assertj.core.groups.Tuple.tuple(Scope.KEY, Role.RESPONSIBLE, "落实情况"));
    }

    @Test
    void keyTasksAreReportedFourTimesAndResponsibleUnitsFiveDaysEarlier() {
        Rule key = SEED.rules().get(2);
        assertThat(key.dates()).containsExactly(LocalDate.of(2024, 4, 15), LocalDate.of(2024, 6, 15),
                LocalDate.of(2024, 10, 15), LocalDate.of(2024, 12, 15));
        assertThat(key.to()).isEqualTo("市政府督查室和市政府办公室对口业务科室");
        Rule responsible = SEED.rules().get(4);
        assertThat(responsible.dates()).containsExactly(LocalDate.of(2024, 4, 10), LocalDate.of(2024, 6, 10),
                LocalDate.of(2024, 10, 10), LocalDate.of(2024, 12, 10));
        assertThat(responsible.daysBefore()).isEqualTo(5);
        assertThat(responsible.to()).isEqualTo("牵头单位");
    }

    @Test
    void livelihoodProjectsAreReportedMonthlyFromTheNoticesDate() {
        // The notice is dated 2024年1月23日: the first 15th after it is 15 February.
        Rule monthly = SEED.rules().get(1);
        assertThat(monthly.dates()).hasSize(11).startsWith(LocalDate.of(2024, 2, 15)).endsWith(LocalDate.of(2024, 12, 15));
        assertThat(SEED.rules().get(0).dates()).containsExactly(LocalDate.of(2024, 2, 20));
    }

    @Test
    void anotherNoticesOwnRulesAreReadNotTheSeeds() {
        String other = """
                襄阳市人民政府办公室关于分解落实《政府工作报告》的通知
                各牵头单位要将民生实事落实情况于每月10日前报送市政府督查室；重点工作牵头单位分别于7月5日、12月20日前报送市政府督查室；各责任单位提前3天报牵头单位。
                1.地区生产总值增长6%。（责任领导：张三；牵头单位：市发改委；责任单位：市统计局。）
                2025年1月20日
                """;
        ReportingRules rules = ReportingRules.read(other, 2025);
        assertThat(rules.rules()).hasSize(4);
        assertThat(rules.rules().get(0).dates()).hasSize(11).startsWith(LocalDate.of(2025, 2, 10));
        assertThat(rules.rules().get(1).dates()).containsExactly(LocalDate.of(2025, 7, 5), LocalDate.of(2025, 12, 20));
        assertThat(rules.rules().get(3).dates()).containsExactly(LocalDate.of(2025, 7, 2), LocalDate.of(2025, 12, 17));
    }

    @Test
    void aUnitsCalendarNamesItsTasksOnEachDate() {
        List<DueDate> calendar = SEED.calendar(List.of(
                new HeldTask("k1", "1", "KEY", "地区生产总值增长6.5%。", Role.LEAD),
                new HeldTask("k3", "3", "KEY", "固定资产投资增长8.5%。", Role.RESPONSIBLE),
                new HeldTask("l5", "五", "LIVELIHOOD", "新建养老综合体3个。", Role.LEAD)));
        // 实施方案 (2-20), 11 monthly livelihood dates, 4 key lead dates (4-15, 6-15, 10-15, 12-15 coincide with
        // monthly ones), 4 key responsible dates.
        assertThat(calendar).hasSize(16);
        DueDate april15 = calendar.stream().filter(d -> d.date().equals(LocalDate.of(2024, 4, 15))).findFirst().orElseThrow();
        assertThat(april15.items()).hasSize(2);
        assertThat(april15.taskCount()).isEqualTo(2);
        DueDate april10 = calendar.stream().filter(d -> d.date().equals(LocalDate.of(2024, 4, 10))).findFirst().orElseThrow();
        assertThat(april10.items()).singleElement().satisfies(i -> {
            assertThat(i.role()).isEqualTo(Role.RESPONSIBLE);
            assertThat(i.tasks()).extracting(HeldTask::no).containsExactly("3");
        });
    }
}
