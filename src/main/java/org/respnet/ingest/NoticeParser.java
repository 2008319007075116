package org.respnet.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a task-decomposition notice (or the work report it decomposes) into a
 * {@link ParsedDocument}. Plain Java: no Spring, no database.
 *
 * <p>The parser is built around <em>assignment blocks</em> — role keys with values, in brackets
 * after a task or on lines of their own under it — not around one file's layout. It walks the
 * lines once, tracking the part (重点工作 / 民生实事), the section heading and the action line a
 * task stands under. Problems are collected with their line numbers, never thrown.
 */
public final class NoticeParser {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,4})\\s*[.．、]\\s*(?!\\d)(.*)$");
    private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*、\\s*(.*)$");
    private static final Pattern PART_HEADER = Pattern.compile(".*(责任分解|任务分解|任务分工|责任分工)\\s*$");
    private static final Pattern REPORT_MARKERS = Pattern.compile("政府工作报告|向大会报告工作|各位代表");
    /** An action line is a short standalone sentence between a heading and its tasks. */
    private static final int MAX_ACTION_LENGTH = 40;
    /** A heading longer than this is a paragraph that happens to start with 一、. */
    private static final int MAX_HEADING_LENGTH = 60;
    private static final int MAX_CONTINUATION_LINES = 5;
    private static final String LEADING_SEPARATORS = "、，,；;。 ";

    /** Parses already-decoded text. */
    public ParsedDocument parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = DocumentMetadata.splitLines(body).stream().map(NoticeParser::clean).toList();
        Walk walk = new Walk(lines);
        walk.run();
        DocumentKind kind = walk.tasks.isEmpty() && walk.problems.isEmpty() && REPORT_MARKERS.matcher(body).find()
                ? DocumentKind.REPORT
                : DocumentKind.NOTICE;
        List<Problem> problems = new ArrayList<>(walk.problems);
        problems.addAll(repeatedNumbers(walk.tasks));
        if (body.isBlank()) {
            problems.add(new Problem(1, "the document is empty"));
        } else if (kind == DocumentKind.NOTICE && walk.tasks.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(1, "no assignment (牵头单位/责任单位) found: not a task-decomposition notice,"
                    + " and no sign of a work report (政府工作报告)"));
        }
        DocumentMetadata meta = DocumentMetadata.of(lines, kind);
        return new ParsedDocument(kind, sha256(text), meta.title(), meta.docNo(), meta.city(), meta.year(),
                body, walk.tasks, problems);
    }

    /** A task number given twice in one part would import as one task overwriting the other: a problem. */
    private static List<Problem> repeatedNumbers(List<ParsedTask> tasks) {
        Map<String, ParsedTask> first = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (ParsedTask task : tasks) {
            ParsedTask earlier = first.putIfAbsent(task.kind() + "/" + task.no(), task);
            if (earlier != null && earlier.line() != task.line()) {
                problems.add(new Problem(task.line(), "task " + task.no() + " appears twice: on line " + earlier.line()
                        + " and on this line"));
            }
        }
        return problems;
    }

    static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String clean(String line) {
        return line.replace('\u3000', ' ').replace("\uFEFF", "").strip();
    }

    /** One pass over the lines; holds the position in the document's structure. */
    private static final class Walk {
        private final List<String> lines;
        private final List<ParsedTask> tasks = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private TaskKind part = TaskKind.KEY;
        private boolean inTaskPart;
        private String sectionNo;
        private String section;
        private String action;
        private Pending pending;

        Walk(List<String> lines) {
            this.lines = lines;
        }

        void run() {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isEmpty()) {
                    continue;
                }
                int lineNo = i + 1;
                int depth = Brackets.depthAtEnd(line);
                while (depth > 0 && i + 1 < lines.size() && i + 1 - lineNo < MAX_CONTINUATION_LINES
                        && !startsEntry(lines.get(i + 1))) {
                    line = line + lines.get(++i);
                    depth = Brackets.depthAtEnd(line);
                }
                if (depth != 0) {
                    if (inTaskPart || AssignmentReader.looksLikeAssignment(afterFirstBracket(line))) {
                        problems.add(new Problem(lineNo, depth > 0
                                ? "unbalanced brackets: a bracket opened on this line is never closed"
                                : "unbalanced brackets: a closing bracket has no opening one"));
                        flush();
                    }
                    continue;
                }
                accept(line, lineNo);
            }
            flush();
        }

        private void accept(String line, int lineNo) {
            Matcher numbered = NUMBERED.matcher(line);
            Matcher heading = HEADING.matcher(line);
            boolean hasBlocks = !assignmentSpans(line).isEmpty();
            if (PART_HEADER.matcher(line).matches() && !hasBlocks) {
                flush();
                part = line.contains("民生实事") ? TaskKind.LIVELIHOOD : TaskKind.KEY;
                inTaskPart = true;
                sectionNo = section = action = null;
            } else if (numbered.matches() && (inTaskPart || hasBlocks)) {
                startTask(numbered.group(1), numbered.group(2), lineNo);
            } else if (heading.matches() && (hasBlocks || part == TaskKind.LIVELIHOOD && inTaskPart)) {
                startTask(heading.group(1), heading.group(2), lineNo);
            } else if (heading.matches() && line.length() <= MAX_HEADING_LENGTH) {
                flush();
                sectionNo = heading.group(1);
                section = stripEnd(heading.group(2));
                action = null;
            } else if (AssignmentReader.looksLikeAssignment(line) && pending != null) {
                pending.roleLines.add(line);
            } else if (pending != null && pending.roleLines.isEmpty() && assignmentSpans(pending.text()).isEmpty()) {
                pending.text.append(line);
            } else if (hasBlocks) {
                flush();
                problems.add(new Problem(lineNo, "an assignment (责任领导/牵头单位/责任单位) with no task number"
                        + " before it: expected a line such as \"12.…（牵头单位：…）\""));
            } else {
                flush();
                if (inTaskPart && line.length() <= MAX_ACTION_LENGTH) {
                    action = stripEnd(line);
                }
            }
        }

        private void startTask(String no, String text, int lineNo) {
            flush();
            inTaskPart = true;
            pending = new Pending(no, part, sectionNo, section, action, lineNo);
            pending.text.append(text);
        }

        private void flush() {
            if (pending != null) {
                pending.finish(problems).forEach(tasks::add);
                pending = null;
            }
        }

        private boolean startsEntry(String line) {
            return NUMBERED.matcher(line).matches() || HEADING.matcher(line).matches();
        }
    }

    /** A task being read: its number, its lines so far and its place in the structure. */
    private static final class Pending {
        final String no;
        final TaskKind kind;
        final String sectionNo;
        final String section;
        final String action;
        final int line;
        final StringBuilder text = new StringBuilder();
        final List<String> roleLines = new ArrayList<>();

        Pending(String no, TaskKind kind, String sectionNo, String section, String action, int line) {
            this.no = no;
            this.kind = kind;
            this.sectionNo = kind == TaskKind.KEY ? sectionNo : null;
            this.section = kind == TaskKind.KEY ? section : null;
            this.action = kind == TaskKind.KEY ? action : null;
            this.line = line;
        }

        String text() {
            return text.toString();
        }

        /**
         * One task per assignment block: a 民生实事 item such as 打通裕民大道（…）、汉东东路延伸段（…）
         * becomes one task per road, each titled by the text before its block.
         */
        List<ParsedTask> finish(List<Problem> problems) {
            String full = text();
            List<Brackets.Span> blocks = assignmentSpans(full);
            String withoutBlocks = remove(full, blocks);
            if (blocks.isEmpty() && roleLines.isEmpty()) {
                problems.add(new Problem(line, "task " + no + " has no assignment (责任领导/牵头单位/责任单位)"));
                return List.of();
            }
            Optional<Assignment> shared = readAll(roleLines, problems);
            if (blocks.size() <= 1) {
                Optional<Assignment> own = blocks.isEmpty()
                        ? Optional.of(Assignment.empty())
                        : AssignmentReader.read(blocks.getFirst().content(), line, problems);
                return own.flatMap(a -> shared.map(s -> { a.addAll(s); return a; }))
                        .flatMap(a -> toTask(no, kind == TaskKind.LIVELIHOOD ? withoutBlocks : null, withoutBlocks, a, problems))
                        .map(List::of).orElse(List.of());
            }
            List<ParsedTask> parts = new ArrayList<>();
            int from = 0;
            for (int k = 0; k < blocks.size(); k++) {
                Brackets.Span block = blocks.get(k);
                String title = stripStart(full.substring(from, block.start()));
                from = block.end() + 1;
                String partNo = no + "." + (k + 1);
                AssignmentReader.read(block.content(), line, problems)
                        .flatMap(a -> shared.map(s -> { a.addAll(s); return a; }))
                        .flatMap(a -> toTask(partNo, withoutBlocks, title, a, problems))
                        .ifPresent(parts::add);
            }
            return parts;
        }

        private Optional<ParsedTask> toTask(String taskNo, String item, String taskText, Assignment a,
                List<Problem> problems) {
            if (a.leadUnits().isEmpty()) {
                problems.add(new Problem(line, "task " + taskNo + " has no lead unit (牵头单位)"));
                return Optional.empty();
            }
            return Optional.of(new ParsedTask(taskNo, kind, sectionNo, section, action, item, taskText.strip(),
                    distinct(a.leaders(), Function.identity()),
                    distinct(a.leadUnits(), UnitRef::name),
                    distinct(a.responsibleUnits(), UnitRef::name),
                    line));
        }

        private Optional<Assignment> readAll(List<String> blocks, List<Problem> problems) {
            Assignment all = Assignment.empty();
            boolean readable = true;
            for (String block : blocks) {
                Optional<Assignment> read = AssignmentReader.read(block, line, problems);
                read.ifPresent(all::addAll);
                readable &= read.isPresent();
            }
            return readable ? Optional.of(all) : Optional.empty();
        }
    }

    private static List<Brackets.Span> assignmentSpans(String text) {
        return Brackets.topLevelSpans(text).stream()
                .filter(span -> AssignmentReader.looksLikeAssignment(span.content()))
                .toList();
    }

    private static String remove(String text, List<Brackets.Span> spans) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (Brackets.Span span : spans) {
            out.append(text, from, span.start());
            from = span.end() + 1;
        }
        return out.append(text.substring(from)).toString().strip();
    }

    /** Each name once, first mention kept: a unit named twice in one role is one assignment. */
    private static <T> List<T> distinct(List<T> items, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        for (T item : items) {
            byKey.putIfAbsent(key.apply(item), item);
        }
        return new ArrayList<>(byKey.values());
    }

    private static String afterFirstBracket(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Brackets.isOpen(line.charAt(i))) {
                return line.substring(i + 1);
            }
        }
        return "";
    }

    private static String stripStart(String text) {
        int start = 0;
        while (start < text.length() && LEADING_SEPARATORS.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return text.substring(start).strip();
    }

    private static String stripEnd(String text) {
        return text.replaceAll("[。.：:；;\\s]+$", "");
    }
}
