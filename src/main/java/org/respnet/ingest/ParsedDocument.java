package org.respnet.ingest;

import java.util.List;

/**
 * What the parser made of one document: its metadata, its tasks, every problem found and every
 * guess it made. A document with problems must not be imported at all; warnings do not block it
 * but belong in front of the user.
 *
 * @param format the format it was read as (text/plain, docx, pdf, …)
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
        List<Problem> problems,
        List<Warning> warnings,
        String format) {

    public ParsedDocument {
        tasks = List.copyOf(tasks);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** A document read without warnings, from a text file. */
    public ParsedDocument(DocumentKind kind, String sha256, String title, String docNo, String city, Integer year,
            String text, List<ParsedTask> tasks, List<Problem> problems) {
        this(kind, sha256, title, docNo, city, year, text, tasks, problems, List.of(), "text/plain");
    }

    /** A short, stable id derived from the content hash. */
    public String id() {
        return sha256.substring(0, 12);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
