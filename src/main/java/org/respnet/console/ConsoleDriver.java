package org.respnet.console;

import java.util.concurrent.TimeUnit;

import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * The console's own Bolt driver, with a small pool of its own, so console queries can never take the
 * connections the pages and imports need. Not a {@link Driver} bean: nothing else can pick it up.
 */
@Component
class ConsoleDriver implements DisposableBean {

    private final Driver driver;

    ConsoleDriver(Neo4jConnectionDetails connection, ConsoleProperties properties) {
        this.driver = GraphDatabase.driver(connection.getUri(), connection.getAuthToken(), Config.builder()
                .withMaxConnectionPoolSize(properties.poolSize())
                .withConnectionAcquisitionTimeout(5, TimeUnit.SECONDS)
                .withUserAgent("respnet-console")
                .build());
    }

    Driver driver() {
        return driver;
    }

    @Override
    public void destroy() {
        driver.close();
    }
}
