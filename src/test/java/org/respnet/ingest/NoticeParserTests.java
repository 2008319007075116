package org.respnet.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The traps of the notice text, each on a real excerpt of 随政办发〔2024〕2号
 * (import/suizhou-2024-notice.txt; the line it comes from is noted) or on the other printings
 * DESIGN.md describes.
 */
class NoticeParserTests {

    private static final String KEY_PART = "《政府工作报告》重点工作责任分解\n";
    private final NoticeParser parser = new NoticeParser();

    private ParsedDocument parse(String body) {
        return parser.parse(KEY_PART + body);
    }

    private ParsedTask onlyTask(String body) {
        ParsedDocument doc = parse(body);
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tasks()).hasSize(1);
        return doc.tasks().getFirst();
    }

    private static List<String> names(List<UnitRef> units) {
        return units.stream().map(UnitRef::name).toList();
    }

    @Test
    void splitsSharedCountySuffix() {
        // line 59 (task 11)
        ParsedTask task = onlyTask("11.积极推动冶金建材产业绿色低碳改造。（责任领导：黄继军；牵头单位：市经信局；"
                + "责任单位：市发改委、市住建局，随县、广水市人民政府。）");
        assertThat(names(task.responsibleUnits()))
                .containsExactly("市发改委", "市住建局", "随县人民政府", "广水市人民政府");
    }

    @Test
    void readsHexagonalBracketsWithNestedOffice() {
        // line 208 (task 89)
        ParsedTask task = onlyTask("89.推进婚俗和殡葬改革，培育文明乡风。〔责任领导：徐锋；牵头单位：市委宣传部（市委文明办）、市民政局；"
                + "责任单位：市殡葬改革领导小组成员单位，各县市区政府及管委会。〕");
        assertThat(task.leadUnits()).containsExactly(new UnitRef("市委宣传部", "市委文明办"), UnitRef.of("市民政局"));
        assertThat(task.text()).isEqualTo("推进婚俗和殡葬改革，培育文明乡风。");
        assertThat(names(task.responsibleUnits())).containsExactly("市殡葬改革领导小组成员单位", "各县市区政府及管委会");
    }

    @Test
    void keepsOfficeOfDevelopmentCommission() {
        // line 258 (task 112)
        ParsedTask task = onlyTask("112.对标全省第一方阵。〔责任领导：吴丕华；牵头单位：市发改委（市营商环境办）；"
                + "责任单位：市优化营商环境领导小组成员单位，各县市区政府及管委会。〕");
        assertThat(task.leadUnits()).containsExactly(new UnitRef("市发改委", "市营商环境办"));
    }

    @Test
    void separatesNumberedLinesWithoutBlankLine() {
        // lines 116-117 (tasks 36 and 37)
        ParsedDocument doc = parse("""
                36.推进徐家河环库公路续建工程。（责任领导：黄继军；牵头单位：广水市人民政府；责任单位：市交通运输局。）
                37.加大文旅宣传、营销、推广力度，持续提升知名度。（责任领导：罗兰；牵头单位：市文化和旅游局；责任单位：市委宣传部，各县市区政府及管委会。）
                """);
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tasks()).extracting(ParsedTask::no).containsExactly("36", "37");
        assertThat(doc.tasks().get(1).leaders()).containsExactly("罗兰");
    }

    @Test
    void tracksSectionAndActionLine() {
        // lines 53-57
        ParsedDocument doc = parse("""
                二、坚持链群协同、固本兴新，加快推进新型工业化步伐

                大力实施重点产业转型升级行动。

                10.高质量推进专汽之都建设。（责任领导：黄继军；牵头单位：市经信局；责任单位：市专用汽车产业发展工作领导小组成员单位。）
                大力实施供应链高质量建设行动。
                15.启动湖北交投随州智慧供应链产业园建设。（责任领导：吴丕华；牵头单位：随州高新区管委会；责任单位：市经信局、市交通运输局，曾都区人民政府。）
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::sectionNo, ParsedTask::section, ParsedTask::action)
                .containsExactly(
                        tuple("二", "坚持链群协同、固本兴新，加快推进新型工业化步伐", "大力实施重点产业转型升级行动"),
                        tuple("二", "坚持链群协同、固本兴新，加快推进新型工业化步伐", "大力实施供应链高质量建设行动"));
    }

    @Test
    void splitsLivelihoodItemIntoSeparatelyAssignedParts() {
        // line 424 (民生实事 item 四)
        ParsedDocument doc = parser.parse("民生实事责任分解\n"
                + "四、改造老旧小区112个（责任领导：吴丕华；牵头单位：市住建局；责任单位：市经信局，广水市、曾都区人民政府，随州高新区管委会），"
                + "启动主城区集中供暖工程（责任领导：吴丕华；牵头单位：随州高新区管委会；责任单位：市住建局，曾都区人民政府）。\n");
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tasks()).extracting(ParsedTask::no, ParsedTask::kind, ParsedTask::text)
                .containsExactly(
                        tuple("四.1", TaskKind.LIVELIHOOD, "改造老旧小区112个"),
                        tuple("四.2", TaskKind.LIVELIHOOD, "启动主城区集中供暖工程"));
        assertThat(doc.tasks().getFirst().item()).isEqualTo("改造老旧小区112个，启动主城区集中供暖工程。");
        assertThat(names(doc.tasks().getFirst().responsibleUnits()))
                .containsExactly("市经信局", "广水市人民政府", "曾都区人民政府", "随州高新区管委会");
    }

    @Test
    void readsLeadUnitsSeparatedByFullWidthComma() {
        // line 63 (task 16): a county government among the lead units, after ，
        ParsedTask task = onlyTask("16.推动国际汽配城扩容提质。（责任领导：黄继军；牵头单位：市经信局，曾都区人民政府；"
                + "责任单位：市自然资源和规划局、市住建局、市商务局、市市场监管局。）");
        assertThat(names(task.leadUnits())).containsExactly("市经信局", "曾都区人民政府");
    }

    @Test
    void acceptsTaskWithoutResponsibleUnits() {
        // line 157 (task 68)
        ParsedTask task = onlyTask("68.加快建设熊家、白桃、花溪、寨塆4个美好生活中心。（责任领导：吴丕华；牵头单位：市国投集团，曾都区人民政府、随州高新区管委会。）");
        assertThat(names(task.leadUnits())).containsExactly("市国投集团", "曾都区人民政府", "随州高新区管委会");
        assertThat(task.responsibleUnits()).isEmpty();
    }

    @Test
    void readsRoleKeysOnTheirOwnLinesWithHalfWidthPunctuation() {
        // Another city's printing: roles under the task, half-width colon and comma, 配合单位 for 责任单位.
        ParsedTask task = onlyTask("""
                3.推进老旧小区改造。
                责任领导:张三,李四
                牵头单位:市住建局
                配合单位:市财政局,甲县、乙县人民政府
                """);
        assertThat(task.text()).isEqualTo("推进老旧小区改造。");
        assertThat(task.leaders()).containsExactly("张三", "李四");
        assertThat(names(task.leadUnits())).containsExactly("市住建局");
        assertThat(names(task.responsibleUnits())).containsExactly("市财政局", "甲县人民政府", "乙县人民政府");
    }

    static Stream<Arguments> malformedAssignments() {
        return Stream.of(
                Arguments.of("5.任务。（责任领导：吴丕华；督办单位：市财政局；牵头单位：市财政局。）", 2, "「督办单位」不是能识别的分工名称"),
                Arguments.of("5.任务。（责任领导：吴丕华；牵头单位：市财政局。", 2, "括号不配对：这一行有左括号没有闭合"),
                Arguments.of("5.任务。责任领导：吴丕华；牵头单位：市财政局。）", 2, "括号不配对：这一行的右括号前面没有左括号"),
                Arguments.of("5.任务。（责任领导：吴丕华；牵头单位：）", 2, "「牵头单位」后面没有写单位或领导"));
    }

    @ParameterizedTest
    @MethodSource("malformedAssignments")
    void reportsProblemWithItsLine(String body, int line, String message) {
        ParsedDocument doc = parse(body);
        assertThat(doc.problems()).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).contains(message);
        });
    }

    /** A task with no assignment is left out with a warning at its line; the other tasks are read (issue 22). */
    @Test
    void leavesOutATaskWithNoAssignmentAndWarns() {
        ParsedDocument doc = parse("1.任务一。（责任领导：吴丕华；牵头单位：市财政局。）\n5.没有分工的任务。");
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tasks()).extracting(ParsedTask::no).containsExactly("1");
        assertThat(doc.warnings()).anySatisfy(warning -> {
            assertThat(warning.line()).isEqualTo(3);
            assertThat(warning.message()).startsWith("任务5没有分工").contains("未导入");
        });
    }

    /** No lead unit is not an error (issue: many notices name only 责任单位): the task is kept, with a warning. */
    @Test
    void keepsTaskWithoutLeadUnitAndWarns() {
        ParsedDocument doc = parse("5.任务。（责任领导：吴丕华；责任单位：市财政局。）");
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tasks()).singleElement().satisfies(task -> {
            assertThat(task.leadUnits()).isEmpty();
            assertThat(task.leadRule()).isNull();
        });
        assertThat(doc.warnings()).anySatisfy(warning -> {
            assertThat(warning.line()).isEqualTo(2);
            assertThat(warning.message()).contains("任务5没有牵头单位");
        });
    }

    @Test
    void collectsEveryProblemNotJustTheFirst() {
        ParsedDocument doc = parse("""
                1.甲。（责任领导：吴丕华；督办单位：市财政局。）
                2.乙。（责任领导：吴丕华；牵头单位：市财政局。）
                3.丙。（责任领导：吴丕华；牵头单位：市财政局。
                """);
        assertThat(doc.problems()).extracting(Problem::line).containsExactly(2, 4);
        assertThat(doc.tasks()).extracting(ParsedTask::no).containsExactly("2");
    }

    @Test
    void tellsReportFromNoticeByContent() {
        ParsedDocument report = parser.parse("各位代表:\n\n现在，我代表市人民政府向大会报告工作。\n\n二、2024年工作安排\n随州高新区……\n");
        assertThat(report.kind()).isEqualTo(DocumentKind.REPORT);
        assertThat(report.problems()).isEmpty();
        assertThat(report.year()).isEqualTo(2024);
        assertThat(report.city()).isEqualTo("随州");
    }

    @Test
    void rejectsTextThatIsNeitherNoticeNorReport() {
        ParsedDocument doc = parser.parse("这是一段普通的文字，没有任何分工。\n");
        assertThat(doc.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("这不是任务分解通知："));
    }

    @Test
    void rejectsEmptyText() {
        assertThat(parser.parse(" \n\n").problems()).extracting(Problem::message).containsExactly("文件是空的：请选择有内容的任务分解通知");
    }

    @Test
    void readsTitleNumberAndYearFromTheHead() {
        ParsedDocument doc = parser.parse("随政办发〔2024〕2号\n市人民政府办公室关于\n\n分解落实《政府工作报告》的通知\n\n"
                + KEY_PART + "1.地区生产总值增长6.5%。（责任领导：吴丕华；牵头单位：市发改委；责任单位：各县市区政府及管委会。）\n");
        assertThat(doc.docNo()).isEqualTo("随政办发〔2024〕2号");
        assertThat(doc.title()).isEqualTo("市人民政府办公室关于分解落实《政府工作报告》的通知");
        assertThat(doc.year()).isEqualTo(2024);
        assertThat(doc.kind()).isEqualTo(DocumentKind.NOTICE);
    }
}
