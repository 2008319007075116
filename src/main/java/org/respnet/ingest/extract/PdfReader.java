package org.respnet.ingest.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A text PDF through PDFBox, with the printed line layout undone: lines the printer wrapped at the
 * right margin are joined back into their paragraph (in the middle of a word or a unit name too),
 * page numbers and running headers are dropped. Tables in a PDF come out as lines of text: PDF has
 * no table structure to read.
 *
 * <p>A line ends its paragraph when it stops short of the text column's right edge by more than a
 * character. A line starts a new paragraph when it is indented, stands after a wider gap, or opens
 * with a numbering ({@code 12.}, {@code （三）}, {@code 三、}) or a role key ({@code 牵头单位：})
 * that the previous line does not lead into, or follows a task's closing list of roles. A paragraph
 * whose last line happens to fill the line, followed by one with none of these signs, cannot be told
 * from a wrap and is joined to it: flush-left layouts without spacing lose that boundary.
 */
final class PdfReader {

    /** Page numbers as printed in footers or headers: {@code - 3 -}, {@code 3}, {@code 第3页 共9页}, {@code 3/9}. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–_·.\\s]*(第\\s*)?\\d{1,4}(\\s*页)?(\\s*(/|共)\\s*\\d{1,4}\\s*页?)?[-—–_·.\\s]*");
    /** Numbered items: 12. 12、 （三） (3) 三、 第三条. */
    private static final Pattern NUMBERING = Pattern.compile(
            "(\\d{1,3}[.．、]\\s*[\\p{IsHan}“《（(]|[（(][一二三四五六七八九十百\\d]{1,4}[）)]"
                    + "|[一二三四五六七八九十百]{1,4}、|第[一二三四五六七八九十百\\d]{1,4}[章节条部分]).*");
    private static final Pattern ROLE_KEY = Pattern.compile(
            "(责任领导|牵头单位|责任单位|配合单位|协办单位|主办单位|参与单位|完成时限|时间节点)[：:].*");
    private static final Pattern ROLE_IN_LIST = Pattern.compile("(责任领导|牵头单位|责任单位)[：:]");
    /** Punctuation that never opens a paragraph: a line starting with it continues the one before. */
    private static final String CLOSING = "。，、；：！？）)”》.,;:!?";
    /** A line ending in one of these runs on into the next, whatever the next one starts with. */
    private static final String LEADS_ON = "，,、（(“《-";
    /** Besides those, a role key after a semicolon continues a list of roles such as （责任领导：…；牵头单位：…）. */
    private static final String LEADS_ON_TO_ROLE = LEADS_ON + "；;";

    private PdfReader() {
    }

    static SourceDocument read(byte[] bytes, ExtractionBudget budget) throws IOException, UnreadableDocumentException {
        List<Line> lines;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.getNumberOfPages() == 0) {
                throw new UnreadableDocumentException("这份 PDF 没有页面");
            }
            budget.pages(pdf.getNumberOfPages());
            LineStripper stripper = new LineStripper(budget);
            stripper.setSortByPosition(true);
            stripper.getText(pdf);
            lines = stripper.lines;
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("这份 PDF 设有密码：请去掉密码另存后重新上传", e);
        }
        List<Line> body = withoutPageFurniture(lines);
        if (body.isEmpty()) {
            throw new UnreadableDocumentException("这份 PDF 没有文字层：它是通知的扫描件或图片。"
                    + "请上传原始的 Word 或文本文件，或先做文字识别（OCR）");
        }
        return join(body);
    }

    /**
     * Drops page numbers and running headers or footers: the first or last line of a page, set
     * apart from the text by a wider gap than between lines, that is a page number or recurs at the
     * edge of most pages (digits aside).
     */
    static List<Line> withoutPageFurniture(List<Line> lines) {
        float pitch = typicalPitch(lines);
        Map<Integer, List<Line>> pages = new HashMap<>();
        for (Line line : lines) {
            pages.computeIfAbsent(line.page, p -> new ArrayList<>()).add(line);
        }
        Map<String, Integer> edgeTexts = new HashMap<>();
        for (List<Line> page : pages.values()) {
            edgeTexts.merge(withoutDigits(page.getFirst().text), 1, Integer::sum);
            if (page.size() > 1) {
                edgeTexts.merge(withoutDigits(page.getLast().text), 1, Integer::sum);
            }
        }
        int repeatedOn = Math.max(2, (pages.size() + 1) / 2);
        List<Line> body = new ArrayList<>();
        for (Line line : lines) {
            List<Line> page = pages.get(line.page);
            boolean furniture = apart(line, page, pitch) && (PAGE_NUMBER.matcher(line.text).matches()
                    || (pages.size() > 1 && edgeTexts.getOrDefault(withoutDigits(line.text), 0) >= repeatedOn));
            if (!furniture) {
                body.add(line);
            }
        }
        return body;
    }

    /** Whether the line is the first or last on its page and stands further from its neighbour than lines do. */
    private static boolean apart(Line line, List<Line> page, float pitch) {
        if (page.size() == 1) {
            return true;
        }
        float gap;
        if (line == page.getFirst()) {
            gap = page.get(1).y - line.y;
        } else if (line == page.getLast()) {
            gap = line.y - page.get(page.size() - 2).y;
        } else {
            return false;
        }
        return pitch <= 0 || gap > 1.4f * pitch;
    }

    private static String withoutDigits(String text) {
        return text.replaceAll("\\d+", "#");
    }

    /** Wrapped lines joined back into paragraphs, each placed at its first line (第2页第5行). */
    static SourceDocument join(List<Line> lines) {
        BlockCollector out = new BlockCollector();
        if (lines.isEmpty()) {
            return out.document("pdf");
        }
        float columnLeft = shared(lines.stream().map(l -> l.left).toList(), false);
        float columnRight = shared(lines.stream().map(l -> l.right).toList(), true);
        float pitch = typicalPitch(lines);
        Map<Integer, Integer> lineOnPage = new HashMap<>();
        Paragraph paragraph = new Paragraph();
        String where = null;
        Line previous = null;
        for (Line line : lines) {
            int number = lineOnPage.merge(line.page, 1, Integer::sum);
            if (previous != null && (startsParagraph(previous, line, columnLeft, columnRight, pitch)
                    || (paragraph.endsWithRoleList() && CLOSING.indexOf(line.text.charAt(0)) < 0))) {
                out.paragraph(paragraph.text(), where);
                paragraph = new Paragraph();
            }
            if (paragraph.isEmpty()) {
                where = "第" + line.page + "页第" + number + "行";
            }
            paragraph.append(line.text);
            previous = line;
        }
        out.paragraph(paragraph.text(), where);
        return out.document("pdf");
    }

    /**
     * A paragraph being joined, which knows whether it ends with a list of roles without reading itself
     * again at every line: each appended character is looked at once (a 100,000-line paragraph of a
     * hostile PDF was read 100,000 times over before).
     */
    static final class Paragraph {

        /** Longest role key with its colon, less one: a key may be split across two lines. */
        private static final int KEY_OVERLAP = 4;

        private final StringBuilder text = new StringBuilder();
        private int open = -1;
        private boolean roleSinceOpen;

        void append(String line) {
            int start = text.length();
            text.append(line);
            int openInLine = Math.max(line.lastIndexOf('（'), line.lastIndexOf('('));
            if (openInLine >= 0) {
                open = start + openInLine;
                roleSinceOpen = ROLE_IN_LIST.matcher(text).region(open, text.length()).find();
            } else if (open >= 0 && !roleSinceOpen) {
                roleSinceOpen = ROLE_IN_LIST.matcher(text).region(Math.max(open, start - KEY_OVERLAP), text.length()).find();
            }
        }

        boolean isEmpty() {
            return text.isEmpty();
        }

        String text() {
            return text.toString();
        }

        /**
         * A task's closing list of roles, （责任领导：…；牵头单位：…）, ends its paragraph in a
         * decomposition notice even when the line it ends on happens to be full.
         */
        boolean endsWithRoleList() {
            char last = text.isEmpty() ? 0 : text.charAt(text.length() - 1);
            return (last == '）' || last == ')') && roleSinceOpen;
        }
    }

    private static boolean startsParagraph(Line previous, Line line, float left, float right, float pitch) {
        float slack = Math.max(previous.glyph, 2f) + 0.5f;
        if (previous.right < right - slack) {
            return true; // the previous line stopped short of the margin: its paragraph ended there
        }
        if (line.left > left + 0.8f * Math.max(line.glyph, 2f)) {
            return true; // first-line indent, or a centred line
        }
        if (line.page == previous.page && pitch > 0 && line.y - previous.y > 1.6f * pitch) {
            return true; // space between paragraphs
        }
        char last = previous.text.charAt(previous.text.length() - 1);
        if (NUMBERING.matcher(line.text).matches()) {
            return LEADS_ON.indexOf(last) < 0;
        }
        if (ROLE_KEY.matcher(line.text).matches()) {
            return LEADS_ON_TO_ROLE.indexOf(last) < 0;
        }
        return false;
    }

    /**
     * The column edge most lines share: the rightmost (or leftmost) value reached by at least two
     * lines, so one line sticking out into the margin does not move the edge.
     */
    static float shared(List<Float> edges, boolean right) {
        float[] sorted = new float[edges.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = right ? -edges.get(i) : edges.get(i);
        }
        Arrays.sort(sorted);
        for (int i = 0; i + 1 < sorted.length; i++) {
            if (sorted[i + 1] - sorted[i] <= 2f) {
                return right ? -sorted[i] : sorted[i];
            }
        }
        return right ? -sorted[0] : sorted[0];
    }

    /** The most common distance between consecutive baselines on a page. */
    private static float typicalPitch(List<Line> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).page == lines.get(i - 1).page) {
                int d = Math.round(lines.get(i).y - lines.get(i - 1).y);
                if (d > 0) {
                    counts.merge(d, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
    }

    /**
     * One printed line: its text and where its ink starts and ends.
     *
     * @param glyph the widest glyph on the line, for Chinese text one character's width
     */
    record Line(int page, String text, float left, float right, float y, float glyph) {
    }

    /** Collects PDFBox's lines with the x-extent of their glyphs instead of writing text out. */
    private static final class LineStripper extends PDFTextStripper {

        final List<Line> lines = new ArrayList<>();
        private final ExtractionBudget budget;
        private final StringBuilder text = new StringBuilder();
        private float left = Float.MAX_VALUE;
        private float right = -Float.MAX_VALUE;
        private float y;
        private float glyph;

        private int operators;

        LineStripper(ExtractionBudget budget) {
            super();
            this.budget = budget;
        }

        /** A page's content stream may run to millions of operators: the clock is looked at every thousand. */
        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (++operators % 1024 == 0) {
                budget.time();
            }
            super.processOperator(operator, operands);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            budget.time();
            super.startPage(page);
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            text.append(string);
            for (TextPosition p : positions) {
                if (p.getUnicode() == null || p.getUnicode().isBlank()) {
                    continue;
                }
                left = Math.min(left, p.getXDirAdj());
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                y = Math.max(y, p.getYDirAdj());
                glyph = Math.max(glyph, p.getWidthDirAdj());
            }
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void endPage(PDPage page) {
            endLine();
        }

        private void endLine() {
            String clean = BlockCollector.clean(text.toString());
            if (!clean.isEmpty() && right > left) {
                lines.add(new Line(getCurrentPageNo(), clean, left, right, y, glyph));
            }
            text.setLength(0);
            left = Float.MAX_VALUE;
            right = -Float.MAX_VALUE;
            y = 0;
            glyph = 0;
        }
    }
}
