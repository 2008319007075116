package org.respnet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** Deployed mode, {@code respnet.security.anonymous-read=false}: every route needs a login. */
@RespNetIntegrationTest
@TestPropertySource(properties = "respnet.security.anonymous-read=false")
@DirtiesContext
class LockedDownSecurityIT {

    @LocalServerPort
    int port;

    @Test
    void refusesAnonymousReadsOfTheApi() {
        HttpJson.Reply reply = new HttpJson(port).get("/api/summary");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body().get("reason").asString()).isEqualTo("login");
        assertThat(new HttpJson(port).get("/api/cypher/examples").status()).isEqualTo(401);
    }

    @Test
    void sendsAnonymousBrowsersToTheLoginPage() {
        HttpResponse<String> console = new BrowserSession(port).get("/console");
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(new BrowserSession(port).get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void servesTheLoginPagesStylesheetsAndScriptsToAnonymousBrowsers() {
        for (String asset : new String[] {"/css/app.css", "/js/nav.js", "/webjars/bootstrap/css/bootstrap.min.css"}) {
            assertThat(new BrowserSession(port).get(asset).statusCode()).as(asset).isEqualTo(200);
        }
        assertThat(new BrowserSession(port).get("/tasks.html").statusCode()).as("pages still need a login").isEqualTo(302);
    }

    @Test
    void letsViewersRead() {
        HttpJson viewer = new HttpJson(port).as("viewer", TestUsers.VIEWER_PASSWORD);
        assertThat(viewer.get("/api/summary").status()).isEqualTo(200);
        assertThat(viewer.get("/api/session").body().get("anonymousRead").asBoolean()).isFalse();
    }

    @Test
    void stillRefusesWritesByViewers() {
        HttpJson.Reply reply = new HttpJson(port).as("viewer", TestUsers.VIEWER_PASSWORD)
                .post("/api/documents", "text/plain", "x".getBytes());
        assertThat(reply.status()).isEqualTo(403);
    }
}
