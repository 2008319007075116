package org.respnet;

/** The logins that {@link RespNetIntegrationTest} configures, with bcrypt hashes (cost 4, fast in tests). */
public final class TestUsers {

    public static final String ADMIN_PASSWORD = "admin-pass";
    public static final String EDITOR_PASSWORD = "editor-pass";
    public static final String VIEWER_PASSWORD = "viewer-pass";
    /** {@code fgw}: role UNIT, bound to 市发改委. */
    public static final String UNIT_USER = "fgw";
    public static final String UNIT_NAME = "市发改委";
    public static final String UNIT_PASSWORD = "unit-pass";
    /** {@code czj}: role UNIT, bound to 市财政局. */
    public static final String OTHER_UNIT_USER = "czj";
    public static final String OTHER_UNIT_NAME = "市财政局";
    public static final String OTHER_UNIT_PASSWORD = "other-pass";
    static final String EDITOR_HASH = "$2a$04$TGGMXhb9jgUKBiRWXkYAReUXQ68QyqBtNVfuh83u51CeLpx544P1.";
    static final String VIEWER_HASH = "$2a$04$8YjwlnFSKoLLPj/VZ2r5Be5sMzU3wnPzV8zeyC5VP8Z.fcPnRUGFO";
    static final String UNIT_HASH = "$2a$04$pdpvJoblhTxcU/H5rztrW.Io7mCqhmxpuX/xclVryqHY5uvBpUISa";
    static final String OTHER_UNIT_HASH = "$2a$04$RSe3UoO7O3MxywrU/fjVyeTFwRdFL6H13Pq3Qn7Anhbu/O3f1T/EC";

    private TestUsers() {
    }
}
