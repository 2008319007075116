package org.respnet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.respnet.SeedDocuments;
import org.respnet.ingest.extract.DocumentExtractor;
import org.respnet.ingest.extract.TestFiles;

/**
 * The seed notice built as .docx, .html and .pdf and extracted gives exactly the tasks its text
 * gives: the same numbers, texts, leaders, lead units with their offices, responsible units.
 */
class NoticeFormatsTests {

    /** What must not change with the format; line numbers do (a Word file has no blank lines). */
    record Reading(String no, TaskKind kind, String sectionNo, String text, List<String> leaders,
            List<UnitRef> leadUnits, List<UnitRef> responsibleUnits) {

        static Reading of(ParsedTask task) {
            return new Reading(task.no(), task.kind(), task.sectionNo(), task.text(), task.leaders(), task.leadUnits(),
                    task.responsibleUnits());
        }
    }

    private static List<Reading> fromText;

    @BeforeAll
    static void readTheText() {
        fromText = new NoticeParser().parse(SeedDocuments.noticeText()).tasks().stream().map(Reading::of).toList();
    }

    static Stream<Arguments> formats() {
        List<String> paragraphs = TestFiles.paragraphs(SeedDocuments.noticeText());
        return Stream.of(
                Arguments.of("docx", (Build) () -> TestFiles.docx(paragraphs)),
                Arguments.of("html", (Build) () -> TestFiles.html(paragraphs, List.of())),
                Arguments.of("pdf", (Build) () -> TestFiles.pdf(paragraphs)));
    }

    interface Build {
        byte[] bytes() throws Exception;
    }

    @ParameterizedTest(name = "seed as {0}")
    @MethodSource("formats")
    void readsTheSeedNoticeInEveryFormatAsItsText(String format, Build build) throws Exception {
        ParsedDocument doc = new NoticeParser().parse(DocumentExtractor.extract(build.bytes()));
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tasks()).hasSize(167);
        assertThat(doc.tasks().stream().map(Reading::of).toList()).containsExactlyElementsOf(fromText);
        assertThat(doc.docNo()).isEqualTo("随政办发〔2024〕2号");
        assertThat(doc.city()).isEqualTo("随州");
    }
}
