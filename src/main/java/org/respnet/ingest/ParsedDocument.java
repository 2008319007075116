package org.respnet.ingest;

import java.util.List;

/**
 * What the parser made of one document: its metadata, its tasks and every problem found.
 * A document with problems must not be imported at all.
 */
public record ParsedDocument(
        DocumentKind kind,
        String sha256,
        String title,
        String docNo,
        String city,
        Integer year,
        String text,
        List<ParsedTask> tasks,
        List<Problem> problems) {

    public ParsedDocument {
        tasks = List.copyOf(tasks);
        problems = List.copyOf(problems);
    }

    /** A short, stable id derived from the content hash. */
    public String id() {
        return sha256.substring(0, 12);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
