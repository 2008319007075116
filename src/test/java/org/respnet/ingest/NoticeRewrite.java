package org.respnet.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.respnet.ingest.NoticeCorpusTests.Triple;
import org.respnet.ingest.extract.DocumentExtractor;
import org.respnet.ingest.extract.TestFiles;

/**
 * A real notice's text as another office or site writes the same words, and what its triples become then: the
 * reader must give back the same reading from each (names as that office prints them). Used on both corpora.
 */
enum NoticeRewrite {

    /** A mirror site's copy: traditional characters (every one the reader knows both ways), pinyin after 發. */
    TRADITIONAL_MIRROR("as a traditional mirror"),
    /** 「１．」「：」「（」: full-width punctuation and digits, as a Word document prints them. */
    FULL_WIDTH("full-width"),
    /** CRLF and a blank line between paragraphs, as a CMS page stores them. */
    BLANK_LINES_CRLF("blank lines, CRLF"),
    /** Every paragraph indented by two ideographic spaces, as Word and CMS pages indent them. */
    INDENTED("indented"),
    /** The whole text on one physical line. */
    ONE_LINE("one line"),
    NUMBERED_WITH_COMMA("numbered 1、"),
    NUMBERED_IN_BRACKETS("numbered （1）"),
    /** Paragraph by paragraph into a Word file, a web page or a PDF (wrapped at its margin), read back. */
    WORD("as Word"),
    WEB_PAGE("as a web page"),
    PDF("as a PDF");

    private static final Pattern NUMBER_AT_START = Pattern.compile("(?m)^(\\s*)(\\d{1,3})[.．](?!\\d)");
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

    private final String label;

    NoticeRewrite(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }

    /**
     * Whether the rewriting keeps a notice readable at all: a table flattened one cell per line, joined onto one
     * line, has its cells parted by spaces like the words inside them, and nobody could tell its columns again.
     */
    boolean appliesTo(boolean flattenedTable) {
        return this != ONE_LINE || !flattenedTable;
    }

    ParsedDocument read(String text) throws Exception {
        NoticeParser parser = new NoticeParser();
        List<String> paragraphs = TestFiles.paragraphs(text);
        return switch (this) {
            case TRADITIONAL_MIRROR -> parser.parse(PINYIN_AFTER.matcher(traditional(text)).replaceAll("$0(fā)"));
            case FULL_WIDTH -> parser.parse(fullWidth(text));
            case BLANK_LINES_CRLF -> parser.parse(String.join("\r\n\r\n", text.lines().toList()));
            case INDENTED -> parser.parse(String.join("\n", text.lines().map(l -> "\u3000\u3000" + l).toList()));
            case ONE_LINE -> parser.parse(String.join(" ", text.lines().filter(l -> !l.isBlank()).map(String::strip).toList()));
            case NUMBERED_WITH_COMMA -> parser.parse(NUMBER_AT_START.matcher(text).replaceAll("$1$2、"));
            case NUMBERED_IN_BRACKETS -> parser.parse(NUMBER_AT_START.matcher(text).replaceAll("$1（$2）"));
            case WORD -> parser.parse(DocumentExtractor.extract(TestFiles.docxWithTable(paragraphs, List.of())));
            case WEB_PAGE -> parser.parse(DocumentExtractor.extract(TestFiles.html(paragraphs, List.of())));
            case PDF -> parser.parse(DocumentExtractor.extract(TestFiles.pdf(paragraphs)));
        };
    }

    /**
     * Reads the folder's notice.txt rewritten so, and asserts it gives {@code expected} (the triples of the text as
     * stored, turned into this copy's) at {@code floor}, counting triples as {@code triples} does.
     */
    void assertReadsAsStored(Path dir, Set<Triple> expected, Function<ParsedDocument, Set<Triple>> triples,
            double floor) throws Exception {
        ParsedDocument doc = read(Files.readString(dir.resolve("notice.txt"), StandardCharsets.UTF_8));
        Set<Triple> rewritten = new LinkedHashSet<>();
        expected.forEach(t -> rewritten.add(expected(t)));
        NoticeCorpusTests.assertReads(doc, rewritten, triples.apply(doc), floor);
    }

    /** The triple as that office's copy gives it: names in its characters; a printed task number as it was. */
    Triple expected(Triple triple) {
        return switch (this) {
            case TRADITIONAL_MIRROR -> new Triple(traditional(triple.task()), triple.role(), traditional(triple.name()));
            case FULL_WIDTH -> new Triple(triple.task().matches("[\\d.()一二三四五六七八九十#]+") ? triple.task()
                    : fullWidth(triple.task()), triple.role(), fullWidth(triple.name()));
            default -> triple;
        };
    }

    private static String traditional(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = TO_TRADITIONAL[out[i]];
        }
        return new String(out);
    }

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
}
