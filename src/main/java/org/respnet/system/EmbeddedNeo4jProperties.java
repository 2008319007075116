package org.respnet.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the Neo4j server RespNet starts inside its own process.
 *
 * @param enabled  start it (the default); when false, {@code spring.neo4j.uri} names the server
 * @param dataDir  where the store lives, so the graph survives a restart
 * @param boltPort Bolt port on 127.0.0.1; 0 takes any free port (logged at start)
 * @param transactionMemoryMax memory one transaction may use before the server stops it
 * @param boltClients  let clients other than RespNet (Neo4j Browser, cypher-shell) use Bolt: the {@code neo4j}
 *                     user's password is kept in {@code passwordFile} and the port is logged; when false the
 *                     password is new at every start and kept in memory only, and Bolt takes any free port
 * @param passwordFile where the {@code neo4j} user's generated password is kept (owner-readable only)
 */
@ConfigurationProperties("respnet.neo4j.embedded")
public record EmbeddedNeo4jProperties(
        boolean enabled,
        Path dataDir,
        int boltPort,
        DataSize transactionMemoryMax,
        boolean boltClients,
        Path passwordFile) {
}
