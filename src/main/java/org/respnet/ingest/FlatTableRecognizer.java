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
 * <li>pipe rows, {@code 序号 | 工作任务 | 牵头单位 |}, one row a line (a separator row of dashes is skipped);
 * <li>one cell per line, as a web page's table pasted into a text file comes out: a header of N
 *     known column titles on N consecutive lines, then rows of N lines. When the first column is
 *     序号 a row starts at each serial number, so a row whose empty cells vanished still ends in
 *     the right place; a 一、 line between rows is a section row. Without a 序号 column rows are
 *     taken N lines at a time, up to the first line that is a heading.
 * </ul>
 */
final class FlatTableRecognizer {

    private static final int MAX_COLUMNS = 10;

    private FlatTableRecognizer() {
    }

    static List<Block> recognise(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        int i = 0;
        while (i < blocks.size()) {
            int pipeEnd = pipeRun(blocks, i);
            if (pipeEnd > i + 1) {
                out.add(pipeTable(blocks.subList(i, pipeEnd)));
                i = pipeEnd;
                continue;
            }
            i = cellPerLineTable(blocks, i, out);
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

    private static boolean isPipeRow(String text) {
        int pipes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '|' || c == '｜') {
                pipes++;
            }
        }
        return pipes >= 2 || pipes == 1 && text.length() > 1 && (text.charAt(0) == '|' || text.charAt(text.length() - 1) == '|');
    }

    private static Block.Table pipeTable(List<Block> paragraphs) {
        List<Block.Row> rows = new ArrayList<>();
        for (Block block : paragraphs) {
            Block.Paragraph p = (Block.Paragraph) block;
            List<String> cells = new ArrayList<>(Arrays.stream(p.text().split("[|｜]", -1)).map(String::strip).toList());
            if (!cells.isEmpty() && cells.getFirst().isEmpty()) {
                cells.removeFirst();
            }
            if (!cells.isEmpty() && cells.getLast().isEmpty()) {
                cells.removeLast();
            }
            if (cells.stream().allMatch(c -> c.matches("[-—:：\\s]*"))) {
                continue; // | --- | --- |
            }
            rows.add(new Block.Row(cells, p.place()));
        }
        return new Block.Table(rows, paragraphs.getFirst().place());
    }

    // ---------------------------------------------------------------- one cell per line

    /**
     * Adds to {@code out} either a table starting at {@code from} or the block at {@code from};
     * returns the index of the first block not consumed.
     */
    private static int cellPerLineTable(List<Block> blocks, int from, List<Block> out) {
        List<String> header = new ArrayList<>();
        int i = from;
        while (i < blocks.size() && header.size() < MAX_COLUMNS && blocks.get(i) instanceof Block.Paragraph p
                && RoleLabel.ofColumn(p.text()).filter(l -> !l.byPattern()).isPresent()) {
            header.add(p.text());
            i++;
        }
        if (header.size() < 3 || RoleTableReader.header(header).isEmpty()) {
            out.add(blocks.get(from));
            return from + 1;
        }
        int width = header.size();
        boolean serialFirst = RoleLabel.ofColumn(header.getFirst()).filter(l -> l.role() == Role.SERIAL).isPresent();
        List<Block.Row> rows = new ArrayList<>();
        rows.add(new Block.Row(header, blocks.get(from).place()));
        while (i < blocks.size() && blocks.get(i) instanceof Block.Paragraph first) {
            if (isHeading(first.text())) {
                rows.add(new Block.Row(List.of(first.text()), first.place()));
                i++;
                continue;
            }
            if (startsHeader(blocks, i, header)) {
                i += width;
                continue;
            }
            Optional<String> serial = serialFirst ? TaskNumbering.serial(first.text()) : Optional.empty();
            if (serialFirst && serial.isEmpty()) {
                break;
            }
            List<String> cells = new ArrayList<>();
            int j = i;
            while (j < blocks.size() && cells.size() < width && blocks.get(j) instanceof Block.Paragraph cell) {
                if (j > i && (isHeading(cell.text()) || serialFirst && cells.size() >= 2 && isNext(cell.text(), serial.get()))) {
                    break;
                }
                cells.add(cell.text());
                j++;
            }
            if (!serialFirst && cells.size() < width) {
                break;
            }
            rows.add(new Block.Row(cells, first.place()));
            i = j;
        }
        if (rows.size() < 2) {
            out.add(blocks.get(from));
            return from + 1;
        }
        out.add(new Block.Table(rows, blocks.get(from).place()));
        return i;
    }

    private static boolean startsHeader(List<Block> blocks, int from, List<String> header) {
        for (int k = 0; k < header.size(); k++) {
            if (from + k >= blocks.size() || !(blocks.get(from + k) instanceof Block.Paragraph p)
                    || !p.text().equals(header.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHeading(String text) {
        return TaskNumbering.read(text).filter(n -> n.level().headingLike()).isPresent();
    }

    /** The serial number after {@code serial}: where the next row starts. */
    private static boolean isNext(String text, String serial) {
        Optional<String> next = TaskNumbering.serial(text);
        if (next.isEmpty() || !serial.chars().allMatch(Character::isDigit) || !next.get().chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Integer.parseInt(next.get()) == Integer.parseInt(serial) + 1;
    }
}
