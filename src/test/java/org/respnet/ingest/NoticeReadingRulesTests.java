package org.respnet.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.respnet.SeedDocuments;

/**
 * The rules that hold across layouts: the document's own lead rule, warnings for what was read by
 * guess, problems for what cannot be read (never a silent empty result), metadata from the issuing
 * authority, and the limits on one document.
 */
class NoticeReadingRulesTests {

    private final NoticeParser parser = new NoticeParser();

    private static List<String> names(List<UnitRef> units) {
        return units.stream().map(UnitRef::name).toList();
    }

    static Stream<Arguments> statedLeadRules() {
        return Stream.of(
                Arguments.of("列第一位者为牵头单位。", LeadRule.FIRST_LISTED),
                Arguments.of("列第一位的责任单位为牵头单位或汇总单位。", LeadRule.FIRST_LISTED),
                Arguments.of("排在第一位的为牵头单位。", LeadRule.FIRST_LISTED),
                Arguments.of("无牵头单位的，责任单位即为牵头单位。", LeadRule.RESPONSIBLE_IS_LEAD));
    }

    @ParameterizedTest
    @MethodSource("statedLeadRules")
    void appliesTheLeadRuleTheDocumentStates(String rule, LeadRule expected) {
        ParsedDocument doc = parser.parse("责任分解中，" + rule + "\n1.推进改革。\n责任单位：市发改委、市财政局\n");
        ParsedTask task = doc.tasks().getFirst();
        assertThat(task.leadRule()).isEqualTo(expected);
        if (expected == LeadRule.FIRST_LISTED) {
            assertThat(names(task.leadUnits())).containsExactly("市发改委");
            assertThat(names(task.responsibleUnits())).containsExactly("市财政局");
        } else {
            assertThat(names(task.leadUnits())).containsExactly("市发改委", "市财政局");
        }
        assertThat(doc.warnings()).noneMatch(w -> w.message().contains("没有牵头单位"));
    }

    @Test
    void leavesLeadRuleEmptyWhereTheLeadIsNamed() {
        ParsedDocument doc = parser.parse("列第一位者为牵头单位。\n1.推进改革。\n牵头单位：市财政局\n责任单位：市发改委\n");
        assertThat(doc.tasks().getFirst().leadRule()).isNull();
        assertThat(names(doc.tasks().getFirst().leadUnits())).containsExactly("市财政局");
    }

    @Test
    void splitsTwoKnownNamesGluedTogetherAndWarns() {
        ParsedDocument doc = parser.parse("""
                1.甲。（牵头单位：市财政局；责任单位：市税务局）
                2.乙。（牵头单位：市发改委；责任单位：市财政局市税务局）
                """);
        assertThat(names(doc.tasks().get(1).responsibleUnits())).containsExactly("市财政局", "市税务局");
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains("「市财政局市税务局」"));
    }

    @Test
    void splitsGluedNamesKnownFromTheReferenceData() {
        ParsedDocument doc = new NoticeParser(ParserLimits.DEFAULTS, Set.of("市财政局", "市税务局"))
                .parse("1.乙。（牵头单位：市发改委；责任单位：市财政局市税务局）\n");
        assertThat(names(doc.tasks().getFirst().responsibleUnits())).containsExactly("市财政局", "市税务局");
    }

    @Test
    void warnsAboutALeaderTakenFromAHeading() {
        ParsedDocument doc = parser.parse("二、张某某副市长主抓重点工作\n1.推进改革。（牵头单位：市发改委）\n");
        assertThat(doc.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(2);
            assertThat(w.message()).contains("张某某").contains("取自第1行的标题");
        });
    }

    @Test
    void warnsAboutARoleLabelReadByItsShape() {
        ParsedDocument doc = parser.parse("1.推进改革。（牵头负责单位：市发改委）\n");
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains("「牵头负责单位」"));
    }

    /**
     * A label that names the whole assignment (部门分工, 责任分工) is read like an unlabelled bracket: its verbs
     * give the roles (广东 2021 in the corpus prints 「部门分工:省发展改革委牵头,各地、各部门配合。」).
     */
    @Test
    void readsALabelNamingTheWholeAssignmentByItsVerbs() {
        ParsedDocument doc = parser.parse("""
                1.推进改革。
                分管区领导:张三
                责任分工:区发改局牵头,区财政局、区统计局配合。
                2.办好民生实事。
                分管区领导:李四
                任务分工:区民政局
                """);
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.warnings()).noneSatisfy(w -> assertThat(w.message()).contains("不常见"));
        assertThat(NoticeCorpusTests.triples(doc)).extracting(Object::toString).containsExactly(
                "1\tleader\t张三", "1\tlead\t区发改局", "1\tresponsible\t区财政局", "1\tresponsible\t区统计局",
                "2\tleader\t李四", "2\tresponsible\t区民政局");
    }

    /** A mirror's pinyin after a character (青岛 2023 in the corpus, in traditional characters) is not part of a name. */
    @Test
    void dropsPinyinWrittenAfterCharacters() {
        ParsedDocument doc = parser.parse("1.建设实验室。(牵头单位:市科技局,参与单位:青岛蓝(lán)谷管理局、市发(fā)改委)\n");
        assertThat(NoticeCorpusTests.triples(doc)).extracting(Object::toString).containsExactly(
                "1\tlead\t市科技局", "1\tresponsible\t青岛蓝谷管理局", "1\tresponsible\t市发改委");
        assertThat(doc.tasks().getFirst().text()).isEqualTo("建设实验室。");
    }

    /** 分别 before a verb changes nothing: A、B分别负责 are both responsible, A、B分别牵头 both lead. */
    @Test
    void readsUnitsThatEachAnswerForTheirPart() {
        ParsedDocument doc = parser.parse("""
                1.改造老旧小区120个。(市住建局、市自然资源局分别负责)
                2.建设两个产业园。(市经信局、市商务局分别牵头,市财政局配合)
                """);
        assertThat(NoticeCorpusTests.triples(doc)).extracting(Object::toString).containsExactly(
                "1\tresponsible\t市住建局", "1\tresponsible\t市自然资源局",
                "2\tlead\t市经信局", "2\tlead\t市商务局", "2\tresponsible\t市财政局");
    }

    /** Bare names of people, before a semicolon in the bracket, are its leaders: no label says so, their shape does. */
    @Test
    void readsBareNamesBeforeTheUnitsAsLeaders() {
        ParsedDocument doc = parser.parse("""
                1.加快城市更新。(张三、李四;市住建局牵头,市自然资源局配合)
                2.推进乡村振兴。(王五;市农业农村局)
                """);
        assertThat(NoticeCorpusTests.triples(doc)).extracting(Object::toString).containsExactly(
                "1\tleader\t张三", "1\tleader\t李四", "1\tlead\t市住建局", "1\tresponsible\t市自然资源局",
                "2\tleader\t王五", "2\tresponsible\t市农业农村局");
    }

    /** A section headed by the people who lead it, with 同志 or with no title at all. */
    @Test
    void readsLeadersNamedInAHeadingWithoutATitle() {
        ParsedDocument doc = parser.parse("""
                一、王小明同志牵头负责(共2项)
                1.地区生产总值增长6%左右。(牵头单位:区发改局)
                2.一般公共预算收入增长5%。(牵头单位:区财政局)
                二、李华、赵强牵头负责
                3.粮食总产量稳定在50万吨。(牵头单位:区农业农村局)
                三、区发改局牵头工作
                4.扩大有效投资。
                """);
        assertThat(doc.tasks()).extracting(ParsedTask::no, ParsedTask::leaders).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", List.of("王小明")),
                org.assertj.core.groups.Tuple.tuple("2", List.of("王小明")),
                org.assertj.core.groups.Tuple.tuple("3", List.of("李华", "赵强")),
                org.assertj.core.groups.Tuple.tuple("4", List.of()));
        assertThat(doc.tasks().get(3).leadUnits()).extracting(UnitRef::name).containsExactly("区发改局");
    }

    /**
     * Two tasks in one paragraph, each closed by its bracket, are two tasks; a role label after a task's
     * sentence on its line is a key line (a PDF's wrapped lines joined, a CMS page's lost breaks).
     */
    @Test
    void partsTasksAndKeyLinesThatShareAParagraph() {
        ParsedDocument doc = parser.parse("""
                一、经济发展
                1.新开工项目100个。(牵头单位:县发改局) 2.新增规上企业20家。(牵头单位:县工信局;责任单位:县财政局)
                3.扩大消费。牵头单位:县商务局
                4.办好教育。责任领导:张三 牵头单位:县教育局
                """);
        assertThat(doc.problems()).isEmpty();
        assertThat(NoticeCorpusTests.triples(doc)).extracting(Object::toString).containsExactly(
                "1\tlead\t县发改局", "2\tlead\t县工信局", "2\tresponsible\t县财政局", "3\tlead\t县商务局",
                "4\tleader\t张三", "4\tlead\t县教育局");
        assertThat(doc.tasks()).extracting(ParsedTask::text)
                .containsExactly("新开工项目100个。", "新增规上企业20家。", "扩大消费。", "办好教育。");
    }

    /** The same in traditional characters, as mirror sites serve it: the labels are found, the names kept as printed. */
    @Test
    void partsTasksAndKeyLinesInTraditionalCharacters() {
        ParsedDocument doc = parser.parse("""
                1.新開工項目100個。(牽頭單位:縣發改局) 2.新增規上企業20家。(牽頭單位:縣工信局;責任單位:縣財政局)
                3.擴大消費。牽頭單位:縣商務局
                4.辦好教育。責任領導:張三 牽頭單位:縣教育局
                """);
        assertThat(doc.problems()).isEmpty();
        assertThat(NoticeCorpusTests.triples(doc)).extracting(Object::toString).containsExactly(
                "1\tlead\t縣發改局", "2\tlead\t縣工信局", "2\tresponsible\t縣財政局", "3\tlead\t縣商務局",
                "4\tleader\t張三", "4\tlead\t縣教育局");
    }

    /**
     * A bracket of nothing but bodies' names after a task is its assignment, without a label or a verb (工作要点 write
     * them so); a note in a bracket (含高新区, 以下简称…) is not, even where its last word is a place.
     */
    @Test
    void readsABracketOfBodiesNamesAsTheTasksUnits() {
        ParsedDocument doc = parser.parse("""
                一、经济发展
                1.推进重大项目建设,全年新开工项目100个。(市发改委、市财政局)
                2.加快开发区建设(含高新区),新增企业20家。【高新区管委会、市招商局】
                3.促进消费回升(含市本级)。(市商务局牵头)
                """);
        assertThat(doc.problems()).isEmpty();
        assertThat(NoticeCorpusTests.triples(doc)).extracting(Object::toString).containsExactly(
                "1\tresponsible\t市发改委", "1\tresponsible\t市财政局",
                "2\tresponsible\t高新区管委会", "2\tresponsible\t市招商局", "3\tlead\t市商务局");
        assertThat(parser.parse("1.加快开发区建设(含高新区)\n2.完善规划(以下简称市发改委)\n").tasks()).isEmpty();
    }

    static Stream<Arguments> documentsNamingRolesWithoutTasks() {
        return Stream.of(
                Arguments.of("各牵头单位要加强协调，各责任单位要积极配合。\n附件：任务分解表\n"),
                Arguments.of("序号 | 工作任务 | 牵头单位 | 责任单位 |\n"),
                Arguments.of("政府工作报告\n各牵头单位要认真落实。\n"),
                Arguments.of("各位代表：\n现在，我代表市人民政府向大会报告工作。市发改委牵头，市财政局配合。\n"));
    }

    /** Never silent: a document with words of assignment is a notice; with no task it is refused, saying why. */
    @ParameterizedTest
    @MethodSource("documentsNamingRolesWithoutTasks")
    void refusesADocumentThatNamesRolesButYieldsNoTask(String text) {
        ParsedDocument doc = parser.parse(text);
        assertThat(doc.kind()).isEqualTo(DocumentKind.NOTICE);
        assertThat(doc.tasks()).isEmpty();
        assertThat(doc.problems()).isNotEmpty();
    }

    @Test
    void readsAWorkReportOnlyWhenItReadsAsOne() {
        ParsedDocument report = parser.parse(SeedDocuments.read(SeedDocuments.REPORT));
        assertThat(report.kind()).isEqualTo(DocumentKind.REPORT);
        assertThat(report.problems()).isEmpty();
        assertThat(report).extracting(ParsedDocument::title, ParsedDocument::docNo, ParsedDocument::city,
                ParsedDocument::year).containsExactly("随州2024年政府工作报告", null, "随州", 2024);
    }

    @Test
    void keepsTheSeedNoticeMetadata() {
        ParsedDocument notice = parser.parse(SeedDocuments.noticeText());
        assertThat(notice).extracting(ParsedDocument::title, ParsedDocument::docNo, ParsedDocument::city,
                ParsedDocument::year).containsExactly("市人民政府办公室关于分解落实《政府工作报告》的通知",
                "随政办发〔2024〕2号", "随州", 2024);
    }

    static Stream<Arguments> heads() {
        return Stream.of(
                Arguments.of("杭州市人民政府办公厅关于印发2020年政府工作报告重点工作责任分解的通知\n", "杭州", 2020),
                Arguments.of("关于分解落实2021年《政府工作报告》的通知\n各单位：\n盘锦市大洼区人民政府办公室\n2021年1月25日\n",
                        "大洼区", 2021),
                Arguments.of("洋政发〔2024〕8号\n洋县人民政府\n关于印发洋县2024年十大民生实事项目的通知\n", "洋县", 2024),
                Arguments.of("湖北省随州市人民政府办公室\n关于分解落实2023年《政府工作报告》的通知\n", "随州", 2023));
    }

    /** City and year come from the issuing authority, the document number or the title, not the first place named. */
    @ParameterizedTest
    @MethodSource("heads")
    void readsCityAndYearFromTheIssuingAuthority(String head, String city, int year) {
        ParsedDocument doc = parser.parse(head + "武汉市发改委将牵头。\n1.推进改革。（牵头单位：市发改委）\n");
        assertThat(doc.city()).isEqualTo(city);
        assertThat(doc.year()).isEqualTo(year);
    }

    @Test
    void refusesTaskWithMoreUnitsThanTheLimit() {
        ParsedDocument doc = new NoticeParser(new ParserLimits(3, 100, 100), Set.of())
                .parse("1.任务。（牵头单位：甲局；责任单位：乙局、丙局、丁局）\n");
        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("列了4个单位").contains("每项任务3个的上限");
        });
    }

    @Test
    void refusesMoreTasksThanTheLimit() {
        ParsedDocument doc = new NoticeParser(new ParserLimits(200, 2, 100), Set.of())
                .parse("1.甲。（牵头单位：甲局）\n2.乙。（牵头单位：乙局）\n3.丙。（牵头单位：丙局）\n");
        assertThat(doc.problems()).extracting(Problem::line, Problem::message)
                .containsExactly(tuple(3, "一份文件超过2项任务（每份文件的上限）：请把文件拆成几份分别导入"));
    }

    @Test
    void refusesMoreLinesThanTheLimit() {
        ParsedDocument doc = new NoticeParser(new ParserLimits(200, 100, 2), Set.of())
                .parse("1.甲。（牵头单位：甲局）\n2.乙。（牵头单位：乙局）\n3.丙。（牵头单位：丙局）\n");
        assertThat(doc.tasks()).isEmpty();
        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("超过每份文件2行的上限");
        });
    }
}
