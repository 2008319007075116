package org.respnet.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.respnet.ingest.extract.Block;

/**
 * Finds tables that a copy to plain text flattened into paragraphs, and gives them back as
 * {@link Block.Table}s, so one {@link RoleTableReader} reads every table however it arrived:
 * <ul>
 * <li>pipe rows, {@code 序号 | 工作任务 | 牵头单位 |}, one row a line (a separator row of dashes is
 *     skipped); or one cell a line ending in {@code |}, rows parted by a line that is only {@code |};
 * <li>one cell per line, as a web page's table pasted into a text file comes out: a header of N
 *     column titles on N consecutive lines, then the rows. When the table has a 序号 column a row is
 *     anchored on its serial number, so a row whose empty cells vanished (a merged 分类 cell given
 *     only on its first row) still lines up; without one, rows are taken N lines at a time.
 *     A （一） line between rows is a section row; a key line after a row ({@code 省牵头单位:…})
 *     belongs to that row; a 一、 line ends the table and goes back to the outline, and serial
 *     numbers after it continue the same table under that heading.
 * </ul>
 */
final class FlatTableRecognizer {

    private static final int MAX_COLUMNS = 10;
    private static final int MIN_COLUMNS = 3;
    /** Longer lines are not column titles, however spaced out or qualified. */
    private static final int MAX_TITLE = 40;

    private FlatTableRecognizer() {
    }

    static List<Block> recognise(List<Block> printed) {
        List<Block> blocks = withoutCellMarks(printed);
        List<Block> out = new ArrayList<>(blocks.size());
        List<String> lastHeader = null;
        int i = 0;
        while (i < blocks.size()) {
            int pipeEnd = pipeRun(blocks, i);
            if (pipeEnd > i + 1) {
                out.add(pipeTable(blocks.subList(i, pipeEnd)));
                i = pipeEnd;
                continue;
            }
            List<String> header = header(blocks, i);
            if (header.isEmpty() && lastHeader != null && isSerial(blocks, i)) {
                header = lastHeader; // rows go on under a 一、 heading that interrupted the table
                int end = cellPerLineRows(blocks, i, header, out, -1);
                if (end > i) {
                    i = end;
                    continue;
                }
                header = List.of();
            }
            if (!header.isEmpty()) {
                int rows = i + headerLines(blocks, i, header);
                int end = cellPerLineRows(blocks, rows, header, out, i);
                if (end > rows) {
                    lastHeader = header;
                    i = end;
                    continue;
                }
            }
            out.add(blocks.get(i));
            i++;
        }
        return out;
    }

    // ---------------------------------------------------------------- pipe rows

    private static int pipeRun(List<Block> blocks, int from) {
        int i = from;
        while (i < blocks.size() && blocks.get(i) instanceof Block.Paragraph p && isPipeRow(p.text())) {
            i++;
        }
        return i;
    }

    /**
     * One cell a line, each ending in {@code |}, with no line that parts the rows: the pipes only
     * mark cells, so the lines are read as a table flattened one cell per line.
     */
    private static List<Block> withoutCellMarks(List<Block> blocks) {
        List<Block> out = null;
        int i = 0;
        while (i < blocks.size()) {
            int end = pipeRun(blocks, i);
            if (end > i + 1 && oneCellEach(blocks.subList(i, end))) {
                if (out == null) {
                    out = new ArrayList<>(blocks.subList(0, i));
                }
                for (Block block : blocks.subList(i, end)) {
                    String cell = ((Block.Paragraph) block).text().replaceAll("^[|｜]|[|｜]$", "").strip();
                    out.add(new Block.Paragraph(cell, block.place()));
                }
                i = end;
                continue;
            }
            int next = Math.max(end, i + 1);
            if (out != null) {
                out.addAll(blocks.subList(i, next));
            }
            i = next;
        }
        return out == null ? blocks : out;
    }

    private static boolean oneCellEach(List<Block> run) {
        for (Block block : run) {
            String text = ((Block.Paragraph) block).text();
            int pipes = 0;
            for (int k = 0; k < text.length(); k++) {
                pipes += text.charAt(k) == '|' || text.charAt(k) == '｜' ? 1 : 0;
            }
            if (pipes != 1 || text.length() < 2) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPipeRow(String text) {
        int pipes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '|' || c == '｜') {
                pipes++;
            }
        }
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        return pipes >= 2 || pipes == 1 && (first == '|' || first == '｜' || last == '|' || last == '｜');
    }

    private static Block.Table pipeTable(List<Block> paragraphs) {
        List<List<String>> cellsOf = new ArrayList<>();
        int singleCells = 0;
        for (Block block : paragraphs) {
            List<String> cells = new ArrayList<>(Arrays.stream(((Block.Paragraph) block).text().split("[|｜]", -1))
                    .map(String::strip).toList());
            if (!cells.isEmpty() && cells.getFirst().isEmpty()) {
                cells.removeFirst();
            }
            if (!cells.isEmpty() && cells.getLast().isEmpty()) {
                cells.removeLast();
            }
            cellsOf.add(cells);
            singleCells += cells.size() == 1 ? 1 : 0;
        }
        List<Block.Row> rows = new ArrayList<>();
        if (singleCells * 2 > paragraphs.size()) {
            // one cell a line; a bare | (or ||||) starts the next row
            List<String> row = new ArrayList<>();
            Block first = null;
            for (int k = 0; k <= paragraphs.size(); k++) {
                boolean separator = k == paragraphs.size() || cellsOf.get(k).stream().allMatch(String::isEmpty);
                if (separator) {
                    if (!row.isEmpty()) {
                        rows.add(new Block.Row(row, first.place()));
                    }
                    row = new ArrayList<>();
                    first = null;
                    continue;
                }
                if (first == null) {
                    first = paragraphs.get(k);
                }
                row.addAll(cellsOf.get(k));
            }
        } else {
            for (int k = 0; k < paragraphs.size(); k++) {
                List<String> cells = cellsOf.get(k);
                if (cells.stream().allMatch(c -> c.matches("[-—:：\\s]*"))) {
                    continue; // | --- | --- |
                }
                rows.add(new Block.Row(cells, paragraphs.get(k).place()));
            }
        }
        return new Block.Table(rows, paragraphs.getFirst().place());
    }

    // ---------------------------------------------------------------- one cell per line

    /** The column titles starting at {@code from}, one a line, or nothing. */
    private static List<String> header(List<Block> blocks, int from) {
        List<String> header = new ArrayList<>();
        int known = 0;
        int i = from;
        while (i < blocks.size() && header.size() < MAX_COLUMNS && blocks.get(i) instanceof Block.Paragraph p
                && p.text().length() <= MAX_TITLE) {
            Optional<RoleLabel> title = RoleLabel.ofColumn(p.text());
            String text = p.text();
            if (title.isEmpty() && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.Paragraph below
                    && below.text().length() <= MAX_TITLE) {
                // one title printed on two lines: 区政府 / 分管领导
                text = p.text() + below.text();
                title = RoleLabel.ofColumn(text).filter(label -> label.role().namesSomeone());
                i++;
            }
            if (title.isEmpty()) {
                break;
            }
            known += title.get().byPattern() ? 0 : 1;
            header.add(text);
            i++;
        }
        if (header.size() < MIN_COLUMNS || known < 2 || RoleTableReader.header(header).isEmpty()) {
            return List.of();
        }
        return header;
    }

    private static boolean leaderColumn(List<String> header, int column) {
        return column >= 0 && column < header.size()
                && RoleLabel.ofColumn(header.get(column)).filter(l -> l.role() == Role.LEADER).isPresent();
    }

    /** How many lines the header starting at {@code from} takes (a title may take two). */
    private static int headerLines(List<Block> blocks, int from, List<String> header) {
        int lines = 0;
        for (String title : header) {
            lines += from + lines < blocks.size() && blocks.get(from + lines) instanceof Block.Paragraph p
                    && p.text().equals(title) ? 1 : 2;
        }
        return lines;
    }

    /**
     * Reads rows from {@code from} under {@code header}; adds the table (with its header row, given
     * again for a continued table) to {@code out} and returns the index after it, or {@code from}
     * when no row was read (nothing is added then).
     */
    private static int cellPerLineRows(List<Block> blocks, int from, List<String> printedHeader, List<Block> out,
            int headerStart) {
        Block start = blocks.get(headerStart < 0 ? from : headerStart);
        List<String> header = printedHeader;
        int serial = -1;
        for (int c = 0; c < header.size(); c++) {
            if (RoleLabel.ofColumn(header.get(c)).filter(l -> l.role() == Role.SERIAL).isPresent()) {
                serial = c;
                break;
            }
        }
        if (serial >= 0 && !serialWithin(blocks, from, header.size())) {
            // a 序号 column the rows never fill (a web page drops empty cells): rows are the other columns
            header = new ArrayList<>(header);
            header.remove(serial);
            serial = -1;
        }
        int width = header.size();
        List<Block.Row> rows = new ArrayList<>();
        rows.add(new Block.Row(header, start.place()));
        int i = from;
        int dataRows = 0;
        List<String> prefix = new ArrayList<>();
        int prefixStart = i;
        while (i < blocks.size() && blocks.get(i) instanceof Block.Paragraph line) {
            String text = line.text();
            Optional<TaskNumbering.Number> number = TaskNumbering.read(text);
            if (number.isPresent() && number.get().level() == TaskNumbering.Level.CHINESE) {
                break; // a 一、 heading belongs to the outline
            }
            if (prefix.isEmpty() && number.isPresent() && number.get().level().headingLike()) {
                rows.add(new Block.Row(List.of(text), line.place()));
                i++;
                prefixStart = i;
                continue;
            }
            if (prefix.isEmpty() && startsHeader(blocks, i, header)) {
                i += width;
                prefixStart = i;
                continue;
            }
            if (prefix.isEmpty() && dataRows > 0 && AssignmentReader.looksLikeAssignment(text)) {
                Block.Row last = rows.removeLast();
                List<String> cells = new ArrayList<>(last.cells());
                cells.add(text);
                rows.add(new Block.Row(cells, last.place()));
                i++;
                prefixStart = i;
                continue;
            }
            if (serial < 0) {
                if (i + width > blocks.size() || !allParagraphs(blocks, i, width)) {
                    break;
                }
                List<String> cells = new ArrayList<>();
                for (int k = 0; k < width; k++) {
                    cells.add(((Block.Paragraph) blocks.get(i + k)).text());
                }
                rows.add(new Block.Row(cells, line.place()));
                dataRows++;
                i += width;
                prefixStart = i;
                continue;
            }
            Optional<String> serialNo = TaskNumbering.serial(text);
            if (serialNo.isEmpty()) {
                if (prefix.size() >= serial) {
                    break;
                }
                prefix.add(text); // a cell before the serial number (分类), printed only on its first row
                i++;
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int k = 0; k < serial - prefix.size(); k++) {
                cells.add("");
            }
            cells.addAll(prefix);
            cells.add(text);
            int j = i + 1;
            while (cells.size() < width && j < blocks.size() && blocks.get(j) instanceof Block.Paragraph cell) {
                if (isNext(cell.text(), serialNo.get()) && cells.size() > serial + 1
                        || TaskNumbering.read(cell.text()).filter(n -> n.level().headingLike()).isPresent()) {
                    break;
                }
                int last = cells.size() - 1;
                if (leaderColumn(header, last) && UnitShape.isPersonList(cells.get(last))
                        && UnitShape.isPersonList(cell.text())) {
                    cells.set(last, cells.get(last) + "、" + cell.text()); // one leader a line, in one cell
                } else {
                    cells.add(cell.text());
                }
                j++;
            }
            rows.add(new Block.Row(cells, blocks.get(prefixStart).place()));
            dataRows++;
            prefix.clear();
            i = j;
            prefixStart = i;
        }
        if (dataRows == 0) {
            return from;
        }
        out.add(new Block.Table(rows, start.place()));
        return prefixStart;
    }

    private static boolean allParagraphs(List<Block> blocks, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if (!(blocks.get(k) instanceof Block.Paragraph)) {
                return false;
            }
        }
        return true;
    }

    private static boolean serialWithin(List<Block> blocks, int from, int count) {
        for (int k = from; k < Math.min(blocks.size(), from + count); k++) {
            if (isSerial(blocks, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSerial(List<Block> blocks, int i) {
        return blocks.get(i) instanceof Block.Paragraph p && TaskNumbering.serial(p.text()).isPresent();
    }

    private static boolean startsHeader(List<Block> blocks, int from, List<String> header) {
        for (int k = 0; k < header.size(); k++) {
            if (from + k >= blocks.size() || !(blocks.get(from + k) instanceof Block.Paragraph p)
                    || !RoleLabel.ofColumn(p.text()).map(RoleLabel::role)
                    .equals(RoleLabel.ofColumn(header.get(k)).map(RoleLabel::role))) {
                return false;
            }
        }
        return true;
    }

    /** The serial number after {@code serial}: where the next row starts. */
    private static boolean isNext(String text, String serial) {
        Optional<String> next = TaskNumbering.serial(text);
        return next.isPresent() && TaskNumbering.value(next.get()) == TaskNumbering.value(serial) + 1
                && TaskNumbering.value(serial) > 0;
    }
}
