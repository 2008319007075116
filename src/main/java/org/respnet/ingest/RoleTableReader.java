package org.respnet.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.respnet.ingest.ParsedDocument.TableLayout.Source;
import org.respnet.ingest.extract.Block;
import org.respnet.ingest.extract.Place;

/**
 * Reads a table of tasks: finds its header row, maps columns to roles by their titles
 * ({@link RoleLabel#ofColumn}), then reads each row as a task.
 *
 * <p>What the rows may do, and how it is read:
 * <ul>
 * <li>no serial number: the task is unnumbered ({@code #k});
 * <li>an empty 责任领导 or 牵头单位 cell under a filled one is a merged cell: the value above holds.
 *     The lead unit is carried down only when the leader cell is empty too (a merged block), so a
 *     task that truly names no lead unit beside its own leader is not given its neighbour's;
 * <li>an empty task cell with names in it continues the task above (a task printed over several
 *     rows, one per unit); a task cell with no serial number and no names continues its text;
 * <li>a row holding one text only (merged across, or 一、… in the first column) is a section, as is
 *     a 重点领域 / 类别 column;
 * <li>a header repeated on every page is skipped; a table without a header that is as wide as the
 *     last role table continues it (a table split by a page break).
 * </ul>
 * A table without a role header is running text: its rows go to the outline as lines.
 */
final class RoleTableReader {

    /** Shorter than this, a cell is no task's text. */
    private static final int MIN_TASK = 6;
    private static final int MAX_DEADLINE = 30;
    private static final Pattern DEADLINE = Pattern.compile("\\d{4}年|\\d{1,2}月|年底|年内|全年|长期|持续|季度|上半年|下半年");

    /** Rows under a header shown in the preview, and how much of each cell. */
    private static final int SAMPLE_ROWS = 3;
    private static final int SAMPLE_CELL = 30;
    /** A table's header is looked for in its first rows only when no header is found: they are shown instead. */
    private static final int HEADERLESS_SCAN = 5;

    private final OutlineReader outline;
    private final Findings findings;
    private final List<Reading.TableRoles> chosen;
    private final List<ParsedDocument.TableLayout> layouts = new ArrayList<>();
    private Columns previous;
    private List<String> previousTitles;
    private int tableNumber;

    /** @param chosen the roles the clerk (or the city's reading profile) gave the columns of tables with these headers */
    RoleTableReader(OutlineReader outline, Findings findings, List<Reading.TableRoles> chosen) {
        this.outline = outline;
        this.findings = findings;
        this.chosen = chosen;
    }

    /** Every table read so far: its header, its columns' roles and where they came from. */
    List<ParsedDocument.TableLayout> layouts() {
        return List.copyOf(layouts);
    }

    /** Which role each column holds. */
    record Columns(Map<Integer, RoleLabel> roles, int width) {

        List<Integer> of(Role role) {
            return roles.entrySet().stream().filter(e -> e.getValue().role() == role).map(Map.Entry::getKey).toList();
        }

        boolean readsTasks() {
            return !of(Role.TASK).isEmpty()
                    && roles.values().stream().anyMatch(label -> label.role().namesSomeone());
        }
    }

    /** The header a row is, if it is one. */
    static Optional<Columns> header(List<String> cells) {
        Map<Integer, RoleLabel> roles = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            int column = i;
            RoleLabel.ofColumn(cells.get(i)).ifPresent(label -> roles.putIfAbsent(column, label));
        }
        Columns columns = new Columns(roles, cells.size());
        return columns.readsTasks() ? Optional.of(columns) : Optional.empty();
    }

    void read(Block.Table table) {
        tableNumber++;
        List<Block.Row> rows = table.rows();
        int start = -1;
        Columns columns = null;
        List<String> titles = null;
        Source source = Source.READER;
        for (int i = 0; i < rows.size() && columns == null; i++) {
            List<String> cells = rows.get(i).cells();
            List<String> below = i + 1 < rows.size() ? combined(cells, rows.get(i + 1).cells()) : null;
            Optional<Columns> choice = choice(cells, rows.get(i).place());
            int rowsUsed = 1;
            if (choice.isEmpty() && below != null) {
                choice = choice(below, rows.get(i).place());
                rowsUsed = 2;
            }
            Optional<Columns> found = choice;
            if (found.isPresent()) {
                source = Source.CHOSEN;
                titles = rowsUsed == 2 ? below : cells;
                i += rowsUsed - 1;
            } else if (below != null && (found = twoRowHeader(cells, rows.get(i + 1).cells())).isPresent()) {
                titles = below;
                i++;
            } else {
                found = header(cells);
                titles = cells;
            }
            if (found.isPresent()) {
                columns = found.get();
                start = i + 1;
                for (int k = 0; k < i + 1 - rowsUsed && k < rows.size(); k++) {
                    asText(rows.get(k));
                }
                if (source == Source.READER) {
                    warnAboutTitles(columns, rows.get(i).place());
                }
                layouts.add(layout(rows.get(i).place(), titles, columns, source, rows.subList(start, rows.size())));
            }
        }
        if (columns == null && previous != null && !rows.isEmpty() && rows.getFirst().cells().size() == previous.width()) {
            columns = previous;
            titles = previousTitles;
            start = 0;
        }
        if (columns == null) {
            headerless(rows);
            rows.forEach(this::asText);
            return;
        }
        previous = columns;
        previousTitles = titles;
        new RowWalk(columns, titles).read(rows.subList(start, rows.size()));
    }

    /**
     * The columns the clerk gave a table with this header, if they did. A choice naming no task column, or nobody
     * to answer for it, reads nothing: the reader reads the table as it would and says so.
     */
    private Optional<Columns> choice(List<String> cells, Place place) {
        for (Reading.TableRoles roles : chosen) {
            if (!roles.matches(cells)) {
                continue;
            }
            Map<Integer, RoleLabel> columns = new LinkedHashMap<>();
            for (int c = 0; c < cells.size(); c++) {
                String role = c < roles.roles().size() ? roles.roles().get(c) : "";
                String title = RoleLabel.normalise(cells.get(c));
                if (role.isEmpty()) {
                    int column = c;
                    RoleLabel.ofColumn(cells.get(c)).ifPresent(label -> columns.put(column, label));
                } else if (!role.equals("IGNORE")) {
                    columns.put(c, new RoleLabel(Role.valueOf(role), title, false));
                }
            }
            Columns read = new Columns(columns, cells.size());
            if (read.readsTasks()) {
                return Optional.of(read);
            }
            findings.warning(place, "为这个表格选定的列里没有「任务」列，或没有责任领导、牵头单位、责任单位列："
                    + "已按读取器自己的判断读取；请在预览中为这些列选定角色");
        }
        return Optional.empty();
    }

    /** A header on two rows read as one: a title of the lower row, else the one above it (merged down). */
    private static List<String> combined(List<String> upper, List<String> lower) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < Math.max(upper.size(), lower.size()); i++) {
            String below = i < lower.size() ? lower.get(i).strip() : "";
            titles.add(!below.isEmpty() ? below : i < upper.size() ? upper.get(i).strip() : "");
        }
        return titles;
    }

    private ParsedDocument.TableLayout layout(Place place, List<String> titles, Columns columns, Source source,
            List<Block.Row> body) {
        List<String> roles = new ArrayList<>();
        for (int c = 0; c < titles.size(); c++) {
            RoleLabel label = columns.roles().get(c);
            roles.add(label == null ? "" : label.role() == Role.NOTE ? "IGNORE" : label.role().name());
        }
        return new ParsedDocument.TableLayout(tableNumber, place.where(), titles.stream().map(String::strip).toList(),
                roles, source, sample(body));
    }

    /** A table whose header the reader did not find: its first row of several cells is offered as the header. */
    private void headerless(List<Block.Row> rows) {
        for (int i = 0; i < Math.min(rows.size() - 1, HEADERLESS_SCAN); i++) {
            List<String> cells = rows.get(i).cells();
            if (cells.stream().filter(c -> !c.isBlank()).count() >= 2) {
                layouts.add(new ParsedDocument.TableLayout(tableNumber, rows.get(i).place().where(),
                        cells.stream().map(String::strip).toList(), cells.stream().map(c -> "").toList(), Source.NONE,
                        sample(rows.subList(i + 1, rows.size()))));
                return;
            }
        }
    }

    private static List<List<String>> sample(List<Block.Row> body) {
        return body.stream().limit(SAMPLE_ROWS).map(row -> row.cells().stream()
                .map(c -> c.strip().length() > SAMPLE_CELL ? c.strip().substring(0, SAMPLE_CELL) + "…" : c.strip())
                .toList()).toList();
    }

    /**
     * 序号 | 工作任务 | 责任分工 (merged) over 牵头单位 | 责任单位: the lower row names the roles. A row of one text (a
     * title merged across the table) is no upper header row, though the header below it may look like a lower one.
     */
    private static Optional<Columns> twoRowHeader(List<String> upper, List<String> lower) {
        if (upper.stream().filter(c -> !c.isBlank()).distinct().count() < 2) {
            return Optional.empty();
        }
        Map<Integer, RoleLabel> roles = new LinkedHashMap<>();
        for (int i = 0; i < Math.max(upper.size(), lower.size()); i++) {
            int column = i;
            Optional<RoleLabel> below = i < lower.size() ? RoleLabel.ofColumn(lower.get(i)) : Optional.empty();
            Optional<RoleLabel> above = i < upper.size() ? RoleLabel.ofColumn(upper.get(i)) : Optional.empty();
            below.or(() -> above).ifPresent(label -> roles.put(column, label));
        }
        // the lower row is titles only, at least one of them a role: 责任分工 (merged) over 牵头单位 | 责任单位
        boolean lowerIsTitles = lower.stream().filter(c -> !c.isBlank())
                .allMatch(c -> RoleLabel.ofColumn(c).isPresent());
        boolean lowerHasRoles = lower.stream().map(RoleLabel::ofColumn)
                .anyMatch(l -> l.filter(label -> label.role().namesSomeone()).isPresent());
        Columns columns = new Columns(roles, Math.max(upper.size(), lower.size()));
        return lowerIsTitles && lowerHasRoles && columns.readsTasks() ? Optional.of(columns) : Optional.empty();
    }

    private void warnAboutTitles(Columns columns, Place place) {
        columns.roles().values().stream().filter(RoleLabel::byPattern).forEach(label -> findings.warning(place,
                "列名「" + label.label() + "」不常见，按字面读作" + AssignmentReader.describe(label.role())
                        + "列；如果不对，请改为常见的列名"));
    }

    /** A row that is not a task row goes to the outline as a line of text. */
    private void asText(Block.Row row) {
        List<String> cells = row.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
        if (cells.isEmpty()) {
            return;
        }
        String text;
        if (cells.size() >= 2 && TaskNumbering.serial(cells.getFirst()).isPresent()) {
            text = cells.getFirst().replaceAll("[.．、]$", "") + "." + String.join("", cells.subList(1, cells.size()));
        } else if (cells.size() == 2 && RoleLabel.ofKey(cells.getFirst()).isPresent()) {
            text = RoleLabel.normalise(cells.getFirst()) + "：" + cells.get(1);
        } else {
            text = String.join(" ", cells);
        }
        outline.accept(text.replace('\n', ' '), row.place(), false);
    }

    /** The rows under one header, read in order with what merged cells carry down. */
    private final class RowWalk {
        private final Columns columns;
        private final List<String> titles;
        private final int task;
        private final Integer serial;
        private final Integer category;
        private String section;
        private List<String> sectionLeaders = List.of();
        private List<UnitRef> sectionUnits = List.of();
        private Place sectionPlace;
        private List<String> carriedLeaders = List.of();
        private List<UnitRef> carriedLead = List.of();
        private String carriedDeadline;
        private Pending pending;
        private String goal;
        private String goalSerial;

        RowWalk(Columns columns, List<String> titles) {
            this.columns = columns;
            this.titles = Reading.TableRoles.signature(titles);
            this.task = columns.of(Role.TASK).getFirst();
            this.serial = columns.of(Role.SERIAL).stream().findFirst().orElse(null);
            this.category = columns.of(Role.CATEGORY).stream().findFirst().orElse(null);
        }

        void read(List<Block.Row> rows) {
            for (Block.Row row : rows) {
                readRow(row);
            }
            emit();
        }

        private void readRow(Block.Row row) {
            if (header(row.cells()).isPresent() || Reading.TableRoles.signature(row.cells()).equals(titles)) {
                return; // the header again, at the top of a new page
            }
            List<String> cells = isShort(row.cells()) ? aligned(row.cells()) : row.cells();
            Set<String> values = new LinkedHashSet<>();
            cells.stream().map(String::strip).filter(c -> !c.isEmpty()).forEach(values::add);
            if (values.isEmpty()) {
                return;
            }
            String taskText = cell(cells, task);
            String serialText = serial == null ? "" : cell(cells, serial);
            Optional<TaskNumbering.Number> subTask = subTask(cells);
            if (subTask.isPresent()) {
                // 目标名称 | 工作标准 (1)…(2)…: each numbered standard is a task of the goal's row
                if (!taskText.isEmpty()) {
                    goal = taskText.replace("\n", "");
                }
                goalSerial = TaskNumbering.serial(serialText).orElse(goalSerial);
                section = goal;
                taskText = subTask.get().rest();
                serialText = goalSerial == null ? "" : goalSerial + "(" + subTask.get().numeral() + ")";
            }
            boolean named = namesSomeone(cells);
            if (isSectionRow(cells, values, taskText, named)) {
                emit();
                String heading = OutlineReader.stripEnd(values.iterator().next().replace("\n", ""));
                section = TaskNumbering.read(heading).map(TaskNumbering.Number::rest).orElse(heading);
                sectionLeaders = LeaderHeading.leadersIn(section);
                sectionUnits = LeaderHeading.leadUnitsIn(section);
                sectionPlace = row.place();
                carriedLeaders = List.of();
                carriedLead = List.of();
                carriedDeadline = null;
                return;
            }
            if (category != null && !cell(cells, category).isEmpty()) {
                section = cell(cells, category).replace("\n", "");
            }
            if (taskText.isEmpty()) {
                if (!named) {
                    return;
                }
                if (pending != null) {
                    pending.assignment.addAll(assignment(cells, false, row.place()));
                } else {
                    findings.warning(row.place(), "表格这一行写有单位却没有任务，已跳过：请把单位填到所属任务的那一行");
                }
                return;
            }
            if (serialText.isEmpty() && !named && pending != null && TaskNumbering.read(taskText).isEmpty()) {
                pending.text.append(taskText.replace("\n", ""));
                return;
            }
            emit();
            String numeral = subTask.isPresent() && !serialText.isEmpty() ? serialText
                    : TaskNumbering.serial(serialText).orElse(null);
            String text = taskText.replace("\n", "");
            if (numeral == null) {
                Optional<TaskNumbering.Number> printed = TaskNumbering.read(text);
                if (printed.isPresent()) {
                    numeral = printed.get().numeral();
                    text = printed.get().rest();
                }
            }
            pending = new Pending(numeral, new StringBuilder(text), assignment(cells, true, row.place()), row.place(), section);
        }

        /**
         * A row with fewer cells than the header (cells merged down from the rows above, or lost in
         * a copy): each cell goes to the next column, in order, whose kind it has — a serial number,
         * prose for the task, person names for leaders, unit lists for the unit columns, a date —
         * so a missing cell does not shift the rest of the row.
         */
        private List<String> aligned(List<String> printed) {
            List<String> cells = printed.stream().filter(c -> !c.isBlank()).toList();
            if (cells.size() <= 1) {
                return printed;
            }
            String[] placed = new String[columns.width()];
            java.util.Arrays.fill(placed, "");
            int next = 0;
            for (String cell : cells) {
                int column = next;
                while (column < placed.length && !fits(column, cell)) {
                    column++;
                }
                if (column == placed.length) {
                    return printed; // a cell of no column's kind: leave the row as printed
                }
                placed[column] = cell;
                next = column + 1;
            }
            return List.of(placed);
        }

        /**
         * Fewer cells than the header, or its cells packed to the left (empty at the end) with one
         * in a column not of its kind: cells of merged columns are missing from this row.
         */
        private boolean isShort(List<String> cells) {
            if (cells.size() < columns.width()) {
                return true;
            }
            if (!cells.getLast().isBlank()) {
                return false;
            }
            for (int c = 0; c < cells.size(); c++) {
                RoleLabel label = columns.roles().get(c);
                if (!cells.get(c).isBlank() && label != null && label.role() != Role.NOTE
                        && label.role() != Role.CATEGORY && !fits(c, cells.get(c))) {
                    return true;
                }
            }
            return false;
        }

        private boolean fits(int column, String cell) {
            RoleLabel label = columns.roles().get(column);
            if (label == null) {
                return false;
            }
            String text = cell.strip();
            return switch (label.role()) {
                case SERIAL -> TaskNumbering.serial(text).isPresent();
                case TASK -> text.length() >= MIN_TASK && !UnitShape.isUnitList(text) && !UnitShape.isPersonList(text);
                case LEADER -> UnitShape.isPersonList(text);
                case LEAD, RESPONSIBLE -> UnitShape.isUnitList(text) || AssignmentReader.looksLikeAssignment(text);
                case DEADLINE -> text.length() <= MAX_DEADLINE && DEADLINE.matcher(text).find();
                default -> false;
            };
        }

        /** The numbered sub-task in a second task column (工作标准 beside 目标名称), if the row has one. */
        private Optional<TaskNumbering.Number> subTask(List<String> cells) {
            List<Integer> taskColumns = columns.of(Role.TASK);
            if (taskColumns.size() < 2) {
                return Optional.empty();
            }
            String detail = cell(cells, taskColumns.getLast()).replace("\n", "");
            return TaskNumbering.read(detail).filter(n -> !n.level().headingLike());
        }

        /** One text across the row (a merged cell) or a numbered heading with nothing else: a section. */
        private boolean isSectionRow(List<String> cells, Set<String> values, String taskText, boolean named) {
            if (values.size() != 1) {
                return false;
            }
            String value = values.iterator().next();
            long copies = cells.stream().filter(c -> c.strip().equals(value)).count();
            if (copies >= 2) {
                return true; // one cell merged across the row, repeated by the extractor
            }
            if (named) {
                return false;
            }
            Optional<TaskNumbering.Number> number = TaskNumbering.read(value);
            if (number.isPresent() && number.get().level().headingLike()) {
                return true;
            }
            // a lone text outside the task column (in the serial column, say) heads the rows below it
            return taskText.isEmpty() && (serial == null || TaskNumbering.serial(cell(cells, serial)).isEmpty())
                    || taskText.equals(value) && pending == null;
        }

        private boolean namesSomeone(List<String> cells) {
            for (Map.Entry<Integer, RoleLabel> column : columns.roles().entrySet()) {
                if (column.getValue().role().namesSomeone() && !cell(cells, column.getKey()).isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        private Assignment assignment(List<String> cells, boolean newTask, Place place) {
            Assignment assignment = Assignment.empty();
            boolean leaderCellEmpty = true;
            boolean leadCellEmpty = true;
            for (Map.Entry<Integer, RoleLabel> column : columns.roles().entrySet()) {
                String value = cell(cells, column.getKey());
                Role role = column.getValue().role();
                if (role == Role.LEADER && !value.isEmpty()) {
                    leaderCellEmpty = false;
                }
                if (role == Role.LEAD && !value.isEmpty()) {
                    leadCellEmpty = false;
                }
                if (value.isEmpty() || !role.namesSomeone() && role != Role.DEADLINE) {
                    continue;
                }
                if (AssignmentReader.looksLikeAssignment(value)) {
                    AssignmentReader.read(value.replace('\n', '；'), place, findings).ifPresent(assignment::addAll);
                } else {
                    AssignmentReader.readValue(role, value, assignment);
                }
            }
            for (int extra = columns.width(); extra < cells.size(); extra++) {
                String value = cells.get(extra).strip();
                if (AssignmentReader.looksLikeAssignment(value)) { // 省牵头单位:… printed after the row
                    AssignmentReader.read(value, place, findings).ifPresent(assignment::addAll);
                }
            }
            if (!newTask) {
                return assignment;
            }
            if (assignment.leaders().isEmpty() && !sectionLeaders.isEmpty()) {
                assignment.leaders().addAll(sectionLeaders);
                findings.warning(place, "责任领导" + String.join("、", sectionLeaders) + "取自" + sectionPlace.where()
                        + "的标题；如果不对，请在这一行写明责任领导");
            }
            if (assignment.leadUnits().isEmpty() && !sectionUnits.isEmpty()) {
                assignment.leadUnits().addAll(sectionUnits);
                findings.warning(place, "牵头单位取自" + sectionPlace.where() + "的标题；如果不对，请在这一行写明牵头单位");
            }
            boolean hasLeaderColumn = !columns.of(Role.LEADER).isEmpty();
            if (hasLeaderColumn && leaderCellEmpty) {
                assignment.leaders().addAll(carriedLeaders);
            }
            if (leadCellEmpty && (leaderCellEmpty || !hasLeaderColumn) && assignment.leadUnits().isEmpty()
                    && !columns.of(Role.LEAD).isEmpty()) {
                assignment.leadUnits().addAll(carriedLead);
            }
            if (assignment.deadlines().isEmpty() && carriedDeadline != null) {
                assignment.deadlines().add(carriedDeadline);
            }
            carriedLeaders = List.copyOf(assignment.leaders());
            carriedLead = List.copyOf(assignment.leadUnits());
            carriedDeadline = assignment.deadlines().isEmpty() ? null : assignment.deadlines().getFirst();
            return assignment;
        }

        private void emit() {
            if (pending != null) {
                outline.tableTask(pending.numeral, pending.text.toString().strip(), pending.assignment, pending.place,
                        pending.section);
                pending = null;
            }
        }

        private String cell(List<String> cells, int column) {
            return column < cells.size() ? cells.get(column).strip() : "";
        }
    }

    /** A task row being read; rows below may still add to it. */
    private record Pending(String numeral, StringBuilder text, Assignment assignment, Place place, String section) {
    }
}
