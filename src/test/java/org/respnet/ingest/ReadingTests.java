package org.respnet.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.respnet.ingest.NoticeCorpusTests.Triple;
import org.respnet.ingest.extract.DocumentExtractor;
import org.respnet.ingest.extract.TestFiles;

/**
 * The clerk's reading ({@link Reading}): a table's column the reader could not name is given its role, the lead rule
 * is chosen, a task's units are written out, and what holds for the next document is told apart from what does not.
 * The tables are real notices' tasks (立山区 2023, 许昌市 2020 of the test corpus) laid out under headers the reader
 * does not know.
 */
class ReadingTests {

    private static final Path LISHAN = Path.of("src/test/resources/notices/lishan-2023/notice.txt");
    private static final Path XUCHANG = Path.of("src/test/resources/notices/xuchang-2020/notice.txt");

    /** The notice's tasks as a table: 序号 | 工作任务 | {lead} | {responsible}, under the notice's title. */
    static byte[] asTable(Path notice, String title, String leadTitle, String responsibleTitle) throws Exception {
        ParsedDocument truth = new NoticeParser().parse(Files.readString(notice));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "工作任务", leadTitle, responsibleTitle));
        for (ParsedTask task : truth.tasks()) {
            rows.add(List.of(task.no(), task.text(), names(task.leadUnits()), names(task.responsibleUnits())));
        }
        return TestFiles.docxWithTable(List.of(title), rows);
    }

    private static String names(List<UnitRef> units) {
        return units.stream().map(UnitRef::name).collect(Collectors.joining("、"));
    }

    private static ParsedDocument read(byte[] file, Reading reading) throws Exception {
        return reading.applyTo(new NoticeParser().parse(DocumentExtractor.extract(file), reading));
    }

    private static Set<Triple> truth(Path notice) throws Exception {
        return NoticeCorpusTests.triples(new NoticeParser().parse(Files.readString(notice)));
    }

    private static Reading columns(List<String> header, List<String> roles) {
        return new Reading(List.of(new Reading.TableRoles(header, roles)), null, null, null);
    }

    private static final List<String> HEADER = List.of("序号", "工作任务", "主抓单位", "协同单位");

    @Test
    void aLeadColumnTheReaderDoesNotKnowIsReadOnceTheClerkNamesIt() throws Exception {
        byte[] file = asTable(LISHAN, "立山区政府2023年重点工作任务分解和责任分工方案", "主抓单位", "协同单位");
        ParsedDocument alone = read(file, Reading.NONE);
        assertThat(alone.tasks()).hasSize(6);
        assertThat(alone.tasks()).allMatch(t -> t.leadUnits().isEmpty());
        ParsedDocument.TableLayout layout = alone.tables().getFirst();
        assertThat(layout.header()).isEqualTo(HEADER);
        assertThat(layout.roles()).containsExactly("SERIAL", "TASK", "", "RESPONSIBLE");
        assertThat(layout.source()).isEqualTo(ParsedDocument.TableLayout.Source.READER);
        assertThat(layout.sample().getFirst().get(2)).isEqualTo("区发改局");

        ParsedDocument chosen = read(file, columns(HEADER, List.of("", "", "LEAD", "")));
        assertThat(NoticeCorpusTests.triples(chosen)).isEqualTo(truth(LISHAN));
        assertThat(chosen.tables().getFirst().source()).isEqualTo(ParsedDocument.TableLayout.Source.CHOSEN);
        assertThat(chosen.tables().getFirst().roles()).containsExactly("SERIAL", "TASK", "LEAD", "RESPONSIBLE");
    }

    @Test
    void theSameChoiceReadsAnotherNoticeWithThatHeader() throws Exception {
        byte[] file = asTable(XUCHANG, "许昌市2020年政府工作报告重点工作任务分解", "主抓单位", "协同单位");
        assertThat(read(file, Reading.NONE).tasks()).allMatch(t -> t.leadUnits().isEmpty());
        ParsedDocument chosen = read(file, columns(HEADER, List.of("", "", "LEAD", "")));
        assertThat(NoticeCorpusTests.triples(chosen)).isEqualTo(truth(XUCHANG));
    }

    @Test
    void anIgnoredColumnNamesNobody() throws Exception {
        byte[] file = asTable(LISHAN, "立山区政府2023年重点工作任务分解和责任分工方案", "牵头单位", "责任单位");
        ParsedDocument ignored = read(file, columns(List.of("序号", "工作任务", "牵头单位", "责任单位"),
                List.of("", "", "", "IGNORE")));
        assertThat(ignored.tasks()).hasSize(6).allMatch(t -> t.responsibleUnits().isEmpty());
        assertThat(ignored.tasks().getFirst().leadUnits()).extracting(UnitRef::name).containsExactly("区发改局");
    }

    @Test
    void aChoiceThatReadsNoTaskIsSaidAndTheReaderReadsAlone() throws Exception {
        byte[] file = asTable(LISHAN, "立山区政府2023年重点工作任务分解和责任分工方案", "牵头单位", "责任单位");
        ParsedDocument read = read(file, columns(List.of("序号", "工作任务", "牵头单位", "责任单位"),
                List.of("IGNORE", "IGNORE", "LEAD", "RESPONSIBLE")));
        assertThat(NoticeCorpusTests.triples(read)).isEqualTo(truth(LISHAN));
        assertThat(read.warnings()).anyMatch(w -> w.message().contains("没有「任务」列"));
    }

    @Test
    void theLeadRuleTheClerkChoosesDecidesTasksThatNameNoLead() throws Exception {
        byte[] file = asTable(LISHAN, "立山区政府2023年重点工作任务分解和责任分工方案", "主抓单位", "责任单位");
        Reading first = new Reading(List.of(), Reading.LeadChoice.FIRST_LISTED, null, null);
        ParsedTask one = read(file, first).tasks().getFirst();
        // 主抓单位 is not read, so 责任单位 「立山经济开发区、全区经济运行各专班」 is the only list: its first leads
        assertThat(one.leadUnits()).extracting(UnitRef::name).containsExactly("立山经济开发区");
        assertThat(one.responsibleUnits()).extracting(UnitRef::name).containsExactly("全区经济运行各专班");
        assertThat(one.leadRule()).isEqualTo(LeadRule.FIRST_LISTED);
        Reading every = new Reading(List.of(), Reading.LeadChoice.EVERY, null, null);
        assertThat(read(file, every).tasks().getFirst().leadUnits()).extracting(UnitRef::name)
                .containsExactly("立山经济开发区", "全区经济运行各专班");
        assertThat(read(file, Reading.NONE).tasks().getFirst().leadUnits()).isEmpty();
    }

    @Test
    void aTasksUnitsAsTheClerkWroteThemAndThePhrasesDroppedFromThem() throws Exception {
        byte[] file = asTable(LISHAN, "立山区政府2023年重点工作任务分解和责任分工方案", "牵头单位", "责任单位");
        Reading edits = new Reading(List.of(), null, Map.of(
                // task 1: 「全区经济运行各专班」 is no unit; task 3: 「各街道」 split into two made-up names is no drop
                "1", new Reading.RowUnits(List.of(), List.of("区发改局"), List.of("立山经济开发区")),
                "3", new Reading.RowUnits(List.of(), List.of("区发改局"), List.of("立山经济开发区", "各街道甲", "区直各部门"))),
                null);
        ParsedDocument asRead = new NoticeParser().parse(DocumentExtractor.extract(file), edits);
        ParsedDocument edited = edits.applyTo(asRead);
        assertThat(edited.tasks().getFirst().responsibleUnits()).extracting(UnitRef::name)
                .containsExactly("立山经济开发区");
        assertThat(edited.tasks().get(2).responsibleUnits()).extracting(UnitRef::name)
                .containsExactly("立山经济开发区", "各街道甲", "区直各部门");
        assertThat(edits.profile(asRead).notUnits()).containsExactly("全区经济运行各专班");

        // the profile drops the phrase wherever it stands in the city's next document, and says so
        Reading profile = new Reading(List.of(), null, null, List.of("全区经济运行各专班"));
        ParsedDocument next = read(file, profile);
        assertThat(next.tasks().getFirst().responsibleUnits()).extracting(UnitRef::name)
                .containsExactly("立山经济开发区");
        assertThat(next.warnings()).anyMatch(w -> w.message().contains("「全区经济运行各专班」不是单位"));
    }

    @Test
    void aTableWithoutAHeaderTheReaderKnowsIsOfferedForTheClerkToMark() throws Exception {
        byte[] file = asTable(LISHAN, "立山区政府2023年重点工作任务分解和责任分工方案", "主抓", "协同");
        List<String> header = List.of("序号", "工作任务", "主抓", "协同");
        ParsedDocument alone = read(file, Reading.NONE);
        assertThat(alone.tasks()).isEmpty();
        assertThat(alone.tables()).singleElement().satisfies(t -> {
            assertThat(t.source()).isEqualTo(ParsedDocument.TableLayout.Source.NONE);
            assertThat(t.header()).isEqualTo(header);
            assertThat(t.roles()).containsOnly("");
        });
        ParsedDocument marked = read(file, columns(header, List.of("SERIAL", "TASK", "LEAD", "RESPONSIBLE")));
        assertThat(NoticeCorpusTests.triples(marked)).isEqualTo(truth(LISHAN));
    }

    /** 立山区's notice with every 牵头单位/责任单位 line taken out: nothing to read, until the clerk marks it. */
    @Test
    void paragraphsTheClerkMarksAreTasksWhereTheReaderFoundNone() throws Exception {
        List<String> bare = Files.readAllLines(LISHAN).stream()
                .filter(line -> !line.startsWith("牵头单位") && !line.startsWith("责任单位")).toList();
        byte[] file = TestFiles.docx(bare);
        ParsedDocument alone = read(file, Reading.NONE);
        assertThat(alone.tasks()).isEmpty();
        assertThat(alone.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("这不是任务分解通知"));
        List<String> lines = List.of(alone.text().split("\n", -1));
        int first = lines.indexOf("1.努力实现地区生产总值增长6.2%左右。") + 1;
        int fourth = lines.indexOf("4.社会消费品零售总额增长9%左右。") + 1;
        assertThat(first).isPositive();
        assertThat(fourth).isGreaterThan(first);

        Reading marks = new Reading(List.of(), null, null, null, List.of(
                new Reading.MarkedTask(first, new Reading.RowUnits(List.of(), List.of("区发改局"),
                        List.of("立山经济开发区", "全区经济运行各专班"))),
                new Reading.MarkedTask(fourth, new Reading.RowUnits(List.of(), List.of("区商务局"), List.of("各街道"))),
                new Reading.MarkedTask(9999, new Reading.RowUnits(List.of(), List.of("区财政局"), List.of()))));
        ParsedDocument marked = read(file, marks);
        assertThat(marked.problems()).isEmpty();
        assertThat(NoticeCorpusTests.triples(marked)).containsExactlyInAnyOrder(
                new Triple("1", "lead", "区发改局"), new Triple("1", "responsible", "立山经济开发区"),
                new Triple("1", "responsible", "全区经济运行各专班"), new Triple("4", "lead", "区商务局"),
                new Triple("4", "responsible", "各街道"));
        assertThat(marked.tasks().get(1).text()).isEqualTo("社会消费品零售总额增长9%左右。");
        assertThat(marked.warnings()).anyMatch(w -> w.message().startsWith("标为任务的第9999行不在文件中"));
    }

    @Test
    void aRoleThePreviewDoesNotOfferIsRefusedInChinese() {
        assertThatThrownBy(() -> new Reading.TableRoles(HEADER, List.of("", "", "BOSS", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("列的角色「BOSS」无法识别");
    }
}
