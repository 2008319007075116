package org.respnet.ingest;

import org.respnet.SeedDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Parser bugs found by {@link NoticeParserMutationTests}, each pinned by name. */
class NoticeParserRegressionTests {

    private static String seed() throws IOException {
        return SeedDocuments.noticeText();
    }

    /**
     * "73." misprinted as "73，" made task 73 vanish without a word (166 tasks, silently); then it refused the other
     * 166. Now it is said with its place, and the rest is read.
     */
    @Test
    void taskNumberWithWrongPunctuationIsSaidWithItsPlace() throws IOException {
        ParsedDocument parsed = new NoticeParser().parse(seed().replace("73.支持曾都区", "73，支持曾都区"));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.tasks()).hasSize(166).noneMatch(t -> t.no().equals("73"));
        assertThat(parsed.warnings()).filteredOn(w -> w.message().contains("前面没有任务编号")).singleElement()
                .satisfies(w -> {
                    assertThat(w.line()).isEqualTo(199);
                    assertThat(w.message()).contains("这项任务未导入");
                });
    }

    /** A task line printed twice gave 168 tasks, and the importer then failed on the task id constraint. */
    @Test
    void repeatedTaskNumberIsReported() throws IOException {
        String line = seed().lines().filter(l -> l.startsWith("11.")).findFirst().orElseThrow();
        ParsedDocument parsed = new NoticeParser().parse(seed().replace(line, line + "\n" + line));
        assertThat(parsed.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("任务11重复出现：第53行已有同一编号，请改正其中一个编号"));
    }
}
