package org.respnet.ingest;

/** The two kinds of task a notice assigns: numbered key tasks and the mayor's livelihood projects. */
public enum TaskKind {
    /** 重点工作: a numbered task of the work report. */
    KEY,
    /** 民生实事: a separately assigned part of a livelihood project led by the mayor. */
    LIVELIHOOD
}
