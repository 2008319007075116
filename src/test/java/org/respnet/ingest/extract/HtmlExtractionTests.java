package org.respnet.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.respnet.SeedDocuments;

class HtmlExtractionTests {

    private static final List<String> NOTICE = TestFiles.paragraphs(SeedDocuments.noticeText());
    /** Text of the page around the article: none of it may come back. */
    private static final List<String> CHROME = List.of("首页", "政务公开", "搜索", "当前位置", "发布时间", "字体",
            "打印本页", "关闭窗口", "相关链接", "主办", "ICP", "政府网站标识码", "_hmt", "无障碍", "随州市人民政府门户网站");

    @Test
    void seedNoticeLinesComeBackWithoutThePageAroundThem() throws Exception {
        byte[] page = TestFiles.html(NOTICE, List.of());
        TestFiles.save("seed-notice.html", page);

        SourceDocument doc = DocumentExtractor.extract(page);

        assertThat(doc.format()).isEqualTo("html");
        List<String> texts = texts(doc);
        assertThat(texts).isEqualTo(NOTICE);
        assertThat(texts).noneMatch(t -> CHROME.stream().anyMatch(t::contains));
        assertThat(doc.blocks().get(3).place()).isEqualTo(new Place(4, "第4段"));
    }

    @Test
    void gb2312PageIsDecodedByItsMetaCharset() throws Exception {
        byte[] page = TestFiles.html(NOTICE.subList(0, 12), List.of(), Charset.forName("GBK"));

        SourceDocument doc = DocumentExtractor.extract(page);

        assertThat(texts(doc)).isEqualTo(NOTICE.subList(0, 12));
    }

    @Test
    void pageWithoutAKnownArticleContainerIsReadFromTheElementHoldingTheText() throws Exception {
        String page = new String(TestFiles.html(NOTICE.subList(0, 20), List.of()), StandardCharsets.UTF_8)
                .replace("<div id=\"zoom\" class=\"TRS_Editor\">", "<div class=\"wz_text\">");

        SourceDocument doc = DocumentExtractor.extract(page.getBytes(StandardCharsets.UTF_8));

        assertThat(texts(doc)).isEqualTo(NOTICE.subList(0, 20));
    }

    @Test
    void taskTableWithRowspanAndColspanComesBackAsAGrid() throws Exception {
        List<List<String>> rows = new java.util.ArrayList<>(TestFiles.TASK_TABLE);
        rows.add(List.of("备注", "各牵头单位于每月15日前报送落实情况", TestFiles.MERGE_LEFT, TestFiles.MERGE_LEFT,
                TestFiles.MERGE_LEFT, TestFiles.MERGE_LEFT));

        SourceDocument doc = DocumentExtractor.extract(TestFiles.html(List.of("附件", "重点工作责任分解表"), rows));

        assertThat(doc.blocks()).hasSize(3);
        Block.Table table = (Block.Table) doc.blocks().get(2);
        assertThat(table.place()).isEqualTo(new Place(3, "表1"));
        assertThat(table.rows()).extracting(Block.Row::cells).containsExactly(
                List.of("序号", "工作任务", "责任领导", "牵头单位", "责任单位", "完成时限"),
                List.of("1", "地区生产总值增长6.5%。", "吴丕华", "市发改委", "各县市区政府及管委会", "2024年12月底"),
                List.of("2", "固定资产投资增长8.5%。", "", "", "各县市区政府及管委会", "2024年12月底"),
                List.of("3", "规上工业增加值增长7.5%。", "黄继军", "市经信局", "市发改委\n市科技局", "持续推进"),
                List.of("备注", "各牵头单位于每月15日前报送落实情况", "", "", "", ""));
        assertThat(table.rows().get(2).place()).isEqualTo(new Place(5, "表1第3行"));
    }

    @Test
    void layoutTableAroundTheTextIsReadAsText() throws Exception {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><div id=\"zoom\"><table><tr><td>"
                + "<p>1.地区生产总值增长6.5%。</p><p>牵头单位：市发改委</p></td></tr></table></div></body></html>";

        SourceDocument doc = DocumentExtractor.extract(page.getBytes(StandardCharsets.UTF_8));

        assertThat(texts(doc)).containsExactly("1.地区生产总值增长6.5%。", "牵头单位：市发改委");
    }

    @Test
    void lineBreakInTheSourceBetweenChineseCharactersIsNoSpace() throws Exception {
        String page = "<!DOCTYPE html><html><body><div id=\"zoom\"><p>责任单位：市发改委、\n      市经信局</p>"
                + "<p>Contact: szszfdcs@126.com\n  or 3596635</p></div></body></html>";

        SourceDocument doc = DocumentExtractor.extract(page.getBytes(StandardCharsets.UTF_8));

        assertThat(texts(doc)).containsExactly("责任单位：市发改委、市经信局", "Contact: szszfdcs@126.com or 3596635");
    }

    private static List<String> texts(SourceDocument doc) {
        return doc.blocks().stream().map(b -> ((Block.Paragraph) b).text()).toList();
    }
}
