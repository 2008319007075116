package org.respnet.followup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.respnet.HttpJson;

/** Generated progress for the tests: a downloaded template filled with POI, and its multipart upload. */
final class FollowUpFiles {

    private FollowUpFiles() {
    }

    /** The template with {@code filled} (task id → status, percent, note) written into the rows of those tasks. */
    static byte[] fill(byte[] template, Map<String, Object[]> filled) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                Object[] values = row.getRowNum() == 0 ? null : filled.get(row.getCell(0).getStringCellValue());
                if (values == null) {
                    continue;
                }
                row.createCell(ProgressTemplate.STATUS).setCellValue((String) values[0]);
                if (values[1] != null) {
                    row.createCell(ProgressTemplate.PERCENT).setCellValue(((Number) values[1]).doubleValue());
                }
                row.createCell(ProgressTemplate.NOTE).setCellValue((String) values[2]);
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The first task id of a template whose role column reads 牵头, after skipping {@code skip} of them. */
    static String leadTask(byte[] template, int skip) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            int seen = 0;
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() > 0 && "牵头".equals(row.getCell(3).getStringCellValue()) && seen++ == skip) {
                    return row.getCell(0).getStringCellValue();
                }
            }
            throw new IllegalStateException("no lead task " + skip);
        }
    }

    static HttpJson.Reply upload(HttpJson http, String unit, byte[] file) {
        String boundary = "----respnet" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"progress.xlsx\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpJson.send(http.request("/api/units/" + HttpJson.enc(unit) + "/progress")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }
}
