package org.respnet.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A role label as a notice prints it — a key before a colon ({@code 牵头单位：}) or a table column
 * title — classified by pattern rather than looked up in a closed list: cities invent labels
 * (牵头负责领导, 协同责任单位) faster than a list can follow. A label read only by its shape is
 * {@link #byPattern()}, which the reader reports as a warning.
 */
record RoleLabel(Role role, String label, boolean byPattern) {

    private static final Map<String, Role> KNOWN = Map.ofEntries(
            Map.entry("责任领导", Role.LEADER), Map.entry("牵头领导", Role.LEADER), Map.entry("分管领导", Role.LEADER),
            Map.entry("牵头负责领导", Role.LEADER), Map.entry("牵头市领导", Role.LEADER),
            Map.entry("责任市领导", Role.LEADER), Map.entry("分管市领导", Role.LEADER), Map.entry("市领导", Role.LEADER),
            Map.entry("联系市领导", Role.LEADER), Map.entry("责任区领导", Role.LEADER), Map.entry("分管区领导", Role.LEADER),
            Map.entry("责任县领导", Role.LEADER), Map.entry("分管县领导", Role.LEADER),
            Map.entry("牵头单位", Role.LEAD), Map.entry("牵头部门", Role.LEAD), Map.entry("牵头责任单位", Role.LEAD),
            Map.entry("主办单位", Role.LEAD), Map.entry("主责单位", Role.LEAD), Map.entry("牵头责任部门", Role.LEAD),
            Map.entry("责任单位", Role.RESPONSIBLE), Map.entry("配合单位", Role.RESPONSIBLE),
            Map.entry("协同责任单位", Role.RESPONSIBLE), Map.entry("协办单位", Role.RESPONSIBLE),
            Map.entry("参与单位", Role.RESPONSIBLE), Map.entry("责任部门", Role.RESPONSIBLE),
            Map.entry("配合部门", Role.RESPONSIBLE), Map.entry("协同单位", Role.RESPONSIBLE),
            Map.entry("协作单位", Role.RESPONSIBLE),
            Map.entry("完成时限", Role.DEADLINE), Map.entry("时间节点", Role.DEADLINE), Map.entry("完成时间", Role.DEADLINE),
            Map.entry("时限", Role.DEADLINE), Map.entry("时限要求", Role.DEADLINE));

    private static final Map<String, Role> KNOWN_COLUMNS = Map.ofEntries(
            Map.entry("序号", Role.SERIAL), Map.entry("编号", Role.SERIAL), Map.entry("序", Role.SERIAL),
            Map.entry("重点工作", Role.TASK), Map.entry("工作任务", Role.TASK), Map.entry("目标与任务", Role.TASK),
            Map.entry("主要任务", Role.TASK), Map.entry("目标任务", Role.TASK), Map.entry("重点任务", Role.TASK),
            Map.entry("任务", Role.TASK), Map.entry("工作内容", Role.TASK), Map.entry("具体任务", Role.TASK),
            Map.entry("主要工作任务", Role.TASK), Map.entry("任务内容", Role.TASK), Map.entry("重点工作任务", Role.TASK),
            Map.entry("工作事项", Role.TASK), Map.entry("主要工作", Role.TASK), Map.entry("民生实事", Role.TASK),
            Map.entry("项目名称", Role.TASK), Map.entry("事项", Role.TASK), Map.entry("预期目标", Role.TASK),
            Map.entry("目标", Role.TASK), Map.entry("工作目标", Role.TASK), Map.entry("具体工作", Role.TASK),
            Map.entry("重点领域", Role.CATEGORY), Map.entry("类别", Role.CATEGORY), Map.entry("领域", Role.CATEGORY),
            Map.entry("分类", Role.CATEGORY), Map.entry("类型", Role.CATEGORY), Map.entry("板块", Role.CATEGORY),
            Map.entry("备注", Role.NOTE), Map.entry("说明", Role.NOTE),
            // a column whose cells carry the roles as labelled lines (责任领导：…\n牵头单位：…); read as
            // responsible units where a cell is a plain list
            Map.entry("责任分工", Role.RESPONSIBLE), Map.entry("任务分工", Role.RESPONSIBLE),
            Map.entry("分工", Role.RESPONSIBLE), Map.entry("责任主体", Role.RESPONSIBLE));

    /**
     * Labels that name the assignment, not one role (部门分工：省发展改革委牵头，各地、各部门配合): the value is
     * read like an unlabelled bracket, its units responsible unless a verb (牵头, 主办) says otherwise.
     */
    private static final Pattern ASSIGNMENT_KEY =
            Pattern.compile("[\\u3400-\\u9fff\\uf900-\\ufaff]{0,4}分工|责任主体|责任分解");
    /** A leader by the level of government: 分管省领导, 牵头区领导, 联系县领导, 包抓领导. */
    private static final Pattern LEADER_KEY =
            Pattern.compile("(责任|牵头|分管|联系|包抓|挂钩|协管|主管)?(省|市|州|区|县|旗|镇|乡)?(级)?领导(同志)?");

    private static final Pattern LEADER_SHAPE = Pattern.compile("[\\u3400-\\u9fff\\uf900-\\ufaff]{0,6}领导");
    private static final Pattern LEAD_SHAPE =
            Pattern.compile("[\\u3400-\\u9fff\\uf900-\\ufaff]{0,4}牵头[\\u3400-\\u9fff\\uf900-\\ufaff]{0,4}(单位|部门|处室|科室|机构)|主(办|责|管)(单位|部门)");
    private static final Pattern RESPONSIBLE_SHAPE = Pattern.compile(
            "[\\u3400-\\u9fff\\uf900-\\ufaff]{0,4}(责任|配合|协同|协办|参与|协助|协作|参加|联合|承办|落实|实施)[\\u3400-\\u9fff\\uf900-\\ufaff]{0,3}(单位|部门|处室|科室|机构)");
    /** 时限, 期限, 节点, or 完成/办结 with 时间 — not any 时间 (发布时间 is a web page's, not a task's). */
    private static final Pattern DEADLINE_SHAPE =
            Pattern.compile("[\\u3400-\\u9fff\\uf900-\\ufaff]{0,4}(时限|期限|节点)|[\\u3400-\\u9fff\\uf900-\\ufaff]{0,2}(完成|办结)(时间|日期)");
    private static final Pattern TASK_SHAPE = Pattern.compile(
            "(\\d{4}年)?[\\u3400-\\u9fff\\uf900-\\ufaff]{0,8}(任务|工作|事项|目标|内容|名称|措施)(与|和|及)?(要求|标准|举措)?");
    /** A progress report's own columns (进展情况, 完成情况, 当前进度, 是否达序): read past, like 备注. */
    private static final Pattern PROGRESS_SHAPE = Pattern.compile(
            "[\\u3400-\\u9fff\\uf900-\\ufaff]{0,4}(进展|进度|完成情况|落实情况|推进情况|达序|达标|评价)[\\u3400-\\u9fff\\uf900-\\ufaff]{0,4}");
    /** Words that make a label meant as a role even when it cannot be read as one (督办单位, 牵头单住). */
    private static final Pattern ROLE_WORD = Pattern.compile(".*(牵头|责任|配合|协办|单位|部门|领导).*");

    /** A key before a colon in running text: a role or a deadline. */
    static Optional<RoleLabel> ofKey(String label) {
        String key = normalise(label);
        Role known = KNOWN.get(key);
        if (known == null && LEADER_KEY.matcher(key).matches()) {
            known = Role.LEADER;
        } else if (known == null && ASSIGNMENT_KEY.matcher(key).matches()) {
            known = Role.RESPONSIBLE;
        }
        if (known != null) {
            return Optional.of(new RoleLabel(known, key, false));
        }
        return byShape(key);
    }

    /** A table column title: a role, a deadline, or one of the table's own columns (序号, 工作任务, …). */
    static Optional<RoleLabel> ofColumn(String title) {
        String key = normalise(title);
        Role known = KNOWN_COLUMNS.containsKey(key) ? KNOWN_COLUMNS.get(key) : KNOWN.get(key);
        if (known != null) {
            return Optional.of(new RoleLabel(known, key, false));
        }
        if (key.length() > 12) {
            return Optional.empty();
        }
        if (PROGRESS_SHAPE.matcher(key).matches()) {
            return Optional.of(new RoleLabel(Role.NOTE, key, true));
        }
        return byShape(key).or(() -> TASK_SHAPE.matcher(key).matches()
                ? Optional.of(new RoleLabel(Role.TASK, key, true)) : Optional.empty());
    }

    /** A label that cannot be read as a role but is plainly meant as one: a problem, not a guess. */
    static boolean meantAsRole(String label) {
        return ROLE_WORD.matcher(normalise(label)).matches();
    }

    private static Optional<RoleLabel> byShape(String key) {
        Role role = LEADER_SHAPE.matcher(key).matches() ? Role.LEADER
                : LEAD_SHAPE.matcher(key).matches() ? Role.LEAD
                : RESPONSIBLE_SHAPE.matcher(key).matches() ? Role.RESPONSIBLE
                : DEADLINE_SHAPE.matcher(key).matches() ? Role.DEADLINE
                : null;
        return Optional.ofNullable(role).map(r -> new RoleLabel(r, key, true));
    }

    /** Titles are often spaced out to fill a cell (主 要 工 作 任 务) or qualified in brackets. */
    static String normalise(String printed) {
        String label = HanVariants.simplified(printed);
        StringBuilder out = new StringBuilder(label.length());
        int depth = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Brackets.isOpen(c)) {
                depth++;
            } else if (Brackets.isClose(c)) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && !Character.isWhitespace(c) && c != '：' && c != ':' && c != '*') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
