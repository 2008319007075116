package org.respnet.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the clerk told the reader in the preview, where it could not tell by itself: the role of each column of a
 * table (found by its header), the lead rule, and a task's units as they should be. The part that holds for other
 * documents of the same city ({@link #profile()}: columns, lead rule, phrases that are no unit) is kept as the
 * city's reading profile and applied again to its next document with the same headers.
 *
 * @param tables   per table header, the role of each column; a blank role leaves the column as the reader reads it
 * @param lead     which units lead when a task names none itself
 * @param rows     per task number, its leaders and units as the clerk wrote them (this document only)
 * @param notUnits phrases read as units that are none (不再逐一列出, 数据提供单位 …): dropped wherever they stand
 * @param marked   paragraphs the clerk marked as tasks, with their roles, where the reader found none
 */
public record Reading(List<TableRoles> tables, LeadChoice lead, Map<String, RowUnits> rows, List<String> notUnits,
        List<MarkedTask> marked) {

    /** Nothing chosen: the reader reads as it would. */
    public static final Reading NONE = new Reading(List.of(), LeadChoice.AUTO, Map.of(), List.of(), List.of());

    /** The roles a column may be given, as the preview names them. */
    public static final Map<String, String> COLUMN_ROLES = columnRoles();

    public Reading {
        tables = tables == null ? List.of() : List.copyOf(tables);
        lead = lead == null ? LeadChoice.AUTO : lead;
        rows = rows == null ? Map.of() : Map.copyOf(rows);
        notUnits = notUnits == null ? List.of() : notUnits.stream().map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
        marked = marked == null ? List.of() : List.copyOf(marked);
    }

    /** Without paragraphs marked as tasks. */
    public Reading(List<TableRoles> tables, LeadChoice lead, Map<String, RowUnits> rows, List<String> notUnits) {
        this(tables, lead, rows, notUnits, List.of());
    }

    /**
     * A paragraph the clerk marked as a task: its line in the document's text (one line per paragraph and per table
     * row, as the preview lists them) and who answers for it.
     */
    public record MarkedTask(int line, RowUnits units) {
    }

    /** A table's header as printed and the role the clerk gave each of its columns. */
    public record TableRoles(List<String> header, List<String> roles) {

        public TableRoles {
            header = List.copyOf(header);
            roles = roles == null ? List.of() : roles.stream().map(r -> r == null ? "" : r.strip()).toList();
            for (String role : roles) {
                if (!role.isEmpty() && !COLUMN_ROLES.containsKey(role)) {
                    throw new IllegalArgumentException("列的角色「" + role + "」无法识别：可选"
                            + String.join("、", COLUMN_ROLES.values()));
                }
            }
        }

        /** Whether a table row is this header: the same titles, spaces and trailing empty cells aside. */
        boolean matches(List<String> cells) {
            return signature(cells).equals(signature(header));
        }

        /** The header as one key: titles without spaces, joined by |. */
        public String key() {
            return String.join("|", signature(header));
        }

        static List<String> signature(List<String> cells) {
            List<String> titles = new ArrayList<>(cells.stream().map(c -> c.replaceAll("\\s+", "")).toList());
            while (!titles.isEmpty() && titles.getLast().isEmpty()) {
                titles.removeLast();
            }
            return titles;
        }
    }

    /** How lead units are found when a task names none: as the document states, or as the clerk says. */
    public enum LeadChoice {
        /** As the document says (a stated rule, ▲ marks). */
        AUTO,
        /** Only units named or marked as leading lead; no rule. */
        NONE,
        /** The first unit listed leads. */
        FIRST_LISTED,
        /** Every unit listed leads. */
        EVERY;

        TaskAssembler.StatedRule rule(TaskAssembler.StatedRule stated) {
            return switch (this) {
                case AUTO -> stated;
                case NONE -> null;
                case FIRST_LISTED -> new TaskAssembler.StatedRule(LeadRule.FIRST_LISTED, null);
                case EVERY -> new TaskAssembler.StatedRule(LeadRule.RESPONSIBLE_IS_LEAD, null);
            };
        }
    }

    /** A task's leaders and units as the clerk wrote them. */
    public record RowUnits(List<String> leaders, List<String> leadUnits, List<String> responsibleUnits) {

        public RowUnits {
            leaders = names(leaders);
            leadUnits = names(leadUnits);
            responsibleUnits = names(responsibleUnits);
        }

        private static List<String> names(List<String> names) {
            return names == null ? List.of() : names.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct()
                    .toList();
        }
    }

    public boolean choosesNothing() {
        return tables.isEmpty() && lead == LeadChoice.AUTO && rows.isEmpty() && notUnits.isEmpty() && marked.isEmpty();
    }

    /**
     * What holds for the city's next documents: columns, lead rule, and the phrases the clerk dropped from a task's
     * units without putting something of them back (a split 「AB」→「A、B」 drops no phrase).
     */
    public Reading profile(ParsedDocument read) {
        List<String> dropped = new ArrayList<>(notUnits);
        for (ParsedTask task : read.tasks()) {
            RowUnits edited = rows.get(task.no());
            if (edited == null) {
                continue;
            }
            Set<String> kept = new HashSet<>(edited.leadUnits());
            kept.addAll(edited.responsibleUnits());
            unitNames(task).filter(name -> kept.stream().noneMatch(k -> name.contains(k) || k.contains(name)))
                    .forEach(dropped::add);
        }
        return new Reading(tables, lead, Map.of(), dropped);
    }

    /** The clerk's own units for the tasks they edited, and the phrases that are no unit dropped everywhere. */
    public ParsedDocument applyTo(ParsedDocument read) {
        if (rows.isEmpty() && notUnits.isEmpty()) {
            return read;
        }
        Set<String> dropped = Set.copyOf(notUnits);
        List<Warning> warnings = new ArrayList<>(read.warnings());
        List<ParsedTask> tasks = new ArrayList<>(read.tasks().size());
        for (ParsedTask task : read.tasks()) {
            RowUnits edited = rows.get(task.no());
            if (edited != null) {
                tasks.add(withUnits(task, edited.leaders(), refs(edited.leadUnits()), refs(edited.responsibleUnits()),
                        null));
                continue;
            }
            String notUnitsHere = unitNames(task).filter(dropped::contains).collect(Collectors.joining("」「"));
            if (!notUnitsHere.isEmpty()) {
                warnings.add(new Warning(task.line(), task.where(), "按保存的读法，「" + notUnitsHere
                        + "」不是单位，已去掉；如果不对，请在预览中改回这一行的单位"));
            }
            tasks.add(withUnits(task, task.leaders(),
                    task.leadUnits().stream().filter(u -> !dropped.contains(u.name())).toList(),
                    task.responsibleUnits().stream().filter(u -> !dropped.contains(u.name())).toList(),
                    task.leadRule()));
        }
        return new ParsedDocument(read.kind(), read.sha256(), read.title(), read.docNo(), read.city(), read.year(),
                read.text(), tasks, read.problems(), warnings, read.format(), read.tables());
    }

    private static Stream<String> unitNames(ParsedTask task) {
        return Stream.concat(task.leadUnits().stream(), task.responsibleUnits().stream()).map(UnitRef::name);
    }

    private static ParsedTask withUnits(ParsedTask task, List<String> leaders, List<UnitRef> lead,
            List<UnitRef> responsible, LeadRule rule) {
        return new ParsedTask(task.no(), task.kind(), task.sectionNo(), task.section(), task.action(), task.item(),
                task.text(), leaders, lead, responsible, task.line(), task.deadline(), rule, task.where());
    }

    private static List<UnitRef> refs(List<String> names) {
        return names.stream().map(UnitRef::of).toList();
    }

    private static Map<String, String> columnRoles() {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("TASK", "任务");
        roles.put("LEADER", "责任领导");
        roles.put("LEAD", "牵头单位");
        roles.put("RESPONSIBLE", "责任单位");
        roles.put("DEADLINE", "时限");
        roles.put("SERIAL", "序号");
        roles.put("CATEGORY", "类别");
        roles.put("IGNORE", "忽略");
        return Collections.unmodifiableMap(roles);
    }
}
