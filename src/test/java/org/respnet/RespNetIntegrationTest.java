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
 *
 * <p>Logins for tests (see {@link TestUsers}): {@code admin}/{@code admin-pass} (ADMIN),
 * {@code editor}/{@code editor-pass} (EDITOR), {@code viewer}/{@code viewer-pass} (VIEWER), the unit logins
 * {@code fgw}/{@code unit-pass} (UNIT of 市发改委) and {@code czj}/{@code other-pass} (UNIT of 市财政局); anonymous
 * reading is on, as in the default configuration. The console's time limit is 2 s so that runaway
 * queries in tests end fast.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "respnet.neo4j.embedded.bolt-port=0",
        "respnet.neo4j.embedded.data-dir=target/neo4j-it/${random.uuid}",
        "respnet.import.dir=import",
        "respnet.security.admin-password=" + TestUsers.ADMIN_PASSWORD,
        "respnet.security.users[0].name=editor",
        "respnet.security.users[0].password-hash=" + TestUsers.EDITOR_HASH,
        "respnet.security.users[0].roles=EDITOR",
        "respnet.security.users[1].name=viewer",
        "respnet.security.users[1].password-hash=" + TestUsers.VIEWER_HASH,
        "respnet.security.users[1].roles=VIEWER",
        "respnet.security.users[2].name=" + TestUsers.UNIT_USER,
        "respnet.security.users[2].password-hash=" + TestUsers.UNIT_HASH,
        "respnet.security.users[2].roles=UNIT",
        "respnet.security.users[2].unit=" + TestUsers.UNIT_NAME,
        "respnet.security.users[2].city=随州",
        "respnet.security.users[3].name=" + TestUsers.OTHER_UNIT_USER,
        "respnet.security.users[3].password-hash=" + TestUsers.OTHER_UNIT_HASH,
        "respnet.security.users[3].roles=UNIT",
        "respnet.security.users[3].unit=" + TestUsers.OTHER_UNIT_NAME,
        "respnet.security.users[3].city=随州",
        "respnet.console.timeout=2s",
        "respnet.console.max-answer-size=1MB",
        "respnet.security.login.max-failures-per-address=1000"})
public @interface RespNetIntegrationTest {
}
