package org.respnet.report;

import java.time.LocalDate;

/** A date a task is due by, with the words it was read from (「6月底前」, 「年底前」, 「上半年」). */
public record Deadline(LocalDate date, String phrase) {
}
