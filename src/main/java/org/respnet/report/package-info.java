/**
 * The report behind the tasks: a work report read into passages under their part and section, each
 * task traced to the passage it decomposes, the planning part's commitments nobody was given, the
 * numbers (targets) and dates (deadlines) in the tasks, and the reporting calendar the notice sets
 * for each unit (JSON and iCalendar). The readers are plain Java; {@link org.respnet.report.ReportLinker}
 * stores what they find after every import, for a notice and a report of the same city and year.
 */
package org.respnet.report;
