package org.respnet.ingest.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Entities;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Builds real files in every format {@link DocumentExtractor} reads, from plain text, with the same
 * libraries the extractor reads them with (a PDF is "printed" like a word processor prints it).
 * Tests turn the bundled notice or a table of tasks into any format with one call.
 *
 * <p>Table rows are lists of cell texts; a cell may hold several lines separated by {@code \n}.
 * A cell that is {@link #MERGE_UP} is merged with the cell above it (a vertical merge, rowspan),
 * one that is {@link #MERGE_LEFT} with the cell to its left (a column span). What the extractor
 * gives back for such a cell is an empty string.
 */
public final class TestFiles {

    /** In a table row: this cell is covered by the cell above it (vMerge, rowspan, merged region). */
    public static final String MERGE_UP = "\u0000↑";
    /** In a table row: this cell is covered by the cell to its left (gridSpan, colspan, merged region). */
    public static final String MERGE_LEFT = "\u0000←";

    private TestFiles() {
    }

    /** The paragraphs every format should give back for this text: its non-blank lines, stripped. */
    public static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\r\n|\r|\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A table as the extractor gives it back: merge markers become empty cells. */
    public static List<List<String>> expectedCells(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(c -> isMerge(c) ? "" : c).toList()).toList();
    }

    /**
     * A small task table as a decomposition notice attaches it: header, then tasks; task 2 shares
     * task 1's leader and lead unit (merged cells), task 3 has two responsible units in one cell.
     */
    public static final List<List<String>> TASK_TABLE = List.of(
            List.of("序号", "工作任务", "责任领导", "牵头单位", "责任单位", "完成时限"),
            List.of("1", "地区生产总值增长6.5%。", "吴丕华", "市发改委", "各县市区政府及管委会", "2024年12月底"),
            List.of("2", "固定资产投资增长8.5%。", MERGE_UP, MERGE_UP, "各县市区政府及管委会", "2024年12月底"),
            List.of("3", "规上工业增加值增长7.5%。", "黄继军", "市经信局", "市发改委\n市科技局", "持续推进"));

    // ---------------------------------------------------------------- text

    public static byte[] text(List<String> lines, Charset charset) {
        return String.join("\n", lines).getBytes(charset);
    }

    // ---------------------------------------------------------------- Word

    /** A .docx with one Word paragraph per item. */
    public static byte[] docx(List<String> paragraphs) {
        return docxWithTable(paragraphs, List.of());
    }

    /** A .docx with the paragraphs {@code before}, then a table of {@code rows} (none if empty). */
    public static byte[] docxWithTable(List<String> before, List<List<String>> rows) {
        return docxWithTable(before, rows, List.of());
    }

    /** A .docx: paragraphs, a table with borders as Word draws one, more paragraphs. */
    public static byte[] docxWithTable(List<String> before, List<List<String>> rows, List<String> after) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : before) {
                doc.createParagraph().createRun().setText(text);
            }
            if (!rows.isEmpty()) {
                wordTable(doc, rows);
            }
            for (String text : after) {
                doc.createParagraph().createRun().setText(text);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void wordTable(XWPFDocument doc, List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable table = doc.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            List<String> cells = rows.get(r);
            // Walk backwards so removing a spanned cell does not move the ones still to do.
            for (int c = columns - 1; c >= 0; c--) {
                String text = c < cells.size() ? cells.get(c) : "";
                XWPFTableCell cell = row.getCell(c);
                if (MERGE_LEFT.equals(text)) {
                    XWPFTableCell left = row.getCell(c - 1);
                    // The left cell widens by the columns this one covered (itself and any it already spanned).
                    int span = spanOf(left) + spanOf(cell);
                    CTTcPr pr = tcPr(left);
                    (pr.isSetGridSpan() ? pr.getGridSpan() : pr.addNewGridSpan()).setVal(BigInteger.valueOf(span));
                    row.removeCell(c);
                    continue;
                }
                if (MERGE_UP.equals(text)) {
                    tcPr(cell).addNewVMerge().setVal(STMerge.CONTINUE);
                    continue;
                }
                boolean startsMerge = r + 1 < rows.size() && c < rows.get(r + 1).size()
                        && MERGE_UP.equals(rows.get(r + 1).get(c));
                if (startsMerge) {
                    tcPr(cell).addNewVMerge().setVal(STMerge.RESTART);
                }
                String[] lines = text.split("\n", -1);
                cell.getParagraphs().getFirst().createRun().setText(lines[0]);
                for (int i = 1; i < lines.length; i++) {
                    cell.addParagraph().createRun().setText(lines[i]);
                }
            }
        }
    }

    private static int spanOf(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null && pr.isSetGridSpan() ? ((BigInteger) pr.getGridSpan().getVal()).intValue() : 1;
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    // ---------------------------------------------------------------- Excel

    /** An .xlsx whose only sheet, “Sheet1”, holds the rows from A1 on. */
    public static byte[] xlsx(List<List<String>> rows) {
        return xlsx("Sheet1", rows);
    }

    public static byte[] xlsx(String sheetName, List<List<String>> rows) {
        return workbook(new XSSFWorkbook(), sheetName, rows);
    }

    /** An Excel 97–2003 .xls whose only sheet, “Sheet1”, holds the rows from A1 on. */
    public static byte[] xls(List<List<String>> rows) {
        return xls("Sheet1", rows);
    }

    public static byte[] xls(String sheetName, List<List<String>> rows) {
        return workbook(new HSSFWorkbook(), sheetName, rows);
    }

    private static byte[] workbook(Workbook workbook, String sheetName, List<List<String>> rows) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (!isMerge(cells.get(c))) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            for (CellRangeAddress region : mergedRegions(rows)) {
                sheet.addMergedRegion(region);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each non-marker cell grows right over MERGE_LEFT cells, then down over rows whose first covered cell is MERGE_UP. */
    private static List<CellRangeAddress> mergedRegions(List<List<String>> rows) {
        List<CellRangeAddress> regions = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (isMerge(rows.get(r).get(c))) {
                    continue;
                }
                int lastColumn = c;
                while (MERGE_LEFT.equals(cell(rows, r, lastColumn + 1))) {
                    lastColumn++;
                }
                int lastRow = r;
                while (MERGE_UP.equals(cell(rows, lastRow + 1, c))) {
                    lastRow++;
                }
                if (lastRow > r || lastColumn > c) {
                    regions.add(new CellRangeAddress(r, lastRow, c, lastColumn));
                }
            }
        }
        return regions;
    }

    // ---------------------------------------------------------------- web page

    /**
     * A government web page as a browser saves it (UTF-8): site header, search box, navigation,
     * breadcrumb, title and publishing details, then the article ({@code <div id="zoom">}) holding
     * the paragraphs and, if given, the table, then print/close links, related links, footer and
     * scripts. Paragraphs are marked up the ways such pages do: {@code <p>} with a CSS indent, an
     * indent of ideographic or no-break spaces, text split over {@code <span>}s, lines separated
     * by {@code <br>}.
     */
    public static byte[] html(List<String> paragraphs, List<List<String>> tableRows) {
        return html(paragraphs, tableRows, StandardCharsets.UTF_8);
    }

    /** The same page in another charset (GB2312 pages are saved as GBK bytes), declared in a meta tag. */
    public static byte[] html(List<String> paragraphs, List<List<String>> tableRows, Charset charset) {
        String declared = charset.name().equalsIgnoreCase("GBK") || charset.name().equalsIgnoreCase("GB18030")
                ? "gb2312" : charset.name().toLowerCase();
        StringBuilder article = new StringBuilder();
        int i = 0;
        while (i < paragraphs.size()) {
            String p = paragraphs.get(i);
            switch (i % 6) {
                case 1 -> article.append("<p>\u3000\u3000").append(esc(p)).append("</p>\n");
                case 2 -> article.append("<p>&nbsp;&nbsp;&nbsp;&nbsp;").append(esc(p)).append("</p>\n");
                case 3 -> {
                    int half = p.length() / 2;
                    article.append("<p style=\"text-indent:2em\"><span style=\"font-family:仿宋_GB2312\">")
                            .append(esc(p.substring(0, half))).append("</span><span style=\"font-family:仿宋_GB2312\">")
                            .append(esc(p.substring(half))).append("</span></p>\n");
                }
                case 4 -> {
                    // Two lines in one block, as pages pasted from Word often have.
                    article.append("<div>").append(esc(p));
                    if (i + 1 < paragraphs.size()) {
                        article.append("<br>\n").append(esc(paragraphs.get(++i)));
                    }
                    article.append("</div>\n");
                }
                default -> article.append("<p style=\"text-indent:2em;line-height:1.8\">").append(esc(p)).append("</p>\n");
            }
            i++;
        }
        if (!tableRows.isEmpty()) {
            article.append(htmlTable(tableRows));
        }
        String title = paragraphs.isEmpty() ? "通知" : esc(paragraphs.getFirst());
        String page = """
                <!-- saved from url=(0058)https://www.suizhou.gov.cn/zwgk/zfwj/202401/t20240125.shtml -->
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta http-equiv="Content-Type" content="text/html; charset=%s">
                <meta name="ArticleTitle" content="%s">
                <title>%s_随州市人民政府门户网站</title>
                <link rel="stylesheet" href="./notice_files/style.css">
                <style>body{font-family:"Microsoft YaHei"} .nav li{float:left} #zoom p{margin:0}</style>
                <script src="./notice_files/jquery.min.js"></script>
                </head>
                <body>
                <header class="top">
                  <div class="top-bar">欢迎访问随州市人民政府门户网站 <a href="#">无障碍浏览</a> <a href="#">长者模式</a> <a href="#">English</a></div>
                  <div class="logo"><img src="./notice_files/logo.png" alt="随州市人民政府"><span>随州市人民政府</span></div>
                  <form class="search" action="/search"><input name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form>
                </header>
                <nav class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/zjsz/">走进随州</a></li></ul></nav>
                <div class="main">
                  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfwj/">政府文件</a></div>
                  <div class="article-head">
                    <h1 class="title">%s</h1>
                    <div class="info"><span>发布时间：2024-01-25 10:30</span> <span>来源：市政府办公室</span> <span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
                  </div>
                  <div class="article-body">
                    <div id="zoom" class="TRS_Editor">
                %s    </div>
                  </div>
                  <div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
                  <div class="related"><h3>相关链接</h3><ul><li><a href="#">中国政府网</a></li><li><a href="#">湖北省人民政府</a></li></ul></div>
                </div>
                <footer class="footer">
                  <p>主办：随州市人民政府办公室　承办：随州市政务服务和大数据管理局</p>
                  <p>鄂ICP备05003323号　鄂公网安备 42130202000123号　政府网站标识码：4213000001</p>
                </footer>
                <script>var _hmt = _hmt || []; (function(){ /* 访问统计 */ })();</script>
                </body>
                </html>
                """.formatted(declared, title, title, title, article);
        return page.getBytes(charset);
    }

    private static String htmlTable(List<List<String>> rows) {
        StringBuilder table = new StringBuilder("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n<tbody>\n");
        for (int r = 0; r < rows.size(); r++) {
            table.append("<tr>");
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c);
                if (isMerge(text)) {
                    continue;
                }
                int colspan = 1;
                while (MERGE_LEFT.equals(cell(rows, r, c + colspan))) {
                    colspan++;
                }
                int rowspan = 1;
                while (MERGE_UP.equals(cell(rows, r + rowspan, c))) {
                    rowspan++;
                }
                String tag = r == 0 ? "th" : "td";
                table.append('<').append(tag);
                if (rowspan > 1) {
                    table.append(" rowspan=\"").append(rowspan).append('"');
                }
                if (colspan > 1) {
                    table.append(" colspan=\"").append(colspan).append('"');
                }
                table.append("><p>").append(String.join("</p><p>", Arrays.stream(text.split("\n", -1)).map(TestFiles::esc).toList()))
                        .append("</p></").append(tag).append('>');
            }
            table.append("</tr>\n");
        }
        return table.append("</tbody>\n</table>\n").toString();
    }

    private static String esc(String text) {
        return Entities.escape(text);
    }

    // ---------------------------------------------------------------- PDF

    /** Page layout of {@link #pdf}: A4 with the margins and type size of a Chinese government document (GB/T 9704). */
    public static final float PAGE_MARGIN_LEFT = 79f;
    public static final float PAGE_MARGIN_RIGHT = 74f;
    public static final float PAGE_MARGIN_TOP = 105f;
    public static final float PAGE_MARGIN_BOTTOM = 99f;
    public static final float FONT_SIZE = 16f;
    public static final float LINE_PITCH = 28.95f;

    /**
     * An A4 PDF printed the way a word processor prints a government document: each paragraph's
     * first line indented by two characters (GB/T 9704), wrapped where the line is full (in the
     * middle of a word or a unit name too, never at a chosen break), new pages as they fill, and a
     * {@code - N -} page number at the foot of every page.
     */
    public static byte[] pdf(List<String> paragraphs) {
        return pdf(paragraphs, true);
    }

    /**
     * The same without first-line indents, so only the right margin shows where a paragraph ends.
     * A paragraph whose last line happens to be full then cannot be told from a wrapped one.
     */
    public static byte[] pdfFlushLeft(List<String> paragraphs) {
        return pdf(paragraphs, false);
    }

    /** The lines {@link #pdfFlushLeft} prints a paragraph as. */
    public static List<String> pdfLines(String paragraph) {
        try {
            return wrap(measuringFont(), paragraph.strip(), textWidth());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@link #pdfFlushLeft} fills the last line of this paragraph: less than one character's width is left. */
    public static boolean pdfFillsLastLine(String paragraph) {
        try {
            List<String> lines = pdfLines(paragraph);
            float used = measuringFont().getStringWidth(lines.getLast()) / 1000 * FONT_SIZE;
            return textWidth() - used < FONT_SIZE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float textWidth() {
        return PDRectangle.A4.getWidth() - PAGE_MARGIN_LEFT - PAGE_MARGIN_RIGHT;
    }

    private static PDType0Font measuringFont;

    /** The font loaded once into a document that is never saved, only to measure text with. */
    private static synchronized PDType0Font measuringFont() throws IOException {
        if (measuringFont == null) {
            measuringFont = CjkTestFont.load(new PDDocument());
        }
        return measuringFont;
    }

    private static byte[] pdf(List<String> paragraphs, boolean indent) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = CjkTestFont.load(doc);
            PDRectangle a4 = PDRectangle.A4;
            float width = textWidth();
            List<List<String>> pages = new ArrayList<>();
            List<String> page = new ArrayList<>();
            int perPage = (int) ((a4.getHeight() - PAGE_MARGIN_TOP - PAGE_MARGIN_BOTTOM) / LINE_PITCH);
            for (String paragraph : paragraphs) {
                String prefix = indent ? "\u3000\u3000" : "";
                for (String line : wrap(font, prefix + paragraph.strip(), width)) {
                    if (page.size() == perPage) {
                        pages.add(page);
                        page = new ArrayList<>();
                    }
                    page.add(line);
                }
            }
            if (!page.isEmpty() || pages.isEmpty()) {
                pages.add(page);
            }
            for (int p = 0; p < pages.size(); p++) {
                PDPage pdfPage = new PDPage(a4);
                doc.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(doc, pdfPage)) {
                    float y = a4.getHeight() - PAGE_MARGIN_TOP;
                    for (String line : pages.get(p)) {
                        // An indent is blank space before the ink, as a word processor leaves it.
                        int blank = 0;
                        while (blank < line.length() && line.charAt(blank) == '\u3000') {
                            blank++;
                        }
                        content.beginText();
                        content.setFont(font, FONT_SIZE);
                        content.newLineAtOffset(PAGE_MARGIN_LEFT + blank * FONT_SIZE, y);
                        content.showText(line.substring(blank));
                        content.endText();
                        y -= LINE_PITCH;
                    }
                    String number = "- " + (p + 1) + " -";
                    float numberWidth = font.getStringWidth(number) / 1000 * 14f;
                    content.beginText();
                    content.setFont(font, 14f);
                    content.newLineAtOffset((a4.getWidth() - numberWidth) / 2, PAGE_MARGIN_BOTTOM / 2);
                    content.showText(number);
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Type and cells of {@link #pdfTable}: 五号 type (10.5pt), Word's default cell margins. */
    public static final float TABLE_FONT_SIZE = 10.5f;
    private static final float TABLE_LINE_PITCH = 15.6f;
    private static final float CELL_MARGIN_X = 5.4f;
    private static final float CELL_MARGIN_Y = 3f;

    /**
     * An A4 landscape PDF of a ruled table as Word prints one: the paragraphs {@code before} as lines
     * above it, then the rows in columns of the given widths (points), each cell's text wrapped within
     * its column and set from the cell's top; a row that no longer fits goes whole to the next page, where
     * the first row (the header) is printed again. A {@link #MERGE_LEFT} cell widens the cell to its left
     * (no rule between them). Borders are stroked lines; a page number at each foot.
     */
    public static byte[] pdfTable(List<String> before, List<List<String>> rows, float[] widths) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = CjkTestFont.load(doc);
            PDRectangle page = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            float left = PAGE_MARGIN_LEFT;
            float top = page.getHeight() - 72f;
            float bottom = 72f;
            List<List<List<String>>> wrapped = new ArrayList<>();
            for (List<String> row : rows) {
                List<List<String>> cells = new ArrayList<>();
                for (int c = 0; c < widths.length; c++) {
                    List<String> lines = new ArrayList<>();
                    String text = c < row.size() ? row.get(c) : "";
                    if (MERGE_LEFT.equals(text)) {
                        cells.add(null); // covered by the cell to its left
                        continue;
                    }
                    float width = widths[c];
                    for (int k = c + 1; k < row.size() && k < widths.length && MERGE_LEFT.equals(row.get(k)); k++) {
                        width += widths[k];
                    }
                    for (String part : text.split("\n", -1)) {
                        lines.addAll(wrap(font, part, width - 2 * CELL_MARGIN_X, TABLE_FONT_SIZE));
                    }
                    cells.add(lines);
                }
                wrapped.add(cells);
            }
            PDPageContentStream content = null;
            float y = 0;
            int pages = 0;
            for (int r = 0; r < wrapped.size(); r++) {
                float height = rowHeight(wrapped.get(r));
                if (content == null || y - height < bottom) {
                    if (content != null) {
                        pageNumber(content, font, page, pages);
                        content.close();
                    }
                    PDPage pdfPage = new PDPage(page);
                    doc.addPage(pdfPage);
                    pages++;
                    content = new PDPageContentStream(doc, pdfPage);
                    y = top;
                    if (pages == 1) {
                        for (String line : before) {
                            content.beginText();
                            content.setFont(font, FONT_SIZE);
                            content.newLineAtOffset(left, y - FONT_SIZE);
                            content.showText(line);
                            content.endText();
                            y -= LINE_PITCH;
                        }
                    } else if (r > 0) {
                        y = tableRow(content, font, wrapped.getFirst(), widths, left, y); // the header again
                    }
                }
                y = tableRow(content, font, wrapped.get(r), widths, left, y);
            }
            if (content != null) {
                pageNumber(content, font, page, pages);
                content.close();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float rowHeight(List<List<String>> cells) {
        int lines = cells.stream().filter(java.util.Objects::nonNull).mapToInt(List::size).max().orElse(1);
        return Math.max(lines, 1) * TABLE_LINE_PITCH + 2 * CELL_MARGIN_Y;
    }

    /** Draws one row with its borders from {@code y} down; returns the y of its bottom border. */
    private static float tableRow(PDPageContentStream content, PDType0Font font, List<List<String>> cells, float[] widths,
            float left, float y) throws IOException {
        float height = rowHeight(cells);
        float x = left;
        for (int c = 0; c < widths.length; c++) {
            float baseline = y - CELL_MARGIN_Y - TABLE_FONT_SIZE;
            for (String line : cells.get(c) == null ? List.<String>of() : cells.get(c)) {
                content.beginText();
                content.setFont(font, TABLE_FONT_SIZE);
                content.newLineAtOffset(x + CELL_MARGIN_X, baseline);
                content.showText(line);
                content.endText();
                baseline -= TABLE_LINE_PITCH;
            }
            x += widths[c];
        }
        content.setLineWidth(0.5f);
        content.moveTo(left, y);
        content.lineTo(x, y);
        content.moveTo(left, y - height);
        content.lineTo(x, y - height);
        float edge = left;
        for (int c = 0; c <= widths.length; c++) {
            if (c == widths.length || cells.get(c) != null) {
                content.moveTo(edge, y);
                content.lineTo(edge, y - height);
            }
            edge += c < widths.length ? widths[c] : 0;
        }
        content.stroke();
        return y - height;
    }

    private static void pageNumber(PDPageContentStream content, PDType0Font font, PDRectangle page, int number)
            throws IOException {
        String text = "- " + number + " -";
        float width = font.getStringWidth(text) / 1000 * 14f;
        content.beginText();
        content.setFont(font, 14f);
        content.newLineAtOffset((page.getWidth() - width) / 2, 36f);
        content.showText(text);
        content.endText();
    }

    /** Lines as full as they can be: a character that does not fit starts the next line. */
    static List<String> wrap(PDType0Font font, String paragraph, float width) throws IOException {
        return wrap(font, paragraph, width, FONT_SIZE);
    }

    private static List<String> wrap(PDType0Font font, String paragraph, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (int i = 0; i < paragraph.length(); ) {
            int cp = paragraph.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = font.getStringWidth(ch) / 1000 * size;
            if (used + w > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(ch);
            used += w;
            i += ch.length();
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    // ---------------------------------------------------------------- helpers

    /** A file the test writes for a person to look at (target/test-files/NAME). */
    public static Path save(String name, byte[] bytes) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "test-files"));
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isMerge(String cell) {
        return MERGE_UP.equals(cell) || MERGE_LEFT.equals(cell);
    }

    private static String cell(List<List<String>> rows, int r, int c) {
        return r < rows.size() && c < rows.get(r).size() ? rows.get(r).get(c) : null;
    }
}
