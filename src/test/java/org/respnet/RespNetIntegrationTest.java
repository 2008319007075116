package org.respnet;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random HTTP port with its embedded Neo4j on a free Bolt port and a
 * fresh store under {@code target/}; the bundled documents are imported at start-up. Test classes
 * with this annotation share one context (and so one database) per JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "respnet.neo4j.embedded.bolt-port=0",
        "respnet.neo4j.embedded.data-dir=target/neo4j-it/${random.uuid}",
        "respnet.import.dir=import"})
public @interface RespNetIntegrationTest {
}
