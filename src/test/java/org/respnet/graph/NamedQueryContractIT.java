package org.respnet.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * The named queries are a checked contract: every file of {@code cypher/} is declared by exactly one
 * {@link NamedQuery} constant, the parameters a file uses are exactly its record's components, and
 * every file parses and plans against the real schema (EXPLAIN on an embedded Neo4j).
 */
class NamedQueryContractIT {

    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*");
    private static final CypherQueries QUERIES = new CypherQueries();

    @TempDir
    static Path store;
    private static DatabaseManagementService neo4j;
    private static Driver driver;

    @BeforeAll
    static void startNeo4j() {
        neo4j = new DatabaseManagementServiceBuilder(store)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .build();
        int port = ((org.neo4j.kernel.internal.GraphDatabaseAPI) neo4j.database("system")).getDependencyResolver()
                .resolveDependency(org.neo4j.configuration.connectors.ConnectorPortRegister.class)
                .getLocalAddress(org.neo4j.configuration.connectors.ConnectorType.BOLT).getPort();
        driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
        new GraphSchema(driver, QUERIES).apply();
    }

    @AfterAll
    static void stopNeo4j() {
        driver.close();
        neo4j.shutdown();
    }

    @Test
    void everyFileIsDeclaredByExactlyOneConstant() throws IOException {
        Map<String, List<String>> declared = declarations().stream()
                .collect(Collectors.groupingBy(d -> d.query().file(), Collectors.mapping(Declaration::where,
                        Collectors.toList())));
        Set<String> files = new TreeSet<>(QUERIES.files());
        files.remove("schema");
        assertThat(declared.keySet()).containsExactlyInAnyOrderElementsOf(files);
        declared.forEach((file, where) -> assertThat(where).as(file).hasSize(1));
    }

    @Test
    void theParametersOfEveryFileAreExactlyItsRecordsComponents() throws IOException {
        for (Declaration d : declarations()) {
            Set<String> used = new TreeSet<>();
            Matcher m = PARAMETER.matcher(COMMENT.matcher(QUERIES.text(d.query().file())).replaceAll(""));
            while (m.find()) {
                used.add(m.group(1));
            }
            Set<String> passed = Arrays.stream(d.query().parameters().getRecordComponents())
                    .map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new));
            assertThat(passed).as(d.where() + " → cypher/" + d.query().file() + ".cypher").isEqualTo(used);
        }
    }

    @Test
    void everyFileParsesAndPlansAgainstTheSchema() throws IOException {
        try (Session session = driver.session()) {
            for (Declaration d : declarations()) {
                Map<String, Object> nulls = new HashMap<>();
                Arrays.stream(d.query().parameters().getRecordComponents()).forEach(c -> nulls.put(c.getName(), null));
                var plan = session.run("EXPLAIN " + QUERIES.text(d.query().file()), nulls).consume().plan();
                assertThat(plan).as(d.query().file()).isNotNull();
                assertThat(plan.operatorType()).as(d.query().file()).isNotBlank();
            }
        }
    }

    private record Declaration(NamedQuery<?> query, String where) {
    }

    /** Every static {@code NamedQuery} field of the compiled application and its tests. */
    private static List<Declaration> declarations() throws IOException {
        List<Declaration> found = new ArrayList<>();
        for (Path root : List.of(Path.of("target/classes"), Path.of("target/test-classes"))) {
            try (Stream<Path> files = Files.walk(root.resolve("org/respnet"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = root.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", "");
                    for (Field field : load(name).getDeclaredFields()) {
                        if (Modifier.isStatic(field.getModifiers()) && field.getType() == NamedQuery.class) {
                            field.setAccessible(true);
                            found.add(new Declaration((NamedQuery<?>) get(field), name + "." + field.getName()));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, NamedQueryContractIT.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("cannot load " + name, e);
        }
    }

    private static Object get(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
