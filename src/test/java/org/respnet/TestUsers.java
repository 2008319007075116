package org.respnet;

/** The logins that {@link RespNetIntegrationTest} configures, with bcrypt hashes (cost 4, fast in tests). */
public final class TestUsers {

    public static final String ADMIN_PASSWORD = "admin-pass";
    public static final String EDITOR_PASSWORD = "editor-pass";
    public static final String VIEWER_PASSWORD = "viewer-pass";
    static final String EDITOR_HASH = "$2a$04$TGGMXhb9jgUKBiRWXkYAReUXQ68QyqBtNVfuh83u51CeLpx544P1.";
    static final String VIEWER_HASH = "$2a$04$8YjwlnFSKoLLPj/VZ2r5Be5sMzU3wnPzV8zeyC5VP8Z.fcPnRUGFO";

    private TestUsers() {
    }
}
