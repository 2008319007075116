package org.respnet.system;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Starts Neo4j inside the application with Bolt on 127.0.0.1 and points the driver at it, so the
 * rest of the code reaches the embedded store exactly as it would reach an external server.
 * Without this configuration Spring Boot builds the driver from {@code spring.neo4j.*}.
 *
 * <p>Bolt always asks for a login: the store's {@code neo4j} user gets the password of
 * {@link Neo4jPassword} at every start (a page in a browser can open a WebSocket to any local port,
 * and Neo4j's Bolt port answers WebSocket upgrades, so a port without authentication is reachable from
 * the web). Bolt listens on loopback only, on any free port unless {@code bolt-port} names one. With
 * {@code bolt-clients=false} the password is new at every start, kept in memory only, and the port is
 * not logged: only this process can use Bolt.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "respnet.neo4j.embedded.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);
    private static final String LOOPBACK = "127.0.0.1";
    static final String USER = "neo4j";

    @Bean
    Neo4jPassword neo4jPassword(EmbeddedNeo4jProperties properties) {
        return Neo4jPassword.of(properties.passwordFile(), properties.boltClients());
    }

    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties, Neo4jPassword password) {
        long started = System.nanoTime();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(properties.dataDir().toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address,
                        new SocketAddress(LOOPBACK, properties.boltClients() ? properties.boltPort() : 0))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Extensions (plugins) other than these are not loaded; built-in procedures are not
                // affected by this setting, so the console checks every procedure call itself.
                .setConfig(GraphDatabaseSettings.procedure_allowlist, List.of("db.*"))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                // Even a read query could LOAD CSV FROM 'file:///…'; the console refuses it, and so does the server.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                // A runaway console query fails on its own instead of exhausting the application's heap.
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, properties.transactionMemoryMax().toBytes())
                .build();
        try {
            setPassword(service, password.value());
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
        int port = boltPort(service);
        if (properties.boltClients()) {
            log.info("Embedded Neo4j started in {} ms, store {}, Bolt bolt://{}:{} (user {}, password in {})",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), properties.dataDir().toAbsolutePath(),
                    LOOPBACK, port, USER, properties.passwordFile().toAbsolutePath());
        } else {
            log.info("Embedded Neo4j started in {} ms, store {}; Bolt for this process only",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), properties.dataDir().toAbsolutePath());
        }
        return service;
    }

    /**
     * Gives the store's {@code neo4j} user the password, through the system database of the embedded
     * server (set-up only; every query of the application goes through the driver).
     */
    private static void setPassword(DatabaseManagementService service, String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (e.getMessage() == null || !e.getMessage().contains("cannot be the same")) {
                throw e;
            }
        }
    }

    /** How the driver (and the console's own driver) reach the embedded server. */
    @Bean
    Neo4jConnectionDetails embeddedConnectionDetails(DatabaseManagementService embeddedNeo4j, Neo4jPassword password) {
        URI uri = URI.create("bolt://" + LOOPBACK + ":" + boltPort(embeddedNeo4j));
        AuthToken auth = AuthTokens.basic(USER, password.value());
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return auth;
            }
        };
    }

    @Bean(destroyMethod = "close")
    @Primary
    Driver neo4jDriver(Neo4jConnectionDetails embeddedConnectionDetails) {
        return GraphDatabase.driver(embeddedConnectionDetails.getUri(), embeddedConnectionDetails.getAuthToken());
    }

    /** The port Bolt really listens on, which differs from the setting when that is 0. */
    static int boltPort(DatabaseManagementService service) {
        GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        return system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
    }
}
