package org.respnet.console;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses console queries that are plainly not reads before they reach the database, so the user gets
 * a precise reason. This is a courtesy and a second line, not the guard: the query still runs in a
 * READ access-mode transaction, which the server enforces whatever this check misses.
 *
 * <p>It looks only at query <em>code</em>: string literals are blanked and comments removed first, so
 * {@code WHERE t.text CONTAINS 'CREATE'} is fine while {@code MATCH (n) /* x *&#47; DELETE n} is not.
 * The code is NFKC-normalized (full-width letters become ASCII) and must not hide characters
 * (zero-width, non-ASCII spaces) outside string literals.
 */
final class QueryPolicy {

    /** Statuses: 400 for a malformed request, 403 for something the console never does. */
    static final int MALFORMED = 400;
    static final int FORBIDDEN = 403;

    private static final Set<String> FIRST_CLAUSES = Set.of("MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL");
    private static final Set<String> PREFIXES = Set.of("EXPLAIN", "PROFILE");
    private static final List<String> WRITE_CLAUSES = List.of("CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE",
            "DROP", "FOREACH", "ALTER", "GRANT", "DENY", "REVOKE", "RENAME", "TERMINATE", "INSERT", "ENABLE", "START",
            "STOP");
    /** A keyword, not a property ({@code n.set}), label ({@code :Set}), parameter or map key ({@code {set: 1}}). */
    private static final String KEYWORD_BEFORE = "(?<![.:$\\w])";
    private static final String KEYWORD_AFTER = "(?![\\w:])";
    private static final Pattern WRITE = Pattern.compile(
            KEYWORD_BEFORE + "(" + String.join("|", WRITE_CLAUSES) + ")" + KEYWORD_AFTER);
    private static final Pattern USE = Pattern.compile(KEYWORD_BEFORE + "USE" + KEYWORD_AFTER);
    private static final Pattern LOAD_CSV = Pattern.compile(KEYWORD_BEFORE + "LOAD\\s+CSV" + KEYWORD_AFTER);
    private static final Pattern IN_TRANSACTIONS = Pattern.compile(
            KEYWORD_BEFORE + "IN\\s+(?:\\d+\\s+)?(?:CONCURRENT\\s+)?TRANSACTIONS" + KEYWORD_AFTER);
    /** A qualified procedure or function name: after CALL, or before an opening parenthesis. */
    private static final Pattern QUALIFIED_NAME = Pattern.compile(
            "(?:CALL\\s+)?((?:[A-Z_][A-Z0-9_]*\\s*\\.\\s*)+[A-Z_][A-Z0-9_]*)\\s*(\\(|(?=\\s|$|YIELD))");
    private static final Pattern WRITE_PROCEDURE_PART = Pattern.compile(
            "CREATE|DROP|CLEAR|SET|KILL|ENSURE|RESAMPLE|PREPARE|TERMINATE|UPGRADE|CHECKPOINT|AWAIT");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*([A-Z_]+)");
    /** {@code CYPHER 25} or {@code CYPHER runtime=slotted}: the language version and options, not a clause. */
    private static final Pattern CYPHER_PREFIX =
            Pattern.compile("^\\s*CYPHER(?:\\s+\\d+)?(?:\\s+[A-Z_.]+\\s*=\\s*[A-Z_0-9]+)*(?![\\w=])");

    /** A unicode escape: Neo4j decodes it before lexing, anywhere (even \\u0027 closes a string literal). */
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\+[uU][0-9A-Fa-f]{4}");
    private static final Pattern REDUCE = Pattern.compile(KEYWORD_BEFORE + "REDUCE\\s*\\(");
    private static final Pattern RANGE = Pattern.compile(KEYWORD_BEFORE + "RANGE\\s*\\(");
    private static final Pattern RANGE_LITERAL = Pattern.compile(
            "\\G\\s*\\(\\s*(-?\\d{1,18})\\s*,\\s*(-?\\d{1,18})\\s*(?:,\\s*(-?\\d{1,18})\\s*)?\\)");
    /** Opens an iteration inside one expression: [x IN …, [(a)-->(b) | …], any/all/none/single(x IN …. */
    private static final Pattern ITERATION = Pattern.compile(
            "\\G(?:\\[\\s*(?:[\\p{L}_][\\p{L}\\p{N}_]*\\s+IN(?![\\w])|\\()|\\(\\s*[\\p{L}_][\\p{L}\\p{N}_]*\\s+IN(?![\\w]))");
    private static final Pattern QUANTIFIER_BEFORE = Pattern.compile("(?<![.:$\\w])(?:ANY|ALL|NONE|SINGLE)\\s*$");

    private QueryPolicy() {
    }

    /** Throws {@link QueryRefusedException} naming the reason when {@code query} may not run. */
    static void check(String query, int maxLength) {
        check(query, maxLength, Long.MAX_VALUE, Integer.MAX_VALUE);
    }

    /**
     * Also refuses what the time limit cannot stop: Neo4j checks for termination between rows, not
     * inside one expression, so {@code reduce()}, an iteration inside another iteration
     * ({@code [a IN l | [b IN l | …]]}), {@code range()} calls producing more than {@code maxRange}
     * elements together, and brackets nested deeper than {@code maxNesting} (which the parser itself
     * takes minutes over) are refused before they reach the server.
     */
    static void check(String query, int maxLength, long maxRange, int maxNesting) {
        if (query == null || query.isBlank()) {
            throw refused(MALFORMED, "empty", "查询是空的");
        }
        if (query.length() > maxLength) {
            throw refused(MALFORMED, "too-long", "查询有 " + query.length() + " 个字符，最多可以有 "
                    + maxLength + " 个");
        }
        if (UNICODE_ESCAPE.matcher(query).find()) {
            throw refused(MALFORMED, "unicode-escape", "不接受 \\\\uXXXX 形式的转义字符：数据库在读查询之前就会"
                    + "把它们还原（字符串里的也一样）；请直接写出这个字符");
        }
        String code = codeOf(query);
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            int type = Character.getType(c);
            boolean oddSpace = Character.isWhitespace(c) && c > 0x7F || Character.isSpaceChar(c) && c != ' ';
            if (type == Character.FORMAT || type == Character.CONTROL && c != '\n' && c != '\r' && c != '\t'
                    || oddSpace || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
                throw refused(MALFORMED, "hidden-characters", String.format(
                        "字符串以外有看不见或不常用的字符 U+%04X，请删去", (int) c));
            }
        }
        String upper = Normalizer.normalize(code, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        checkBounded(upper, maxRange, maxNesting);
        String single = upper.strip().replaceAll(";\\s*$", "");
        if (single.indexOf(';') >= 0) {
            throw refused(MALFORMED, "multiple-statements", "一次只能运行一条查询：请去掉分号后的语句，分开运行");
        }
        if (LOAD_CSV.matcher(single).find()) {
            throw refused(FORBIDDEN, "load-csv", "控制台不能用 LOAD CSV：它会读取服务器上的文件和网址");
        }
        if (IN_TRANSACTIONS.matcher(single).find()) {
            throw refused(FORBIDDEN, "in-transactions", "控制台不能用 CALL { … } IN TRANSACTIONS：它会自行提交修改");
        }
        Matcher names = QUALIFIED_NAME.matcher(single);
        while (names.find()) {
            boolean called = names.group().startsWith("CALL") || "(".equals(names.group(2));
            String name = names.group(1).replaceAll("\\s+", "");
            if (!called) {
                continue;
            }
            if (name.startsWith("DBMS.") || name.startsWith("APOC.")) {
                throw refused(FORBIDDEN, "procedure", "控制台不能调用过程 " + name.toLowerCase(Locale.ROOT)
                        + "：dbms.* 和 apoc.* 在控制台里都不可用");
            }
            if (name.startsWith("DB.") && WRITE_PROCEDURE_PART.matcher(name).find()) {
                throw refused(FORBIDDEN, "procedure", "控制台不能调用过程 " + name.toLowerCase(Locale.ROOT)
                        + "：它会修改数据库");
            }
        }
        Matcher write = WRITE.matcher(single);
        if (write.find()) {
            throw refused(FORBIDDEN, "write", "控制台只能读，不能用 " + write.group(1));
        }
        if (USE.matcher(single).find()) {
            throw refused(FORBIDDEN, "database", "控制台不能用 USE：只能查询默认数据库");
        }
        String rest = CYPHER_PREFIX.matcher(single).replaceFirst("");
        Matcher first = FIRST_WORD.matcher(rest);
        while (first.find() && PREFIXES.contains(first.group(1))) {
            rest = rest.substring(first.end());
            first = FIRST_WORD.matcher(rest);
        }
        first = FIRST_WORD.matcher(rest);
        if (!first.find() || !FIRST_CLAUSES.contains(first.group(1))) {
            throw refused(FORBIDDEN, "not-a-read", "控制台只运行读取的查询：请以 MATCH、OPTIONAL MATCH、WITH、UNWIND、"
                    + "RETURN 或 CALL 开头");
        }
    }

    /**
     * {@code +} operators a query may have: each {@code WITH a + a AS a} doubles a string or list, which the
     * transaction's memory cap does not count, so n of them can multiply the largest input (a 20,000-character
     * query or 256 KB of parameters) by 2^n at most: 2^8 keeps it under 70 MB.
     */
    static final int MAX_CONCATENATIONS = 8;
    /** A {@code +} of the code, not the sign of a number's exponent ({@code 1E+5}). */
    private static final Pattern PLUS = Pattern.compile("(?<![0-9.]E)\\+");

    private static void checkBounded(String upper, long maxRange, int maxNesting) {
        int depth = 0;
        int maxDepth = 0;
        java.util.ArrayDeque<Boolean> iterating = new java.util.ArrayDeque<>();
        int iterations = 0;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
                maxDepth = Math.max(maxDepth, depth);
                if (depth > maxNesting) {
                    throw refused(MALFORMED, "nesting", "括号嵌套超过了 " + maxNesting + " 层");
                }
                boolean iteration = c != '{' && ITERATION.matcher(upper).region(i, upper.length()).lookingAt()
                        && (c == '[' || QUANTIFIER_BEFORE.matcher(upper).region(Math.max(0, i - 40), i).find());
                if (iteration && iterations > 0) {
                    throw refused(FORBIDDEN, "unbounded", "控制台不能在一个列表推导里再套一个列表推导："
                            + "它在一个表达式内运行，时限无法停止它；请改用 UNWIND");
                }
                iterations += iteration ? 1 : 0;
                iterating.push(iteration);
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
                if (!iterating.isEmpty() && iterating.pop()) {
                    iterations--;
                }
            }
        }
        Matcher string = PlanPolicy.UNBOUNDED_STRING.matcher(upper);
        if (string.find()) {
            throw unboundedString(string.group(1));
        }
        long concatenations = PLUS.matcher(upper).results().count();
        if (concatenations > MAX_CONCATENATIONS) {
            throw new QueryRefusedException(FORBIDDEN, "unbounded", "拒绝：控制台的查询最多使用 " + MAX_CONCATENATIONS
                    + " 个 +（本查询 " + concatenations + " 个）：字符串或列表每与自身相加一次，长度便加倍，"
                    + "内存上限不计算它；请拆成几个查询");
        }
        if (REDUCE.matcher(upper).find()) {
            throw refused(FORBIDDEN, "unbounded", "控制台不能用 reduce()：它在一个表达式内运行，时限无法停止它；"
                    + "请改用 UNWIND 和聚合（sum、collect）");
        }
        Matcher range = RANGE.matcher(upper);
        double elements = 1;
        while (range.find()) {
            Matcher literal = RANGE_LITERAL.matcher(upper).region(range.end() - 1, upper.length());
            if (!literal.lookingAt()) {
                throw refused(FORBIDDEN, "unbounded", "控制台里 range() 的上下限要直接写成整数，"
                        + "例如 range(1, 100)");
            }
            long from = Long.parseLong(literal.group(1));
            long to = Long.parseLong(literal.group(2));
            long step = literal.group(3) == null ? 1 : Long.parseLong(literal.group(3));
            if (step == 0) {
                throw refused(MALFORMED, "query", "range() 的步长不能是 0");
            }
            double size = Math.max(0, Math.floor(((double) to - from) / step) + 1);
            elements *= Math.max(1, size);
            if (elements > maxRange) {
                throw refused(FORBIDDEN, "unbounded", "各个 range() 一共会生成超过 " + maxRange
                        + " 个数，已拒绝（上限见 respnet.console.max-range）");
            }
        }
    }

    /**
     * The query with string literals blanked, comments turned into spaces and backtick-quoted names
     * unquoted (so {@code `dbms`.`listConfig`} reads as dbms.listConfig).
     */
    static String codeOf(String query) {
        StringBuilder code = new StringBuilder(query.length());
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < query.length() && query.charAt(end) != c) {
                    end += query.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= query.length()) {
                    throw refused(MALFORMED, "unterminated", "有一个字符串没有结束的引号");
                }
                code.append(c).append(c);
                i = end + 1;
            } else if (c == '`') {
                int end = query.indexOf('`', i + 1);
                if (end < 0) {
                    throw refused(MALFORMED, "unterminated", "有一个 `反引号名称` 没有结束的反引号");
                }
                code.append(query.substring(i + 1, end).replaceAll("[^\\p{L}\\p{N}_.]", "_"));
                i = end + 1;
            } else if (query.startsWith("//", i)) {
                int end = query.indexOf('\n', i);
                code.append('\n');
                i = end < 0 ? query.length() : end + 1;
            } else if (query.startsWith("/*", i)) {
                int end = query.indexOf("*/", i + 2);
                if (end < 0) {
                    throw refused(MALFORMED, "unterminated", "有一段 /* 注释 */ 没有结束");
                }
                code.append(' ');
                i = end + 2;
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** A regular expression or a string-multiplying function, refused by the text and the plan check alike. */
    static QueryRefusedException unboundedString(String construct) {
        String what = construct.startsWith("=~") ? "正则匹配 =~" : construct.replaceAll("\\s+", "").toLowerCase(Locale.ROOT) + ")";
        return new QueryRefusedException(FORBIDDEN, "unbounded", "拒绝：控制台不可使用 " + what
                + "：它在一个表达式内可运行数分钟或生成数十亿字符，时限与内存上限都无法停止；"
                + "请改用 CONTAINS、STARTS WITH、ENDS WITH 与 split()");
    }

    private static QueryRefusedException refused(int status, String reason, String message) {
        return new QueryRefusedException(status, reason, "拒绝：" + message);
    }
}
