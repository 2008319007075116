package org.respnet.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetExtractionTests {

    private static final List<List<String>> EXPECTED = TestFiles.expectedCells(TestFiles.TASK_TABLE);

    @Test
    void xlsxTaskTableWithMergedLeaderCell() throws Exception {
        SourceDocument doc = DocumentExtractor.extract(TestFiles.xlsx("重点工作", TestFiles.TASK_TABLE));

        assertThat(doc.format()).isEqualTo("xlsx");
        Block.Table table = (Block.Table) doc.blocks().getFirst();
        assertThat(table.place()).isEqualTo(new Place(1, "工作表“重点工作”"));
        assertThat(table.rows()).extracting(Block.Row::cells).containsExactlyElementsOf(EXPECTED);
        assertThat(table.rows().get(2).place()).isEqualTo(new Place(3, "工作表“重点工作”第3行"));
    }

    @Test
    void xlsTaskTableWithMergedLeaderCell() throws Exception {
        SourceDocument doc = DocumentExtractor.extract(TestFiles.xls(TestFiles.TASK_TABLE));

        assertThat(doc.format()).isEqualTo("xls");
        Block.Table table = (Block.Table) doc.blocks().getFirst();
        assertThat(table.rows()).extracting(Block.Row::cells).containsExactlyElementsOf(EXPECTED);
        assertThat(table.rows()).extracting(r -> r.place().where())
                .containsExactly("工作表“Sheet1”第1行", "工作表“Sheet1”第2行", "工作表“Sheet1”第3行", "工作表“Sheet1”第4行");
    }

    @Test
    void everySheetIsATableEmptyRowsAreSkippedAndValuesShowAsExcelShowsThem() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet first = workbook.createSheet("说明");
            first.createRow(0).createCell(0).setCellValue("分解落实《政府工作报告》重点工作");
            XSSFSheet tasks = workbook.createSheet("任务");
            XSSFRow header = tasks.createRow(0);
            header.createCell(0).setCellValue("序号");
            header.createCell(1).setCellValue("完成率");
            header.createCell(2).setCellValue("合计");
            tasks.createRow(1); // an empty row left in the sheet
            XSSFRow task = tasks.createRow(3);
            task.createCell(0).setCellValue(1);
            task.createCell(1).setCellValue(0.075);
            task.getCell(1).setCellStyle(percent(workbook));
            task.createCell(2).setCellFormula("A4*2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        SourceDocument doc = DocumentExtractor.extract(xlsx);

        assertThat(doc.blocks()).hasSize(2);
        Block.Table second = (Block.Table) doc.blocks().get(1);
        assertThat(second.place()).isEqualTo(new Place(2, "工作表“任务”"));
        assertThat(second.rows()).extracting(Block.Row::cells)
                .containsExactly(List.of("序号", "完成率", "合计"), List.of("1", "7.5%", "2"));
        assertThat(second.rows()).extracting(r -> r.place().where())
                .containsExactly("工作表“任务”第1行", "工作表“任务”第4行");
        assertThat(second.rows()).extracting(r -> r.place().line()).containsExactly(2, 3);
    }

    private static org.apache.poi.ss.usermodel.CellStyle percent(XSSFWorkbook workbook) {
        var style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        return style;
    }
}
