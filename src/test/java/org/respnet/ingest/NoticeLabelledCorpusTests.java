package org.respnet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.respnet.ingest.NoticeCorpusTests.Triple;
import org.respnet.ingest.extract.DocumentExtractor;
import org.respnet.ingest.extract.TestFiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recall and precision of the reader on the eighteen labelled real notices of other places
 * (src/test/resources/notices-labelled, see its README; labelled independently of the reader):
 * every folder's notice.txt, and its notice.docx / .xlsx / .html where the office's own file is
 * there too, scored on {@code task, role, name} triples exactly as {@link NoticeCorpusTests} does.
 */
class NoticeLabelledCorpusTests {

    static final Path CORPUS = Path.of("src/test/resources/notices-labelled");
    private static final double FLOOR = 0.95;
    private static final int UNNUMBERED_KEY = 20;
    private static final Pattern OFFICE_AFTER_UNIT = Pattern.compile("^([^各(（][^(（]*[局委办])[(（][^()（）]*[局委办][)）]$");

    static Stream<Arguments> documents() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            for (Path dir : dirs.filter(d -> Files.exists(d.resolve("expected.json"))).sorted().toList()) {
                for (String format : List.of("txt", "docx", "xlsx", "html")) {
                    if (Files.exists(dir.resolve("notice." + format))) {
                        cases.add(Arguments.of(dir.getFileName().toString(), format));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("documents")
    void readsTheTriplesOfEveryLabelledNotice(String name, String format) throws Exception {
        Path dir = CORPUS.resolve(name);
        ParsedDocument doc = parse(dir, format);
        Set<Triple> expected = expected(dir);
        Set<Triple> actual = triples(doc);
        Set<Triple> found = new LinkedHashSet<>(actual);
        found.retainAll(expected);
        double recall = expected.isEmpty() ? 1 : (double) found.size() / expected.size();
        double precision = actual.isEmpty() ? 0 : (double) found.size() / actual.size();
        Set<Triple> missing = new LinkedHashSet<>(expected);
        missing.removeAll(actual);
        Set<Triple> extra = new LinkedHashSet<>(actual);
        extra.removeAll(expected);
        System.out.printf("LABELLED %-20s %-5s tasks %3d  triples %3d/%3d  recall %.3f  precision %.3f  problems %d%n",
                name, format, doc.tasks().size(), found.size(), expected.size(), recall, precision,
                doc.problems().size());
        assertThat(recall).as("recall; missing " + missing + "; problems " + doc.problems())
                .isGreaterThanOrEqualTo(FLOOR);
        assertThat(precision).as("precision; extra " + extra).isGreaterThanOrEqualTo(FLOOR);
    }

    /**
     * Every labelled notice as a mirror site serves it: in traditional characters (every character the reader
     * knows both ways), with pinyin written after some of them (「發(fā)展」). The names come back as that mirror
     * prints them, without the pinyin: the reader finds its labels and verbs in either script.
     */
    @ParameterizedTest(name = "{0} as a traditional mirror")
    @MethodSource("texts")
    void readsEveryLabelledNoticeAsATraditionalMirrorServesIt(String name) throws Exception {
        Path dir = CORPUS.resolve(name);
        String mirror = PINYIN_AFTER.matcher(traditional(Files.readString(dir.resolve("notice.txt"), StandardCharsets.UTF_8)))
                .replaceAll("$0(fā)");
        ParsedDocument doc = new NoticeParser().parse(mirror);
        Set<Triple> expected = new LinkedHashSet<>();
        expected(dir).forEach(t -> expected.add(new Triple(traditional(t.task()), t.role(), traditional(t.name()))));
        Set<Triple> actual = triples(doc);
        Set<Triple> missing = new LinkedHashSet<>(expected);
        missing.removeAll(actual);
        Set<Triple> extra = new LinkedHashSet<>(actual);
        extra.removeAll(expected);
        assertThat(missing).as("missing; problems " + doc.problems()).isEmpty();
        assertThat(extra).as("extra").isEmpty();
    }

    /**
     * The same notices as other offices and sites write the same words: with full-width punctuation and digits
     * (「１．」「：」「（」), with CRLF and a blank line between paragraphs, with the whole text on one line, and
     * with their tasks numbered 「1、」 or 「（1）」; and each put, paragraph by paragraph, into a Word file, a web
     * page and a PDF (wrapped at its margin), read back through the extractors.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rewritten")
    void readsEveryLabelledNoticeAsOtherOfficesWriteIt(String name, String how) throws Exception {
        Path dir = CORPUS.resolve(name);
        String text = Files.readString(dir.resolve("notice.txt"), StandardCharsets.UTF_8);
        String rewritten = switch (how) {
            case "full-width" -> fullWidth(text);
            case "blank lines, CRLF" -> String.join("\r\n\r\n", text.lines().toList());
            case "one line" -> String.join(" ", text.lines().filter(l -> !l.isBlank()).map(String::strip).toList());
            case "numbered 1、" -> NUMBER_AT_START.matcher(text).replaceAll("$1$2、");
            case "numbered （1）" -> NUMBER_AT_START.matcher(text).replaceAll("$1（$2）");
            case "as Word", "as a web page", "as a PDF" -> text;
            default -> throw new IllegalArgumentException(how);
        };
        List<String> paragraphs = TestFiles.paragraphs(text);
        ParsedDocument doc = switch (how) {
            case "as Word" -> new NoticeParser().parse(DocumentExtractor.extract(TestFiles.docxWithTable(paragraphs, List.of())));
            case "as a web page" -> new NoticeParser().parse(DocumentExtractor.extract(TestFiles.html(paragraphs, List.of())));
            case "as a PDF" -> new NoticeParser().parse(DocumentExtractor.extract(TestFiles.pdf(paragraphs)));
            default -> new NoticeParser().parse(rewritten);
        };
        Set<Triple> expected = new LinkedHashSet<>();
        for (Triple t : expected(dir)) { // names and unnumbered tasks' keys as that office prints them
            expected.add(how.equals("full-width")
                    ? new Triple(t.task().matches("[\\d.()一二三四五六七八九十]+") ? t.task() : fullWidth(t.task()), t.role(),
                            fullWidth(t.name()))
                    : t);
        }
        Set<Triple> actual = triples(doc);
        Set<Triple> found = new LinkedHashSet<>(actual);
        found.retainAll(expected);
        Set<Triple> missing = new LinkedHashSet<>(expected);
        missing.removeAll(actual);
        Set<Triple> extra = new LinkedHashSet<>(actual);
        extra.removeAll(expected);
        assertThat((double) found.size() / expected.size()).as("recall; missing " + missing + "; problems " + doc.problems())
                .isGreaterThanOrEqualTo(FLOOR);
        assertThat(actual.isEmpty() ? 0 : (double) found.size() / actual.size()).as("precision; extra " + extra)
                .isGreaterThanOrEqualTo(FLOOR);
    }

    /**
     * Every notice in every rewriting, but a table flattened one cell per line is not put on one line: joined, its
     * cells are parted by spaces like the words inside them, and nobody could tell the columns again.
     */
    static Stream<Arguments> rewritten() throws IOException {
        return texts().flatMap(name -> Stream.of("full-width", "blank lines, CRLF", "one line", "numbered 1、",
                        "numbered （1）", "as Word", "as a web page", "as a PDF")
                .filter(how -> !how.equals("one line") || !flattenedTable(name))
                .map(how -> Arguments.of(name, how)));
    }

    private static boolean flattenedTable(String name) {
        try {
            String layout = JsonMapper.builder().build().readTree(CORPUS.resolve(name).resolve("expected.json").toFile())
                    .path("layout").asString("");
            return layout.contains("table") || layout.contains("cell");
        } catch (RuntimeException e) {
            throw new IllegalStateException(name + ": expected.json unreadable", e);
        }
    }

    /** A task number 「1.」 where a line starts. */
    private static final Pattern NUMBER_AT_START = Pattern.compile("(?m)^(\\s*)(\\d{1,3})[.．](?!\\d)");

    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(switch (c) {
                case ':' -> '：';
                case ',' -> '，';
                case ';' -> '；';
                case '(' -> '（';
                case ')' -> '）';
                default -> c >= '0' && c <= '9' ? (char) ('０' + c - '0') : c;
            });
        }
        return out.toString();
    }

    static Stream<String> texts() throws IOException {
        return documents().map(a -> (String) a.get()[0]).distinct();
    }

    /** A character after which a mirror writes its pinyin. */
    private static final Pattern PINYIN_AFTER = Pattern.compile("發");
    private static final char[] TO_TRADITIONAL = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            TO_TRADITIONAL[c] = (char) c;
        }
        for (char c = '\u3400'; c <= '\u9fff'; c++) {
            char simple = HanVariants.simplified(String.valueOf(c)).charAt(0);
            if (simple != c) {
                TO_TRADITIONAL[simple] = c;
            }
        }
    }

    private static String traditional(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = TO_TRADITIONAL[out[i]];
        }
        return new String(out);
    }

    /**
     * As {@link NoticeCorpusTests#triples}, but a task without a printed number is named as the
     * labels name it: by the first {@value #UNNUMBERED_KEY} characters of its text (芜湖 2020).
     */
    static Set<Triple> triples(ParsedDocument doc) {
        Set<Triple> triples = new LinkedHashSet<>();
        for (Triple triple : NoticeCorpusTests.triples(doc)) {
            String task = triple.task();
            if (task.startsWith("#")) {
                String text = doc.tasks().get(Integer.parseInt(task.substring(1)) - 1).text();
                task = text.substring(0, Math.min(UNNUMBERED_KEY, text.length()));
            }
            triples.add(new Triple(task, triple.role(), triple.name()));
        }
        return triples;
    }

    static ParsedDocument parse(Path dir, String format) throws Exception {
        NoticeParser parser = new NoticeParser();
        if (format.equals("txt")) {
            return parser.parse(Files.readString(dir.resolve("notice.txt"), StandardCharsets.UTF_8));
        }
        return parser.parse(DocumentExtractor.extract(Files.readAllBytes(dir.resolve("notice." + format))));
    }

    /**
     * The labels as written, where two of the project's counting conventions (notices/README.md)
     * differ from this corpus's labeller on the same document (杭州 2021, in both corpora): a trailing
     * {@code *} is not part of the task number, and the office in brackets after a unit is not part
     * of its name ({@code 市商务局(市粮食和物资储备局)} → {@code 市商务局}). A group's scope in brackets
     * ({@code 各镇乡(街道)}) stays.
     */
    static Set<Triple> expected(Path dir) throws IOException {
        JsonNode json = JsonMapper.builder().build().readTree(dir.resolve("expected.json").toFile());
        Set<Triple> triples = new LinkedHashSet<>();
        for (JsonNode triple : json.get("triples")) {
            String task = triple.get(0).asString().replaceFirst("[*＊]$", "");
            String name = OFFICE_AFTER_UNIT.matcher(triple.get(2).asString()).replaceFirst("$1");
            triples.add(new Triple(task, triple.get(1).asString(), name));
        }
        return triples;
    }
}
