package org.respnet.ingest;

/** What a source document is, told from its content rather than its file name. */
public enum DocumentKind {
    /** A task-decomposition notice: holds assignments of leaders and units to tasks. */
    NOTICE,
    /** The work report the notice decomposes: prose, no assignments. */
    REPORT
}
