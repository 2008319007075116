package org.respnet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.respnet.ingest.extract.Block;
import org.respnet.ingest.extract.Place;
import org.respnet.ingest.extract.SourceDocument;

/**
 * Each layout other cities print a notice in, on a small excerpt: the (task, role, name) triples it
 * must give. Excerpts follow the corpus (src/test/resources/notices, see its README for sources) or
 * the printings the issue lists; none needs a 「责任分解」 heading before its tasks.
 */
class NoticeLayoutTests {

    private final NoticeParser parser = new NoticeParser();

    /** "task role name" triples, one a string, in the order the parser gives them. */
    private static List<String> triples(ParsedDocument doc) {
        return NoticeCorpusTests.triples(doc).stream().map(t -> t.task() + " " + t.role() + " " + t.name()).toList();
    }

    private static Arguments layout(String name, String text, String... triples) {
        return Arguments.of(name, text, Arrays.asList(triples));
    }

    static Stream<Arguments> layouts() {
        return Stream.of(
                layout("key lines under a numbered task (莲都/丽水 style)", """
                        1.生产总值增长6%以上。

                        责任单位:市发改委
                        2.规上工业增加值增长8%。
                        牵头单位:市经信局
                        配合单位:市科技局,甲县、乙县人民政府
                        """,
                        "1 responsible 市发改委", "2 lead 市经信局", "2 responsible 市科技局",
                        "2 responsible 甲县人民政府", "2 responsible 乙县人民政府"),
                layout("key lines under unnumbered paragraphs", """
                        一、稳增长
                        推进老旧小区改造。
                        牵头单位：市住建局
                        建设城市绿道。
                        牵头单位：市城管局
                        责任单位：市财政局
                        """,
                        "#1 lead 市住建局", "#2 lead 市城管局", "#2 responsible 市财政局"),
                layout("unlabelled lead and supporting units", "1.推进审批改革。（市发改委牵头，市财政局配合）\n",
                        "1 lead 市发改委", "1 responsible 市财政局"),
                layout("unlabelled units by duty", "1.推进审批改革。（市政务办牵头，市直各有关部门按职责分工负责）\n",
                        "1 lead 市政务办", "1 responsible 市直各有关部门"),
                layout("unlabelled host and co-hosts (国务院 style)", "1.推进审批改革。（市政务办主办，市发改委、市财政局协办）\n",
                        "1 lead 市政务办", "1 responsible 市发改委", "1 responsible 市财政局"),
                layout("lead marked with ▲ in a unit list", "1.推进审批改革。（责任单位：▲市政务办、▲市发改委、市财政局）\n",
                        "1 lead 市政务办", "1 lead 市发改委", "1 responsible 市财政局"),
                layout("units parted only by a space or 和", "1.推进审批改革。（牵头单位：市政务办 市发改委；责任单位：市财政局和市税务局）\n",
                        "1 lead 市政务办", "1 lead 市发改委", "1 responsible 市财政局", "1 responsible 市税务局"),
                layout("a stated scope carried to the tasks below",
                        "1.甲。（牵头单位：市政务办；责任单位：市直各部门，以下均需各县市区落实，不再逐一列出）\n2.乙。（牵头单位：市发改委）\n",
                        "1 lead 市政务办", "1 responsible 市直各部门", "1 responsible 各县市区", "2 lead 市发改委",
                        "2 responsible 各县市区"),
                layout("unlabelled group responsible", "1.改进作风。（市政府各部门负责）\n",
                        "1 responsible 市政府各部门"),
                layout("unlabelled several responsible", "1.稳定物价。（市发改委、市市场监管局负责）\n",
                        "1 responsible 市发改委", "1 responsible 市市场监管局"),
                layout("leader named in a section heading", """
                        二、张某某副市长主抓重点工作
                        1.推进工业转型。（牵头单位：市经信局）
                        2.发展服务业。（牵头单位：市发改委）
                        三、其他工作
                        3.办好民生实事。（牵头单位：市民政局）
                        """,
                        "1 leader 张某某", "1 lead 市经信局", "2 leader 张某某", "2 lead 市发改委",
                        "3 lead 市民政局"),
                layout("由…副市长牵头 on a line of its own", """
                        由李四副市长牵头
                        1.推进乡村振兴。（牵头单位：市农业农村局）
                        """,
                        "1 leader 李四", "1 lead 市农业农村局"),
                layout("assignment on a heading passes to its tasks", """
                        （一）加快交通建设（责任领导：王五）
                        1.建成高速公路。（牵头单位：市交通运输局）
                        """,
                        "1 leader 王五", "1 lead 市交通运输局"),
                layout("lead unit named in a heading (沁县 2025)", """
                        一、县示范区管委会牵头工作(8项)
                        1.建设水产养殖基地。
                        2.打造食用菌生产基地。
                        """,
                        "1 lead 县示范区管委会", "2 lead 县示范区管委会"),
                layout("numbering 1、", "1、推进改革。（牵头单位：市发改委）\n", "1 lead 市发改委"),
                layout("numbering 1．", "1．推进改革。（牵头单位：市发改委）\n", "1 lead 市发改委"),
                layout("numbering (1)", "(1)推进改革。（牵头单位：市发改委）\n", "1 lead 市发改委"),
                layout("numbering （1）", "（1）推进改革。（牵头单位：市发改委）\n", "1 lead 市发改委"),
                layout("numbering (一)", "(一)推进改革。(牵头单位:市发改委)\n", "一 lead 市发改委"),
                layout("numbering （一）", "（一）推进改革。（牵头单位：市发改委）\n", "一 lead 市发改委"),
                layout("numbering ①", "①推进改革。（牵头单位：市发改委）\n", "① lead 市发改委"),
                layout("nested numbering restarting under each heading", """
                        一、发展经济
                        （一）稳工业
                        1.技改投资增长10%。（牵头单位：市经信局）
                        （二）促消费
                        1.社零总额增长8%。（牵头单位：市商务局）
                        """,
                        "一.1 lead 市经信局", "二.1 lead 市商务局"),
                layout("pipe table with a merged leader and lead unit", """
                        序号 | 工作任务 | 责任领导 | 牵头单位 | 责任单位 | 完成时限 |
                        | --- | --- | --- | --- | --- | --- |
                        1 | 地区生产总值增长6.5%。 | 吴丕华 | 市发改委 | 各县市区政府及管委会 | 2024年12月底 |
                        2 | 固定资产投资增长8.5%。 |  |  | 市财政局 |  |
                        """,
                        "1 leader 吴丕华", "1 lead 市发改委", "1 responsible 各县市区政府及管委会",
                        "2 leader 吴丕华", "2 lead 市发改委", "2 responsible 市财政局"),
                layout("one cell a line (嘉兴 2023 style), blank lines between cells", """
                        序号

                        主 要 工 作 任 务

                        责任单位

                        1

                        地区生产总值增长6%左右。

                        市发展改革委

                        2

                        研发投入强度达到3.5%。

                        市科技局、市发展改革委
                        """,
                        "1 responsible 市发展改革委", "2 responsible 市科技局", "2 responsible 市发展改革委"),
                layout("role labels read by their shape", "1.推进改革。（牵头负责单位：市发改委；协同配合单位：市财政局）\n",
                        "1 lead 市发改委", "1 responsible 市财政局"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void readsLayout(String name, String text, List<String> expected) {
        ParsedDocument doc = parser.parse(text);
        assertThat(doc.problems()).isEmpty();
        assertThat(triples(doc)).containsExactlyInAnyOrderElementsOf(expected);
    }

    // ---------------------------------------------------------------- tables as blocks (docx, xlsx, html)

    private static Block.Row row(int line, String... cells) {
        return new Block.Row(List.of(cells), new Place(line, "表1第" + line + "行"));
    }

    private ParsedDocument parseTable(Block.Row... rows) {
        return parser.parse(new SourceDocument("docx", List.of(
                new Block.Paragraph("2024年政府工作报告重点任务分解表", Place.ofLine(1)),
                new Block.Table(List.of(rows), rows[0].place()))));
    }

    @Test
    void readsCategoryColumnAsSection() {
        ParsedDocument doc = parseTable(
                row(2, "重点领域", "序号", "重点工作", "牵头市领导", "牵头部门", "配合部门"),
                row(3, "产业发展", "1", "推进工业技改。", "张三", "市经信局", "市财政局"),
                row(4, "", "2", "发展数字经济。", "李四", "市数据局", ""));
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tasks()).extracting(ParsedTask::no, ParsedTask::section)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "产业发展"),
                        org.assertj.core.groups.Tuple.tuple("2", "产业发展"));
    }

    @Test
    void readsRowsWithoutSerialNumberAsUnnumberedTasks() {
        ParsedDocument doc = parseTable(
                row(2, "目标与任务", "责任领导", "牵头单位", "协同责任单位"),
                row(3, "一、扩大有效投资", "一、扩大有效投资", "一、扩大有效投资", "一、扩大有效投资"),
                row(4, "新开工项目200个。", "张三", "市发改委", "市财政局"),
                row(5, "完成投资500亿元。", "", "", "市统计局"));
        assertThat(doc.problems()).isEmpty();
        assertThat(triples(doc)).containsExactly("#1 leader 张三", "#1 lead 市发改委", "#1 responsible 市财政局",
                "#2 leader 张三", "#2 lead 市发改委", "#2 responsible 市统计局");
        assertThat(doc.tasks()).extracting(ParsedTask::section).containsOnly("扩大有效投资");
    }

    /** A task printed over several rows, one unit a row: rows with an empty task cell continue it. */
    @Test
    void readsRowWithEmptyTaskCellAsContinuationOfTheTaskAbove() {
        ParsedDocument doc = parseTable(
                row(2, "序号", "工作任务", "牵头单位", "责任单位"),
                row(3, "1", "推进老旧小区改造。", "市住建局", "市财政局"),
                row(4, "", "", "", "曾都区人民政府"),
                row(5, "2", "建设城市绿道。", "市城管局", ""));
        assertThat(doc.problems()).isEmpty();
        assertThat(triples(doc)).containsExactly("1 lead 市住建局", "1 responsible 市财政局",
                "1 responsible 曾都区人民政府", "2 lead 市城管局");
    }

    @Test
    void skipsHeaderRepeatedOnEveryPage() {
        ParsedDocument doc = parseTable(
                row(2, "序号", "工作任务", "牵头单位"),
                row(3, "1", "推进改革。", "市发改委"),
                row(4, "序号", "工作任务", "牵头单位"),
                row(5, "2", "扩大开放。", "市商务局"));
        assertThat(triples(doc)).containsExactly("1 lead 市发改委", "2 lead 市商务局");
    }

    @Test
    void keepsTheDeadlinePhraseAsWritten() {
        ParsedDocument doc = parser.parse("1.推进改革。（牵头单位：市发改委；完成时限：2024年12月底前）\n");
        assertThat(doc.tasks()).singleElement().extracting(ParsedTask::deadline).isEqualTo("2024年12月底前");
        ParsedDocument table = parseTable(
                row(2, "序号", "工作任务", "牵头单位", "时间节点"),
                row(3, "1", "推进改革。", "市发改委", "6月底前"));
        assertThat(table.tasks()).singleElement().extracting(ParsedTask::deadline).isEqualTo("6月底前");
    }

    @Test
    void readsTableBuiltFromTextLinesExactlyLikeTheSameTableAsBlocks() {
        ParsedDocument pipes = parser.parse("序号 | 工作任务 | 牵头单位 | 责任单位 |\n1 | 推进改革。 | 市发改委 | 市财政局 |\n");
        ParsedDocument cells = parseTable(row(2, "序号", "工作任务", "牵头单位", "责任单位"),
                row(3, "1", "推进改革。", "市发改委", "市财政局"));
        assertThat(triples(pipes)).isEqualTo(triples(cells)).containsExactly("1 lead 市发改委", "1 responsible 市财政局");
    }
}
