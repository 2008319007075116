package org.respnet.console;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;

/**
 * Decides from Neo4j's own plan of a query ({@code EXPLAIN}, which parses and plans without running)
 * what the query would do, so nothing written in the text — unicode escapes, comments, spacing,
 * quoting — can hide a clause or a procedure: every procedure call is a {@code ProcedureCall} operator
 * naming the procedure as Neo4j resolved it, and must be on the allow-list; {@code LoadCSV}, every
 * write operator, {@code CALL … IN TRANSACTIONS}, {@code SHOW}/{@code TERMINATE} commands and any
 * namespaced function not on the allow-list ({@code dbms.*}, {@code db.stats.*}, {@code fleetManagement.*},
 * …) are refused.
 */
final class PlanPolicy {

    private static final Pattern WRITE_OPERATOR = Pattern.compile(
            "(?i)^(Create.*|Merge.*|Set.*|Delete.*|DetachDelete.*|Remove.*|Foreach.*|LockingMerge|EmptyResult)$");
    private static final Pattern FORBIDDEN_OPERATOR = Pattern.compile(
            "(?i)^(LoadCSV|Transaction(Apply|Foreach)|Show.*|Terminate.*|.*Command.*|.*Administration.*|SystemProcedureCall)$");
    /** A namespaced function or procedure name in an expression: {@code a.b(} (not a property: no {@code n.x(}). */
    private static final Pattern QUALIFIED_CALL = Pattern.compile("(?<![\\w.`$])((?:[A-Za-z_][A-Za-z0-9_]*\\.)+[A-Za-z_][A-Za-z0-9_]*)\\s*\\(");

    /**
     * Labels only an ADMIN may read in the console, as only an ADMIN may read them through the API
     * ({@code /api/admin/audit}). Everything else in the graph — tasks, units, progress and its notes — is
     * shown to every login (and anonymous readers) by the pages, so the console may read it too.
     */
    static final Set<String> ADMIN_ONLY_LABELS = Set.of("Audit");
    /** A label in a plan's details: {@code a:Audit}, {@code n:Task|Audit}, {@code (:Audit)}, {@code n:!Audit}. */
    private static final Pattern LABEL_MENTION = Pattern.compile(
            "[:|&!]\\s*`?(" + String.join("|", ADMIN_ONLY_LABELS) + ")`?(?![\\w])");
    /** Operators that reach nodes without a label, among them any admin-only node. */
    private static final Pattern ANY_NODE_OPERATOR = Pattern.compile(
            "(?i)^(AllNodesScan|PartitionedAllNodesScan|NodeByIdSeek|NodeByElementIdSeek|IntersectionNodeByLabelsScan.*)$");
    /** A label given as an expression ({@code n:$($label)}), which could name any label. */
    private static final Pattern DYNAMIC_LABEL = Pattern.compile(":\\s*\\$(?:all|any)?\\s*\\(", Pattern.CASE_INSENSITIVE);
    /**
     * Expressions whose work the time limit cannot stop and whose result the transaction memory cap does
     * not count: a regular expression (a nested quantifier backtracks for minutes inside one row) and
     * the string functions that multiply a string's length (two {@code replace()} built 2 billion characters).
     */
    static final Pattern UNBOUNDED_STRING = Pattern.compile("(?i)(=~|(?<![\\w.$`])(replace|lpad|rpad|repeat)\\s*\\()");

    private PlanPolicy() {
    }

    static void check(Plan plan, Set<String> allowedProcedures) {
        check(plan, null, allowedProcedures, true);
    }

    /** {@code readsAdminLabels}: the user is an ADMIN, who may read {@link #ADMIN_ONLY_LABELS}. */
    static void check(Plan plan, Set<String> allowedProcedures, boolean readsAdminLabels) {
        check(plan, null, allowedProcedures, readsAdminLabels);
    }

    private static void check(Plan plan, Plan parent, Set<String> allowedProcedures, boolean readsAdminLabels) {
        String operator = plan.operatorType().replaceFirst("@.*$", "");
        String details = details(plan);
        Matcher unbounded = UNBOUNDED_STRING.matcher(details);
        if (unbounded.find()) {
            throw QueryPolicy.unboundedString(unbounded.group(1));
        }
        if (!readsAdminLabels) {
            Matcher label = LABEL_MENTION.matcher(details);
            if (label.find()) {
                throw new QueryRefusedException(QueryPolicy.FORBIDDEN, "label", "拒绝：" + label.group(1)
                        + " 节点（审计记录）仅管理员可读，控制台同样不可读");
            }
            boolean anyNode = ANY_NODE_OPERATOR.matcher(operator).matches() && !expandedAtOnce(plan, parent);
            if (anyNode || DYNAMIC_LABEL.matcher(details).find()) {
                throw new QueryRefusedException(QueryPolicy.FORBIDDEN, "label", "拒绝：不带标签地读取节点（"
                        + operator + "）会读到仅管理员可读的审计记录；请为要读的节点写明标签，例如 :Task");
            }
        }
        if (operator.equalsIgnoreCase("LoadCSV")) {
            throw refused(QueryPolicy.FORBIDDEN, "load-csv", "控制台不能用 LOAD CSV：它会读取服务器上的文件和网址");
        }
        if (operator.startsWith("Transaction")) {
            throw refused(QueryPolicy.FORBIDDEN, "in-transactions", "控制台不能用 CALL { … } IN TRANSACTIONS：它会自行提交修改");
        }
        if (WRITE_OPERATOR.matcher(operator).matches()) {
            throw refused(QueryPolicy.FORBIDDEN, "write", "控制台只能读，这条查询要执行写入操作 " + operator);
        }
        if (FORBIDDEN_OPERATOR.matcher(operator).matches()) {
            throw refused(QueryPolicy.FORBIDDEN, "not-a-read", "控制台只运行读取的查询，不能执行 " + operator);
        }
        if (operator.contains("ProcedureCall")) {
            String name = details.strip();
            int paren = name.indexOf('(');
            name = (paren < 0 ? name : name.substring(0, paren)).strip();
            if (!allowedProcedures.contains(name)) {
                throw refused(QueryPolicy.FORBIDDEN, "procedure", "控制台不能调用过程 " + name + "，只能调用 "
                        + String.join("、", new java.util.TreeSet<>(allowedProcedures)));
            }
        } else {
            Matcher call = QUALIFIED_CALL.matcher(details);
            while (call.find()) {
                String name = call.group(1);
                if (!allowedProcedures.contains(name)) {
                    throw refused(QueryPolicy.FORBIDDEN, "procedure", "控制台不能调用函数 " + name.toLowerCase(Locale.ROOT)
                            + "：带命名空间的函数都不可用");
                }
            }
        }
        for (Plan child : plan.children()) {
            check(child, plan, allowedProcedures, readsAdminLabels);
        }
    }

    /**
     * A scan of every node whose rows at once follow a relationship from the scanned node
     * ({@code MATCH (a)-[r:LEADS]->(b)}): admin-only nodes have no relationships, so none gets through.
     * An optional or variable-length expand (which keeps a node without relationships) does not count.
     */
    private static boolean expandedAtOnce(Plan scan, Plan parent) {
        if (parent == null || !scan.operatorType().startsWith("AllNodesScan")) {
            return false;
        }
        String expand = parent.operatorType().replaceFirst("@.*$", "");
        String node = details(scan).strip();
        String path = details(parent).strip();
        return (expand.equals("Expand(All)") || expand.equals("Expand(Into)")) && node.matches("[\\p{L}_][\\p{L}\\p{N}_]*")
                && (path.startsWith("(" + node + ")") || path.endsWith("(" + node + ")"));
    }

    private static String details(Plan plan) {
        Value details = plan.arguments().get("Details");
        return details == null || details.isNull() ? "" : details.asString("");
    }

    private static QueryRefusedException refused(int status, String reason, String message) {
        return new QueryRefusedException(status, reason, "拒绝：" + message);
    }
}
