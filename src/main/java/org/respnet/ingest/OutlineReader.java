package org.respnet.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.respnet.ingest.extract.Block;
import org.respnet.ingest.extract.Place;

/**
 * The builder of the reader: walks the blocks once, keeping the outline of numbered items open
 * around the current line, and turns items that carry an assignment into {@link TaskDraft}s.
 *
 * <p>Every numbered line opens an item at its level ({@link TaskNumbering}); a line of a level at
 * or above an open item's closes it. When an item closes it becomes a task if it carries an
 * assignment — in brackets after its text, or in key lines under it — and no item inside it was a
 * task; otherwise it is a section for what it holds. So nested numbering keeps the innermost
 * assigned level as the task and the outer levels as its section, whatever the levels are, and no
 * heading such as 「责任分解」 is needed. An unnumbered paragraph followed by key lines is a task too.
 * A heading's own assignment or leader (二、张某某副市长主抓…) passes to the tasks inside it.
 */
final class OutlineReader {

    private static final Pattern PART_HEADER = Pattern.compile(
            ".*(责任分解|任务分解|任务分工|责任分工|分解表|分工表|分工方案|任务清单|责任清单)$");
    private static final Pattern LIVELIHOOD = Pattern.compile(".*(民生实事|为民办实事|民生项目|民生工程).*");
    private static final int MAX_PART_HEADER = 40;
    /** An action line is a short standalone sentence between a heading and its tasks. */
    private static final int MAX_ACTION_LENGTH = 40;
    /** A heading longer than this is a paragraph that happens to start with 一、. */
    private static final int MAX_HEADING_LENGTH = 60;
    /** Lines a task's text may run on over; bounds the work a line without an assignment can cause. */
    private static final int MAX_CONTINUATION_LINES = 20;
    private static final int MAX_BRACKET_JOIN = 5;
    private static final String SENTENCE_END = "。！？；：!?;:";
    private static final int UNNUMBERED_RANK = 99;
    private static final int LEADER_HEADING_RANK = -1;

    private final Findings findings;
    private final RoleTableReader tables;
    final List<TaskDraft> drafts = new ArrayList<>();
    /** Open items, outermost first; index 0 is the document itself (or the current part). */
    private final List<Item> stack = new ArrayList<>();
    private final List<Line> buffer = new ArrayList<>();
    private TaskKind part = TaskKind.KEY;
    private String action;
    private int lastLine;

    /** @param chosen the roles the clerk gave the columns of tables with these headers */
    OutlineReader(Findings findings, List<Reading.TableRoles> chosen) {
        this.findings = findings;
        this.tables = new RoleTableReader(this, findings, chosen);
        stack.add(Item.root());
    }

    /** A plain line waiting to be told apart: text of an unnumbered task, an action line, or prose. */
    private record Line(String text, Place place, boolean afterGap) {
    }

    /** Every table met, as read (for the preview's column roles). */
    List<ParsedDocument.TableLayout> tableLayouts() {
        return tables.layouts();
    }

    void read(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Table table) {
                beforeTable();
                tables.read(table);
                continue;
            }
            Block.Paragraph paragraph = (Block.Paragraph) blocks.get(i);
            Place place = paragraph.place();
            boolean gap = place.line() > lastLine + 1;
            String text = paragraph.text();
            int depth = Brackets.depthAtEnd(text);
            int j = i;
            // a bracket left open runs on into the next lines: a wrapped assignment
            while (depth > 0 && j + 1 < blocks.size() && j + 1 - i < MAX_BRACKET_JOIN
                    && blocks.get(j + 1) instanceof Block.Paragraph next && !startsEntry(next.text())) {
                text = text + next.text();
                depth = Brackets.depthAtEnd(text);
                j++;
            }
            lastLine = blocks.get(j).place().line();
            i = j;
            if (depth != 0 && meansAssignment(text)) {
                findings.problem(place, depth > 0
                        ? "括号不配对：这一行有左括号没有闭合，请补上右括号"
                        : "括号不配对：这一行的右括号前面没有左括号，请补上左括号或删去它");
                continue;
            }
            accept(text, place, gap);
        }
        closeAll();
    }

    /** One line of running text (also a table row that is not part of a role table). */
    void accept(String text, Place place, boolean gap) {
        if (text.isEmpty()) {
            return;
        }
        Optional<TaskNumbering.Number> number = TaskNumbering.read(text);
        if (number.isEmpty() && text.length() <= MAX_PART_HEADER && PART_HEADER.matcher(text).matches()
                && !hasAssignment(text)) {
            closeAll();
            buffer.clear();
            part = LIVELIHOOD.matcher(text).matches() ? TaskKind.LIVELIHOOD : TaskKind.KEY;
            action = null;
            return;
        }
        if (number.isPresent()) {
            open(number.get(), text, place);
            return;
        }
        if (isKeyLine(text)) {
            attachKeyLine(text, place);
            return;
        }
        if (text.length() <= MAX_ACTION_LENGTH && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) < 0) {
            List<String> leaders = LeaderHeading.leadersIn(text);
            if (!leaders.isEmpty()) {
                closeWhile(LEADER_HEADING_RANK);
                buffer.clear();
                Item heading = new Item(LEADER_HEADING_RANK, null, place, false, false);
                heading.text.append(text);
                heading.headingLeaders = leaders;
                stack.add(heading);
                return;
            }
        }
        Item top = top();
        if (!gap && buffer.isEmpty() && top.acceptsContinuation()) {
            top.append(text, hasAssignment(text));
            return;
        }
        if (hasAssignment(text)) {
            Line group = takeGroup(new Line(text, place, gap));
            closeTasks();
            Item item = new Item(UNNUMBERED_RANK, null, group.place(), false, false);
            item.unnumberedBlock = true;
            item.action = action;
            item.append(group.text(), true);
            stack.add(item);
            return;
        }
        buffer.add(new Line(text, place, gap));
    }

    private void open(TaskNumbering.Number number, String text, Place place) {
        int rank = number.level().rank;
        closeWhile(rank);
        takeActionLines();
        boolean assigned = hasAssignment(number.rest());
        boolean headingLike = number.level().headingLike();
        Item item = new Item(rank, number.numeral(), place, headingLike,
                headingLike && !assigned && text.length() > MAX_HEADING_LENGTH);
        item.append(number.rest(), assigned);
        if (headingLike && !assigned) {
            action = null;
            item.headingLeaders = LeaderHeading.leadersIn(number.rest());
            item.headingUnits = LeaderHeading.leadUnitsIn(number.rest());
        }
        item.action = action;
        stack.add(item);
    }

    private void attachKeyLine(String text, Place place) {
        List<AssignmentReader.Label> labels = AssignmentReader.labels(text, 1);
        if (!labels.isEmpty() && labels.getFirst().start() == 0 && RoleLabel.ofColumn(labels.getFirst().name())
                .filter(l -> l.role() == Role.TASK && !l.byPattern()).isPresent()) {
            // 工作任务：… opens a task of a key-line layout
            closeTasks();
            takeActionLines();
            Item item = new Item(UNNUMBERED_RANK, null, place, false, false);
            item.action = action;
            item.append(text.substring(labels.getFirst().valueStart()).strip(), false);
            stack.add(item);
            return;
        }
        boolean naming = namesSomeone(text);
        if (!buffer.isEmpty() && naming) {
            Line group = takeGroup(null);
            closeTasks();
            Item item = new Item(UNNUMBERED_RANK, null, group.place(), false, false);
            item.action = action;
            item.append(group.text(), false);
            stack.add(item);
        }
        Item target = top();
        if (target.rank == Integer.MIN_VALUE) {
            if (naming) {
                findings.problem(place, "这条分工（责任领导、牵头单位或责任单位）前面没有任务：请把它移到所属任务的后面");
            }
            return;
        }
        target.keyLines.add(new Line(keyText(text), place, false));
        target.namingKeyLines += naming ? 1 : 0;
    }

    /**
     * The paragraph a key line belongs to: the last lines of the buffer that read as one paragraph
     * (none but the last ends a sentence, no blank line between them). Earlier lines are prose.
     */
    private Line takeGroup(Line last) {
        List<Line> lines = new ArrayList<>(buffer);
        if (last != null) {
            lines.add(last);
        }
        buffer.clear();
        int start = lines.size() - 1;
        while (start > 0 && !lines.get(start).afterGap()
                && SENTENCE_END.indexOf(lastChar(lines.get(start - 1).text())) < 0) {
            start--;
        }
        StringBuilder text = new StringBuilder();
        for (int k = start; k < lines.size(); k++) {
            text.append(lines.get(k).text());
        }
        return new Line(text.toString(), lines.get(start).place(), false);
    }

    /** Short lines between a heading and its tasks are action lines (大力实施…行动。). */
    private void takeActionLines() {
        for (Line line : buffer) {
            if (part == TaskKind.KEY && line.text().length() <= MAX_ACTION_LENGTH) {
                action = stripEnd(line.text());
            }
        }
        buffer.clear();
    }

    /** A table's tasks stand under the open headings, not under a task that happens to precede it. */
    private void beforeTable() {
        takeActionLines();
        closeTasks();
    }

    /** Closes the open items that are tasks: what comes next cannot stand inside them. */
    private void closeTasks() {
        while (top().rank != Integer.MIN_VALUE && (top().hasBlocks() || top().rank == UNNUMBERED_RANK)) {
            close(stack.removeLast());
        }
    }

    private void closeWhile(int rank) {
        while (top().rank >= rank) {
            close(stack.removeLast());
        }
    }

    private void closeAll() {
        while (stack.size() > 1) {
            close(stack.removeLast());
        }
        stack.set(0, Item.root());
    }

    private Item top() {
        return stack.getLast();
    }

    /**
     * A numbered item without an assignment among numbered tasks is a task whose assignment is
     * missing: one after an assigned sibling, or just before the next number of an assigned one.
     * Numbered paragraphs elsewhere (the notice's own 一、二、 or 1. 2. requirements) are prose.
     */
    private void close(Item item) {
        Item parent = top();
        Item previousLeaf = parent.pendingLeaf;
        parent.pendingLeaf = null;
        if (item.hasBlocks() || underUnitHeading(item)) {
            if (previousLeaf != null && previousLeaf.rank == item.rank
                    && TaskNumbering.consecutive(previousLeaf.numeral, item.numeral)) {
                missingAssignment(previousLeaf);
            }
            parent.assignedChildRanks.add(item.rank);
            if (item.assignedDescendant) {
                item.keyLineAssignment(findings); // a heading's assignment is checked like a task's
                for (Brackets.Span span : assignmentSpans(item.text.toString())) {
                    readBlock(span.content(), item.place, findings);
                }
                return;
            }
            emit(item, parent);
            return;
        }
        if (item.hasChildren || item.rank < 0 || item.prose || item.numeral == null) {
            return;
        }
        if (parent.assignedChildRanks.contains(item.rank)) {
            missingAssignment(item);
        } else {
            parent.pendingLeaf = item;
        }
    }

    /** A numbered leaf under a heading that names its lead unit is one of that unit's tasks. */
    private boolean underUnitHeading(Item item) {
        if (item.numeral == null || item.hasChildren || item.prose || item.rank < 0) {
            return false;
        }
        for (Item ancestor : stack) {
            if (!ancestor.headingUnits.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A task the reader cannot place is left out with a warning: it never refuses the other tasks. */
    private void missingAssignment(Item item) {
        findings.warning(item.place, "任务" + item.numeral + "没有分工（责任领导、牵头单位或责任单位），未导入："
                + "请在任务后面写明，如「（牵头单位：某某局）」，再导入一次");
    }

    /**
     * One task per assignment block: a 民生实事 item such as 打通裕民大道（…）、汉东东路延伸段（…）
     * becomes one task per road, each titled by the text before its block.
     */
    private void emit(Item item, Item parent) {
        String full = item.text.toString();
        List<Brackets.Span> spans = assignmentSpans(full);
        String withoutBlocks = remove(full, spans);
        Optional<Assignment> shared = item.keyLineAssignment(findings);
        if (spans.size() <= 1) {
            Optional<Assignment> own = spans.isEmpty() ? Optional.of(Assignment.empty())
                    : readSpan(spans.getFirst(), full, item.place);
            own.flatMap(a -> shared.map(s -> {
                a.addAll(s);
                return a;
            })).ifPresent(a -> addDraft(item, 0, part == TaskKind.LIVELIHOOD ? withoutBlocks : null, withoutBlocks, a));
            return;
        }
        int from = 0;
        for (int k = 0; k < spans.size(); k++) {
            Brackets.Span span = spans.get(k);
            String title = stripStart(full.substring(from, span.start()));
            from = span.end() + 1;
            int partNo = k + 1;
            readSpan(span, full, item.place).flatMap(a -> shared.map(s -> {
                a.addAll(s.copy());
                return a;
            })).ifPresent(a -> addDraft(item, partNo, withoutBlocks, title, a));
        }
    }

    private void addDraft(Item item, int partNo, String itemText, String text, Assignment own) {
        List<Item> ancestors = stack.subList(1, stack.size());
        TaskKind kind = part;
        String label = item.numeral == null ? "at " + item.place.where() : item.numeral;
        draft(item.numeral, partNo, itemText, text.strip(), own, item.place, item.unnumberedBlock, null,
                item.action, ancestors, label, kind);
    }

    /** A task from a role table, standing under the open headings. */
    void tableTask(String numeral, String text, Assignment own, Place place, String category) {
        String label = numeral == null ? "at " + place.where() : numeral;
        draft(numeral, 0, null, text, own, place, false, category, action, stack.subList(1, stack.size()), label, part);
    }

    private void draft(String numeral, int partNo, String itemText, String text, Assignment own, Place place,
            boolean unnumberedBlock, String category, String itemAction, List<Item> ancestors, String label,
            TaskKind kind) {
        inherit(own, ancestors, place, label);
        List<String> outer = new ArrayList<>();
        StringBuilder sectionNo = new StringBuilder();
        String section = null;
        for (Item ancestor : ancestors) {
            ancestor.assignedDescendant = true;
            ancestor.hasChildren = true;
            if (ancestor.numeral != null) {
                outer.add(ancestor.numeral);
                sectionNo.append(sectionNo.isEmpty() ? "" : ".").append(ancestor.numeral);
            }
            if (ancestor.rank != UNNUMBERED_RANK) {
                section = stripEnd(ancestor.headingText());
            }
        }
        if (category != null) {
            section = category;
        }
        boolean key = kind == TaskKind.KEY;
        drafts.add(new TaskDraft(numeral, outer, partNo, kind,
                key && !sectionNo.isEmpty() && category == null ? sectionNo.toString() : null,
                key ? section : null, key ? itemAction : null, itemText, text, own, place, unnumberedBlock));
    }

    /** Roles a task leaves out are taken from the nearest heading that names them, and the user is told. */
    private void inherit(Assignment own, List<Item> ancestors, Place place, String label) {
        if (own.leaders().isEmpty()) {
            for (int k = ancestors.size() - 1; k >= 0; k--) {
                List<String> leaders = ancestors.get(k).leaders(findings);
                if (!leaders.isEmpty()) {
                    own.leaders().addAll(leaders);
                    findings.warning(place, "任务" + label + "的责任领导" + String.join("、", leaders)
                            + "取自" + ancestors.get(k).place.where() + "的标题；如果不对，请在任务后写明责任领导");
                    break;
                }
            }
        }
        if (!own.namesUnits()) {
            for (int k = ancestors.size() - 1; k >= 0; k--) {
                Assignment heading = ancestors.get(k).own(findings);
                if (heading.namesUnits()) {
                    own.leadUnits().addAll(heading.leadUnits());
                    own.responsibleUnits().addAll(heading.responsibleUnits());
                    findings.warning(place, "任务" + label + "的单位取自"
                            + ancestors.get(k).place.where() + "的标题；如果不对，请在任务后写明单位");
                    break;
                }
            }
        }
        if (own.deadlines().isEmpty()) {
            for (int k = ancestors.size() - 1; k >= 0; k--) {
                Assignment heading = ancestors.get(k).own(findings);
                if (!heading.deadlines().isEmpty()) {
                    own.deadlines().addAll(heading.deadlines());
                    break;
                }
            }
        }
    }

    // ------------------------------------------------------------------ classifying text

    private static boolean startsEntry(String line) {
        return TaskNumbering.read(line).isPresent();
    }

    /** Does a key line name a leader or a unit, rather than only a deadline? */
    private static boolean namesSomeone(String text) {
        String block = keyText(text);
        if (!AssignmentReader.looksLikeAssignment(block)) {
            return true; // an unlabelled bracket: units with verbs
        }
        for (AssignmentReader.Label label : AssignmentReader.labels(block, Integer.MAX_VALUE)) {
            if (RoleLabel.ofKey(label.name()).map(l -> l.role().namesSomeone()).orElse(RoleLabel.meantAsRole(label.name()))) {
                return true;
            }
        }
        return false;
    }

    /** A line opening with a role label, or wholly a bracketed assignment: it belongs to the task above. */
    private static boolean isKeyLine(String text) {
        if (AssignmentReader.looksLikeAssignment(text)) {
            return true;
        }
        return Brackets.isOpen(text.charAt(0)) && wholeSpan(text) != null;
    }

    private static String keyText(String text) {
        Brackets.Span span = Brackets.isOpen(text.charAt(0)) ? wholeSpan(text) : null;
        return span != null ? span.content() : text;
    }

    /** The one bracket that makes up the whole line (but for final punctuation), when it holds an assignment. */
    private static Brackets.Span wholeSpan(String text) {
        List<Brackets.Span> spans = Brackets.topLevelSpans(text);
        if (spans.size() != 1 || spans.getFirst().start() != 0
                || !AssignmentReader.stripTrailing(text.substring(spans.getFirst().end() + 1)).isEmpty()) {
            return null;
        }
        String content = spans.getFirst().content();
        return AssignmentReader.looksLikeAssignment(content)
                || UnlabelledAssignmentReader.read(content, Role.RESPONSIBLE).isPresent() ? spans.getFirst() : null;
    }

    /** Does an unbalanced line mean an assignment, so that the broken bracket must be reported? */
    private static boolean meansAssignment(String text) {
        return AssignmentReader.mentionsRoleLabel(text) || AssignmentReader.looksLikeAssignment(afterFirstBracket(text));
    }

    static boolean hasAssignment(String text) {
        return !assignmentSpans(text).isEmpty();
    }

    /**
     * Brackets holding an assignment: labelled ones anywhere (（责任领导：…；牵头单位：…）), an unlabelled
     * one (（市发改委牵头，市财政局配合）) only at the very end of the text, where notices put it.
     */
    static List<Brackets.Span> assignmentSpans(String text) {
        if (text.indexOf('）') < 0 && text.indexOf(')') < 0 && text.indexOf('〕') < 0 && text.indexOf('】') < 0
                && text.indexOf(']') < 0) {
            return List.of();
        }
        List<Brackets.Span> all = Brackets.topLevelSpans(text);
        List<Brackets.Span> spans = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            Brackets.Span span = all.get(k);
            if (AssignmentReader.looksLikeAssignment(span.content())) {
                spans.add(span);
            } else if (k == all.size() - 1 && AssignmentReader.stripTrailing(text.substring(span.end() + 1)).isEmpty()
                    && UnlabelledAssignmentReader.read(span.content(), Role.RESPONSIBLE).isPresent()) {
                spans.add(span);
            }
        }
        return spans;
    }

    private Optional<Assignment> readSpan(Brackets.Span span, String text, Place place) {
        return readBlock(span.content(), place, findings);
    }

    /** A labelled block, or else an unlabelled one. */
    static Optional<Assignment> readBlock(String content, Place place, Findings findings) {
        if (AssignmentReader.looksLikeAssignment(content)) {
            return AssignmentReader.read(content, place, findings);
        }
        Optional<Assignment> unlabelled = UnlabelledAssignmentReader.read(content, Role.RESPONSIBLE);
        if (unlabelled.isEmpty()) {
            findings.problem(place, "读不出分工「" + content + "」：请写成「牵头单位：某某局；责任单位：某某局」的样子");
        }
        return unlabelled;
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

    private static String afterFirstBracket(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Brackets.isOpen(line.charAt(i))) {
                return line.substring(i + 1);
            }
        }
        return "";
    }

    private static char lastChar(String text) {
        return text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
    }

    private static String stripStart(String text) {
        int start = 0;
        while (start < text.length() && "、，,；;。 ".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return text.substring(start).strip();
    }

    static String stripEnd(String text) {
        int end = text.length();
        while (end > 0 && "。.：:；; \t".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    /** An open numbered item (or an unnumbered task, or a leader's heading) of the outline. */
    private static final class Item {
        final int rank;
        String numeral;
        final Place place;
        final boolean headingLike;
        final boolean prose;
        final StringBuilder text = new StringBuilder();
        final List<Line> keyLines = new ArrayList<>();
        final Set<Integer> assignedChildRanks = new HashSet<>();
        List<String> headingLeaders = List.of();
        /** Lead units the heading names (一、县示范区管委会牵头工作): the items under it are its tasks. */
        List<UnitRef> headingUnits = List.of();
        /** The last child closed, when it was a numbered item without an assignment. */
        Item pendingLeaf;
        String action;
        boolean spansInText;
        boolean hasChildren;
        boolean assignedDescendant;
        boolean unnumberedBlock;
        int continuationLines;
        int namingKeyLines;
        private Assignment own;

        Item(int rank, String numeral, Place place, boolean headingLike, boolean prose) {
            this.rank = rank;
            this.numeral = numeral;
            this.place = place;
            this.headingLike = headingLike;
            this.prose = prose;
        }

        static Item root() {
            return new Item(Integer.MIN_VALUE, null, new Place(1, "第1行"), true, false);
        }

        void append(String line, boolean withAssignment) {
            text.append(line);
            spansInText |= withAssignment;
            continuationLines++;
        }

        /** An assignment that names someone: a deadline alone does not make a task. */
        boolean hasBlocks() {
            return spansInText || namingKeyLines > 0;
        }

        /** Task text runs on over the next lines until its assignment; headings do not. */
        boolean acceptsContinuation() {
            return rank >= 0 && !headingLike && !hasBlocks() && keyLines.isEmpty() && !hasChildren
                    && continuationLines < MAX_CONTINUATION_LINES;
        }

        String headingText() {
            return text.toString();
        }

        /** The item's own assignment, read once (its reading adds problems only once). */
        Assignment own(Findings findings) {
            if (own == null) {
                own = Assignment.empty();
                if (spansInText) {
                    String full = text.toString();
                    for (Brackets.Span span : assignmentSpans(full)) {
                        readBlock(span.content(), place, new Findings()).ifPresent(own::addAll);
                    }
                }
                for (Line line : keyLines) {
                    readBlock(line.text(), line.place(), new Findings()).ifPresent(own::addAll);
                }
                own.leadUnits().addAll(headingUnits);
            }
            return own;
        }

        List<String> leaders(Findings findings) {
            List<String> leaders = own(findings).leaders();
            return leaders.isEmpty() ? headingLeaders : leaders;
        }

        Optional<Assignment> keyLineAssignment(Findings findings) {
            Assignment all = Assignment.empty();
            boolean readable = true;
            for (Line line : keyLines) {
                Optional<Assignment> read = readBlock(line.text(), line.place(), findings);
                read.ifPresent(all::addAll);
                readable &= read.isPresent();
            }
            return readable ? Optional.of(all) : Optional.empty();
        }
    }
}
