package org.respnet.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

/**
 * Issue 25, finding 1: the bombs of the second security review, made small here. Each would have been
 * read without limit before (a merged area enumerated cell by cell, a table built to the last span);
 * now each is either read with bounded work or refused naming its {@code respnet.import.limits.*}
 * setting. Budgets are given small so that "bounded" is a count, not a time.
 */
class ExtractionLimitsTests {

    private static ExtractionLimits cells(long maxCells) {
        return new ExtractionLimits(ExtractionLimits.DEFAULTS.maxExpandedSize(), maxCells,
                ExtractionLimits.DEFAULTS.maxPages(), ExtractionLimits.DEFAULTS.maxTime());
    }

    @Test
    void aMergedAreaOverTheWholeSheetIsOneRangeNotSeventeenBillionCells() throws Exception {
        byte[] bomb = FileBombs.wholeSheetMerge();
        assertThat(bomb.length).isLessThan(8 * 1024);

        // Two rows of one cell and one merged area, charged per row it covers: 2 + 1 + 2 = 5 cells of work.
        SourceDocument read = DocumentExtractor.extract(bomb, cells(5));

        Block.Table table = (Block.Table) read.blocks().getFirst();
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().getFirst().cells()).containsExactly("牵头单位"); // A2 lies under the merge
        assertThatThrownBy(() -> DocumentExtractor.extract(bomb, cells(4)))
                .isInstanceOfSatisfying(ExtractionLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo("respnet.import.limits.cells"));
    }

    @Test
    void mergedAreasStillHideTheCellsTheyCoverAndKeepTheirFirstCell() throws Exception {
        byte[] file = FileBombs.workbook(sheet -> {
            for (int r = 0; r < 3; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 3; c++) {
                    row.createCell(c).setCellValue(r + "" + c);
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 1, 2)); // B1:C2
        });

        List<List<String>> rows = ((Block.Table) DocumentExtractor.extract(file).blocks().getFirst()).rows().stream()
                .map(Block.Row::cells).toList();

        assertThat(rows).containsExactly(List.of("00", "01", ""), List.of("10", "", ""), List.of("20", "21", "22"));
    }

    @Test
    void oneCellAtColumnXfdInTenThousandRowsIsRefusedNamingTheCellLimit() {
        byte[] bomb = FileBombs.cellAtLastColumn(10_000);

        assertThatThrownBy(() -> DocumentExtractor.extract(bomb))
                .isInstanceOfSatisfying(ExtractionLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo("respnet.import.limits.cells");
                    assertThat(e.getMessage()).contains("respnet.import.limits.cells", "表格单元格超过上限 500000 个");
                });
    }

    @Test
    void aWebTableOfColspan1000CellsIsRefusedBeforeItIsBuilt() {
        byte[] bomb = FileBombs.colspanTable();
        assertThat(bomb.length).isLessThan(30 * 1024);

        assertThatThrownBy(() -> DocumentExtractor.extract(bomb))
                .isInstanceOfSatisfying(ExtractionLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo("respnet.import.limits.cells"));
    }

    @Test
    void aWebTableWithinTheCellLimitKeepsItsSpans() throws Exception {
        byte[] page = TestFiles.html(List.of("一、总体要求"),
                List.of(List.of("牵头单位", TestFiles.MERGE_LEFT, "x"), List.of("a", "b", "c")));

        Block.Table table = DocumentExtractor.extract(page, cells(6)).blocks().stream()
                .filter(Block.Table.class::isInstance).map(Block.Table.class::cast).findFirst().orElseThrow();

        assertThat(table.rows().stream().map(Block.Row::cells).toList())
                .containsExactly(List.of("牵头单位", "", "x"), List.of("a", "b", "c"));
        assertThatThrownBy(() -> DocumentExtractor.extract(page, cells(5))).isInstanceOf(ExtractionLimitException.class);
    }

    @Test
    void aWordDocumentInflatingPastTheLimitIsRefusedBeforePoiParsesIt() {
        // Text that compresses as text does (POI's own ratio guard lets it through), inflating to 1.2 MB of XML.
        java.util.Random random = new java.util.Random(25);
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 4_000; p++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 100; i++) {
                text.append((char) (0x4E00 + random.nextInt(3_000)));
            }
            paragraphs.add(text.toString());
        }
        byte[] docx = TestFiles.docx(paragraphs);
        ExtractionLimits oneMegabyte = new ExtractionLimits(1024 * 1024, 500_000, 2_000, Duration.ofSeconds(30));
        assertThat(docx.length).isLessThan(1024 * 1024);

        assertThatThrownBy(() -> DocumentExtractor.extract(docx, oneMegabyte))
                .isInstanceOfSatisfying(ExtractionLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo("respnet.import.limits.expanded-size");
                    assertThat(e.getMessage()).contains("文件解压后超过上限 1 MB");
                });
    }

    @Test
    void aPdfWithMorePagesThanTheLimitIsRefusedBeforeAnyPageIsRead() throws Exception {
        byte[] pdf = FileBombs.pages(30);
        ExtractionLimits twentyPages = new ExtractionLimits(32L << 20, 500_000, 20, Duration.ofSeconds(30));

        assertThatThrownBy(() -> DocumentExtractor.extract(pdf, twentyPages))
                .isInstanceOfSatisfying(ExtractionLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo("respnet.import.limits.pages");
                    assertThat(e.getMessage()).contains("PDF 共 30 页，超过上限 20 页");
                });
    }

    @Test
    void aReadOverTheTimeLimitIsRefusedNamingIt() {
        byte[] docx = TestFiles.docx(List.of("一、总体要求", "1.推进工作。（牵头单位：市发改委）"));
        ExtractionLimits noTime = new ExtractionLimits(32L << 20, 500_000, 2_000, Duration.ZERO);

        assertThatThrownBy(() -> DocumentExtractor.extract(docx, noTime))
                .isInstanceOfSatisfying(ExtractionLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo("respnet.import.limits.time"));
    }

    @Test
    void joiningAHundredThousandLinesOfOneParagraphIsLinear() {
        // Full lines with no sign of a new paragraph: one paragraph, ending in a list of roles.
        int n = 100_000;
        List<PdfReader.Line> lines = new ArrayList<>(n);
        lines.add(new PdfReader.Line(1, "（责任领导：张三；牵头单", 10, 500, 10, 12));
        for (int i = 1; i < n; i++) {
            lines.add(new PdfReader.Line(1 + i / 40, "推进工作推进工作推进工作推进工作）", 10, 500, 10 + (i % 40) * 14, 12));
        }

        long plain = fastest(() -> plainPass(lines));
        long join = fastest(() -> PdfReader.join(lines).blocks().size());
        System.out.printf("PDF join of %,d lines: plain pass %d ms, join %d ms (x%.1f)%n", n, plain / 1_000_000,
                join / 1_000_000, (double) join / plain);

        assertThat((double) join / plain).isLessThanOrEqualTo(50);
    }

    @Test
    void aRoleListSplitAcrossLinesStillEndsItsParagraph() {
        List<PdfReader.Line> lines = List.of(
                new PdfReader.Line(1, "1.推进工作。（责任领导：张三；牵头", 10, 500, 10, 12),
                new PdfReader.Line(1, "单位：市发改委）", 10, 500, 24, 12),
                new PdfReader.Line(1, "推进下一项工作推进下一项工作推进", 10, 500, 38, 12));

        assertThat(PdfReader.join(lines).blocks()).extracting(b -> ((Block.Paragraph) b).text())
                .containsExactly("1.推进工作。（责任领导：张三；牵头单位：市发改委）", "推进下一项工作推进下一项工作推进");
    }

    /** Every line once through the same kind of regex scan the joiner makes per line. */
    private static long plainPass(List<PdfReader.Line> lines) {
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("(责任领导|牵头单位|责任单位)[：:]");
        StringBuilder all = new StringBuilder();
        long found = 0;
        for (PdfReader.Line line : lines) {
            all.append(line.text());
            found += key.matcher(line.text()).find() ? 1 : 0;
        }
        return found + all.length();
    }

    private static long fastest(java.util.function.LongSupplier run) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            run.getAsLong();
            best = Math.min(best, System.nanoTime() - start);
        }
        return Math.max(best, 1);
    }
}
