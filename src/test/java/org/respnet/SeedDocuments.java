package org.respnet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled 随州 documents every test reads: one place names them. */
public final class SeedDocuments {

    /** 随政办发〔2024〕2号, the task-decomposition notice. */
    public static final Path NOTICE = Path.of("import/suizhou-2024-notice.txt");
    /** The 2024 work report the notice decomposes. */
    public static final Path REPORT = Path.of("import/suizhou-2024-report.txt");

    private SeedDocuments() {
    }

    public static String noticeText() {
        return read(NOTICE);
    }

    public static byte[] bytes(Path document) {
        try {
            return Files.readAllBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path document) {
        return new String(bytes(document), StandardCharsets.UTF_8);
    }
}
