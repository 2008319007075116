package org.respnet.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.respnet.ingest.extract.Block;
import org.respnet.ingest.extract.Place;
import org.respnet.ingest.extract.SourceDocument;

/**
 * Reads a task-decomposition notice (or the work report it decomposes) into a
 * {@link ParsedDocument}. Plain Java: no Spring, no database.
 *
 * <p>One entry point, {@link #parse(SourceDocument)}, for every file format. The reader is built
 * around <em>assignments</em> — role labels with values, in brackets after a task, on key lines
 * under it, in unlabelled brackets (（市发改委牵头，市财政局配合）) or in the columns of a role
 * table — not around one file's layout:
 * <ol>
 * <li>{@link FlatTableRecognizer} gives tables flattened into text back their rows;
 * <li>{@link OutlineReader} walks the blocks once, keeping the numbered outline open around each
 *     line, and {@link RoleTableReader} reads tables, both producing task drafts;
 * <li>{@link TaskAssembler} does what needs the whole document: keys, the document's own lead
 *     rule, glued unit names, limits.
 * </ol>
 * Problems reject the document; warnings (a guess the user should see) do not. Both carry their
 * place, and are collected, never thrown. Every step is linear in the size of the document.
 */
public final class NoticeParser {

    private static final Pattern REPORT_TITLE =
            Pattern.compile("^[《〈]?(?:\\d{4}年)?[\\u3400-\\u9fff\\uf900-\\ufaff]{0,16}?政府工作报告[》〉]?(?:[（(].{0,20}[）)])?$");
    private static final int REPORT_HEAD = 10;
    /** Words that only a notice assigning roles uses (REPORT needs none of them). */
    private static final Pattern ROLE_WORDS = Pattern.compile(
            "牵头单位|责任单位|责任领导|配合单位|牵头部门|协办单位|主办单位|牵头领导|分管领导|责任部门|牵头市领导");
    private static final Pattern UNLABELLED_LEAD = Pattern.compile("[^，,；;。（(]{2,30}牵头[，,；;、）)]");

    /** A syllable with a tone mark in brackets right after a Han character. */
    private static final Pattern PINYIN_GLOSS = Pattern.compile(
            "(?<=[\\u3400-\\u9fff\\uf900-\\ufaff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]");
    /** A closing bracket, then (after any spaces or a full stop) a task number: where a second task begins. */
    private static final Pattern NUMBER_AFTER_BRACKET = Pattern.compile(
            "[）)〕】][。；;]?\\s*(?=(?:\\d{1,3}[.．、](?![\\d%])|[（(][一二三四五六七八九十\\d]{1,3}[）)]))");
    /** A role label with its colon right after a sentence's end: a key line printed on the task's line. */
    private static final Pattern LABEL_AFTER_SENTENCE = Pattern.compile(
            "(?<=。)\\s*(?=(?<label>[\\u3400-\\u9fff\\uf900-\\ufaff]{2,8})[:：])");
    /** A line this long that holds several numbered paragraphs is a whole notice on one line. */
    private static final int ONE_LINE_NOTICE = 400;
    private static final int MIN_PARTED = 3;
    private static final Pattern PARAGRAPH_START = Pattern.compile("(?<=\\s)(?=(?:[一二三四五六七八九十]{1,3}、"
            + "|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,3}[.．、](?![\\d%])"
            + "|(?<label>[\\u3400-\\u9fff\\uf900-\\ufaff]{2,8})[:：]))");

    private final ParserLimits limits;
    private final Set<String> referenceUnits;

    public NoticeParser() {
        this(ParserLimits.DEFAULTS, Set.of());
    }

    /**
     * @param referenceUnits unit names known beforehand (the reference data), used to split two
     *                       names a lost line break glued together
     */
    public NoticeParser(ParserLimits limits, Collection<String> referenceUnits) {
        this.limits = limits;
        this.referenceUnits = Set.copyOf(referenceUnits);
    }

    /** Parses already-decoded text: one paragraph per line, placed by its line number. */
    public ParsedDocument parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Block> blocks = new ArrayList<>();
        int line = 0;
        int start = 0;
        // one pass, no regex split: a huge text costs linear time and no more than its lines
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == '\n' || body.charAt(i) == '\r') {
                line++;
                String cleaned = clean(body.substring(start, i));
                if (!cleaned.isEmpty()) {
                    Place place = Place.ofLine(line);
                    paragraphsOf(cleaned).forEach(piece -> blocks.add(new Block.Paragraph(piece, place)));
                }
                if (i < body.length() && body.charAt(i) == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return parse(new SourceDocument("text/plain", blocks), body, sha256(text), Reading.NONE);
    }

    /** Parses a document of any format, as its extractor gave it. */
    public ParsedDocument parse(SourceDocument source) {
        return parse(source, Reading.NONE);
    }

    /**
     * Parses a document of any format as the clerk says where the reader could not tell: the roles of a table's
     * columns and the lead rule. A task's own units as the clerk wrote them are put in afterwards
     * ({@link Reading#applyTo}), so the document as read can still be compared with them.
     */
    public ParsedDocument parse(SourceDocument source, Reading reading) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>(source.blocks().size());
        for (Block block : source.blocks()) {
            switch (block) {
                case Block.Paragraph p -> {
                    String cleaned = clean(p.text());
                    text.append(cleaned).append('\n');
                    if (!cleaned.isEmpty()) {
                        paragraphsOf(cleaned).forEach(piece -> blocks.add(new Block.Paragraph(piece, p.place())));
                    }
                }
                case Block.Table t -> {
                    for (Block.Row row : t.rows()) {
                        text.append(String.join("\t", row.cells())).append('\n');
                    }
                    blocks.add(t);
                }
            }
        }
        String body = text.toString();
        return parse(new SourceDocument(source.format(), blocks), body, sha256(body), reading);
    }

    private ParsedDocument parse(SourceDocument source, String body, String sha256, Reading reading) {
        Findings findings = new Findings();
        List<String> lines = lines(source.blocks());
        int size = lines.size();
        if (size > limits.maxBlocks()) {
            findings.problem(placeOfLine(source.blocks(), limits.maxBlocks() + 1), "文件有" + size
                    + "行（含表格行），超过每份文件" + limits.maxBlocks() + "行的上限：请把文件拆成几份分别导入");
            return new ParsedDocument(DocumentKind.NOTICE, sha256, "未命名通知", null, null, null, body, List.of(),
                    findings.problems, findings.warnings, source.format(), List.of());
        }
        OutlineReader outline = new OutlineReader(findings, reading.tables());
        outline.read(FlatTableRecognizer.recognise(source.blocks()));
        TaskAssembler.StatedRule rule = reading.lead().rule(statedRule(source.blocks()));
        List<ParsedTask> tasks = new TaskAssembler(limits, referenceUnits, findings).assemble(outline.drafts, rule);
        tasks = withMarked(tasks, body, reading.marked(), findings);
        Optional<Place> roleWords = roleWords(source.blocks());
        DocumentKind kind = tasks.isEmpty() && roleWords.isEmpty() && readsAsReport(lines)
                ? DocumentKind.REPORT : DocumentKind.NOTICE;
        List<Problem> problems = new ArrayList<>(findings.problems);
        if (body.isBlank()) {
            problems.add(new Problem(1, "文件是空的：请选择有内容的任务分解通知"));
        } else if (kind == DocumentKind.NOTICE && tasks.isEmpty() && problems.isEmpty()) {
            problems.add(roleWords.map(place -> Problem.at(place, "这里写有分工（牵头单位、责任单位或责任领导），"
                            + "却读不出任何任务：任务应带编号（如「1.」「（一）」），或放在有「工作任务」列的表格里"))
                    .orElseGet(() -> new Problem(1, "这不是任务分解通知：全文没有牵头单位、责任单位或责任领导，"
                            + "也不是政府工作报告")));
        }
        DocumentMetadata meta = DocumentMetadata.of(lines, kind);
        return new ParsedDocument(kind, sha256, meta.title(), meta.docNo(), meta.city(), meta.year(), body, tasks,
                problems, findings.warnings, source.format(), outline.tableLayouts());
    }

    /**
     * The tasks read, and after them the paragraphs the clerk marked as tasks where the reader found none, numbered
     * on from the tasks read (a mark on a line that is no paragraph of the document is said, not read).
     */
    private static List<ParsedTask> withMarked(List<ParsedTask> tasks, String body, List<Reading.MarkedTask> marked,
            Findings findings) {
        if (marked.isEmpty()) {
            return tasks;
        }
        List<ParsedTask> all = new ArrayList<>(tasks);
        Set<String> numbers = new java.util.HashSet<>(tasks.stream().map(ParsedTask::no).toList());
        String[] lines = body.split("\n", -1);
        int next = tasks.size();
        for (Reading.MarkedTask mark : marked) {
            Place place = Place.ofLine(mark.line());
            String text = mark.line() >= 1 && mark.line() <= lines.length ? lines[mark.line() - 1].strip() : "";
            if (text.isEmpty()) {
                findings.warning(place, "标为任务的第" + mark.line() + "行不在文件中或是空行，已跳过：请重新预览后再标");
                continue;
            }
            Reading.RowUnits units = mark.units();
            // its printed number (「4.」) when it has one not taken; else the next after the tasks read
            Optional<TaskNumbering.Number> printed = TaskNumbering.read(text)
                    .filter(n -> !n.level().headingLike() && !numbers.contains(n.numeral()));
            String no = printed.map(TaskNumbering.Number::numeral).orElse(null);
            while (no == null || numbers.contains(no)) {
                no = String.valueOf(++next);
            }
            numbers.add(no);
            text = printed.map(TaskNumbering.Number::rest).orElse(text);
            all.add(new ParsedTask(no, TaskKind.KEY, null, null, null, null, text,
                    units.leaders(), units.leadUnits().stream().map(UnitRef::of).toList(),
                    units.responsibleUnits().stream().map(UnitRef::of).toList(), mark.line(), null, null,
                    place.where()));
        }
        return all;
    }

    /** The document's lines in order: paragraphs, and table rows with their cells side by side. */
    private static List<String> lines(List<Block> blocks) {
        List<String> lines = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            switch (block) {
                case Block.Paragraph p -> lines.add(p.text());
                case Block.Table t -> t.rows().forEach(row -> lines.add(String.join(" ", row.cells())));
            }
        }
        return lines;
    }

    private static Place placeOfLine(List<Block> blocks, int index) {
        int seen = 0;
        for (Block block : blocks) {
            if (block instanceof Block.Table t) {
                for (Block.Row row : t.rows()) {
                    if (++seen == index) {
                        return row.place();
                    }
                }
            } else if (++seen == index) {
                return block.place();
            }
        }
        return new Place(index, "第" + index + "行");
    }

    /** The first rule such as 列第一位者为牵头单位 the document states, in its text or its tables. */
    private static TaskAssembler.StatedRule statedRule(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                Optional<LeadRule> rule = LeadRule.statedIn(p.text());
                if (rule.isPresent()) {
                    return new TaskAssembler.StatedRule(rule.get(), p.place());
                }
            } else if (block instanceof Block.Table t) {
                for (Block.Row row : t.rows()) {
                    for (String cell : row.cells()) {
                        Optional<LeadRule> rule = LeadRule.statedIn(cell);
                        if (rule.isPresent()) {
                            return new TaskAssembler.StatedRule(rule.get(), row.place());
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Where the document first uses a word of assignment, labelled or not, or a role table's header. */
    private static Optional<Place> roleWords(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                String text = HanVariants.simplified(p.text());
                if (ROLE_WORDS.matcher(text).find() || text.contains("牵头") && UNLABELLED_LEAD.matcher(text).find()) {
                    return Optional.of(p.place());
                }
            } else if (block instanceof Block.Table t) {
                for (Block.Row row : t.rows()) {
                    if (RoleTableReader.header(row.cells()).isPresent()
                            || row.cells().stream().anyMatch(c -> ROLE_WORDS.matcher(HanVariants.simplified(c)).find())) {
                        return Optional.of(row.place());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A work report: 政府工作报告 as its title, or 各位代表 opening it. */
    private static boolean readsAsReport(List<String> lines) {
        int seen = 0;
        for (String line : lines) {
            if (seen++ >= REPORT_HEAD) {
                break;
            }
            if (line.startsWith("各位代表") || REPORT_TITLE.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * A whole notice copied onto one physical line (paragraphs joined by single spaces) is parted
     * again where a space comes before a task number or a role label: 「… 一、… 1.… 责任单位：…」. A shorter
     * line is parted so only when it holds both a number and a role label (a PDF page's share of such a line).
     */
    static List<String> paragraphsOf(String line) {
        List<String> pieces = new ArrayList<>();
        Matcher start = PARAGRAPH_START.matcher(HanVariants.simplified(line));
        int from = 0;
        boolean labelled = false;
        boolean numbered = false;
        while (start.find()) {
            if (start.start() > from && isRoleLabel(start.group("label"))) {
                pieces.add(line.substring(from, start.start()).strip());
                from = start.start();
                labelled |= start.group("label") != null;
                numbered |= start.group("label") == null;
            }
        }
        pieces.add(line.substring(from).strip());
        pieces.removeIf(String::isEmpty);
        // a long line, or a shorter one that still holds a heading or task, a number and a role label
        boolean parted = pieces.size() >= MIN_PARTED && (line.length() >= ONE_LINE_NOTICE || labelled && numbered);
        return parted ? pieces.stream().flatMap(piece -> partedInParagraph(piece).stream()).toList()
                : partedInParagraph(line);
    }

    /**
     * Two tasks in one paragraph, each closed by its own assignment (「1.…（牵头单位：…） 2.…（牵头单位：…）」), are
     * parted after the first bracket, where the next number starts; a role label printed after the task's
     * sentence (「1.推进项目建设。牵头单位：区发改局」) starts a key line of its own.
     */
    private static List<String> partedInParagraph(String line) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        Matcher next = NUMBER_AFTER_BRACKET.matcher(line);
        while (next.find()) {
            if (OutlineReader.hasAssignment(line.substring(from, next.start() + 1))) {
                pieces.add(line.substring(from, next.end()).strip());
                from = next.end();
            }
        }
        pieces.add(line.substring(from).strip());
        List<String> parted = new ArrayList<>();
        for (String piece : pieces) {
            Matcher label = LABEL_AFTER_SENTENCE.matcher(HanVariants.simplified(piece));
            int start = 0;
            while (label.find()) {
                if (outsideBrackets(piece, label.start()) && isRoleLabel(label.group("label"))) {
                    parted.add(piece.substring(start, label.start()).strip());
                    start = label.start();
                }
            }
            parted.add(piece.substring(start).strip());
        }
        parted.removeIf(String::isEmpty);
        return parted;
    }

    /** No label (a number matched), or one the reader knows as a role or a deadline, by name or by shape. */
    private static boolean isRoleLabel(String label) {
        return label == null || RoleLabel.ofKey(label).isPresent();
    }

    private static boolean outsideBrackets(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            depth += Brackets.isOpen(text.charAt(i)) ? 1 : Brackets.isClose(text.charAt(i)) ? -1 : 0;
        }
        return depth <= 0;
    }

    /**
     * Spaces of every width as one kind; full-width digits (「１．」) as the digits they are, so numbers read alike;
     * a mirror site's pinyin after a character (「藍(lán)谷」) dropped, so names read as printed.
     */
    private static String clean(String line) {
        String text = PINYIN_GLOSS.matcher(line).replaceAll("")
                .replace('\u3000', ' ').replace('\u00A0', ' ').replace("\uFEFF", "").strip();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '０' && text.charAt(i) <= '９') {
                StringBuilder folded = new StringBuilder(text);
                for (int k = i; k < folded.length(); k++) {
                    char c = folded.charAt(k);
                    if (c >= '０' && c <= '９') {
                        folded.setCharAt(k, (char) ('0' + (c - '０')));
                    }
                }
                return folded.toString();
            }
        }
        return text;
    }
}
