package org.respnet.system;

import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside the application with Bolt on 127.0.0.1 and points the driver at it, so the
 * rest of the code reaches the embedded store exactly as it would reach an external server.
 * Without this configuration Spring Boot builds the driver from {@code spring.neo4j.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "respnet.neo4j.embedded.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);
    private static final String LOOPBACK = "127.0.0.1";

    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties) {
        long started = System.nanoTime();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(properties.dataDir().toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, properties.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Bolt listens on loopback only; docs/security.md tells how to turn authentication on.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                // Even a read query could LOAD CSV FROM 'file:///…'; the console refuses it, and so does the server.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                // A runaway console query fails on its own instead of exhausting the application's heap.
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, properties.transactionMemoryMax().toBytes())
                .build();
        log.info("Embedded Neo4j started in {} ms, store {}, Bolt bolt://{}:{}",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), properties.dataDir().toAbsolutePath(),
                LOOPBACK, boltPort(service));
        return service;
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(DatabaseManagementService embeddedNeo4j) {
        return GraphDatabase.driver("bolt://" + LOOPBACK + ":" + boltPort(embeddedNeo4j), AuthTokens.none());
    }

    /** The port Bolt really listens on, which differs from the setting when that is 0. */
    static int boltPort(DatabaseManagementService service) {
        GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        return system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
    }
}
