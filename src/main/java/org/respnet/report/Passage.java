package org.respnet.report;

/**
 * One sentence (or clause between 。；) of a work report, where it stands and what it is.
 *
 * @param no         1-based position in the report
 * @param paragraph  1-based paragraph it belongs to, so the text can be laid out again
 * @param part       the part heading it stands under (一、2023年工作回顾), {@code ""} before the first
 * @param section    the section heading ((一)…) or, in a part without sections, the subsection line; null in
 *                   a part's preamble
 * @param text       the sentence as printed, closing mark included
 * @param planning   whether its part plans the year (not the review of the last one)
 * @param heading    whether it is itself a section or subsection heading
 * @param commitment whether it promises something: in a planning part, not a heading, and carrying a target
 *                   number or (inside a section) an action verb
 */
public record Passage(int no, int paragraph, String part, String section, String text, boolean planning,
        boolean heading, boolean commitment) {
}
