package org.respnet.graph;

import org.neo4j.driver.Driver;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With an external server or cluster, bulk writes go through the driver; the embedded server brings its own. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "respnet.neo4j.embedded.enabled", havingValue = "false")
class GraphWritesConfiguration {

    @Bean
    GraphWrites driverGraphWrites(Driver driver) {
        return new DriverGraphWrites(driver);
    }
}
