package org.respnet.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * A Word 97–2003 .doc through POI HWPF: main-text paragraphs and tables in document order. HWPF
 * knows vertical merges (continuations become empty cells) but not column spans, so a cell that
 * spans columns stays one cell and later cells in that row shift left.
 */
final class DocReader {

    private DocReader() {
    }

    static SourceDocument read(byte[] bytes, ExtractionBudget budget) throws IOException {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            Range range = doc.getRange();
            BlockCollector out = new BlockCollector();
            int paragraph = 0;
            for (int i = 0; i < range.numParagraphs(); i++) {
                budget.time();
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    // The first paragraph met inside a table starts it; skip over the rest of its paragraphs.
                    Table table = range.getTable(p);
                    int number = out.nextTableNumber();
                    out.table(rows(table, budget), "表" + number, r -> "表" + number + "第" + (r + 1) + "行");
                    i += table.numParagraphs() - 1;
                } else {
                    paragraph++;
                    out.paragraph(text(p.text()), "第" + paragraph + "段");
                }
            }
            return out.document("doc");
        }
    }

    private static List<List<String>> rows(Table table, ExtractionBudget budget) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            budget.cells(row.numCells());
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                boolean continuation = (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged())
                        || (cell.isMerged() && !cell.isFirstMerged());
                cells.add(continuation ? "" : cellText(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String cellText(TableCell cell) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            lines.add(text(cell.getParagraph(i).text()));
        }
        return String.join("\n", lines);
    }

    /**
     * Word's raw text without its markers: field codes (keeping the field's shown result), cell and
     * paragraph marks, page breaks and object anchors; a manual line break becomes a new line.
     */
    static String text(String raw) {
        String shown = Range.stripFields(raw);
        StringBuilder out = new StringBuilder(shown.length());
        for (int i = 0; i < shown.length(); i++) {
            char ch = shown.charAt(i);
            if (ch == '\u000b') {
                out.append('\n');
            } else if (ch >= 0x20 || ch == '\t') {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
