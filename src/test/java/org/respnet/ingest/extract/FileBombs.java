package org.respnet.ingest.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The small files of the second security review (issue 25, finding 1), made in the test: each costs the
 * reader far more than its size. Shared by the extraction tests and the server test that uploads them at once.
 */
public final class FileBombs {

    private FileBombs() {
    }

    /** A workbook whose one sheet {@code filler} fills. */
    public static byte[] workbook(Consumer<XSSFSheet> filler) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.accept(workbook.createSheet("Sheet1"));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two cells and {@code <mergeCell ref="A1:XFD1048576"/>}: 17 billion cells if enumerated. */
    public static byte[] wholeSheetMerge() {
        return workbook(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("牵头单位");
            sheet.createRow(1).createCell(0).setCellValue("市发改委");
            // Written as the review's file has it: POI's own API refuses the area (its cell count overflows an int).
            sheet.getCTWorksheet().addNewMergeCells().addNewMergeCell().setRef("A1:XFD1048576");
        });
    }

    /** One cell at column XFD (the last) in each of {@code rows} rows: 16,384 columns per row once padded. */
    public static byte[] cellAtLastColumn(int rows) {
        return workbook(sheet -> {
            for (int r = 0; r < rows; r++) {
                sheet.createRow(r).createCell(16_383).setCellValue("x");
            }
        });
    }

    /** A saved web page whose table has two rows of 600 cells spanning 1,000 columns each. */
    public static byte[] colspanTable() {
        String row = "<td colspan=1000>x</td>".repeat(600);
        return ("<html><body><table><tr>" + row + "</tr><tr>" + row + "</tr></table></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF of {@code pages} empty pages. */
    public static byte[] pages(int pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A .docx whose {@code word/document.xml} inflates to about {@code megabytes} MB of numbered paragraphs:
     * varied enough that its compression ratio stays under POI's guard, so only the reader's own limit stops it.
     */
    public static byte[] inflatingDocx(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType="
                    + "\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target="
                    + "\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas."
                    + "openxmlformats.org/wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
            long target = (long) megabytes << 20;
            long written = 0;
            for (int p = 0; written < target; p++) {
                byte[] paragraph = ("<w:p><w:r><w:t>" + p + ".推进第" + (p * 7919 % 100_003) + "项工作任务</w:t></w:r></w:p>")
                        .getBytes(StandardCharsets.UTF_8);
                zip.write(paragraph);
                written += paragraph.length;
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
