package org.respnet.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A .docx through POI XWPF: body paragraphs and tables in document order, each list paragraph with
 * the number Word shows for it ({@link DocxNumbering}); headers, footers and footnotes are page
 * furniture and are left out.
 */
final class DocxReader {

    private DocxReader() {
    }

    static SourceDocument read(byte[] bytes, ExtractionBudget budget) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            BlockCollector out = new BlockCollector();
            DocxNumbering numbering = new DocxNumbering(doc);
            int paragraph = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                budget.time();
                if (element instanceof XWPFParagraph p) {
                    paragraph++;
                    out.paragraph(numbering.label(p) + p.getText(), "第" + paragraph + "段");
                } else if (element instanceof XWPFTable t) {
                    int number = out.nextTableNumber();
                    out.table(rows(t, numbering, budget), "表" + number, i -> "表" + number + "第" + (i + 1) + "行");
                } else if (element instanceof XWPFSDT sdt) {
                    // A content control (a form field around text): its text reads as paragraphs.
                    paragraph++;
                    out.paragraph(sdt.getContent().getText(), "第" + paragraph + "段");
                }
            }
            return out.document("docx");
        }
    }

    /**
     * Cell texts row by row. A vertically merged cell's continuation is empty (the text stays in the
     * first row of the merge); a cell spanning several grid columns is followed by empty cells, so
     * columns stay aligned with the header.
     */
    static List<List<String>> rows(XWPFTable table, DocxNumbering numbering, ExtractionBudget budget) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                budget.cells(gridSpan(pr));
                boolean continuation = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                cells.add(continuation ? "" : cellText(cell, numbering, budget));
                for (int i = 1; i < gridSpan(pr); i++) {
                    cells.add("");
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private static int gridSpan(CTTcPr pr) {
        if (pr == null || !pr.isSetGridSpan() || pr.getGridSpan().getVal() == null) {
            return 1;
        }
        return Math.min(((BigInteger) pr.getGridSpan().getVal()).intValue(), 64); // Word allows 63 columns
    }

    /**
     * A cell's paragraphs joined by line breaks, each with its automatic number (a 序号 column is often
     * a numbered list); a table nested in the cell adds its rows as lines.
     */
    private static String cellText(XWPFTableCell cell, DocxNumbering numbering, ExtractionBudget budget) {
        List<String> lines = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                lines.add(numbering.label(p) + p.getText());
            } else if (element instanceof XWPFTable nested) {
                for (List<String> row : rows(nested, numbering, budget)) {
                    lines.add(String.join(" ", row));
                }
            }
        }
        return String.join("\n", lines);
    }
}
