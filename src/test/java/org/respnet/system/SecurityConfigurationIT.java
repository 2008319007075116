package org.respnet.system;

import org.respnet.SeedDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The default (desktop) mode: anonymous reading, logins for writes, CSRF for browser sessions. */
@RespNetIntegrationTest
class SecurityConfigurationIT {

    private static final String SEED = SeedDocuments.NOTICE.toString();

    @LocalServerPort
    int port;

    private byte[] seed() throws IOException {
        return Files.readAllBytes(Path.of(SEED));
    }

    @Test
    void letsAnonymousReadsThrough() {
        assertThat(new HttpJson(port).get("/api/summary").status()).isEqualTo(200);
        assertThat(new HttpJson(port).get("/api/cypher/examples").status()).isEqualTo(200);
    }

    @Test
    void refusesAnonymousWrites() throws IOException {
        HttpJson.Reply reply = new HttpJson(port).post("/api/documents", "text/plain", seed());
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body().get("reason").asString()).isEqualTo("csrf");
        assertThat(reply.body().get("error").asString()).startsWith("页面已过期，请刷新后再试");
    }

    @Test
    void refusesWritesByViewers() throws IOException {
        HttpJson.Reply reply = new HttpJson(port).as("viewer", TestUsers.VIEWER_PASSWORD)
                .post("/api/documents", "text/plain", seed());
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body().get("reason").asString()).isEqualTo("role");
        assertThat(reply.body().get("error").asString()).startsWith("您的账号没有这项权限");
    }

    @Test
    void letsEditorsAndAdminsWriteWithBasicAuthAndNoCsrfToken() throws IOException {
        HttpJson.Reply editor = new HttpJson(port).as("editor", TestUsers.EDITOR_PASSWORD)
                .post("/api/documents", "text/plain", seed());
        HttpJson.Reply admin = new HttpJson(port).asAdmin().post("/api/documents", "text/plain", seed());
        assertThat(editor.status()).as(editor.raw()).isEqualTo(200);
        assertThat(editor.body().get("alreadyImported").asBoolean()).isTrue();
        assertThat(admin.status()).isEqualTo(200);
    }

    @Test
    void answersAWrongPasswordWith401AndNoBasicChallenge() throws Exception {
        HttpJson wrong = new HttpJson(port).as("editor", "wrong");
        HttpResponse<String> response = wrong.exchange(wrong.request("/api/summary").GET().build());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(response.body()).contains("请先登录");
        assertThat(response.headers().firstValue("Set-Cookie")).as("Basic requests are stateless").isEmpty();
    }

    @Test
    void browserSessionsLogInWithTheFormAndNeedTheCsrfHeaderToWrite() throws IOException {
        BrowserSession browser = new BrowserSession(port);
        HttpResponse<String> page = browser.get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("用户名", "密码", "登录");
        assertThat(browser.csrfToken()).isNotBlank();

        String text = Files.readString(Path.of(SEED), StandardCharsets.UTF_8);
        assertThat(browser.post("/api/documents", "text/plain", text, true).statusCode())
                .as("anonymous with a valid CSRF token still needs a login").isEqualTo(401);

        assertThat(browser.login("editor", "wrong").headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        HttpResponse<String> login = browser.login("editor", TestUsers.EDITOR_PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        assertThat(browser.get("/api/session").body()).contains("\"user\":\"editor\"", "EDITOR");
        assertThat(browser.post("/api/documents", "text/plain", text, false).statusCode())
                .as("a session without the CSRF header").isEqualTo(403);
        assertThat(browser.post("/api/documents", "text/plain", text, true).statusCode()).isEqualTo(200);
    }

    @Test
    void sendsSpringSecurityDefaultHeaders() throws Exception {
        HttpJson http = new HttpJson(port);
        HttpResponse<String> response = http.exchange(http.request("/api/summary").GET().build());
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");
    }

    @Test
    void answersNoCrossOriginRequests() throws Exception {
        HttpJson http = new HttpJson(port);
        HttpRequest preflight = http.request("/api/documents")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization").build();
        HttpResponse<String> response = http.exchange(preflight);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(response.statusCode()).isGreaterThanOrEqualTo(400);
    }
}
