package org.respnet.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    private final OutlineReader outline;
    private final Findings findings;
    private Columns previous;

    RoleTableReader(OutlineReader outline, Findings findings) {
        this.outline = outline;
        this.findings = findings;
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
        List<Block.Row> rows = table.rows();
        int start = -1;
        Columns columns = null;
        for (int i = 0; i < rows.size() && columns == null; i++) {
            List<String> cells = rows.get(i).cells();
            Optional<Columns> found = header(cells);
            if (found.isEmpty() && i + 1 < rows.size()) {
                found = twoRowHeader(cells, rows.get(i + 1).cells());
                if (found.isPresent()) {
                    i++;
                }
            }
            if (found.isPresent()) {
                columns = found.get();
                start = i + 1;
                for (int k = 0; k < i && k < rows.size(); k++) {
                    asText(rows.get(k));
                }
                warnAboutTitles(columns, rows.get(i).place());
            }
        }
        if (columns == null && previous != null && !rows.isEmpty() && rows.getFirst().cells().size() == previous.width()) {
            columns = previous;
            start = 0;
        }
        if (columns == null) {
            rows.forEach(this::asText);
            return;
        }
        previous = columns;
        new RowWalk(columns).read(rows.subList(start, rows.size()));
    }

    /** 序号 | 工作任务 | 责任分工 (merged) over 牵头单位 | 责任单位: the lower row names the roles. */
    private static Optional<Columns> twoRowHeader(List<String> upper, List<String> lower) {
        Map<Integer, RoleLabel> roles = new LinkedHashMap<>();
        for (int i = 0; i < Math.max(upper.size(), lower.size()); i++) {
            int column = i;
            Optional<RoleLabel> below = i < lower.size() ? RoleLabel.ofColumn(lower.get(i)) : Optional.empty();
            Optional<RoleLabel> above = i < upper.size() ? RoleLabel.ofColumn(upper.get(i)) : Optional.empty();
            below.or(() -> above).ifPresent(label -> roles.put(column, label));
        }
        boolean upperHasRoles = upper.stream().map(RoleLabel::ofColumn)
                .anyMatch(l -> l.filter(label -> label.role().namesSomeone()).isPresent());
        Columns columns = new Columns(roles, Math.max(upper.size(), lower.size()));
        return !upperHasRoles && columns.readsTasks() ? Optional.of(columns) : Optional.empty();
    }

    private void warnAboutTitles(Columns columns, Place place) {
        columns.roles().values().stream().filter(RoleLabel::byPattern).forEach(label -> findings.warning(place,
                "column 「" + label.label() + "」 is not a known title; read by its shape as " + label.role()));
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

        RowWalk(Columns columns) {
            this.columns = columns;
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
            List<String> cells = row.cells();
            if (header(cells).isPresent()) {
                return; // the header again, at the top of a new page
            }
            Set<String> values = new LinkedHashSet<>();
            cells.stream().map(String::strip).filter(c -> !c.isEmpty()).forEach(values::add);
            if (values.isEmpty()) {
                return;
            }
            String taskText = cell(cells, task);
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
                    findings.warning(row.place(), "a table row names units but no task; read past it");
                }
                return;
            }
            String serialText = serial == null ? "" : cell(cells, serial);
            if (serialText.isEmpty() && !named && pending != null && TaskNumbering.read(taskText).isEmpty()) {
                pending.text.append(taskText.replace("\n", ""));
                return;
            }
            emit();
            String numeral = TaskNumbering.serial(serialText).orElse(null);
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
                findings.warning(place, "leader " + String.join("、", sectionLeaders) + " taken from the heading on "
                        + sectionPlace.where());
            }
            if (assignment.leadUnits().isEmpty() && !sectionUnits.isEmpty()) {
                assignment.leadUnits().addAll(sectionUnits);
                findings.warning(place, "lead unit taken from the heading on " + sectionPlace.where());
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
