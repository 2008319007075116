package org.respnet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.respnet.report.ReportingRules.HeldTask;
import org.respnet.report.ReportingRules.Role;
import org.respnet.report.ReportingRules.Scope;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

/** The .ics text: RFC 5545 line ends, folding and escaping, read back by a real iCalendar parser (biweekly). */
class ICalendarWriterTests {

    private static final Instant NOW = Instant.parse("2024-03-01T08:00:00Z");

    private final List<DueDate> dates = List.of(
            new DueDate(LocalDate.of(2024, 4, 10), List.of(new DueDate.Item(Role.RESPONSIBLE, Scope.KEY, "落实情况",
                    "牵头单位", 5, List.of(new HeldTask("k3", "3", "KEY", "固定资产投资增长8.5%。", Role.RESPONSIBLE))))),
            new DueDate(LocalDate.of(2024, 4, 15), List.of(new DueDate.Item(Role.LEAD, Scope.KEY, "落实情况",
                    "市政府督查室和市政府办公室对口业务科室", null, List.of(
                            new HeldTask("k1", "1", "KEY", "地区生产总值增长6.5%。", Role.LEAD),
                            new HeldTask("k27", "27", "KEY", "开展抓项目促投资专项行动，全面推进投资项目绩效综合评价；做实随信高铁、随州电厂二期、荆门至随州高速。", Role.LEAD))))));

    @Test
    void everyLineEndsInCrlfAndNoneExceeds75Octets() {
        String ics = new ICalendarWriter().write("随州", "市发改委", dates, NOW);
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).contains("\r\n ");
    }

    @Test
    void aRealParserReadsOneEventPerDateNamingItsTasks() {
        String ics = new ICalendarWriter().write("随州", "市发改委", dates, NOW);
        List<ICalendar> calendars = Biweekly.parse(ics).all();
        assertThat(calendars).hasSize(1);
        List<VEvent> events = calendars.get(0).getEvents();
        assertThat(events).hasSize(2);
        VEvent april15 = events.get(1);
        assertThat(april15.getDateStart().getValue().hasTime()).isFalse();
        assertThat(april15.getDateStart().getValue().getRawComponents().getDate()).isEqualTo(15);
        assertThat(april15.getSummary().getValue()).isEqualTo("市发改委 报送重点工作落实情况（牵头 2 项）");
        assertThat(april15.getDescription().getValue())
                .contains("第1项 地区生产总值增长6.5%", "第27项 开展抓项目促投资专项行动，全面推进投资项目绩效综合评价；做实随信高铁、随州电厂二…")
                .contains("牵头报市政府督查室和市政府办公室对口业务科室");
        assertThat(april15.getUid().getValue()).startsWith("20240415-").endsWith("@respnet");
        assertThat(april15.getDateTimeStamp().getValue().toInstant()).isEqualTo(NOW);
        assertThat(events.get(0).getDescription().getValue()).contains("牵头单位节点前 5 天");
    }

    @Test
    void escapesTextAndFoldsWithoutSplittingACharacter() {
        StringBuilder out = new StringBuilder();
        ICalendarWriter.line(out, "SUMMARY:" + ICalendarWriter.text("甲,乙;丙\\丁\n" + "随".repeat(40)));
        String folded = out.toString();
        assertThat(folded).startsWith("SUMMARY:甲\\,乙\\;丙\\\\丁\\n");
        String unfolded = folded.replace("\r\n ", "");
        assertThat(unfolded).isEqualTo("SUMMARY:甲\\,乙\\;丙\\\\丁\\n" + "随".repeat(40) + "\r\n");
    }

    /** Issue 25, finding 7: raw control characters from an uploaded notice reached the .ics file. */
    @Test
    void dropsControlCharactersATextValueMayNotHold() {
        assertThat(ICalendarWriter.text("市发\u0000改\u0007委\u001B[31m\rEND:VCALENDAR\u007F\u0085\t完"))
                .isEqualTo("市发改委[31m\\nEND:VCALENDAR\t完");
    }
}
