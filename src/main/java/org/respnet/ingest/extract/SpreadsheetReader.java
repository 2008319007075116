package org.respnet.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A workbook (.xlsx or .xls) through POI: each sheet one table of cell values as Excel shows them.
 * Only rows the file holds are read, each up to its last cell; a merged area is kept as a range and
 * looked up per row, never expanded cell by cell (one {@code A1:XFD1048576} would be 17 billion cells).
 */
final class SpreadsheetReader {

    private SpreadsheetReader() {
    }

    static SourceDocument read(byte[] bytes, String format, ExtractionBudget budget) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter();
            // A formula shows the value Excel saved with it; evaluating again could fail on links to other files.
            formatter.setUseCachedValuesForFormulaCells(true);
            BlockCollector out = new BlockCollector();
            for (Sheet sheet : workbook) {
                String where = "工作表“" + sheet.getSheetName() + "”";
                MergedAreas merged = new MergedAreas(sheet.getMergedRegions(), budget);
                List<List<String>> rows = new ArrayList<>();
                List<Integer> rowNumbers = new ArrayList<>();
                for (Row row : sheet) {
                    int width = Math.max(0, row.getLastCellNum());
                    budget.cells(width);
                    boolean[] hidden = merged.hiddenIn(row.getRowNum(), width);
                    List<String> cells = new ArrayList<>(width);
                    for (int c = 0; c < width; c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell != null && !hidden[c] ? formatter.formatCellValue(cell) : "");
                    }
                    rows.add(cells);
                    rowNumbers.add(row.getRowNum() + 1);
                }
                out.table(rows, where, i -> where + "第" + rowNumbers.get(i) + "行");
            }
            return out.document(format);
        }
    }

    /**
     * A sheet's merged areas as ranges, swept row by row (POI gives rows in ascending order): each row
     * looks only at the areas that cover it, and each such look is charged to the budget as a cell.
     */
    private static final class MergedAreas {

        private final List<CellRangeAddress> byFirstRow;
        private final List<CellRangeAddress> active = new ArrayList<>();
        private final ExtractionBudget budget;
        private int next;

        MergedAreas(List<CellRangeAddress> regions, ExtractionBudget budget) {
            budget.cells(regions.size());
            this.byFirstRow = new ArrayList<>(regions);
            this.byFirstRow.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
            this.budget = budget;
        }

        /** Per column below {@code width}: covered by a merged area other than at its top-left cell. */
        boolean[] hiddenIn(int row, int width) {
            while (next < byFirstRow.size() && byFirstRow.get(next).getFirstRow() <= row) {
                active.add(byFirstRow.get(next++));
            }
            active.removeIf(region -> region.getLastRow() < row);
            budget.cells(active.size());
            // Marks column ranges with a difference array: work per row is areas + width, whatever their size.
            int[] starts = new int[width + 1];
            for (CellRangeAddress region : active) {
                // In the area's first row its first cell holds the value; every other covered cell is hidden.
                int from = Math.max(0, region.getFirstColumn() + (region.getFirstRow() == row ? 1 : 0));
                int to = Math.min(width - 1, region.getLastColumn());
                if (from <= to) {
                    starts[from]++;
                    starts[to + 1]--;
                }
            }
            boolean[] hidden = new boolean[width];
            int covering = 0;
            for (int c = 0; c < width; c++) {
                covering += starts[c];
                hidden[c] = covering > 0;
            }
            return hidden;
        }
    }
}
