package org.respnet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.respnet.ingest.extract.Block;
import org.respnet.ingest.extract.DocumentExtractor;
import org.respnet.ingest.extract.Place;
import org.respnet.ingest.extract.SourceDocument;
import org.respnet.ingest.extract.TestFiles;

/**
 * Recall and precision of the reader on real notices of other places (src/test/resources/notices,
 * see its README): every directory with an expected.tsv, read as its text and as the same document
 * built as .docx, .html and .pdf (and its table.tsv, if any, as a table and as .xlsx) and extracted.
 * Triples are {@code task, role, name}; a lead unit found by the rule the document states
 * (列第一位者为牵头单位) counts as lead, as the corpus records it (湖州 2020).
 */
class NoticeCorpusTests {

    private static final Path CORPUS = Path.of("src/test/resources/notices");
    private static final double FLOOR = 0.95;

    record Triple(String task, String role, String name) {
        @Override
        public String toString() {
            return task + "\t" + role + "\t" + name;
        }
    }

    static Stream<Arguments> documents() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            for (Path dir : dirs.filter(d -> Files.exists(d.resolve("expected.tsv"))).sorted().toList()) {
                for (String format : List.of("txt", "docx", "html", "pdf")) {
                    cases.add(Arguments.of(dir.getFileName().toString(), format));
                }
                if (Files.exists(dir.resolve("table.tsv"))) {
                    cases.add(Arguments.of(dir.getFileName().toString(), "xlsx"));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("documents")
    void readsTheTriplesOfEveryCorpusNotice(String name, String format) throws Exception {
        Path dir = CORPUS.resolve(name);
        ParsedDocument doc = parse(dir, format);
        Set<Triple> expected = expected(dir);
        Set<Triple> actual = triples(doc);
        Score score = Score.of(expected, actual);
        System.out.printf("CORPUS %-16s %-5s tasks %3d  recall %.3f  precision %.3f%n", name, format,
                doc.tasks().size(), score.recall(), score.precision());
        assertThat(doc.problems()).as("problems").isEmpty();
        assertThat(doc.tasks()).as("tasks, as meta.properties counts them").hasSize(expectedTasks(dir));
        assertReads(doc, expected, actual, FLOOR);
    }

    /**
     * Every corpus notice as other offices and sites write the same words ({@link NoticeRewrite}), read at the
     * same floor with the names as that copy prints them.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rewritten")
    void readsEveryCorpusNoticeAsOtherOfficesWriteIt(String name, NoticeRewrite how) throws Exception {
        Path dir = CORPUS.resolve(name);
        how.assertReadsAsStored(dir, expected(dir), NoticeCorpusTests::triples, FLOOR);
    }

    static Stream<Arguments> rewritten() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            for (Path dir : dirs.filter(d -> Files.exists(d.resolve("expected.tsv"))).sorted().toList()) {
                if (Files.exists(dir.resolve("table.tsv"))) {
                    continue; // its table is not in notice.txt
                }
                java.util.Properties meta = meta(dir);
                boolean flattened = (meta.getProperty("layout") + meta.getProperty("format")).contains("table");
                for (NoticeRewrite how : NoticeRewrite.values()) {
                    if (how.appliesTo(flattened)) {
                        cases.add(Arguments.of(dir.getFileName().toString(), how));
                    }
                }
            }
        }
        return cases.stream();
    }

    /** Recall and precision of {@code actual} against {@code expected}, saying what is missing and what is extra. */
    static void assertReads(ParsedDocument doc, Set<Triple> expected, Set<Triple> actual, double floor) {
        Set<Triple> missing = new LinkedHashSet<>(expected);
        missing.removeAll(actual);
        Set<Triple> extra = new LinkedHashSet<>(actual);
        extra.removeAll(expected);
        Score score = Score.of(expected, actual);
        assertThat(score.recall()).as("recall; missing " + missing + "; problems " + doc.problems())
                .isGreaterThanOrEqualTo(floor);
        assertThat(score.precision()).as("precision; extra " + extra).isGreaterThanOrEqualTo(floor);
    }

    /** How many expected triples were read, and recall and precision. */
    record Score(int found, double recall, double precision) {
        static Score of(Set<Triple> expected, Set<Triple> actual) {
            Set<Triple> found = new LinkedHashSet<>(actual);
            found.retainAll(expected);
            return new Score(found.size(), expected.isEmpty() ? 1 : (double) found.size() / expected.size(),
                    actual.isEmpty() ? 0 : (double) found.size() / actual.size());
        }
    }

    static ParsedDocument parse(Path dir, String format) throws Exception {
        String text = Files.readString(dir.resolve("notice.txt"), StandardCharsets.UTF_8);
        List<List<String>> table = table(dir);
        NoticeParser parser = new NoticeParser();
        return switch (format) {
            case "txt" -> table.isEmpty() ? parser.parse(text) : parser.parse(withTable(text, table));
            case "docx" -> parser.parse(DocumentExtractor.extract(
                    TestFiles.docxWithTable(TestFiles.paragraphs(text), table)));
            case "html" -> parser.parse(DocumentExtractor.extract(TestFiles.html(TestFiles.paragraphs(text), table)));
            case "pdf" -> parser.parse(DocumentExtractor.extract(TestFiles.pdf(TestFiles.paragraphs(text))));
            case "xlsx" -> parser.parse(DocumentExtractor.extract(TestFiles.xlsx(table)));
            default -> throw new IllegalArgumentException(format);
        };
    }

    private static SourceDocument withTable(String text, List<List<String>> table) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                blocks.add(new Block.Paragraph(lines[i].strip(), Place.ofLine(i + 1)));
            }
        }
        List<Block.Row> rows = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            rows.add(new Block.Row(table.get(r), new Place(lines.length + r + 1, "表1第" + (r + 1) + "行")));
        }
        blocks.add(new Block.Table(rows, rows.getFirst().place()));
        return new SourceDocument("text/plain", blocks);
    }

    private static List<List<String>> table(Path dir) throws IOException {
        Path tsv = dir.resolve("table.tsv");
        if (!Files.exists(tsv)) {
            return List.of();
        }
        return Files.readAllLines(tsv, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(line -> Arrays.stream(line.split("\t", -1)).map(c -> c.replace("\\n", "\n")).toList())
                .toList();
    }

    private static int expectedTasks(Path dir) throws IOException {
        return Integer.parseInt(meta(dir).getProperty("tasks").strip());
    }

    private static java.util.Properties meta(Path dir) throws IOException {
        java.util.Properties meta = new java.util.Properties();
        try (var in = Files.newBufferedReader(dir.resolve("meta.properties"), StandardCharsets.UTF_8)) {
            meta.load(in);
        }
        return meta;
    }

    static Set<Triple> expected(Path dir) {
        try {
            Set<Triple> triples = new LinkedHashSet<>();
            for (String line : Files.readAllLines(dir.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                triples.add(new Triple(cells[0].strip(), cells[1].strip(), cells[2].strip()));
            }
            return triples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<Triple> triples(ParsedDocument doc) {
        Set<Triple> triples = new LinkedHashSet<>();
        for (ParsedTask task : doc.tasks()) {
            task.leaders().forEach(leader -> triples.add(new Triple(task.no(), "leader", leader)));
            task.leadUnits().forEach(unit -> triples.add(new Triple(task.no(), "lead", unit.name())));
            task.responsibleUnits().forEach(unit -> triples.add(new Triple(task.no(), "responsible", unit.name())));
        }
        return triples;
    }
}
