package org.respnet.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.respnet.SeedDocuments;

class DocxExtractionTests {

    @Test
    void seedNoticeParagraphsComeBackExactly() throws Exception {
        List<String> notice = TestFiles.paragraphs(SeedDocuments.noticeText());

        SourceDocument doc = DocumentExtractor.extract(TestFiles.docx(notice));

        assertThat(doc.format()).isEqualTo("docx");
        assertThat(doc.blocks()).allMatch(b -> b instanceof Block.Paragraph);
        assertThat(doc.blocks().stream().map(b -> ((Block.Paragraph) b).text()).toList()).isEqualTo(notice);
        assertThat(doc.blocks().get(2).place()).isEqualTo(new Place(3, "第3段"));
    }

    @Test
    void taskTableKeepsItsCellsAndLeavesMergedContinuationsEmpty() throws Exception {
        byte[] docx = TestFiles.docxWithTable(List.of("附件", "重点工作责任分解表"), TestFiles.TASK_TABLE, List.of("（此页无正文）"));

        SourceDocument doc = DocumentExtractor.extract(docx);

        assertThat(doc.blocks()).hasSize(4);
        assertThat(doc.blocks().get(1)).isEqualTo(new Block.Paragraph("重点工作责任分解表", new Place(2, "第2段")));
        Block.Table table = (Block.Table) doc.blocks().get(2);
        assertThat(table.place()).isEqualTo(new Place(3, "表1"));
        assertThat(table.rows()).extracting(Block.Row::cells).containsExactly(
                List.of("序号", "工作任务", "责任领导", "牵头单位", "责任单位", "完成时限"),
                List.of("1", "地区生产总值增长6.5%。", "吴丕华", "市发改委", "各县市区政府及管委会", "2024年12月底"),
                List.of("2", "固定资产投资增长8.5%。", "", "", "各县市区政府及管委会", "2024年12月底"),
                List.of("3", "规上工业增加值增长7.5%。", "黄继军", "市经信局", "市发改委\n市科技局", "持续推进"));
        assertThat(table.rows()).extracting(Block.Row::place).containsExactly(
                new Place(3, "表1第1行"), new Place(4, "表1第2行"), new Place(5, "表1第3行"), new Place(6, "表1第4行"));
        // The paragraph after the table continues the running numbers; the paragraph count goes on from before it.
        assertThat(doc.blocks().get(3)).isEqualTo(new Block.Paragraph("（此页无正文）", new Place(7, "第3段")));
    }

    @Test
    void cellSpanningColumnsIsFollowedByEmptyCellsSoColumnsStayAligned() throws Exception {
        List<List<String>> rows = List.of(
                List.of("序号", "工作任务", "牵头单位", "责任单位"),
                List.of("一、经济社会发展主要预期目标", TestFiles.MERGE_LEFT, TestFiles.MERGE_LEFT, TestFiles.MERGE_LEFT),
                List.of("1", "地区生产总值增长6.5%。", "市发改委", "各县市区政府及管委会"));

        Block.Table table = (Block.Table) DocumentExtractor.extract(TestFiles.docxWithTable(List.of(), rows)).blocks().getFirst();

        assertThat(table.rows()).extracting(Block.Row::cells).containsExactlyElementsOf(TestFiles.expectedCells(rows));
    }

    @Test
    void softLineBreaksAndIdeographicIndentsReadLikeTextLines() throws Exception {
        byte[] docx = TestFiles.docx(List.of("\u3000\u3000各县、市、区人民政府，随州高新区管理委员会：", "  "));

        SourceDocument doc = DocumentExtractor.extract(docx);

        assertThat(doc.blocks()).containsExactly(
                new Block.Paragraph("各县、市、区人民政府，随州高新区管理委员会：", new Place(1, "第1段")));
    }

    /**
     * Word's automatic numbers are rendered before the text: 「一、」 then 「（1）」 (restarting under each 一、,
     * joined to the text where w:suff is nothing), a bullet gives nothing, and a 序号 column numbered as a
     * list gives its numbers in the cells.
     */
    @Test
    void automaticNumbersAreRenderedIntoTheText() throws Exception {
        byte[] docx;
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            var numbering = word.createNumbering();
            var definition = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
            definition.setAbstractNumId(java.math.BigInteger.ZERO);
            String[][] levels = {{"chineseCounting", "%1、", "tab"}, {"decimal", "（%2）", "nothing"},
                    {"bullet", "\uF06C", "tab"}};
            for (int i = 0; i < levels.length; i++) {
                var lvl = definition.addNewLvl();
                lvl.setIlvl(java.math.BigInteger.valueOf(i));
                lvl.addNewStart().setVal(java.math.BigInteger.ONE);
                lvl.addNewNumFmt().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.Enum
                        .forString(levels[i][0]));
                lvl.addNewLvlText().setVal(levels[i][1]);
                var suff = lvl.getDomNode().getOwnerDocument().createElementNS(
                        "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w:suff");
                suff.setAttributeNS("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w:val", levels[i][2]);
                lvl.getDomNode().insertBefore(suff, lvl.getLvlText().getDomNode());
            }
            var numId = numbering.addNum(numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(definition)));
            String[][] lines = {{"0", "主要目标"}, {"1", "地区生产总值增长6.5%。"}, {"1", "固定资产投资增长8.5%。"},
                    {"2", "说明"}, {"0", "重点工作"}, {"1", "规上工业增加值增长7.5%。"}};
            for (String[] line : lines) {
                var paragraph = word.createParagraph();
                paragraph.setNumID(numId);
                paragraph.setNumILvl(new java.math.BigInteger(line[0]));
                paragraph.createRun().setText(line[1]);
            }
            var table = word.createTable(2, 2);
            for (int r = 0; r < 2; r++) {
                var cell = table.getRow(r).getCell(0).getParagraphs().getFirst();
                cell.setNumID(numId);
                cell.setNumILvl(java.math.BigInteger.ONE);
                table.getRow(r).getCell(1).getParagraphs().getFirst().createRun().setText("任务" + r);
            }
            word.write(out);
            docx = out.toByteArray();
        }

        SourceDocument doc = DocumentExtractor.extract(docx);

        assertThat(doc.blocks().subList(0, 6)).extracting(b -> ((Block.Paragraph) b).text()).containsExactly(
                "一、 主要目标", "（1）地区生产总值增长6.5%。", "（2）固定资产投资增长8.5%。", "说明", "二、 重点工作",
                "（1）规上工业增加值增长7.5%。");
        assertThat(((Block.Table) doc.blocks().get(6)).rows()).extracting(Block.Row::cells).containsExactly(
                List.of("（2）", "任务0"), List.of("（3）", "任务1"));
    }

    /** A paragraph numbered by its style (or a style that style is based on) gets the style's number. */
    @Test
    void numbersSetByAParagraphStyleAreRenderedToo() throws Exception {
        byte[] docx;
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            var numbering = word.createNumbering();
            var definition = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
            definition.setAbstractNumId(java.math.BigInteger.ZERO);
            var lvl = definition.addNewLvl();
            lvl.setIlvl(java.math.BigInteger.ZERO);
            lvl.addNewNumFmt().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.CHINESE_COUNTING);
            lvl.addNewLvlText().setVal("（%1）");
            var numId = numbering.addNum(numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(definition)));
            var styles = word.createStyles();
            var heading = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            heading.setStyleId("Heading2");
            heading.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
            heading.addNewPPr().addNewNumPr().addNewNumId().setVal(numId);
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(heading));
            var based = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            based.setStyleId("TaskHeading");
            based.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
            based.addNewBasedOn().setVal("Heading2");
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(based));
            for (String[] line : new String[][] {{"Heading2", "稳增长"}, {null, "正文"}, {"TaskHeading", "促消费"}}) {
                var paragraph = word.createParagraph();
                if (line[0] != null) {
                    paragraph.setStyle(line[0]);
                }
                paragraph.createRun().setText(line[1]);
            }
            word.write(out);
            docx = out.toByteArray();
        }

        SourceDocument doc = DocumentExtractor.extract(docx);

        assertThat(doc.blocks()).extracting(b -> ((Block.Paragraph) b).text())
                .containsExactly("（一） 稳增长", "正文", "（二） 促消费");
    }
}
