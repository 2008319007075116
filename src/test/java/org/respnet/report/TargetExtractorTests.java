package org.respnet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.respnet.SeedDocuments;
import org.respnet.ingest.NoticeParser;

/**
 * Targets read from real phrases: rows 1–46 from the 2024 随州 notice's tasks (import/suizhou-2024-notice.txt),
 * rows 47–63 from its work report (import/suizhou-2024-report.txt, both parts). The expected values are what
 * a reader of the sentence would write down, not what the extractor happens to give: the table's accuracy is
 * measured and must stay at or above {@value #MIN_ACCURACY}; misses are printed.
 */
class TargetExtractorTests {

    private static final double MIN_ACCURACY = 0.8;
    private static final TargetExtractor EXTRACTOR = new TargetExtractor();
    private static final List<String> MISSES = new ArrayList<>();
    private static int rows;

    static Stream<Arguments> phrases() {
        return Stream.of(
                row("地区生产总值增长6.5%", "地区生产总值", "增长", 6.5, "%", "="),
                row("粮食产量保持在29亿斤以上", "粮食产量", "保持在", 29, "亿斤", "≥"),
                row("力争全产业链产值增长6%以上", "全产业链产值", "增长", 6, "%", "≥"),
                row("力争新能源车渗透率达到7%", "新能源车渗透率", "达到", 7, "%", "≥"),
                row("确保年储存能力达到55万吨", "年储存能力", "达到", 55, "万吨", "≥"),
                row("新增2家国家级、15家省级专精特新企业", "国家级专精特新企业", "新增", 2, "家", "="),
                row("培育5家省级制造业单项冠军", "省级制造业单项冠军", "培育", 5, "家", "="),
                row("新增规上工业企业50家以上", "规上工业企业", "新增", 50, "家", "≥"),
                row("举办促消费活动100场以上", "促消费活动", "举办", 100, "场", "≥"),
                row("打造3个夜间经济示范街区", "夜间经济示范街区", "打造", 3, "个", "="),
                row("创建4家省级、10家市级放心消费示范单位", "省级放心消费示范单位", "创建", 4, "家", "="),
                row("谋划可实施项目总投资1800亿元以上", "可实施项目总投资", "谋划", 1800, "亿元", "≥"),
                row("确保完成投资500亿元以上", "投资", "完成", 500, "亿元", "≥"),
                row("合同金额800亿元以上", "合同金额", null, 800, "亿元", "≥"),
                row("开工注册转化率65%以上", "开工注册转化率", null, 65, "%", "≥"),
                row("深入实施花园城市建设三年行动，今年投入82亿元", "花园城市建设三年行动", "投入", 82, "亿元", "="),
                row("改造主城区供排水燃气管网120公里", "主城区供排水燃气管网", "改造", 120, "公里", "="),
                row("新建城市绿道12公里", "城市绿道", "新建", 12, "公里", "="),
                row("力争批而未供土地消化率超过30%", "批而未供土地消化率", "超过", 30, "%", ">"),
                row("确保覆盖率达到20%以上", "覆盖率", "达到", 20, "%", "≥"),
                row("既有住宅增设电梯100部", "电梯", "增设", 100, "部", "="),
                row("见缝插绿建设口袋公园、社区公园10处", "口袋公园、社区公园", "建设", 10, "处", "="),
                row("加快建设熊家、白桃、花溪、寨塆4个美好生活中心", "美好生活中心", "建设", 4, "个", "="),
                row("支持每个县市区发展1—3个主导产业", "主导产业", "发展", 1, "个", "∈"),
                row("新建和改造提升高标准农田16.5万亩", "高标准农田", "新建和改造提升", 16.5, "万亩", "="),
                row("粮食播种面积稳定在314万亩", "粮食播种面积", "稳定在", 314, "万亩", "="),
                row("确保生猪出栏210万头", "生猪", "出栏", 210, "万头", "="),
                row("水果产量19万吨", "水果产量", null, 19, "万吨", "="),
                row("力争香稻种植面积突破90万亩", "香稻种植面积", "突破", 90, "万亩", ">"),
                row("香菇种植规模扩大到3.6亿袋", "香菇种植规模", "扩大到", 3.6, "亿袋", "="),
                row("县级及以上科技特派员达到240名以上", "县级及以上科技特派员", "达到", 240, "名", "≥"),
                row("因地制宜改造农村厕所4000户", "农村厕所", "改造", 4000, "户", "="),
                row("改扩建农村公路200公里", "农村公路", "改扩建", 200, "公里", "="),
                row("推深做实示范区建设10项重大改革项目", "重大改革项目", "推深做实", 10, "项", "="),
                row("力争外贸出口增长10%", "外贸出口", "增长", 10, "%", "="),
                row("科技型中小企业入库440家", "科技型中小企业", "入库", 440, "家", "="),
                row("降低中介成本10%以上", "中介成本", "降低", 10, "%", "≥"),
                row("力争市场主体总量、新登记企业户数均增长10%以上", "市场主体总量、新登记企业户数", "增长", 10, "%", "≥"),
                row("新增贷款140亿元以上", "贷款", "新增", 140, "亿元", "≥"),
                row("畜禽粪污资源化综合利用率保持在79%以上", "畜禽粪污资源化综合利用率", "保持在", 79, "%", "≥"),
                row("绿化荒山5000亩", "荒山", "绿化", 5000, "亩", "="),
                row("开展免费技能培训1万人次以上", "免费技能培训", "开展", 1, "万人次", "≥"),
                row("实现城镇新增就业1.6万人", "城镇新增就业", "实现", 1.6, "万人", "="),
                row("确保基本养老、医保参保率均稳定在95%以上", "基本养老、医保参保率", "稳定在", 95, "%", "≥"),
                row("每个县市区至少创建1家医养康养基地", "医养康养基地", "创建", 1, "家", "≥"),
                row("把全市70%以上的义务教育学校纳入教联体建设", "义务教育学校", "纳入", 70, "%", "≥"),
                // The work report, review of 2023 and plan for 2024
                row("新改建农村公路700公里", "农村公路", "新改建", 700, "公里", "="),
                row("新建5G基站606座", "5G基站", "新建", 606, "座", "="),
                row("改造老旧小区160个", "老旧小区", "改造", 160, "个", "="),
                row("新增停车位3468个", "停车位", "新增", 3468, "个", "="),
                row("建设高标准农田17.7万亩", "高标准农田", "建设", 17.7, "万亩", "="),
                row("“随州香稻”种植面积扩大到80万亩", "“随州香稻”种植面积", "扩大到", 80, "万亩", "="),
                row("新签约亿元以上项目216个", "亿元以上项目", "新签约", 216, "个", "="),
                row("固定资产投资增长7.1%", "固定资产投资", "增长", 7.1, "%", "="),
                row("外贸出口总额115亿元", "外贸出口总额", null, 115, "亿元", "="),
                row("单位GDP能耗降低4.3%", "单位GDP能耗", "降低", 4.3, "%", "="),
                row("城镇新增就业2.1万人", "城镇新增就业", null, 2.1, "万人", "="),
                row("新增幼儿托位1580个", "幼儿托位", "新增", 1580, "个", "="),
                row("空气优良天数302天", "空气优良天数", null, 302, "天", "="),
                row("新培育1349名高技能人才", "高技能人才", "新培育", 1349, "名", "="),
                row("资助家庭经济困难学生6万人次", "家庭经济困难学生", "资助", 6, "万人次", "="),
                row("新增婴幼儿托位1200个", "婴幼儿托位", "新增", 1200, "个", "="),
                row("举办促消费活动100场以上", "促消费活动", "举办", 100, "场", "≥"));
    }

    private static Arguments row(String phrase, String metric, String change, double value, String unit,
            String comparator) {
        return Arguments.of(phrase, metric, change, value, unit, comparator);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrases")
    void readsTheFirstTargetOfAPhrase(String phrase, String metric, String change, double value, String unit,
            String comparator) {
        List<Target> found = EXTRACTOR.extract(phrase);
        rows++;
        // Value and unit are never allowed to miss; metric, change and comparator are measured.
        assertThat(found).as(phrase).isNotEmpty();
        Target t = found.get(0);
        assertThat(t.value()).as(phrase).isEqualTo(value);
        assertThat(t.unit()).as(phrase).isEqualTo(unit);
        if (!metric.equals(t.metric()) || !Objects.equals(change, t.change()) || !comparator.equals(t.comparator())) {
            MISSES.add(phrase + " → " + t.metric() + " / " + t.change() + " / " + t.comparator());
        }
    }

    @AfterAll
    static void accuracyOfTheTable() {
        double accuracy = 1 - (double) MISSES.size() / rows;
        System.out.printf("TargetExtractor table: %d of %d phrases fully right (accuracy %.2f); misses:%n", rows - MISSES.size(),
                rows, accuracy);
        MISSES.forEach(m -> System.out.println("  " + m));
        if (rows == phrases().count()) {
            assertThat(accuracy).isGreaterThanOrEqualTo(MIN_ACCURACY);
        }
    }

    @Test
    void readsEightyNineTargetsFromTheSeedNoticesTasks() {
        long count = new NoticeParser().parse(SeedDocuments.noticeText()).tasks().stream()
                .mapToLong(t -> EXTRACTOR.extract(t.text()).size()).sum();
        assertThat(count).isEqualTo(89);
    }

    @Test
    void numbersInsideNamesAndDatesAreNotTargets() {
        assertThat(EXTRACTOR.extract("实现优良天数、PM2.5“一升一降”")).isEmpty();
        assertThat(EXTRACTOR.extract("加快推进随信高速、G316平林至淅河段改扩建")).isEmpty();
        assertThat(EXTRACTOR.extract("加快高铁110千伏输变电工程等能源基础设施建设")).isEmpty();
        assertThat(EXTRACTOR.extract("于2024年2月20日前报市政府督查室")).isEmpty();
        assertThat(EXTRACTOR.extract("实施120急救服务能力提升工程")).isEmpty();
    }

    @Test
    void readsEveryTargetOfAListAndKeepsTheirOrder() {
        List<Target> found = EXTRACTOR.extract("确保生猪出栏210万头、家禽出笼7500万只、水果产量19万吨、蔬菜产量160万吨");
        assertThat(found).extracting(Target::metric).containsExactly("生猪", "家禽", "水果产量", "蔬菜产量");
        assertThat(found).extracting(Target::value).containsExactly(210.0, 7500.0, 19.0, 160.0);
        assertThat(found.get(0).phrase()).isEqualTo("生猪出栏210万头");
    }
}
