package org.respnet.ingest;

import java.util.List;

/**
 * What the parser made of one document: its metadata, its tasks, every problem found and every
 * guess it made. A document with problems must not be imported at all; warnings do not block it
 * but belong in front of the user.
 *
 * @param format the format it was read as (text/plain, docx, pdf, …)
 * @param tables each table as read: its header, the role of each column and where that role came from, so the
 *               preview can show it and the clerk change it
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
        String format,
        List<TableLayout> tables) {

    public ParsedDocument {
        tables = tables == null ? List.of() : List.copyOf(tables);
        tasks = List.copyOf(tasks);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** A document read without warnings, from a text file. */
    public ParsedDocument(DocumentKind kind, String sha256, String title, String docNo, String city, Integer year,
            String text, List<ParsedTask> tasks, List<Problem> problems) {
        this(kind, sha256, title, docNo, city, year, text, tasks, problems, List.of(), "text/plain", List.of());
    }

    /**
     * One table of the document as the reader saw it.
     *
     * @param table     1-based number of the table in the document
     * @param where     the header row's place (表1第1行); the first row when no header was found
     * @param header    the header's titles, or the first row's cells when no header was found
     * @param roles     per column the role read ({@link Reading#COLUMN_ROLES} keys), blank for none
     * @param source    READER (titles read), CHOSEN (the clerk's or the city's reading), NONE (no header found)
     * @param sample    the first rows under the header, cells cut short, to show what each column holds
     */
    public record TableLayout(int table, String where, List<String> header, List<String> roles, Source source,
            List<List<String>> sample) {

        /** Where a table's column roles came from. */
        public enum Source {
            /** The reader read them from the column titles. */
            READER,
            /** The clerk's reading, or the city's reading profile, gave them. */
            CHOSEN,
            /** No header was found: the first row is offered for the clerk to mark. */
            NONE
        }
    }

    /** A short, stable id derived from the content hash. */
    public String id() {
        return sha256.substring(0, 12);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
