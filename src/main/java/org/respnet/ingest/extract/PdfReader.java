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
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A text PDF through PDFBox, with the printed line layout undone: lines the printer wrapped at the
 * right margin are joined back into their paragraph (in the middle of a word or a unit name too),
 * page numbers and running headers are dropped. A table drawn with ruled borders is read as a table
 * from where its text stands ({@link PdfRuledTable}); one running over several pages is one table, the
 * header the printer repeats at the top of each page left out. A table without rules comes out as lines of
 * text: PDF has no table structure to read.
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
        List<PdfRuledTable> tables;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.getNumberOfPages() == 0) {
                throw new UnreadableDocumentException("这份 PDF 没有页面");
            }
            budget.pages(pdf.getNumberOfPages());
            LineStripper stripper = new LineStripper(budget);
            stripper.setSortByPosition(true);
            stripper.getText(pdf);
            lines = stripper.lines;
            tables = stripper.tables;
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("这份 PDF 设有密码：请去掉密码另存后重新上传", e);
        }
        List<Line> body = withoutPageFurniture(lines, tables);
        if (body.isEmpty() && tables.isEmpty()) {
            throw new UnreadableDocumentException("这份 PDF 没有文字层：它是通知的扫描件或图片。"
                    + "请上传原始的 Word 或文本文件，或先做文字识别（OCR）");
        }
        return join(body, tables);
    }

    /**
     * Drops page numbers and running headers or footers: the first or last line of a page, set
     * apart from the text by a wider gap than between lines, that is a page number or recurs at the
     * edge of most pages (digits aside). A ruled table between the line and its neighbour sets it apart too.
     */
    static List<Line> withoutPageFurniture(List<Line> lines, List<PdfRuledTable> tables) {
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
            boolean furniture = (apart(line, page, pitch) || tableBeside(line, page, tables))
                    && (PAGE_NUMBER.matcher(line.text).matches() || (pages.size() > 1 && edgeTexts.getOrDefault(withoutDigits(line.text), 0) >= repeatedOn));
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

    /** Whether a table stands between the page's first (or last) line and the line after (or before) it. */
    private static boolean tableBeside(Line line, List<Line> page, List<PdfRuledTable> tables) {
        float from;
        float to;
        if (line == page.getFirst()) {
            from = line.y;
            to = page.size() > 1 ? page.get(1).y : Float.MAX_VALUE;
        } else if (line == page.getLast()) {
            from = page.get(page.size() - 2).y;
            to = line.y;
        } else {
            return false;
        }
        return tables.stream().anyMatch(t -> t.page == line.page && t.top() > from && t.top() < to);
    }

    private static String withoutDigits(String text) {
        return text.replaceAll("\\d+", "#");
    }

    /** Wrapped lines joined back into paragraphs, each placed at its first line (第2页第5行). */
    static SourceDocument join(List<Line> lines) {
        return join(lines, List.of());
    }

    /**
     * Wrapped lines joined back into paragraphs, each placed at its first line (第2页第5行), and the
     * ruled tables among them where they stand on their pages.
     */
    static SourceDocument join(List<Line> lines, List<PdfRuledTable> tables) {
        BlockCollector out = new BlockCollector();
        TableRun run = new TableRun(out);
        if (lines.isEmpty()) {
            tables.forEach(run::add);
            run.flush();
            return out.document("pdf");
        }
        int nextTable = 0;
        float columnLeft = shared(lines.stream().map(l -> l.left).toList(), false);
        float columnRight = shared(lines.stream().map(l -> l.right).toList(), true);
        float pitch = typicalPitch(lines);
        Map<Integer, Integer> lineOnPage = new HashMap<>();
        Paragraph paragraph = new Paragraph();
        String where = null;
        Line previous = null;
        for (Line line : lines) {
            boolean tableBefore = false;
            while (nextTable < tables.size() && (tables.get(nextTable).page < line.page
                    || tables.get(nextTable).page == line.page && tables.get(nextTable).top() < line.y)) {
                if (!tableBefore && !paragraph.isEmpty()) {
                    out.paragraph(paragraph.text(), where);
                    paragraph = new Paragraph();
                }
                tableBefore = true;
                run.add(tables.get(nextTable++));
            }
            if (tableBefore) {
                run.flush(); // this line of text ends the tables before it
                previous = null; // and starts afresh
            }
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
        tables.subList(nextTable, tables.size()).forEach(run::add);
        run.flush();
        return out.document("pdf");
    }

    /**
     * Consecutive ruled tables of as many columns, with no text between them but page furniture, are one
     * table the page breaks cut: its rows go on, and the rows a continuation opens with that repeat the
     * table's first rows (the header printed again on each page) are left out.
     */
    private static final class TableRun {
        private final BlockCollector out;
        private final List<List<String>> rows = new ArrayList<>();
        private final List<String> places = new ArrayList<>();
        private int width = -1;
        private int firstPage;

        TableRun(BlockCollector out) {
            this.out = out;
        }

        void add(PdfRuledTable table) {
            List<List<String>> more = table.rows();
            if (more.isEmpty()) {
                return;
            }
            int columns = more.getFirst().size();
            int skip = 0;
            if (columns == width) {
                while (skip < more.size() && skip < rows.size() && more.get(skip).equals(rows.get(skip))
                        && !more.get(skip).stream().allMatch(String::isEmpty)) {
                    skip++;
                }
            } else {
                flush();
                width = columns;
                firstPage = table.page;
            }
            for (int r = skip; r < more.size(); r++) {
                rows.add(more.get(r));
                places.add("第" + table.page + "页表格第" + (r + 1) + "行");
            }
        }

        void flush() {
            if (!rows.isEmpty()) {
                List<String> named = List.copyOf(places);
                out.table(rows, "第" + firstPage + "页的表格", named::get);
            }
            rows.clear();
            places.clear();
            width = -1;
        }
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

    /**
     * Collects PDFBox's lines with the x-extent of their glyphs instead of writing text out, and the
     * ruled tables of each page: the rules its paths draw, and the glyphs inside them.
     */
    private static final class LineStripper extends PDFTextStripper {

        /** Path painting operators that stroke (draw the outline) and that only fill. */
        private static final List<String> STROKES = List.of("S", "s", "B", "B*", "b", "b*");
        private static final List<String> FILLS = List.of("f", "F", "f*");
        /** Thinner than this (points), a filled rectangle is a rule: how some printers draw borders. */
        private static final float THIN = 2f;

        final List<Line> lines = new ArrayList<>();
        final List<PdfRuledTable> tables = new ArrayList<>();
        private final List<PdfRuledTable.Rule> rules = new ArrayList<>();
        /** The current path's straight edges, each marked whether it is a thin rectangle (a rule when filled). */
        private final List<PdfRuledTable.Rule> path = new ArrayList<>();
        private final List<Boolean> pathThin = new ArrayList<>();
        private float pathX;
        private float pathY;
        private float subpathX;
        private float subpathY;
        private List<PdfRuledTable> pageTables = List.of();
        private final ExtractionBudget budget;
        private final StringBuilder text = new StringBuilder();
        private float left = Float.MAX_VALUE;
        private float right = -Float.MAX_VALUE;
        private float y;
        private float glyph;

        private int operators;

        LineStripper(ExtractionBudget budget) throws IOException {
            super();
            this.budget = budget;
            for (String build : List.of("m", "l", "re", "h", "c", "v", "y", "n")) {
                addOperator(new PathOperator(build, this));
            }
            for (String paint : STROKES) {
                addOperator(new PathOperator(paint, this));
            }
            for (String paint : FILLS) {
                addOperator(new PathOperator(paint, this));
            }
        }

        /** Path construction and painting, kept only as far as straight axis-parallel edges go. */
        private static final class PathOperator extends OperatorProcessor {
            private final String name;
            private final LineStripper stripper;

            PathOperator(String name, LineStripper stripper) {
                super(stripper);
                this.name = name;
                this.stripper = stripper;
            }

            @Override
            public void process(Operator operator, List<COSBase> operands) {
                stripper.path(name, operands);
            }

            @Override
            public String getName() {
                return name;
            }
        }

        private void path(String operator, List<COSBase> operands) {
            float[] v = new float[operands.size()];
            for (int i = 0; i < v.length; i++) {
                if (!(operands.get(i) instanceof COSNumber number)) {
                    return;
                }
                v[i] = number.floatValue();
            }
            switch (operator) {
                case "m" -> {
                    if (v.length == 2) {
                        pathX = subpathX = v[0];
                        pathY = subpathY = v[1];
                    }
                }
                case "h" -> {
                    edge(pathX, pathY, subpathX, subpathY, false);
                    pathX = subpathX;
                    pathY = subpathY;
                }
                case "c", "v", "y" -> {
                    if (v.length >= 4) { // a curve is no rule; it only moves the current point to its end
                        pathX = v[v.length - 2];
                        pathY = v[v.length - 1];
                    }
                }
                case "l" -> {
                    if (v.length == 2) {
                        edge(pathX, pathY, v[0], v[1], false);
                        pathX = v[0];
                        pathY = v[1];
                    }
                }
                case "re" -> {
                    if (v.length == 4) {
                        boolean thin = Math.abs(v[2]) <= THIN || Math.abs(v[3]) <= THIN;
                        if (thin) {
                            // a thin filled bar is one rule along its middle
                            if (Math.abs(v[3]) <= Math.abs(v[2])) {
                                edge(v[0], v[1] + v[3] / 2, v[0] + v[2], v[1] + v[3] / 2, true);
                            } else {
                                edge(v[0] + v[2] / 2, v[1], v[0] + v[2] / 2, v[1] + v[3], true);
                            }
                        } else {
                            edge(v[0], v[1], v[0] + v[2], v[1], false);
                            edge(v[0], v[1] + v[3], v[0] + v[2], v[1] + v[3], false);
                            edge(v[0], v[1], v[0], v[1] + v[3], false);
                            edge(v[0] + v[2], v[1], v[0] + v[2], v[1] + v[3], false);
                        }
                    }
                }
                default -> {
                    boolean stroke = STROKES.contains(operator);
                    boolean fill = FILLS.contains(operator);
                    for (int i = 0; i < path.size() && rules.size() <= PdfRuledTable.MAX_RULES; i++) {
                        if (stroke || fill && pathThin.get(i)) {
                            rules.add(path.get(i));
                        }
                    }
                    path.clear();
                    pathThin.clear();
                }
            }
        }

        /** An edge of the current path in page coordinates (y down), if it is horizontal or vertical. */
        private void edge(float x0, float y0, float x1, float y1, boolean thin) {
            if (path.size() > PdfRuledTable.MAX_RULES) {
                return;
            }
            var ctm = getGraphicsState().getCurrentTransformationMatrix();
            var a = ctm.transformPoint(x0, y0);
            var b = ctm.transformPoint(x1, y1);
            PDRectangle box = getCurrentPage().getCropBox();
            float ax = (float) a.getX() - box.getLowerLeftX();
            float bx = (float) b.getX() - box.getLowerLeftX();
            float ay = box.getUpperRightY() - (float) a.getY();
            float by = box.getUpperRightY() - (float) b.getY();
            if (Math.abs(ay - by) < 0.5f && Math.abs(ax - bx) >= 0.5f) {
                path.add(new PdfRuledTable.Rule(Math.min(ax, bx), ay, Math.max(ax, bx), ay));
                pathThin.add(thin);
            } else if (Math.abs(ax - bx) < 0.5f && Math.abs(ay - by) >= 0.5f) {
                path.add(new PdfRuledTable.Rule(ax, Math.min(ay, by), ax, Math.max(ay, by)));
                pathThin.add(thin);
            }
        }

        /** The page's rules are all drawn by now: its tables take their glyphs before the lines are made. */
        @Override
        protected void writePage() throws IOException {
            pageTables = getCurrentPage().getRotation() % 360 == 0
                    ? PdfRuledTable.find(getCurrentPageNo(), rules, budget) : List.of();
            super.writePage();
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
            rules.clear();
            path.clear();
            pathThin.clear();
            pageTables = List.of();
            super.startPage(page);
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            if (pageTables.isEmpty()) {
                text.append(string);
            }
            for (TextPosition p : positions) {
                if (!pageTables.isEmpty()) {
                    if (pageTables.stream().anyMatch(table -> table.take(p))) {
                        continue;
                    }
                    if (p.getUnicode() != null) {
                        text.append(p.getUnicode());
                    }
                }
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
            tables.addAll(pageTables);
            pageTables = List.of();
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
