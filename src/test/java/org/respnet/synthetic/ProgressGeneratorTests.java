package org.respnet.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.respnet.synthetic.ProgressGenerator.Report;
import org.respnet.synthetic.ProgressGenerator.TaskShape;

/** Generated progress: one report a month, deterministic, valid, and later on tasks with more units and co-leads. */
class ProgressGeneratorTests {

    private static final ProgressGenerator YEAR = new ProgressGenerator(42, 2024, 12);
    private static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);

    private static TaskShape task(String id, int units, String... leads) {
        return new TaskShape(id, YEAR_END, List.of(leads), units);
    }

    @Test
    void oneReportAMonthWithinThatMonthEachMarkedAsGenerated() {
        List<Report> reports = YEAR.reports(task("t1", 3, "a"));

        assertThat(reports).hasSize(12);
        assertThat(reports.stream().map(Report::period)).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(2024, m).toString()).toList());
        assertThat(reports).allSatisfy(r -> {
            assertThat(YearMonth.from(r.at()).toString()).isEqualTo(r.period());
            assertThat(r.note()).startsWith(ProgressGenerator.MARK);
            assertThat(r.task()).isEqualTo("t1");
            assertThat(r.unitKey()).isEqualTo("a");
        });
        assertThat(new ProgressGenerator(42, 2024, 18).reports(task("t1", 3, "a"))).hasSize(18)
                .last().extracting(Report::period).isEqualTo("2025-06");
    }

    @Test
    void theSameSeedGivesTheSameReportsAnotherSeedOthers() {
        TaskShape t = task("t2", 8, "a", "b");
        assertThat(new ProgressGenerator(42, 2024, 12).reports(t)).isEqualTo(YEAR.reports(t));
        List<List<Report>> others = IntStream.range(0, 20)
                .mapToObj(s -> new ProgressGenerator(1000 + s, 2024, 12).reports(t)).distinct().toList();
        assertThat(others.size()).isGreaterThan(1);
    }

    @Test
    void statusesArePlausibleAndDoneStaysDone() {
        for (int i = 0; i < 300; i++) {
            List<Report> reports = YEAR.reports(task("t" + i, 1 + i % 15, i % 4 == 0 ? new String[] {"a", "b"}
                    : new String[] {"a"}));
            int percent = 0;
            boolean done = false;
            for (Report r : reports) {
                assertThat(r.status()).isIn(ProgressGenerator.DONE, ProgressGenerator.ON_TRACK,
                        ProgressGenerator.LAGGING, ProgressGenerator.NOT_STARTED);
                assertThat(r.percent()).isBetween(percent, 100);
                assertThat(r.status().equals(ProgressGenerator.DONE)).isEqualTo(r.percent() == 100);
                assertThat(done && !r.status().equals(ProgressGenerator.DONE)).isFalse();
                percent = r.percent();
                done = r.status().equals(ProgressGenerator.DONE);
            }
        }
    }

    @Test
    void anOnTrackTaskIsDoneByItsDeadlineMonth() {
        TaskShape june = new TaskShape("t-june", LocalDate.of(2024, 6, 30), List.of("a"), 1);
        // with one unit and no co-lead the chance of lagging is 2–6 % a month: most such tasks finish in June
        long doneByJune = IntStream.range(0, 200)
                .mapToObj(s -> new ProgressGenerator(s, 2024, 12).reports(june).get(5))
                .filter(r -> r.status().equals(ProgressGenerator.DONE)).count();
        assertThat(doneByJune).isGreaterThan(100);
    }

    @Test
    void coLeadUnitsTakeTurnsReporting() {
        List<Report> reports = YEAR.reports(task("t3", 4, "a", "b"));
        assertThat(reports.stream().map(Report::unitKey).toList().subList(0, 4)).containsExactly("a", "b", "a", "b");
        assertThat(YEAR.reports(task("t4", 2))).isEmpty();
    }

    @Test
    void riskGrowsWithUnitsAndCoLeads() {
        assertThat(ProgressGenerator.risk(task("x", 1, "a"))).isEqualTo(0.04);
        assertThat(ProgressGenerator.risk(task("x", 10, "a"))).isGreaterThan(ProgressGenerator.risk(task("x", 2, "a")));
        assertThat(ProgressGenerator.risk(task("x", 3, "a", "b"))).isGreaterThan(ProgressGenerator.risk(task("x", 3, "a")));
        assertThat(ProgressGenerator.risk(task("x", 200, "a", "b", "c", "d"))).isEqualTo(0.6);
    }

    @Test
    void tasksWithMoreUnitsAndCoLeadsLagMoreOftenButChanceStillMatters() {
        double simple = laggingShare(2, "a");
        double crowded = laggingShare(12, "a", "b", "c");
        assertThat(crowded).isGreaterThan(2 * simple);
        // the same structure, different tasks: not all alike
        assertThat(IntStream.range(0, 50).mapToObj(i -> lagging(YEAR.reports(task("same" + i, 12, "a", "b", "c"))))
                .distinct().count()).isGreaterThan(3);
    }

    private static double laggingShare(int units, String... leads) {
        return IntStream.range(0, 400).mapToLong(i -> lagging(YEAR.reports(task("s" + units + "-" + i, units, leads))))
                .sum() / (400.0 * 12);
    }

    private static long lagging(List<Report> reports) {
        return reports.stream().filter(r -> r.status().equals(ProgressGenerator.LAGGING)).count();
    }
}
