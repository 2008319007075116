package org.respnet.followup;

import java.math.BigDecimal;

import java.util.List;

/** What the follow-up endpoints answer. */
public final class FollowUpViews {

    private FollowUpViews() {
    }

    /** A progress report as posted: status by its Chinese label; {@code unit} only for EDITOR (whose report). */
    public record ProgressRequest(String status, BigDecimal percent, String note, String unit, String period) {
    }

    /** One stored progress entry. */
    public record ProgressEntry(String at, String period, String status, Integer percent, String note, String by,
            String unit) {
    }

    /** What a report or an upload wrote: {@code written} 0 when everything in it was already recorded. */
    public record Recorded(String target, int rows, int written, List<String> tasks) {
    }

    /** A task with its light, read on the day {@code on}. */
    public record TaskStatus(String id, String no, String kind, String text, String city, String deadline,
            String nextDue, Light light, String lightLabel, String reason, int missed, String latestStatus,
            String latestAt, Integer latestPercent, List<String> leaders, List<String> leadUnits,
            List<String> responsibleUnits, String on) {
    }

    /** Lights of the tasks of one unit (as lead or as responsible) or one leader. */
    public record LightCounts(String name, String city, int tasks, int green, int yellow, int red, int grey,
            int done, double completionRate, double lateShare) {
    }

    /** Lateness of a set of tasks: how many, how many red or yellow, and the share. */
    public record Lateness(int tasks, int late, double share) {
    }

    /** A unit whose late tasks (as lead) hold up other units named on them. */
    public record Spread(String unit, String city, int lateTasks, int otherUnits, List<String> touched) {
    }

    /** Predicted bottleneck score against observed lateness, per unit. */
    public record PredictedObserved(String unit, String city, double score, int tasks, int late, double lateShare) {
    }

    /**
     * The 督办看板. {@code scope}: {@code city} (one city: every list filled) or {@code national} (several cities:
     * totals, {@code byCity} one page of cities most red first, {@code cities} how many in all, and co-led vs
     * single-lead lateness; the per-unit lists are empty, asked per city). {@code empty}: no progress reported yet
     * anywhere in the answer's scope. {@code on}: the day the lights are read on; without a day asked, today or,
     * when the notice's {@code year} is over, its last day ({@code yearEnded}, {@code today} the real date).
     */
    public record Board(String on, String today, Integer year, boolean yearEnded, String rule, String scope, int cities, boolean empty, long reports,
            List<LightCounts> totals, List<LightCounts> byCity, List<LightCounts> byLeadUnit, List<LightCounts> byResponsibleUnit, List<LightCounts> byLeader,
            List<TaskStatus> overdue, Lateness coLed, Lateness singleLead, List<Spread> spread,
            List<PredictedObserved> predictedObserved) {
    }

    /** A red or yellow task of a unit on its 督办单, with its history. */
    public record NoticeTask(TaskStatus task, String role, List<ProgressEntry> history) {
    }

    /** The 督办单 of one unit. */
    public record SupervisionNotice(String unit, String on, String rule, String nextDue, int tasks, int red,
            int yellow, List<NoticeTask> items) {
    }
}
