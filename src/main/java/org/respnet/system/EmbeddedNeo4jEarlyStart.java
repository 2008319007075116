package org.respnet.system;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded Neo4j server as soon as the application's settings are read, before Spring looks at a single
 * bean: the server's start (its longest part) then overlaps the whole of the application's own, not only its last
 * third. {@link EmbeddedNeo4jConfiguration} adopts the server started here; without this initializer (tests, the
 * benchmark's in-process application) it starts one itself when the driver is configured.
 */
public final class EmbeddedNeo4jEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The server started early and its password, held until the configuration adopts them. */
    static final class Started implements DisposableBean {

        final EmbeddedNeo4jProperties properties;
        final Neo4jPassword password;
        final EmbeddedNeo4j server;

        private Started(EmbeddedNeo4jProperties properties, Neo4jPassword password, EmbeddedNeo4j server) {
            this.properties = properties;
            this.password = password;
            this.server = server;
        }

        /** A start that fails before the configuration adopted the server must not leave it running. */
        @Override
        public void destroy() {
            server.destroy();
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (!environment.getProperty("respnet.neo4j.embedded.enabled", Boolean.class, true)) {
            return;
        }
        EmbeddedNeo4jProperties properties = Binder.get(environment)
                .bindOrCreate("respnet.neo4j.embedded", EmbeddedNeo4jProperties.class);
        Neo4jPassword password = Neo4jPassword.of(properties.passwordFile(), properties.boltClients());
        Started started = new Started(properties, password, new EmbeddedNeo4j(properties, password));
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton("embeddedNeo4jEarlyStart", started);
        // First registered, last destroyed; a no-op once the configuration's bean has shut the server down.
        beans.registerDisposableBean("embeddedNeo4jEarlyStart", started);
    }
}
