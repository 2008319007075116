package org.respnet.system;

/** What a login may do; each role includes the ones below it (ADMIN &gt; EDITOR &gt; VIEWER). */
public enum Role {
    /** Reads everything and uses the read-only Cypher console. */
    VIEWER,
    /** Also imports documents and edits reference data: every non-GET request. */
    EDITOR,
    /** Also manages users and settings. */
    ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
