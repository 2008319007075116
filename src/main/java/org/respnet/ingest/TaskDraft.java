package org.respnet.ingest;

import java.util.List;

import org.respnet.ingest.extract.Place;

/**
 * A task as the outline or a table found it, before the document-wide steps (numbering keys,
 * lead rule, glued names, limits) turn it into a {@link ParsedTask}.
 *
 * @param numeral   the number as printed, without punctuation; null when the task has none
 * @param outer     the numerals of the numbered headings it stands under, outermost first, for
 *                  telling apart tasks whose numbering restarts under each heading
 * @param part      for one of several separately assigned parts of an item (1, 2, …); 0 otherwise
 * @param unnumberedBlock true for a paragraph with a bracketed assignment but no number, which is a
 *                  task only in a document that numbers none of its tasks
 */
record TaskDraft(
        String numeral,
        List<String> outer,
        int part,
        TaskKind kind,
        String sectionNo,
        String section,
        String action,
        String item,
        String text,
        Assignment assignment,
        Place place,
        boolean unnumberedBlock) {

    TaskDraft {
        outer = List.copyOf(outer);
    }
}
