package org.respnet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

/**
 * The report behind the tasks on the whole application, with the bundled 随州 notice and report imported at
 * start-up: passages, FROM links, coverage, targets, deadlines and the reporting calendars, over HTTP.
 */
@RespNetIntegrationTest
class ReportIT {

    @LocalServerPort
    int port;

    private HttpJson http() {
        return new HttpJson(port);
    }

    @Test
    void theReportIsReadIntoPassagesAnd165TasksTraceToIt() {
        JsonNode reports = http().get("/api/report/documents").body();
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).get("title").asString()).isEqualTo("随州2024年政府工作报告");
        assertThat(reports.get(0).get("passages").asInt()).isEqualTo(402);
        assertThat(reports.get(0).get("linkedTasks").asInt()).isEqualTo(165);
    }

    @Test
    void coverageNamesTheEightUncoveredCommitmentsAndTheTwoTasksTheReportDoesNotHold() {
        HttpJson.Reply reply = http().get("/api/report/coverage");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode c = reply.body();
        assertThat(c.get("tasks").asInt()).isEqualTo(167);
        assertThat(c.get("linkedTasks").asInt()).isEqualTo(165);
        assertThat(c.get("commitments").asInt()).isEqualTo(205);
        assertThat(c.get("covered").asInt()).isEqualTo(197);
        assertThat(c.get("share").asDouble()).isEqualTo(0.961);
        assertThat(c.get("uncovered")).hasSize(8);
        assertThat(c.get("uncovered").get(0).get("text").asString()).startsWith("坚定实施“工业强市、产业兴市”战略");
        List<String> unlinked = new ArrayList<>();
        c.get("unlinkedTasks").forEach(t -> unlinked.add(t.get("text").asString()));
        assertThat(unlinked).containsExactly("中环路编钟大道至涢水大道段", "熊家村路文帝大道至文海路段");
        JsonNode first = c.get("sections").get(0);
        assertThat(first.get("part").asString()).isEqualTo("二、2024年工作安排");
        // The eight main expected targets (主要预期目标), each a task.
        assertThat(first.get("commitments").asInt()).isEqualTo(8);
        assertThat(first.get("share").asDouble()).isEqualTo(1.0);
        JsonNode industry = c.get("sections").get(1);
        assertThat(industry.get("section").asString()).isEqualTo("(一)坚持链群协同、固本兴新，加快推进新型工业化步伐");
        assertThat(industry.get("covered").asInt()).isEqualTo(industry.get("commitments").asInt() - 1);
    }

    @Test
    void aTaskCarriesItsPassageItsTargetsAndItsUnitsTargets() {
        JsonNode gdp = http().get("/api/tasks?q=" + enc("地区生产总值")).body().get(0);
        assertThat(gdp.get("no").asString()).isEqualTo("1");
        assertThat(gdp.get("passages")).singleElement().satisfies(p -> {
            assertThat(p.get("text").asString()).isEqualTo("经济社会发展的主要预期目标是:地区生产总值增长6.5%;");
            assertThat(p.get("method").asString()).isEqualTo("normalised");
        });
        JsonNode target = gdp.get("targets").get(0);
        assertThat(target.get("metric").asString()).isEqualTo("地区生产总值");
        assertThat(target.get("change").asString()).isEqualTo("增长");
        assertThat(target.get("value").asDouble()).isEqualTo(6.5);
        assertThat(target.get("unit").asString()).isEqualTo("%");
        JsonNode grain = http().get("/api/tasks?q=" + enc("粮食产量")).body().get(0).get("targets").get(0);
        assertThat(grain.get("comparator").asString()).isEqualTo("≥");
        assertThat(grain.get("unit").asString()).isEqualTo("亿斤");

        JsonNode unit = http().get("/api/units/" + enc("市发改委")).body();
        List<String> metrics = new ArrayList<>();
        unit.get("targets").forEach(t -> metrics.add(t.get("role").asString() + ":" + t.get("metric").asString()));
        assertThat(metrics).contains("LEADS:地区生产总值", "LEADS:固定资产投资");
    }

    @Test
    void theLedgerFiltersTasksPastTheirDeadline() {
        // Only tasks 28 (全年) and 44 (今年) state a time; both were due on 2024-12-31.
        JsonNode overdue = http().get("/api/tasks?due=overdue").body();
        List<String> numbers = new ArrayList<>();
        overdue.forEach(t -> numbers.add(t.get("no").asString() + "@" + t.get("deadline").asString() + "/"
                + t.get("deadlinePhrase").asString()));
        assertThat(LocalDate.now()).isAfter(LocalDate.of(2024, 12, 31));
        assertThat(numbers).containsExactly("28@2024-12-31/全年", "44@2024-12-31/今年");
        assertThat(http().get("/api/tasks?due=month").body()).isEmpty();
        assertThat(http().get("/api/tasks").body()).hasSize(167);
    }

    @Test
    void aUnitsCalendarFollowsTheNoticesOwnRules() {
        JsonNode calendar = http().get("/api/units/" + enc("市发改委") + "/calendar").body();
        List<String> dates = new ArrayList<>();
        calendar.get("dates").forEach(d -> dates.add(d.get("date").asString()));
        // 实施方案 by 2-20; its key tasks by 4/15, 6/15, 10/15, 12/15 as lead and five days earlier as responsible;
        // and, as a member of 市政府各部门 (responsible for 民生实事 二), monthly by the 10th.
        assertThat(dates).containsExactly("2024-02-10", "2024-02-20", "2024-03-10", "2024-04-10", "2024-04-15",
                "2024-05-10", "2024-06-10", "2024-06-15", "2024-07-10", "2024-08-10", "2024-09-10", "2024-10-10",
                "2024-10-15", "2024-11-10", "2024-12-10", "2024-12-15");
        assertThat(calendar.get("rules")).hasSize(5);
        JsonNode april15 = calendar.get("dates").get(4).get("items").get(0);
        assertThat(april15.get("role").asString()).isEqualTo("LEAD");
        assertThat(april15.get("tasks").size()).isEqualTo(http().get("/api/units/" + enc("市发改委")).body()
                .get("leadTasks").size());

        // 随县 is a member of 各县市区政府及管委会, named responsible on the 民生实事 too: monthly dates, 5 days early.
        JsonNode county = http().get("/api/units/" + enc("随县人民政府") + "/calendar").body();
        List<String> countyDates = new ArrayList<>();
        county.get("dates").forEach(d -> countyDates.add(d.get("date").asString()));
        assertThat(countyDates).contains("2024-03-10", "2024-04-10", "2024-04-15");
    }

    @Test
    void theIcsIsValidICalendarWithOneEventPerDueDate() {
        HttpJson.Reply reply = HttpJson.send(http().request("/api/units/" + enc("市发改委") + "/calendar.ics").GET().build());
        assertThat(reply.status()).isEqualTo(200);
        String ics = reply.raw();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        ICalendar parsed = Biweekly.parse(ics).first();
        List<VEvent> events = parsed.getEvents();
        assertThat(events).hasSize(http().get("/api/units/" + enc("市发改委") + "/calendar").body().get("dates").size())
                .hasSize(16);
        Set<String> uids = new TreeSet<>();
        events.forEach(e -> uids.add(e.getUid().getValue()));
        assertThat(uids).hasSize(16);
        VEvent first = events.get(1);
        assertThat(first.getDateStart().getValue().getRawComponents().getMonth()).isEqualTo(2);
        assertThat(first.getDateStart().getValue().getRawComponents().getDate()).isEqualTo(20);
        assertThat(first.getSummary().getValue()).isEqualTo("市发改委 报送实施方案（牵头 21 项）");
        assertThat(first.getDescription().getValue()).contains("第1项 地区生产总值增长6.5%").contains("市政府督查室");
        assertThat(first.getDateTimeStamp()).isNotNull();
    }

    @Test
    void theNextReportingDateCountsTheUnitsDue() {
        JsonNode march = http().get("/api/report/next-due?on=2024-03-01").body();
        assertThat(march.get("date").asString()).isEqualTo("2024-03-10");
        assertThat(march.get("past").asBoolean()).isFalse();
        long responsibleForLivelihood = march.get("units").asLong();
        assertThat(responsibleForLivelihood).isGreaterThan(3);
        JsonNode later = http().get("/api/report/next-due?on=2025-01-01").body();
        assertThat(later.get("past").asBoolean()).isTrue();
        assertThat(later.get("date").asString()).isEqualTo("2024-12-15");

        // Units with a calendar: every unit of the city that holds a task by name or through its group.
        JsonNode units = http().get("/api/units?city=" + enc("随州") + "&limit=1000").body();
        int withCalendar = 0;
        int reporting = 0;
        for (JsonNode u : units) {
            if ("group".equals(u.get("kind").asString())) {
                continue;
            }
            reporting++;
            JsonNode cal = http().get("/api/units/" + enc(u.get("name").asString()) + "/calendar?city=" + enc("随州")).body();
            if (cal != null && cal.get("dates") != null && !cal.get("dates").isEmpty()) {
                withCalendar++;
            }
        }
        System.out.println("units with a calendar: " + withCalendar + " of " + reporting + " units that are not groups");
        // 85 units of 随州, 22 of them groups (which report through their members): every other unit reports.
        assertThat(units).hasSize(85);
        assertThat(reporting).isEqualTo(63);
        assertThat(withCalendar).isEqualTo(63);
    }
}
