package org.respnet.followup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A unit's progress template (.xlsx) and the reading of a filled one. The template lists the unit's tasks with
 * its role and due date, and empty columns for status (a drop-down of the four), percent (0–100) and note.
 * Reading validates every row and collects every error by row and column, in Chinese; rows left empty are
 * skipped. Plain Java (Apache POI), no Spring or Neo4j.
 */
public final class ProgressTemplate {

    static final String SHEET = "进展填报";
    static final List<String> HEADER = List.of("任务编号", "序号", "任务内容", "本单位角色", "完成时限或下一报送节点",
            "进展状态", "完成百分比", "进展说明");
    static final int ID = 0;
    static final int STATUS = 5;
    static final int PERCENT = 6;
    static final int NOTE = 7;
    static final int MAX_NOTE = 2000;

    /** One task of the unit, as listed in the template. */
    public record TemplateTask(String id, String no, String text, String role, String due) {
    }

    /** A filled row: its row number as Excel shows it. */
    public record FilledRow(int row, String task, ProgressStatus status, Integer percent, String note) {
    }

    /** An error at a row (as Excel numbers it; 0 = the file) and column (its header). */
    public record RowError(int row, String column, String message) {
    }

    /** The rows read, or the errors that refuse the whole file. */
    public record Reading(List<FilledRow> rows, List<RowError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private ProgressTemplate() {
    }

    /** The template of one unit. */
    public static byte[] write(String unit, List<TemplateTask> tasks) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(SHEET);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADER.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (TemplateTask task : tasks) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(task.id());
                row.createCell(1).setCellValue(task.no());
                Cell text = row.createCell(2);
                text.setCellValue(task.text());
                text.setCellStyle(wrap);
                row.createCell(3).setCellValue(task.role());
                row.createCell(4).setCellValue(task.due() == null ? "" : task.due());
            }
            int last = Math.max(1, tasks.size());
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation status = helper.createValidation(
                    helper.createExplicitListConstraint(ProgressStatus.labels().toArray(String[]::new)),
                    new CellRangeAddressList(1, last, STATUS, STATUS));
            status.setShowErrorBox(true);
            status.createErrorBox("进展状态", "请从下拉列表选择：" + String.join("、", ProgressStatus.labels()));
            sheet.addValidationData(status);
            DataValidation percent = helper.createValidation(
                    helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100"),
                    new CellRangeAddressList(1, last, PERCENT, PERCENT));
            percent.setShowErrorBox(true);
            percent.createErrorBox("完成百分比", "请填 0 到 100 的整数");
            sheet.addValidationData(percent);
            int[] widths = {14, 8, 60, 10, 14, 12, 12, 40};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            book.getProperties().getCoreProperties().setTitle(unit + " 进展填报");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a filled template. {@code heldTasks} maps each task id the unit answers for to its number; a row
     * naming any other task is an error.
     */
    public static Reading read(byte[] bytes, Map<String, String> heldTasks) {
        return read(bytes, heldTasks, Integer.MAX_VALUE);
    }

    /** As {@link #read(byte[], Map)}, refusing a file with more than {@code maxRows} rows below the header. */
    public static Reading read(byte[] bytes, Map<String, String> heldTasks, int maxRows) {
        List<RowError> errors = new ArrayList<>();
        List<FilledRow> rows = new ArrayList<>();
        Workbook book;
        try {
            book = WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return new Reading(List.of(), List.of(new RowError(0, "", "文件不是可读的 Excel 文件（.xlsx），请使用下载的填报模板")));
        }
        try (book) {
            if (book.getNumberOfSheets() == 0) {
                return new Reading(List.of(), List.of(new RowError(0, "", "文件中没有工作表，请使用下载的填报模板")));
            }
            Sheet sheet = book.getSheet(SHEET) == null ? book.getSheetAt(0) : book.getSheet(SHEET);
            if (sheet.getPhysicalNumberOfRows() - 1 > maxRows) {
                return new Reading(List.of(), List.of(new RowError(0, "", "文件有 " + (sheet.getPhysicalNumberOfRows() - 1)
                        + " 行，一次最多上传 " + maxRows + " 行（respnet.followup.max-upload-rows）")));
            }
            DataFormatter format = new DataFormatter();
            Row header = sheet.getRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                String found = header == null ? "" : format.formatCellValue(header.getCell(c)).strip();
                if (!HEADER.get(c).equals(found)) {
                    errors.add(new RowError(1, HEADER.get(c), "第1行第" + (c + 1) + "列应为「" + HEADER.get(c)
                            + "」，实为「" + found + "」：请使用下载的填报模板，不要增删或移动列"));
                }
            }
            if (!errors.isEmpty()) {
                return new Reading(List.of(), errors);
            }
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                int excelRow = row.getRowNum() + 1;
                String id = text(format, row, ID);
                String status = text(format, row, STATUS);
                String percent = text(format, row, PERCENT);
                String note = text(format, row, NOTE);
                if (status.isEmpty() && percent.isEmpty() && note.isEmpty()) {
                    continue; // not filled: nothing reported on this task this time
                }
                int before = errors.size();
                if (id.isEmpty()) {
                    errors.add(error(excelRow, ID, "任务编号为空"));
                } else if (!heldTasks.containsKey(id)) {
                    errors.add(error(excelRow, ID, "任务编号「" + id + "」不是本单位牵头或负责的任务"));
                }
                ProgressStatus parsed = ProgressStatus.ofLabel(status).orElse(null);
                if (status.isEmpty()) {
                    errors.add(error(excelRow, STATUS, "进展状态未填"));
                } else if (parsed == null) {
                    errors.add(error(excelRow, STATUS, "「" + status + "」不是 " + String.join("、", ProgressStatus.labels())
                            + " 之一"));
                }
                Integer value = null;
                if (!percent.isEmpty()) {
                    value = percent(row.getCell(PERCENT), percent);
                    if (value == null) {
                        errors.add(error(excelRow, PERCENT, "「" + percent + "」不是 0 到 100 的整数"));
                    }
                } else if (parsed == ProgressStatus.DONE) {
                    value = 100;
                }
                if (note.length() > MAX_NOTE) {
                    errors.add(error(excelRow, NOTE, "进展说明超过 " + MAX_NOTE + " 字"));
                }
                if (errors.size() == before) {
                    rows.add(new FilledRow(excelRow, id, parsed, value, note.isEmpty() ? null : note));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add(new RowError(0, HEADER.get(STATUS), "没有填写任何进展：请至少在一行填写「进展状态」"));
        }
        return new Reading(errors.isEmpty() ? rows : List.of(), errors);
    }

    private static RowError error(int row, int column, String message) {
        return new RowError(row, HEADER.get(column), "第" + row + "行「" + HEADER.get(column) + "」：" + message);
    }

    private static String text(DataFormatter format, Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : format.formatCellValue(cell).strip();
    }

    private static Integer percent(Cell cell, String shown) {
        double value;
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            value = cell.getNumericCellValue();
        } else {
            try {
                value = Double.parseDouble(shown.replace("%", "").replace("％", "").strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (value != Math.rint(value) || value < 0 || value > 100) {
            return null;
        }
        return (int) value;
    }
}
