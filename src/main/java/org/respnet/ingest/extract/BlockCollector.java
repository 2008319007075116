package org.respnet.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gathers blocks in document order and numbers them, so every reader gives the same guarantees:
 * running line numbers, no blank paragraphs, no fully empty table rows, texts without surrounding
 * white space.
 */
final class BlockCollector {

    private final List<Block> blocks = new ArrayList<>();
    private int line;
    private int tables;

    /**
     * One paragraph per line of {@code text}: a soft line break inside a Word paragraph or a
     * {@code <br>} is a new line to the notice reader, exactly as in a text file.
     */
    void paragraph(String text, String where) {
        for (String part : text.split("\n", -1)) {
            String clean = clean(part);
            if (!clean.isEmpty()) {
                blocks.add(new Block.Paragraph(clean, new Place(++line, where)));
            }
        }
    }

    /** A paragraph that keeps a line number given by the file itself (a text file's own line). */
    void paragraphAt(String text, int fileLine) {
        String clean = clean(text);
        if (!clean.isEmpty()) {
            line = fileLine;
            blocks.add(new Block.Paragraph(clean, Place.ofLine(fileLine)));
        }
    }

    /** The number the next table will get (表1, 表2, …). */
    int nextTableNumber() {
        return tables + 1;
    }

    /**
     * A table of raw rows; {@code rowWhere} names each row by its index in {@code rows}. Fully
     * empty rows are left out (their neighbours keep their own row names). Nothing is added when
     * every row is empty.
     */
    void table(List<List<String>> rows, String where, RowNamer rowWhere) {
        List<Block.Row> kept = new ArrayList<>();
        int first = line + 1;
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i).stream().map(BlockCollector::cleanCell).toList();
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            kept.add(new Block.Row(cells, new Place(++line, rowWhere.name(i))));
        }
        if (!kept.isEmpty()) {
            tables++;
            blocks.add(new Block.Table(kept, new Place(first, where)));
        }
    }

    SourceDocument document(String format) {
        return new SourceDocument(format, blocks);
    }

    /** Names a table row by its 0-based index among the rows given. */
    @FunctionalInterface
    interface RowNamer {
        String name(int index);
    }

    /**
     * Strips surrounding white space, counting the no-break space web pages indent with and the
     * ideographic space Chinese documents indent with.
     */
    static String clean(String text) {
        return text.replace('\u00A0', ' ').replace("\uFEFF", "").replace("\r", "").strip();
    }

    /** A cell keeps its inner lines (one per paragraph) but loses blank ones and outer spaces. */
    static String cleanCell(String text) {
        return String.join("\n", Arrays.stream(text.split("\n", -1))
                .map(BlockCollector::clean).filter(s -> !s.isEmpty()).toList());
    }
}
