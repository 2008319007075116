package org.respnet.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.respnet.ingest.extract.Place;

/**
 * The document-wide steps after the walk, which need every task at once: which unnumbered
 * paragraphs are tasks, the keys tasks are known by, the document's lead rule, names glued
 * together, and the limits.
 */
final class TaskAssembler {

    /** Names shorter than this are not split: 市委 + 宣传部 are not two units. */
    private static final int MIN_PIECE = 3;
    private static final int MAX_GLUED = 40;

    private final ParserLimits limits;
    private final Set<String> referenceUnits;
    private final Findings findings;

    TaskAssembler(ParserLimits limits, Set<String> referenceUnits, Findings findings) {
        this.limits = limits;
        this.referenceUnits = referenceUnits;
        this.findings = findings;
    }

    /** A rule the document states, and where. */
    record StatedRule(LeadRule rule, Place place) {
    }

    List<ParsedTask> assemble(List<TaskDraft> found, StatedRule stated) {
        List<TaskDraft> drafts = new ArrayList<>(found);
        drafts.sort(Comparator.comparingInt(d -> d.place().line()));
        if (drafts.stream().anyMatch(d -> d.numeral() != null)) {
            // where tasks are numbered, a bracketed assignment without a number is a misprinted number: said with its
            // place and left out, never the reason to refuse the other tasks
            for (TaskDraft draft : drafts) {
                if (draft.unnumberedBlock()) {
                    findings.warning(draft.place(), "这条分工（责任领导、牵头单位或责任单位）前面没有任务编号，"
                            + "这项任务未导入：请在任务前写上编号，如「12.……（牵头单位：……）」，再重新预览");
                }
            }
            drafts.removeIf(TaskDraft::unnumberedBlock);
        }
        if (drafts.size() > limits.maxTasks()) {
            findings.problem(drafts.get(limits.maxTasks()).place(), "一份文件超过" + limits.maxTasks()
                    + "项任务（每份文件的上限）：请把文件拆成几份分别导入");
            drafts = new ArrayList<>(drafts.subList(0, limits.maxTasks()));
        }
        List<String> keys = keys(drafts);
        Set<String> known = knownUnits(drafts);
        List<ParsedTask> tasks = new ArrayList<>(drafts.size());
        List<UnitRef> carried = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Assignment assignment = drafts.get(i).assignment();
            if (!carried.isEmpty() && assignment.namesUnits()) {
                assignment.responsibleUnits().addAll(carried);
            }
            carried.addAll(assignment.carriedUnits());
            assignment.responsibleUnits().addAll(assignment.carriedUnits());
            assignment.carriedUnits().clear();
            tasks.add(task(drafts.get(i), keys.get(i), known, stated));
        }
        return tasks;
    }

    /**
     * The number as printed; where numbering restarts under each heading, the headings' numerals go
     * before it (二.3) — as few as make every key unique. Unnumbered tasks are #k by their order.
     */
    private List<String> keys(List<TaskDraft> drafts) {
        int deepest = drafts.stream().mapToInt(d -> d.outer().size()).max().orElse(0);
        int best = 0;
        int fewest = Integer.MAX_VALUE;
        for (int depth = 0; depth <= deepest; depth++) {
            int repeats = repeats(drafts, depth, false);
            if (repeats < fewest) {
                best = depth;
                fewest = repeats;
            }
            if (repeats == 0) {
                break;
            }
        }
        if (fewest > 0) {
            repeats(drafts, best, true);
        }
        List<String> keys = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            keys.add(key(drafts.get(i), best, i));
        }
        return keys;
    }

    private int repeats(List<TaskDraft> drafts, int depth, boolean report) {
        Map<String, TaskDraft> first = new HashMap<>();
        int repeats = 0;
        for (int i = 0; i < drafts.size(); i++) {
            TaskDraft draft = drafts.get(i);
            if (draft.numeral() == null) {
                continue;
            }
            String key = key(draft, depth, i);
            TaskDraft earlier = first.putIfAbsent(draft.kind() + "/" + key, draft);
            // one line may hold several tasks (a whole notice on one line): a repeat is another task's text
            if (earlier != null && (earlier.place().line() != draft.place().line()
                    || !earlier.text().equals(draft.text()))) {
                repeats++;
                if (report) {
                    findings.problem(draft.place(), "任务" + key + "重复出现：" + earlier.place().where()
                            + "已有同一编号，请改正其中一个编号");
                }
            }
        }
        return repeats;
    }

    private static String key(TaskDraft draft, int depth, int index) {
        String key;
        if (draft.numeral() == null) {
            key = "#" + (index + 1);
        } else {
            List<String> outer = draft.outer();
            List<String> used = outer.subList(Math.max(0, outer.size() - depth), outer.size());
            key = used.isEmpty() ? draft.numeral() : String.join(".", used) + "." + draft.numeral();
        }
        return draft.part() > 0 ? key + "." + draft.part() : key;
    }

    private Set<String> knownUnits(List<TaskDraft> drafts) {
        Set<String> known = new HashSet<>(referenceUnits);
        for (TaskDraft draft : drafts) {
            draft.assignment().leadUnits().forEach(u -> known.add(u.name()));
            draft.assignment().responsibleUnits().forEach(u -> known.add(u.name()));
        }
        return known;
    }

    private ParsedTask task(TaskDraft draft, String key, Set<String> known, StatedRule stated) {
        Assignment a = draft.assignment();
        List<UnitRef> lead = distinct(unglued(a.leadUnits(), known, draft.place()), UnitRef::name);
        List<UnitRef> responsible = distinct(unglued(a.responsibleUnits(), known, draft.place()), UnitRef::name);
        LeadRule rule = null;
        if (lead.isEmpty()) {
            if (stated != null && !responsible.isEmpty()) {
                rule = stated.rule();
                if (rule == LeadRule.FIRST_LISTED) {
                    lead = List.of(responsible.getFirst());
                    responsible = responsible.subList(1, responsible.size());
                } else {
                    lead = responsible;
                    responsible = List.of();
                }
            } else {
                findings.warning(draft.place(), "任务" + key + "没有牵头单位"
                        + (stated == null ? "，文件也没有写明「列第一位者为牵头单位」这样的规则" : "")
                        + "：按没有牵头单位导入；如有，请在任务后写明牵头单位");
            }
        }
        int units = lead.size() + responsible.size();
        if (units > limits.maxUnitsPerTask()) {
            findings.problem(draft.place(), "任务" + key + "列了" + units + "个单位，超过每项任务"
                    + limits.maxUnitsPerTask() + "个的上限：请删去重复或无关的单位");
        }
        List<String> deadlines = distinct(a.deadlines(), Function.identity());
        return new ParsedTask(key, draft.kind(), draft.sectionNo(), draft.section(), draft.action(), draft.item(),
                draft.text(), distinct(a.leaders(), Function.identity()), lead, responsible, draft.place().line(),
                deadlines.isEmpty() ? null : String.join("；", deadlines), rule, draft.place().where());
    }

    /**
     * 市财政局市税务局 — two names a lost line break glued together — is split when every piece is a
     * unit known from the reference data or named elsewhere in the document; the user is told.
     */
    private List<UnitRef> unglued(List<UnitRef> units, Set<String> known, Place place) {
        List<UnitRef> out = new ArrayList<>(units.size());
        for (UnitRef unit : units) {
            String name = unit.name();
            List<String> pieces = name.length() < 2 * MIN_PIECE || name.length() > MAX_GLUED
                    || referenceUnits.contains(name) ? null : pieces(name, known);
            if (pieces == null && !referenceUnits.contains(name) && name.length() <= MAX_GLUED) {
                pieces = UnitShape.glued(name);
            }
            if (pieces == null) {
                out.add(unit);
                continue;
            }
            findings.warning(place, "「" + name + "」读作" + pieces.stream().map(p -> "「" + p + "」")
                    .reduce((x, y) -> x + "和" + y).orElse("") + "：几个单位的名称连在了一起；如果不对，请用顿号隔开");
            for (int k = 0; k < pieces.size(); k++) {
                out.add(k == pieces.size() - 1 ? new UnitRef(pieces.get(k), unit.office()) : UnitRef.of(pieces.get(k)));
            }
        }
        return out;
    }

    /** The split of {@code name} into two or more known names (fewest pieces), or null. */
    private static List<String> pieces(String name, Set<String> known) {
        int n = name.length();
        int[] count = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(count, Integer.MAX_VALUE);
        count[0] = 0;
        for (int end = MIN_PIECE; end <= n; end++) {
            for (int start = 0; start <= end - MIN_PIECE; start++) {
                if (count[start] != Integer.MAX_VALUE && count[start] + 1 < count[end]
                        && (start > 0 || end < n) && known.contains(name.substring(start, end))) {
                    count[end] = count[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (count[n] == Integer.MAX_VALUE) {
            return null;
        }
        List<String> pieces = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            pieces.addFirst(name.substring(from[end], end));
        }
        return pieces;
    }

    /** Each name once, first mention kept: a unit named twice in one role is one assignment. */
    private static <T> List<T> distinct(List<T> items, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        for (T item : items) {
            byKey.putIfAbsent(key.apply(item), item);
        }
        return new ArrayList<>(byKey.values());
    }
}
