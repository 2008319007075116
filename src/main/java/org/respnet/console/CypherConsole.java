package org.respnet.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a user's Cypher query read-only: text policy check (what the timeout cannot stop), parameter
 * limits, a place among the running console queries (overall and per user, else 429), then on the
 * console's own driver a READ access-mode session and one explicit transaction with the console's
 * time limit, in which the query is first {@code EXPLAIN}ed and its plan checked ({@link PlanPolicy}),
 * then run, reading at most the row cap and the answer-size cap, and rolled back.
 */
@Service
public class CypherConsole {

    private static final int TIMEOUT = 422;
    static final int BUSY = 429;
    private static final java.util.regex.Pattern LEADING_PROFILE_OR_EXPLAIN =
            java.util.regex.Pattern.compile("^\\s*(?i:PROFILE|EXPLAIN)(?![\\w])");
    private static final long RETRY_AFTER_SECONDS = 2;

    private final Driver driver;
    private final ConsoleProperties properties;
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final Semaphore running;
    private final ConcurrentHashMap<String, AtomicInteger> runningPerUser = new ConcurrentHashMap<>();

    CypherConsole(ConsoleDriver driver, ConsoleProperties properties) {
        this.driver = driver.driver();
        this.properties = properties;
        this.running = new Semaphore(properties.maxConcurrent());
    }

    /** Checks and runs {@code query} as a non-ADMIN; throws {@link QueryRefusedException} when refused or stopped. */
    public ConsoleResult run(String query, Map<String, Object> params) {
        return run(query, params, "", false);
    }

    /**
     * Checks and runs {@code query} for {@code user}; throws {@link QueryRefusedException} when refused or
     * stopped. Only an {@code admin} reads the admin-only labels ({@link PlanPolicy#ADMIN_ONLY_LABELS}).
     */
    public ConsoleResult run(String query, Map<String, Object> params, String user, boolean admin) {
        QueryPolicy.check(query, properties.maxQueryLength(), properties.maxRange(), properties.maxNesting());
        Map<String, Object> checked = params == null ? Map.of() : params;
        checkParameters(checked);
        AtomicInteger mine = runningPerUser.computeIfAbsent(user, u -> new AtomicInteger());
        if (mine.incrementAndGet() > properties.maxConcurrentPerUser()) {
            mine.decrementAndGet();
            throw busy("您已有 " + properties.maxConcurrentPerUser() + " 条查询在运行，请等它们结束");
        }
        try {
            if (!running.tryAcquire()) {
                throw busy("控制台正在运行 " + properties.maxConcurrent() + " 条查询，请稍后再试");
            }
            try {
                return execute(query, checked, true, admin);
            } finally {
                running.release();
            }
        } finally {
            mine.decrementAndGet();
        }
    }

    private static QueryRefusedException busy(String message) {
        return new QueryRefusedException(BUSY, "busy", "繁忙：" + message, RETRY_AFTER_SECONDS);
    }

    private void checkParameters(Map<String, Object> params) {
        if (params.size() > properties.maxParams()) {
            throw new QueryRefusedException(QueryPolicy.MALFORMED, "parameters", "拒绝：参数有 " + params.size()
                    + " 个，最多可以有 " + properties.maxParams() + " 个");
        }
        long bytes = mapper.writeValueAsBytes(params).length;
        if (bytes > properties.maxParamsSize().toBytes()) {
            throw new QueryRefusedException(QueryPolicy.MALFORMED, "parameters", "拒绝：参数共 "
                    + bytes + " 字节，最多可以有 " + properties.maxParamsSize().toBytes() + " 字节");
        }
    }

    /** Runs without the policy checks: READ mode and the time limit alone (tests use this to prove they hold). */
    ConsoleResult execute(String query, Map<String, Object> params) {
        return execute(query, params, false, true);
    }

    /** Runs with the plan check but without the text policy (tests use this to prove the plan check alone holds). */
    ConsoleResult executePlanChecked(String query, Map<String, Object> params) {
        return execute(query, params, true, false);
    }

    private ConsoleResult execute(String query, Map<String, Object> params, boolean checkPlan, boolean admin) {
        SessionConfig readOnly = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
        TransactionConfig limits = TransactionConfig.builder().withTimeout(properties.timeout())
                .withMetadata(Map.of("app", "respnet-console")).build();
        try (Session session = driver.session(readOnly); Transaction tx = session.beginTransaction(limits)) {
            if (checkPlan) {
                String explained = "EXPLAIN " + LEADING_PROFILE_OR_EXPLAIN.matcher(query).replaceFirst("");
                PlanPolicy.check(tx.run(explained, params).consume().plan(), properties.allowedProcedures(), admin);
            }
            Result result = tx.run(query, params);
            List<String> columns = result.keys();
            List<List<Object>> rows = new ArrayList<>();
            boolean truncated = false;
            long bytes = 0;
            long maxBytes = properties.maxAnswerSize() == null ? Long.MAX_VALUE : properties.maxAnswerSize().toBytes();
            while (result.hasNext()) {
                if (rows.size() == properties.maxRows()) {
                    truncated = true;
                    break;
                }
                List<Object> row = row(result.next());
                bytes += mapper.writeValueAsBytes(row).length;
                if (bytes > maxBytes) {
                    truncated = true;
                    break;
                }
                rows.add(row);
            }
            tx.rollback();
            return new ConsoleResult(columns, rows, truncated);
        } catch (Neo4jException e) {
            throw translate(e);
        }
    }

    private QueryRefusedException translate(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        String message = e.getMessage();
        if (code.contains("TimedOut") || code.endsWith("Transaction.Terminated")
                || code.endsWith("TransactionTerminated")) {
            return new QueryRefusedException(TIMEOUT, "timeout", "超时：查询在 "
                    + properties.timeout().toSeconds() + " 秒内没有完成，已被终止；请加上 LIMIT 或缩小范围");
        }
        if (code.endsWith("Statement.AccessMode") || code.startsWith("Neo.ClientError.Security.")) {
            return new QueryRefusedException(QueryPolicy.FORBIDDEN, "write",
                    "拒绝：控制台只能读，这条查询会修改数据（" + code + "）");
        }
        if (code.contains("MemoryPool") || code.contains("MemoryLimit") || code.contains("OutOfMemory")) {
            return new QueryRefusedException(TIMEOUT, "memory",
                    "内存不足：查询需要的内存超过了一个事务可用的上限（" + code + "），请缩小范围");
        }
        if (code.startsWith("Neo.ClientError.")) {
            return new QueryRefusedException(QueryPolicy.MALFORMED, "query", QueryErrors.explain(code, message));
        }
        return new QueryRefusedException(TIMEOUT, "failed", "查询未能完成，请稍后再试");
    }

    private static List<Object> row(Record record) {
        List<Object> row = new ArrayList<>(record.size());
        for (Value value : record.values()) {
            row.add(plain(value.asObject()));
        }
        return row;
    }

    /** Driver values as JSON-friendly maps and lists: nodes, relationships and paths keep ids and properties. */
    private static Object plain(Object value) {
        if (value instanceof Node node) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", node.elementId());
            out.put("labels", node.labels());
            out.put("properties", plain(node.asMap()));
            return out;
        }
        if (value instanceof Relationship rel) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", rel.elementId());
            out.put("type", rel.type());
            out.put("start", rel.startNodeElementId());
            out.put("end", rel.endNodeElementId());
            out.put("properties", plain(rel.asMap()));
            return out;
        }
        if (value instanceof Path path) {
            List<Object> nodes = new ArrayList<>();
            path.nodes().forEach(n -> nodes.add(plain(n)));
            List<Object> rels = new ArrayList<>();
            path.relationships().forEach(r -> rels.add(plain(r)));
            return Map.of("nodes", nodes, "relationships", rels);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CypherConsole::plain).toList();
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }
}
