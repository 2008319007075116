package org.respnet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.respnet.SeedDocuments;
import org.respnet.ingest.NoticeParser;
import org.respnet.ingest.ParsedDocument;
import org.respnet.ingest.extract.DocumentExtractor;
import org.respnet.ingest.extract.SourceDocument;
import org.respnet.ingest.extract.TestFiles;

/**
 * How fast each file format is read (extraction plus parsing), on the bundled 随州 notice written as
 * text, Word, a web page and PDF: tasks per second and the extraction's share, against the
 * plain-text read of the same notice in the same run. Runs with {@code -Pbench}; writes
 * {@code target/bench/formats.md}. Nothing is asserted.
 */
class FormatReadingBenchmark {

    private static final int WARM_UP = 30;
    private static final int ROUNDS = 30;

    @Test
    void readsTheSeedNoticeInEveryFormat() throws Exception {
        List<String> lines = TestFiles.paragraphs(SeedDocuments.noticeText());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("text (UTF-8)", SeedDocuments.bytes(SeedDocuments.NOTICE));
        files.put("docx", TestFiles.docx(lines));
        files.put("html", TestFiles.html(lines, List.of()));
        files.put("pdf", TestFiles.pdf(lines));
        StringBuilder md = new StringBuilder("| format | bytes | tasks | extract ms | parse ms | tasks/s | vs text |\n"
                + "|---|---|---|---|---|---|---|\n");
        double textRate = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            long extractNanos = 0;
            long parseNanos = 0;
            int tasks = 0;
            for (int round = 0; round < WARM_UP + ROUNDS; round++) {
                long started = System.nanoTime();
                SourceDocument source = DocumentExtractor.extract(file.getValue());
                long extracted = System.nanoTime();
                ParsedDocument parsed = new NoticeParser().parse(source);
                long parsedAt = System.nanoTime();
                if (round >= WARM_UP) {
                    extractNanos += extracted - started;
                    parseNanos += parsedAt - extracted;
                }
                tasks = parsed.tasks().size();
            }
            double extractMs = extractNanos / 1e6 / ROUNDS;
            double parseMs = parseNanos / 1e6 / ROUNDS;
            double rate = tasks / ((extractMs + parseMs) / 1000);
            if (textRate == 0) {
                textRate = rate;
            }
            md.append("| %s | %,d | %d | %.1f | %.1f | %,.0f | %.2f× |%n".formatted(file.getKey(),
                    file.getValue().length, tasks, extractMs, parseMs, rate, rate / textRate));
        }
        write(md.toString());
        System.out.println(md);
    }

    private static void write(String table) throws IOException {
        Path out = Path.of("target", "bench", "formats.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "# Reading the 随州 notice in each format\n\n" + table);
    }
}
