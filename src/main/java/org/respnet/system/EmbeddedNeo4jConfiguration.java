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
import org.respnet.graph.GraphWrites;
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
 * <p>The server starts on its own thread ({@link EmbeddedNeo4j}). Bolt always asks for a login: the store's
 * {@code neo4j} user gets the password of {@link Neo4jPassword} (a page in a browser can open a WebSocket to any local port,
 * and Neo4j's Bolt port answers WebSocket upgrades, so a port without authentication is reachable from
 * the web). Bolt listens on loopback only, on any free port unless {@code bolt-port} names one. With
 * {@code bolt-clients=false} the password is new at every start, kept in memory only, and the port is
 * not logged: only this process can use Bolt.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "respnet.neo4j.embedded.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

    @Bean
    Neo4jPassword neo4jPassword(EmbeddedNeo4jProperties properties) {
        return Neo4jPassword.of(properties.passwordFile(), properties.boltClients());
    }

    @Bean
    EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties, Neo4jPassword password) {
        return new EmbeddedNeo4j(properties, password);
    }

    /** The import writes in-process; everything else goes through the driver. */
    @Bean
    GraphWrites embeddedGraphWrites(EmbeddedNeo4j embeddedNeo4j) {
        return new EmbeddedGraphWrites(embeddedNeo4j);
    }

    /** How the driver (and the console's own driver) reach the embedded server. */
    @Bean
    Neo4jConnectionDetails embeddedConnectionDetails(EmbeddedNeo4j embeddedNeo4j, Neo4jPassword password) {
        URI uri = URI.create("bolt://" + EmbeddedNeo4j.LOOPBACK + ":" + embeddedNeo4j.boltPort());
        AuthToken auth = AuthTokens.basic(EmbeddedNeo4j.USER, password.value());
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
}
