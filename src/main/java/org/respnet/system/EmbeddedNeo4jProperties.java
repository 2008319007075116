package org.respnet.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Neo4j server RespNet starts inside its own process.
 *
 * @param enabled  start it (the default); when false, {@code spring.neo4j.uri} names the server
 * @param dataDir  where the store lives, so the graph survives a restart
 * @param boltPort Bolt port on 127.0.0.1; 0 takes any free port
 */
@ConfigurationProperties("respnet.neo4j.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("7687") int boltPort) {
}
