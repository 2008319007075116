package org.respnet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ProgressTemplateTests {

    private static final List<ProgressTemplate.TemplateTask> TASKS = List.of(
            new ProgressTemplate.TemplateTask("t-1", "11", "推动冶金建材产业绿色低碳改造", "牵头", "2024-04-15"),
            new ProgressTemplate.TemplateTask("t-2", "12", "加快新能源汽车产业发展", "责任", "2024-04-15"),
            new ProgressTemplate.TemplateTask("t-3", "13", "培育专精特新企业", "牵头", null));
    private static final Map<String, String> HELD = Map.of("t-1", "11", "t-2", "12", "t-3", "13");

    @Test
    void templateListsTasksWithAStatusDropDown() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ProgressTemplate.write("市发改委", TASKS)))) {
            XSSFSheet sheet = book.getSheet(ProgressTemplate.SHEET);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("进展状态");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("t-1");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("责任");
            assertThat(sheet.getDataValidations()).anySatisfy(v -> assertThat(
                    v.getValidationConstraint().getExplicitListValues())
                    .containsExactly("已完成", "正常推进", "滞后", "未启动"));
        }
    }

    @Test
    void readsFilledRowsAndSkipsEmptyOnes() {
        byte[] filled = fill(sheet -> {
            set(sheet, 1, "已完成", null, "已完成改造");
            set(sheet, 2, "滞后", 40.0, "资金未到位");
        });

        ProgressTemplate.Reading reading = ProgressTemplate.read(filled, HELD);

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.rows()).containsExactly(
                new ProgressTemplate.FilledRow(2, "t-1", ProgressStatus.DONE, 100, "已完成改造"),
                new ProgressTemplate.FilledRow(3, "t-2", ProgressStatus.LAGGING, 40, "资金未到位"));
    }

    @Test
    void namesEveryBadRowAndColumnInChineseAndKeepsNoRow() {
        byte[] filled = fill(sheet -> {
            set(sheet, 1, "正常推进", 50.0, null);
            set(sheet, 2, "差不多", 140.0, null);
            sheet.getRow(3).getCell(0).setCellValue("t-9");
            set(sheet, 3, "滞后", null, null);
        });

        ProgressTemplate.Reading reading = ProgressTemplate.read(filled, HELD);

        assertThat(reading.rows()).isEmpty();
        assertThat(reading.errors()).extracting(ProgressTemplate.RowError::row, ProgressTemplate.RowError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "进展状态"),
                        org.assertj.core.groups.Tuple.tuple(3, "完成百分比"),
                        org.assertj.core.groups.Tuple.tuple(4, "任务编号"));
        assertThat(reading.errors().get(0).message()).isEqualTo("第3行「进展状态」：「差不多」不是 已完成、正常推进、滞后、未启动 之一");
        assertThat(reading.errors().get(2).message()).contains("「t-9」不是本单位牵头或负责的任务");
    }

    @Test
    void refusesAFileThatIsNoTemplate() {
        assertThat(ProgressTemplate.read("not excel".getBytes(), HELD).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("不是可读的 Excel 文件"));
        assertThat(ProgressTemplate.read(fill(sheet -> { }), HELD).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("没有填写任何进展"));
    }

    /** Issue 25, finding 7: a workbook with no sheet answered 500 (getSheetAt(0) threw). */
    @Test
    void refusesAWorkbookWithNoSheetInChinese() throws IOException {
        byte[] empty;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            empty = out.toByteArray();
        }

        assertThat(ProgressTemplate.read(empty, HELD).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("文件中没有工作表，请使用下载的填报模板"));
    }

    /** Issue 25, finding 7: 100,000 rows were accepted; beyond the cap the file is refused before any row is read. */
    @Test
    void refusesMoreRowsThanTheCapNamingIt() {
        byte[] filled = fill(sheet -> {
            set(sheet, 1, "正常推进", 30.0, null);
            for (int r = 3; r < 13; r++) {
                sheet.createRow(r).createCell(ProgressTemplate.STATUS).setCellValue("正常推进");
            }
        });

        assertThat(ProgressTemplate.read(filled, HELD, 10).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("一次最多上传 10 行", "respnet.followup.max-upload-rows"));
        assertThat(ProgressTemplate.read(filled, HELD, 12).errors()).noneMatch(e -> e.message().contains("最多上传"));
    }

    private static void set(Sheet sheet, int row, String status, Double percent, String note) {
        sheet.getRow(row).createCell(ProgressTemplate.STATUS).setCellValue(status);
        if (percent != null) {
            sheet.getRow(row).createCell(ProgressTemplate.PERCENT).setCellValue(percent);
        }
        if (note != null) {
            sheet.getRow(row).createCell(ProgressTemplate.NOTE).setCellValue(note);
        }
    }

    private static byte[] fill(Consumer<Sheet> filling) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ProgressTemplate.write("市发改委", TASKS)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filling.accept(book.getSheet(ProgressTemplate.SHEET));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
