package org.respnet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an assignment written without labels, the way State Council style notices do:
 * {@code 市发改委牵头，市财政局配合}, {@code 市政府各部门负责}, {@code A牵头，B按职责分工负责},
 * {@code A、B负责}. Units before a verb take its role: 牵头 → lead; 配合, 参与, 协助 → responsible;
 * 主办 → lead, 协办 → responsible; 负责 and its kin → the role the context gives (responsible in a bracket, the column's role in a
 * table cell); 分别 before a verb (A、B分别负责) changes nothing. Bare names of leaders may come first, parted
 * from the units by a semicolon ({@code 张三、李四；市住建局牵头，市自然资源局配合}, {@code 王五；市农业农村局}).
 * With no verb at all, a text of nothing but bodies' names ({@code 市发改委、市财政局}) is one, in the
 * context's role; any other text with no verb, or with something that cannot be a unit name, is not one.
 */
final class UnlabelledAssignmentReader {

    private static final Pattern VERB_AT_END = Pattern.compile(
            "^(?:由)?(.*?)(?:分别)?(牵头负责|牵头抓总|牵头落实|牵头|按职责分工负责|按职责分工落实|按职能分工负责|按职责负责|"
                    + "按职责分工配合|分工负责|各负其责|共同负责|具体负责|负责落实|负责|配合落实|配合|参与|协助|协同|主办|协办)$");
    /** Longer than this, a bracket is prose that happens to end in 负责. */
    private static final int MAX_TEXT = 400;
    private static final int MAX_UNIT_NAME = 30;

    private UnlabelledAssignmentReader() {
    }

    /** The assignment, if the whole text reads as units with verbs. */
    static Optional<Assignment> read(String text, Role defaultRole) {
        String value = stripEnd(text);
        Optional<Assignment> withLeaders = leadersFirst(value, defaultRole);
        if (withLeaders.isPresent()) {
            return withLeaders;
        }
        if (value.isEmpty() || value.length() > MAX_TEXT) {
            return Optional.empty();
        }
        if (!mayHaveVerb(value)) {
            return UnitShape.isBodyList(value) ? Optional.of(Assignment.ofList(defaultRole, value)) : Optional.empty();
        }
        Assignment assignment = Assignment.empty();
        List<String> pending = new ArrayList<>();
        boolean sawVerb = false;
        for (String clause : Brackets.splitTopLevel(value, "，,；;。")) {
            for (String token : Brackets.splitTopLevel(clause, "、")) {
                String printed = HanVariants.withoutSpaces(token);
                Matcher verb = VERB_AT_END.matcher(HanVariants.simplified(printed));
                if (!verb.matches()) {
                    pending.add(token);
                    continue;
                }
                sawVerb = true;
                if (!verb.group(1).isEmpty()) {
                    pending.add(printed.substring(verb.start(1), verb.end(1)));
                }
                if (pending.isEmpty() || !addUnits(assignment, roleOf(verb.group(2), defaultRole), pending)) {
                    return Optional.empty();
                }
                pending.clear();
            }
        }
        if (!sawVerb || !pending.isEmpty() && !addUnits(assignment, defaultRole, pending)) {
            return Optional.empty();
        }
        return Optional.of(assignment);
    }

    /** Person names before the first semicolon, then units with or without verbs. */
    private static Optional<Assignment> leadersFirst(String value, Role defaultRole) {
        List<String> parts = Brackets.splitTopLevel(value, "；;");
        if (parts.size() < 2 || !UnitShape.isPersonList(parts.getFirst())) {
            return Optional.empty();
        }
        String rest = String.join("；", parts.subList(1, parts.size()));
        Optional<Assignment> units = read(rest, defaultRole);
        if (units.isEmpty() && UnitShape.isUnitList(rest)) {
            units = Optional.of(Assignment.ofList(defaultRole, rest));
        }
        units.ifPresent(assignment -> assignment.leaders().addAll(0, AssignmentReader.leaders(parts.getFirst())));
        return units;
    }

    /** A cheap test before the clause-by-clause read. */
    static boolean mayHaveVerb(String printed) {
        String text = HanVariants.simplified(printed);
        return text.contains("牵头") || text.contains("负责") || text.contains("配合") || text.contains("参与")
                || text.contains("协助") || text.contains("协同") || text.contains("主办") || text.contains("协办");
    }

    private static Role roleOf(String verb, Role defaultRole) {
        if (verb.contains("牵头") || verb.equals("主办")) {
            return Role.LEAD;
        }
        if (verb.contains("配合") || verb.equals("参与") || verb.equals("协助") || verb.equals("协同") || verb.equals("协办")) {
            return Role.RESPONSIBLE;
        }
        return defaultRole;
    }

    private static boolean addUnits(Assignment assignment, Role role, List<String> pieces) {
        List<String> unitPieces = new ArrayList<>();
        for (String piece : pieces) {
            String leader = LeaderHeading.leaderWithTitle(HanVariants.withoutSpaces(piece));
            if (leader != null) {
                assignment.leaders().add(leader);
            } else {
                unitPieces.add(piece);
            }
        }
        if (unitPieces.isEmpty()) {
            return !assignment.leaders().isEmpty();
        }
        List<UnitRef> units = UnitListReader.read(String.join("、", unitPieces));
        for (UnitRef unit : units) {
            if (unit.name().length() > MAX_UNIT_NAME || unit.name().chars().anyMatch(c -> c >= '0' && c <= '9' || c == '%')) {
                return false;
            }
        }
        if (units.isEmpty()) {
            return false;
        }
        assignment.add(role, units);
        return true;
    }

    private static String stripEnd(String text) {
        int end = text.length();
        while (end > 0 && "。.；;，, ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).strip();
    }
}
