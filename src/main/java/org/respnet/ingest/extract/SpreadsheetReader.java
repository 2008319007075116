package org.respnet.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/** A workbook (.xlsx or .xls) through POI: each sheet one table of cell values as Excel shows them. */
final class SpreadsheetReader {

    private SpreadsheetReader() {
    }

    static SourceDocument read(byte[] bytes, String format) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter();
            // A formula shows the value Excel saved with it; evaluating again could fail on links to other files.
            formatter.setUseCachedValuesForFormulaCells(true);
            BlockCollector out = new BlockCollector();
            for (Sheet sheet : workbook) {
                String where = "工作表“" + sheet.getSheetName() + "”";
                Set<Long> hidden = mergedAwayCells(sheet);
                List<List<String>> rows = new ArrayList<>();
                List<Integer> rowNumbers = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        boolean shown = cell != null && !hidden.contains(key(row.getRowNum(), c));
                        cells.add(shown ? formatter.formatCellValue(cell) : "");
                    }
                    rows.add(cells);
                    rowNumbers.add(row.getRowNum() + 1);
                }
                out.table(rows, where, i -> where + "第" + rowNumbers.get(i) + "行");
            }
            return out.document(format);
        }
    }

    /** Cells covered by a merged region other than its top-left one, which alone holds the value. */
    private static Set<Long> mergedAwayCells(Sheet sheet) {
        Set<Long> cells = new HashSet<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    if (r != region.getFirstRow() || c != region.getFirstColumn()) {
                        cells.add(key(r, c));
                    }
                }
            }
        }
        return cells;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
