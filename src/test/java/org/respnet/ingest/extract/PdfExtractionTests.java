package org.respnet.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.respnet.SeedDocuments;

class PdfExtractionTests {

    private static final List<String> NOTICE = TestFiles.paragraphs(SeedDocuments.noticeText());
    private static final String UNIT = "国家金融监管总局随州监管分局";

    @Test
    void seedNoticeComesBackParagraphForParagraphThoughThePrinterWrappedIt() throws Exception {
        byte[] pdf = TestFiles.pdf(NOTICE);
        TestFiles.save("seed-notice.pdf", pdf);

        SourceDocument doc = DocumentExtractor.extract(pdf);

        assertThat(doc.format()).isEqualTo("pdf");
        assertThat(printedLines(pdf)).hasSizeGreaterThan(NOTICE.size() * 2); // most paragraphs were wrapped
        assertThat(texts(doc)).containsExactlyElementsOf(NOTICE);
    }

    /**
     * Without first-line indents only the right margin tells where a paragraph ends. Every boundary
     * comes back except where a paragraph's last line is full and the next paragraph opens with
     * neither a numbering nor a role key, which no reader can tell from a wrap.
     */
    @Test
    void flushLeftNoticeLosesOnlyTheBoundariesTheLayoutHides() throws Exception {
        List<String> expected = new ArrayList<>();
        Pattern marked = Pattern.compile("(\\d{1,3}[.．、]\\p{IsHan}|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、).*");
        for (String paragraph : NOTICE) {
            boolean hidden = !expected.isEmpty() && TestFiles.pdfFillsLastLine(expected.getLast())
                    && !marked.matcher(paragraph).matches() && !expected.getLast().endsWith("）");
            if (hidden) {
                expected.add(expected.removeLast() + paragraph);
            } else {
                expected.add(paragraph);
            }
        }

        SourceDocument doc = DocumentExtractor.extract(TestFiles.pdfFlushLeft(NOTICE));

        assertThat(NOTICE.size() - expected.size()).as("boundaries the layout hides").isBetween(1, 4);
        assertThat(texts(doc)).containsExactlyElementsOf(expected);
    }

    @Test
    void unitNameBrokenAcrossTwoLinesIsWholeAgain() throws Exception {
        // Pad the paragraph so the printer's line break falls in the middle of the unit name.
        String paragraph = null;
        for (int pad = 0; pad < 30 && paragraph == null; pad++) {
            String candidate = "19.丰富供应链金融产品供给" + "。".repeat(pad) + "（牵头单位：" + UNIT + "；责任单位：市金控集团。）";
            String firstLine = TestFiles.pdfLines("\u3000\u3000" + candidate).getFirst();
            if (firstLine.contains("国家") && !firstLine.contains(UNIT)) {
                paragraph = candidate;
            }
        }
        assertThat(paragraph).as("a paragraph whose line break splits the unit name").isNotNull();
        byte[] pdf = TestFiles.pdf(List.of(paragraph, "20.下一项任务。"));
        assertThat(String.join("", printedLines(pdf))).contains(UNIT);
        assertThat(printedLines(pdf)).noneMatch(line -> line.contains(UNIT));

        SourceDocument doc = DocumentExtractor.extract(pdf);

        assertThat(texts(doc)).containsExactly(paragraph, "20.下一项任务。");
    }

    @Test
    void paragraphRunningOverAPageBreakIsJoinedAndPageFurnitureIsDropped() throws Exception {
        // Thirty tasks alike but for their numbers, so every page starts with a line that recurs
        // (digits aside) at the top of every page, as a running header would: it must stay.
        List<String> tasks = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            tasks.add(i + ".推进第" + i + "项重点工作，确保按期完成年度目标任务，切实提高群众满意度和获得感，"
                    + "持续优化营商环境。（牵头单位：市发改委。）");
        }
        assertThat(TestFiles.pdfLines("\u3000\u3000" + tasks.get(7))).hasSize(3);
        byte[] pdf = TestFiles.pdf(tasks);
        assertThat(printedLines(pdf)).contains("- 1 -", "- 2 -", "- 3 -", "- 4 -");

        SourceDocument doc = DocumentExtractor.extract(pdf);

        assertThat(texts(doc)).containsExactlyElementsOf(tasks);
        List<String> places = doc.blocks().stream().map(b -> b.place().where()).toList();
        assertThat(places.getFirst()).isEqualTo("第1页第1行");
        // Three printed lines a task, 22 lines a page: task 8 starts on page 1's last line and runs onto page 2.
        assertThat(places.get(7)).isEqualTo("第1页第22行");
        assertThat(places.get(8)).isEqualTo("第2页第3行");
        assertThat(doc.blocks().stream().map(b -> b.place().line()).toList())
                .isEqualTo(IntStream.rangeClosed(1, 30).boxed().toList());
    }

    @Test
    void runningHeaderAndPageNumbersInTheMarginsAreDropped() throws Exception {
        List<String> tasks = IntStream.rangeClosed(1, 30).mapToObj(i -> i + ".第" + i + "项任务。").toList();
        byte[] pdf = withRunningHeader(TestFiles.pdf(tasks), "随州市人民政府办公室文件");

        assertThat(printedLines(pdf)).contains("- 1 -", "- 2 -").filteredOn("随州市人民政府办公室文件"::equals).hasSize(2);
        assertThat(texts(DocumentExtractor.extract(pdf))).containsExactlyElementsOf(tasks);
    }

    @Test
    void shortLinesAndNumberedLinesEndParagraphs() throws Exception {
        List<String> paragraphs = List.of("随政办发〔2024〕2号", "市人民政府办公室关于", "分解落实《政府工作报告》的通知",
                "1.地区生产总值增长6.5%。", "牵头单位：市发改委", "责任单位：各县市区政府及管委会");

        assertThat(texts(DocumentExtractor.extract(TestFiles.pdfFlushLeft(paragraphs)))).isEqualTo(paragraphs);
    }

    @Test
    void scannedPdfWithoutTextIsRefusedAsAScan() throws Exception {
        byte[] scan;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.addRect(72, 72, 400, 600); // stands for the scanned picture: ink, no text
                content.fill();
            }
            doc.save(out);
            scan = out.toByteArray();
        }

        assertThatThrownBy(() -> DocumentExtractor.extract(scan))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("没有文字层").hasMessageContaining("扫描件").hasMessageContaining("OCR");
    }

    @Test
    void passwordProtectedPdfIsRefusedSayingSo() throws Exception {
        byte[] locked;
        try (PDDocument doc = Loader.loadPDF(TestFiles.pdf(List.of("1.任务。")));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            doc.protect(policy);
            doc.save(out);
            locked = out.toByteArray();
        }

        assertThatThrownBy(() -> DocumentExtractor.extract(locked))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("设有密码");
    }

    /** The same PDF with a header line printed in the top margin of every page. */
    private static byte[] withRunningHeader(byte[] pdf, String header) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = CjkTestFont.load(doc);
            for (PDPage page : doc.getPages()) {
                try (PDPageContentStream content = new PDPageContentStream(doc, page,
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    content.beginText();
                    content.setFont(font, 10.5f);
                    content.newLineAtOffset(TestFiles.PAGE_MARGIN_LEFT, PDRectangle.A4.getHeight() - 60);
                    content.showText(header);
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The PDF's lines as PDFBox prints them, before any joining. */
    private static List<String> printedLines(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return TestFiles.paragraphs(new PDFTextStripper().getText(doc));
        }
    }

    private static List<String> texts(SourceDocument doc) {
        return doc.blocks().stream().map(b -> ((Block.Paragraph) b).text()).toList();
    }

    /**
     * A ruled table over four pages comes back as one table: cells whole however they wrapped, a cell's
     * own lines kept, a section row merged across in its first cell, the header repeated on each page once.
     */
    @Test
    void ruledTableOverPagesIsOneTableWithItsHeaderOnce() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "工作任务", "责任领导", "牵头单位", "责任单位"));
        rows.add(List.of("一、经济社会发展主要预期目标", TestFiles.MERGE_LEFT, TestFiles.MERGE_LEFT, TestFiles.MERGE_LEFT,
                TestFiles.MERGE_LEFT));
        for (int i = 1; i <= 40; i++) {
            rows.add(List.of(String.valueOf(i), "高质量推进专汽之都建设，力争全产业链产值增长6%以上，加快国家专汽质检中心建设，"
                    + "提升检验检测能力（第" + i + "项）。", "黄继军", "市经信局", "市发改委\n市科技局"));
        }
        byte[] pdf = TestFiles.pdfTable(List.of("重点工作责任分解表"), rows, new float[] {40, 330, 90, 120, 110});

        SourceDocument doc = DocumentExtractor.extract(pdf);

        assertThat(doc.blocks()).hasSize(2);
        assertThat(doc.blocks().getFirst()).isEqualTo(new Block.Paragraph("重点工作责任分解表", new Place(1, "第1页第1行")));
        Block.Table table = (Block.Table) doc.blocks().get(1);
        assertThat(table.rows()).extracting(Block.Row::cells).containsExactlyElementsOf(TestFiles.expectedCells(rows));
        assertThat(table.rows().getLast().place().where()).startsWith("第4页");
    }

    /**
     * Borders drawn as thin filled bars (as Word's 「另存为 PDF」 draws them) make a table as stroked lines do;
     * a framed box of text beside it, with no inner rule, stays a paragraph.
     */
    @Test
    void bordersOfThinFilledBarsMakeATableAndAFramedBoxDoesNot() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = CjkTestFont.load(doc);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                String[][] cells = {{"序号", "工作任务", "牵头单位"}, {"1", "地区生产总值增长6.5%。", "市发改委"}};
                float[] xs = {80, 120, 360, 480};
                float[] ys = {700, 680, 660};
                for (int r = 0; r < 2; r++) {
                    for (int c = 0; c < 3; c++) {
                        content.beginText();
                        content.setFont(font, 10.5f);
                        content.newLineAtOffset(xs[c] + 5, ys[r] - 14);
                        content.showText(cells[r][c]);
                        content.endText();
                    }
                }
                for (float y : ys) {
                    content.addRect(xs[0], y - 0.25f, xs[3] - xs[0], 0.5f);
                }
                for (float x : xs) {
                    content.addRect(x - 0.25f, ys[2], 0.5f, ys[0] - ys[2]);
                }
                content.fill();
                content.addRect(80, 560, 400, 40); // a framed box
                content.stroke();
                content.beginText();
                content.setFont(font, 10.5f);
                content.newLineAtOffset(90, 575);
                content.showText("说明：单位名称前标▲的为牵头单位。");
                content.endText();
            }
            doc.save(out);
            pdf = out.toByteArray();
        }

        SourceDocument doc = DocumentExtractor.extract(pdf);

        assertThat(doc.blocks()).hasSize(2);
        assertThat(((Block.Table) doc.blocks().getFirst()).rows()).extracting(Block.Row::cells).containsExactly(
                List.of("序号", "工作任务", "牵头单位"), List.of("1", "地区生产总值增长6.5%。", "市发改委"));
        assertThat(((Block.Paragraph) doc.blocks().get(1)).text()).isEqualTo("说明：单位名称前标▲的为牵头单位。");
    }
}
