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
 * process was killed), prints the graph's counts as one line {@code COUNTS …}, then imports each
 * document named on the command line through the real importer, announcing {@code IMPORTING} before
 * each, so the parent can kill it in the middle.
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
            DocumentImporter importer = new DocumentImporter(driver, new ChangeSets(new DriverGraphWrites(driver),
                    queries, new GraphVersion(driver, queries),
                    new GraphReader(driver, queries, JsonMapper.builder().build()), event -> { }), queries);
            NoticeParser parser = new NoticeParser();
            for (String document : List.of(args).subList(2, args.length)) {
                var parsed = parser.parse(Files.readString(Path.of(document)));
                System.out.println("IMPORTING " + parsed.id());
                System.out.flush();
                importer.importDocument(parsed, ReferenceData.empty());
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
