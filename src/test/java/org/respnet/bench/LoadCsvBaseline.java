package org.respnet.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.respnet.graph.CypherQueries;
import org.respnet.documents.ImportPlan;

/**
 * The baseline RespNet's importer is measured against: the same rows (from {@link ImportPlan})
 * written to CSV and loaded into a fresh embedded Neo4j by its own {@code LOAD CSV … CALL {} IN
 * TRANSACTIONS}, with the same schema.
 */
final class LoadCsvBaseline {

    /** Seconds spent loading (CSV writing excluded) and relationships created. */
    record Result(double seconds, long relationships) {
    }

    private static final List<String> STEPS = List.of("documents", "tasks", "leaders", "units", "memberships");

    private LoadCsvBaseline() {
    }

    static Result run(List<ImportPlan> plans, Path workDir) throws IOException {
        Path csv = Files.createDirectories(workDir.resolve("csv"));
        write(csv.resolve("documents.csv"), List.of("id", "sha256", "kind", "title", "city", "year"),
                plans.stream().map(ImportPlan::documentProperties).toList());
        write(csv.resolve("tasks.csv"), List.of("id", "documentId", "no", "kind", "text", "sectionNo", "section", "action",
                "item", "line", "city", "leadUnitCount", "leaderCount"), flat(plans, ImportPlan::tasks));
        write(csv.resolve("leaders.csv"), List.of("key", "name", "city", "taskId", "pos"), flat(plans, ImportPlan::leaderLinks));
        write(csv.resolve("units.csv"), List.of("key", "name", "city", "kind", "group", "taskId", "role", "office", "pos"),
                flat(plans, ImportPlan::unitLinks));
        write(csv.resolve("memberships.csv"), List.of("groupKey", "memberKey", "name", "city", "kind"),
                flat(plans, ImportPlan::memberships));

        int port = freePort();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(workDir.resolve("db"))
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, csv.toAbsolutePath())
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .build();
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
                Session session = driver.session()) {
            for (String statement : new CypherQueries().schemaStatements()) {
                session.run(statement).consume();
            }
            long started = System.nanoTime();
            for (String step : STEPS) {
                session.run(statementOf(step), Map.of("file", "file:///" + step + ".csv")).consume();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long rels = session.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong();
            return new Result(seconds, rels);
        } finally {
            dbms.shutdown();
        }
    }

    private static List<Map<String, Object>> flat(List<ImportPlan> plans, Function<ImportPlan, List<Map<String, Object>>> rows) {
        return plans.stream().flatMap(plan -> rows.apply(plan).stream()).toList();
    }

    private static void write(Path file, List<String> columns, List<Map<String, Object>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", columns));
            out.write('\n');
            for (Map<String, Object> row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    Object value = row.get(columns.get(i));
                    if (i > 0) {
                        out.write(',');
                    }
                    if (value != null) {
                        out.write('"' + value.toString().replace("\"", "\"\"") + '"');
                    }
                }
                out.write('\n');
            }
        }
    }

    private static String statementOf(String step) throws IOException {
        try (InputStream in = LoadCsvBaseline.class.getResourceAsStream("/bench/load-csv-" + step + ".cypher")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
