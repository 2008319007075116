package org.respnet.system;

/**
 * What a login may do; each role includes the ones below it (ADMIN &gt; EDITOR &gt; VIEWER, UNIT &gt; VIEWER).
 */
public enum Role {
    /** Reads everything and uses the read-only Cypher console. */
    VIEWER,
    /**
     * A unit's own login (bound to one unit by {@code respnet.security.users[n].unit}): reads what a VIEWER
     * reads and reports progress on the tasks its unit leads or is responsible for, and on no other.
     */
    UNIT,
    /** Also imports documents and edits reference data: every non-GET request. */
    EDITOR,
    /** Also manages users and settings. */
    ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
