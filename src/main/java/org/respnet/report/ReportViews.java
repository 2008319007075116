package org.respnet.report;

import java.util.List;

/** The JSON the report endpoints answer with. */
public final class ReportViews {

    private ReportViews() {
    }

    /** A work report and how many tasks trace to it. */
    public record ReportDocument(String id, String title, String city, Integer year, long passages, long linkedTasks) {
    }

    /** A task traced to a passage, with how it was found and who answers for it. */
    public record TracedTask(String id, String no, String kind, String text, double score, String method,
            List<String> leadUnits, List<String> responsibleUnits) {
    }

    /** One passage of a report with the tasks that decompose it. */
    public record PassageView(int no, int paragraph, String part, String section, String text, boolean planning,
            boolean heading, boolean commitment, List<TracedTask> tasks) {

        boolean covered() {
            return !tasks.isEmpty();
        }

        /** A commitment counts when the report promises something or the notice assigned it. */
        boolean counts() {
            return planning && !heading && (commitment || covered());
        }
    }

    /** A task of the notice that no passage of the report holds. */
    public record UnlinkedTask(String id, String no, String kind, String text, String item, List<String> leadUnits) {
    }

    /** Coverage of one section of a planning part. */
    public record SectionCoverage(String part, String section, int commitments, int covered, double share) {
    }

    /**
     * How much of a report's plan the notice assigned: per section, the uncovered commitments, and the tasks
     * the notice added that the report does not hold.
     */
    public record Coverage(ReportDocument document, int tasks, int linkedTasks, int commitments, int covered,
            double share, List<SectionCoverage> sections, List<PassageView> uncovered, List<UnlinkedTask> unlinkedTasks) {
    }

    /** A reporting rule as the notice states it. */
    public record RuleView(String documentId, String city, String scope, String role, String what, List<String> dates,
            Integer daysBefore, String to, String phrase) {
    }

    /** A unit's reporting calendar. */
    public record UnitCalendar(String key, String unit, String city, List<RuleView> rules, List<DueDate> dates) {
    }

    /** A date on which units must report and how many. */
    public record DateCount(String date, long units) {
    }

    /**
     * The next reporting date on or after {@code on} and how many units are due then; when the year's dates are
     * all past, the last one, with {@code past} set.
     */
    public record NextDue(String on, String date, long units, boolean past, List<DateCount> dates) {
    }
}
