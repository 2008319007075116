package org.respnet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.respnet.ingest.extract.Place;

/**
 * Reads an assignment block — role labels with values, e.g.
 * {@code 责任领导：黄继军；牵头单位：市经信局；责任单位：市发改委、市住建局；完成时限：2024年底} —
 * into an {@link Assignment}.
 *
 * <p>Labels are classified by {@link RoleLabel}; one read only by its shape is a warning. A label
 * plainly meant as a role that still cannot be read (督办单位, a misprint such as 牵头单住) is a
 * problem, not a guess; any other label (联系人, 备注) is read past with a warning. Clauses are cut
 * at each label rather than at ；, so 责任领导:X,牵头单位:Y reads as well as the seed's own style.
 */
final class AssignmentReader {

    private static final int MAX_LABEL = 8;
    private static final String TRAILING_PUNCTUATION = "。.；;，,、 ";
    private static final String BEFORE_LABEL = "；;，,。、 \t";
    /** 张三副市长, 李四（副市长）, 王五同志: the name alone is the leader. */
    private static final Pattern LEADER_TITLE = Pattern.compile(
            "[（(].*[）)]$|(常务副|副)?(省|市|区|县|州|旗|盟)长$|(副)?秘书长$|同志$|(副)?(市|区|县)长助理$");

    private AssignmentReader() {
    }

    /** A label found in a text: where it starts and ends, and where its value starts. */
    record Label(String name, int start, int valueStart) {
    }

    /** True when the text opens with a role label, or one plainly meant as a role: it is meant as an assignment. */
    static boolean looksLikeAssignment(String text) {
        List<Label> labels = labels(text, 1);
        if (labels.isEmpty() || labels.getFirst().start() != 0) {
            return false;
        }
        String name = labels.getFirst().name();
        return RoleLabel.ofKey(name).isPresent() || RoleLabel.meantAsRole(name);
    }

    /** True when the text names a role by label anywhere outside brackets (牵头单位：…). */
    static boolean mentionsRoleLabel(String text) {
        for (Label label : labels(text, Integer.MAX_VALUE)) {
            if (RoleLabel.ofKey(label.name()).filter(l -> l.role().namesSomeone()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a block, adding any problem or warning (at {@code place}) to {@code findings}; empty when
     * the block cannot be read.
     */
    static Optional<Assignment> read(String block, Place place, Findings findings) {
        String text = stripTrailing(block);
        List<Label> labels = labels(text, Integer.MAX_VALUE);
        if (labels.isEmpty() || labels.getFirst().start() != 0) {
            findings.problem(place, "读不出分工「" + text + "」：请写成「牵头单位：某某局；责任单位：某某局」的样子");
            return Optional.empty();
        }
        Assignment assignment = Assignment.empty();
        boolean readable = true;
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.get(i);
            int valueEnd = i + 1 < labels.size() ? labels.get(i + 1).start() : text.length();
            String value = stripTrailing(text.substring(label.valueStart(), valueEnd));
            Optional<RoleLabel> role = RoleLabel.ofKey(label.name());
            if (role.isEmpty()) {
                if (RoleLabel.meantAsRole(label.name())) {
                    findings.problem(place, "「" + label.name() + "」不是能识别的分工名称：请改为责任领导、牵头单位、责任单位或配合单位");
                    readable = false;
                } else {
                    findings.warning(place, "「" + label.name() + "：" + value + "」不是分工，已跳过；如果它是分工，请把名称改为牵头单位或责任单位");
                }
                continue;
            }
            if (role.get().byPattern()) {
                findings.warning(place, "分工名称「" + label.name() + "」不常见，按字面读作" + describe(role.get().role())
                        + "；如果不对，请改为常见的名称");
            }
            if (value.isEmpty()) {
                if (role.get().role().namesSomeone()) {
                    findings.problem(place, "「" + label.name() + "」后面没有写单位或领导：请补上名称，或删去这一项");
                    readable = false;
                }
                continue;
            }
            readValue(role.get().role(), value, assignment);
        }
        return readable ? Optional.of(assignment) : Optional.empty();
    }

    /** One role's value into the assignment; shared with table cells, which are values without labels. */
    static void readValue(Role role, String value, Assignment assignment) {
        switch (role) {
            case LEADER -> assignment.leaders().addAll(leaders(value));
            case LEAD, RESPONSIBLE -> {
                Assignment units = UnlabelledAssignmentReader.read(value, role)
                        .orElseGet(() -> Assignment.ofList(role, value));
                units.promoteMarkedLeads();
                assignment.addAll(units);
            }
            case DEADLINE -> assignment.deadlines().add(value.strip());
            default -> {
            }
        }
    }

    /** Leader names: 、 or ， between them; a title after a name (副市长) is not part of it. */
    static List<String> leaders(String value) {
        List<String> names = new ArrayList<>();
        for (String part : Brackets.splitTopLevel(value.replace('\n', '、'), "、，,；;")) {
            String printed = HanVariants.withoutSpaces(part);
            Matcher title = LEADER_TITLE.matcher(HanVariants.simplified(printed));
            String name = title.find() ? printed.substring(0, title.start()) : printed;
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Labels outside brackets: a run of 2 to {@value #MAX_LABEL} Han characters before a colon, at the
     * start, after a separator, or (a known role label) after spaces that part it from the value before
     * (责任领导：张三  牵头单位：县教育局). One pass with bounded look-back, so a long line costs linear time.
     */
    static List<Label> labels(String text, int max) {
        List<Label> labels = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < text.length() && labels.size() < max; i++) {
            char c = text.charAt(i);
            if (Brackets.isOpen(c)) {
                depth++;
            } else if (Brackets.isClose(c)) {
                depth = Math.max(0, depth - 1);
            } else if ((c == '：' || c == ':') && depth == 0) {
                int end = i;
                while (end > 0 && i - end < 3 && text.charAt(end - 1) == ' ') {
                    end--;
                }
                int start = end;
                while (start > 0 && end - start <= MAX_LABEL && isHan(text.charAt(start - 1))) {
                    start--;
                }
                int length = end - start;
                int before = start;
                while (before > 0 && start - before < 3 && text.charAt(before - 1) == ' ') {
                    before--;
                }
                boolean spaced = before < start && length >= 2
                        && RoleLabel.ofKey(text.substring(start, end)).filter(l -> !l.byPattern()).isPresent();
                if (length >= 2 && length <= MAX_LABEL
                        && (before == 0 || BEFORE_LABEL.indexOf(text.charAt(before - 1)) >= 0 || spaced)) {
                    labels.add(new Label(text.substring(start, end), before, i + 1));
                }
            }
        }
        return labels;
    }

    /** A range test, not a Unicode script look-up: this runs on every character of a label. */
    static boolean isHan(char c) {
        return c >= '\u3400' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff';
    }

    /** The role in the words a clerk reads: 「牵头单位」. */
    static String describe(Role role) {
        return "「" + switch (role) {
            case LEADER -> "责任领导";
            case LEAD -> "牵头单位";
            case RESPONSIBLE -> "责任单位";
            case DEADLINE -> "完成时限";
            case TASK -> "工作任务";
            case SERIAL -> "序号";
            case CATEGORY -> "类别";
            case NOTE -> "备注（不读）";
        } + "」";
    }

    static String stripTrailing(String text) {
        int end = text.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).strip();
    }
}
