package org.respnet.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the Neo4j server RespNet starts inside its own process.
 *
 * @param enabled  start it (the default); when false, {@code spring.neo4j.uri} names the server
 * @param dataDir  where the store lives, so the graph survives a restart
 * @param boltPort Bolt port on 127.0.0.1; 0 takes any free port
 * @param transactionMemoryMax memory one transaction may use before the server stops it
 */
@ConfigurationProperties("respnet.neo4j.embedded")
public record EmbeddedNeo4jProperties(
        boolean enabled,
        Path dataDir,
        int boltPort,
        DataSize transactionMemoryMax) {
}
