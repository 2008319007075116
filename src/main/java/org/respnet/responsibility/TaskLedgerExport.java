package org.respnet.responsibility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.respnet.responsibility.TaskView;
import org.springframework.stereotype.Component;

/** The task ledger (台账) as a spreadsheet: the same columns as the page, one row per task. */
@Component
class TaskLedgerExport {

    /** Column heading and how a task fills it. */
    private record Column(String heading, int width, Function<TaskView, String> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("序号", 8, t -> "LIVELIHOOD".equals(t.kind()) ? "民生" + t.no() : t.no()),
            new Column("类别", 10, t -> "LIVELIHOOD".equals(t.kind()) ? "民生实事" : "重点工作"),
            new Column("篇章", 28, t -> t.section() == null ? "" : t.section()),
            new Column("任务", 70, TaskView::text),
            new Column("责任领导", 14, t -> String.join("、", t.leaders())),
            new Column("牵头单位", 28, t -> units(t.leadUnits())),
            new Column("责任单位", 40, t -> units(t.responsibleUnits())),
            new Column("完成时限", 12, t -> t.deadline() == null ? "" : t.deadline()),
            new Column("灯号", 8, t -> t.light() == null ? "" : t.light().label()));

    private static String units(List<TaskView.UnitOnTask> units) {
        return units.stream().map(u -> u.office() == null ? u.name() : u.name() + "（" + u.office() + "）")
                .collect(Collectors.joining("、"));
    }

    /** UTF-8 with a byte-order mark, without which Excel reads Chinese CSV as the local code page. */
    byte[] csv(List<TaskView> tasks) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(COLUMNS.stream().map(Column::heading).collect(Collectors.joining(","))).append("\r\n");
        for (TaskView task : tasks) {
            out.append(COLUMNS.stream().map(c -> quote(c.value().apply(task))).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String value) {
        String v = neutralised(value == null ? "" : value);
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    /**
     * OWASP's rule against CSV formula injection: a cell starting with {@code = + - @}, tab or carriage
     * return is prefixed with a single quote, so Excel, LibreOffice and WPS show it as text instead of
     * evaluating it ({@code =HYPERLINK(…)} would otherwise send other cells' contents to a web site).
     */
    static String neutralised(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    /**
     * Every cell a string cell ({@code setCellValue(String)}), never a formula, whatever it starts with; except a key
     * task's 序号 (12), a number, so Excel sorts 2 before 10.
     */
    byte[] xlsx(List<TaskView> tasks) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("任务台账");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c).heading());
                header.getCell(c).setCellStyle(heading);
                sheet.setColumnWidth(c, COLUMNS.get(c).width() * 256);
            }
            for (int r = 0; r < tasks.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    String value = COLUMNS.get(c).value().apply(tasks.get(r));
                    if (c == 0 && value != null && value.matches("\\d{1,9}")) {
                        row.createCell(c).setCellValue(Integer.parseInt(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                    row.getCell(c).setCellStyle(wrapped);
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
