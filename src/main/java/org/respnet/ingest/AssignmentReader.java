package org.respnet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an assignment block — role keys with values, e.g.
 * {@code 责任领导：黄继军；牵头单位：市经信局；责任单位：市发改委、市住建局} — into an {@link Assignment}.
 *
 * <p>Cities print the same roles under other keys (配合单位 for 责任单位, 牵头部门 for 牵头单位,
 * half-width colons); those are read too. A key it does not know is a problem, not a guess.
 */
final class AssignmentReader {

    private enum Role { LEADER, LEAD, RESPONSIBLE }

    private static final Map<String, Role> ROLE_KEYS = Map.ofEntries(
            Map.entry("责任领导", Role.LEADER),
            Map.entry("分管领导", Role.LEADER),
            Map.entry("牵头领导", Role.LEADER),
            Map.entry("责任市领导", Role.LEADER),
            Map.entry("牵头单位", Role.LEAD),
            Map.entry("牵头部门", Role.LEAD),
            Map.entry("主办单位", Role.LEAD),
            Map.entry("责任单位", Role.RESPONSIBLE),
            Map.entry("配合单位", Role.RESPONSIBLE),
            Map.entry("协办单位", Role.RESPONSIBLE),
            Map.entry("参与单位", Role.RESPONSIBLE),
            Map.entry("责任部门", Role.RESPONSIBLE));

    /** A key opening a clause: at the start or after a separator, short and Han only, then a colon. */
    private static final Pattern KEY = Pattern.compile("(?:^|(?<=[；;，,。\\s]))\\s*(\\p{IsHan}{2,6})\\s*[:：]");
    /** The shape of a role key, known or not: ends in 领导, 单位 or 部门. */
    private static final Pattern ROLE_LIKE_KEY = Pattern.compile("^\\p{IsHan}{0,4}(领导|单位|部门)$");
    private static final String TRAILING_PUNCTUATION = "。.；;，,、 ";

    private AssignmentReader() {
    }

    /** True when the text opens with a role key, known or role-like: it is meant as an assignment. */
    static boolean looksLikeAssignment(String text) {
        Matcher key = KEY.matcher(text);
        return key.lookingAt() && (ROLE_KEYS.containsKey(key.group(1))
                || ROLE_LIKE_KEY.matcher(key.group(1)).matches());
    }

    /**
     * Reads a block, adding any problem (on {@code line}) to {@code problems}. Clauses are cut at
     * each key rather than at ；, so 责任领导:X,牵头单位:Y reads as well as the seed's own style.
     */
    static Optional<Assignment> read(String block, int line, List<Problem> problems) {
        String text = stripTrailing(block);
        Matcher key = KEY.matcher(text);
        List<int[]> keys = new ArrayList<>();
        while (key.find()) {
            if (Brackets.depthAtEnd(text.substring(0, key.start())) == 0) {
                keys.add(new int[] {key.start(1), key.end(1), key.end()});
            }
        }
        if (keys.isEmpty() || !text.substring(0, keys.getFirst()[0]).isBlank()) {
            problems.add(new Problem(line, "cannot read assignment \"" + text + "\" (expected 角色：名称；…)"));
            return Optional.empty();
        }
        Assignment assignment = Assignment.empty();
        boolean readable = true;
        for (int i = 0; i < keys.size(); i++) {
            String name = text.substring(keys.get(i)[0], keys.get(i)[1]);
            int valueEnd = i + 1 < keys.size() ? keys.get(i + 1)[0] : text.length();
            String value = stripTrailing(text.substring(keys.get(i)[2], valueEnd));
            Role role = ROLE_KEYS.get(name);
            if (role == null) {
                problems.add(new Problem(line, "unknown role key \"" + name + "\""));
                readable = false;
            } else if (value.isEmpty()) {
                problems.add(new Problem(line, "role \"" + name + "\" names no one"));
                readable = false;
            } else {
                switch (role) {
                    case LEADER -> Brackets.splitTopLevel(value, "、，,").forEach(n -> assignment.leaders().add(n.replaceAll("\\s+", "")));
                    case LEAD -> assignment.leadUnits().addAll(UnitListReader.read(value));
                    case RESPONSIBLE -> assignment.responsibleUnits().addAll(UnitListReader.read(value));
                }
            }
        }
        return readable ? Optional.of(assignment) : Optional.empty();
    }

    private static String stripTrailing(String text) {
        int end = text.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).strip();
    }
}
