package org.respnet.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.respnet.changes.ChangeSets;
import org.respnet.changes.TaskCorrections;
import org.respnet.graph.CypherQueries;
import org.respnet.graph.GraphReader;
import tools.jackson.databind.json.JsonMapper;
import org.respnet.graph.DriverGraphWrites;
import org.respnet.graph.GraphSchema;
import org.respnet.graph.GraphVersion;
import org.respnet.graph.NamedQuery;
import org.respnet.graph.Parameters;
import org.respnet.ingest.NoticeParser;
import org.respnet.ingest.ReferenceData;

/**
 * A child process for {@link CrashSafetyIT}: opens the embedded store (recovering it if the last
 * process was killed), prints the graph's counts as one line {@code COUNTS …}, then applies each
 * change named on the command line through the real change path, announcing {@code IMPORTING} before
 * each, so the parent can kill it in the middle: a file's path imports it, {@code remove:<id>} removes
 * a document, {@code revise:<path>} replaces the document it revises by it.
 */
final class ImportProcess {

    /** Nodes per label, relationships per type, documents present: only crash tests ask it. */
    static final NamedQuery<Parameters.None> GRAPH_FINGERPRINT = NamedQuery.of("graph-fingerprint", Parameters.None.class);

    private ImportProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(store)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .build();
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
            CypherQueries queries = new CypherQueries();
            new GraphSchema(driver, queries).apply();
            System.out.println("COUNTS " + counts(driver));
            System.out.flush();
            GraphReader reader = new GraphReader(driver, queries, JsonMapper.builder().build());
            ChangeSets changes = new ChangeSets(new DriverGraphWrites(driver), queries, new GraphVersion(driver, queries),
                    reader, event -> { });
            DocumentImporter importer = new DocumentImporter(driver, changes, queries);
            DocumentRevision revision = new DocumentRevision(new TaskCorrections(reader), changes, reader);
            NoticeParser parser = new NoticeParser();
            for (String change : List.of(args).subList(2, args.length)) {
                if (change.startsWith("remove:")) {
                    String id = change.substring("remove:".length());
                    System.out.println("IMPORTING " + id);
                    System.out.flush();
                    new DocumentRemoval(reader, changes).remove(id, "crash test");
                    System.out.println("IMPORTED " + id);
                    System.out.flush();
                    continue;
                }
                boolean revise = change.startsWith("revise:");
                var parsed = parser.parse(Files.readString(Path.of(revise ? change.substring("revise:".length()) : change)));
                System.out.println("IMPORTING " + parsed.id());
                System.out.flush();
                if (revise) {
                    revision.apply(parsed, ReferenceData.empty(), importer.match(parsed).revisionOf(), null, null);
                } else {
                    importer.importDocument(parsed, ReferenceData.empty());
                }
                System.out.println("IMPORTED " + parsed.id());
                System.out.flush();
            }
        } finally {
            dbms.shutdown();
        }
        System.out.flush();
    }

    /** Nodes per label, relationships per type and the documents present: what a crash must not disturb. */
    private static String counts(Driver driver) {
        try (var session = driver.session()) {
            Map<String, Object> row = session.run(new CypherQueries().query(GRAPH_FINGERPRINT, new Parameters.None())).single().asMap();
            return row.toString();
        }
    }
}
