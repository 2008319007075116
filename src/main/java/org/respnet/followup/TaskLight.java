package org.respnet.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * A task's light and why, decided in one place from its latest progress and its dates; nothing else in the
 * product decides a light. Plain Java.
 *
 * @param light  the colour
 * @param reason one short Chinese phrase: why this colour
 * @param missed reporting dates passed (before today) that no report answered
 */
public record TaskLight(Light light, String reason, int missed) {

    /** The rule, as the pages print it. */
    public static final String RULE = "灯号只看最新一次进展和日期：已完成为绿；超过完成时限仍未完成、或两个及以上报送节点未报送为红；"
            + "报告滞后、一个报送节点未报送、或报送节点已过仍未启动为黄；正常推进为绿；尚无应报节点为灰。"
            + "报送节点取通知为牵头单位规定的报送日期，通知未规定时取季度末。";

    /** The latest report on a task: the day it was made and its status. */
    public record Latest(LocalDate at, ProgressStatus status) {
    }

    /**
     * The light of a task.
     *
     * @param latest      its latest progress, or null when none was reported
     * @param deadline    its completion deadline, or null
     * @param reportDates the dates by which its lead units must report (the notice's, or quarter ends)
     * @param today       the day the light is for
     */
    public static TaskLight of(Latest latest, LocalDate deadline, List<LocalDate> reportDates, LocalDate today) {
        if (latest != null && latest.status() == ProgressStatus.DONE) {
            return new TaskLight(Light.GREEN, "已完成", 0);
        }
        int missed = missed(latest, reportDates, today);
        if (deadline != null && today.isAfter(deadline)) {
            return new TaskLight(Light.RED, "超期：完成时限 " + deadline + " 已过", missed);
        }
        if (missed >= 2) {
            return new TaskLight(Light.RED, missed + " 个报送节点未报送", missed);
        }
        if (latest != null && latest.status() == ProgressStatus.LAGGING) {
            return new TaskLight(Light.YELLOW, "报告滞后", missed);
        }
        if (missed == 1) {
            return new TaskLight(Light.YELLOW, "1 个报送节点未报送", missed);
        }
        boolean anyDue = reportDates.stream().anyMatch(d -> d.isBefore(today));
        if (latest == null) {
            return new TaskLight(Light.GREY, "尚无应报节点", 0);
        }
        if (latest.status() == ProgressStatus.NOT_STARTED) {
            return anyDue ? new TaskLight(Light.YELLOW, "报送节点已过仍未启动", 0)
                    : new TaskLight(Light.GREY, "未启动，尚无应报节点", 0);
        }
        return new TaskLight(Light.GREEN, "正常推进", 0);
    }

    /**
     * Reporting dates before today that no report answered: a report answers the first date on or after the
     * day it was made, and every date before that.
     */
    static int missed(Latest latest, List<LocalDate> reportDates, LocalDate today) {
        LocalDate answered = latest == null ? null
                : reportDates.stream().filter(d -> !d.isBefore(latest.at())).min(LocalDate::compareTo).orElse(LocalDate.MAX);
        return (int) reportDates.stream().distinct()
                .filter(d -> d.isBefore(today))
                .filter(d -> answered == null || d.isAfter(answered))
                .count();
    }

    /**
     * The day a task's light is read on when nobody chose one: today, but no later than the last day of its
     * notice's year. A past year's notice is shown as it stood when that year closed (with every report received
     * so far), not with nearly every task red because today is long past its deadlines.
     *
     * @param year  the notice's year, or null when it has none
     * @param today the real date
     */
    public static LocalDate readOn(Integer year, LocalDate today) {
        return year != null && today.getYear() > year ? yearEnd(year) : today;
    }

    /** 12月31日 of a year: the day a past year's notice is read on. */
    public static LocalDate yearEnd(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** The quarter ends of a year: the reporting dates where a notice sets none. */
    public static List<LocalDate> quarterEnds(int year) {
        return List.of(LocalDate.of(year, 3, 31), LocalDate.of(year, 6, 30), LocalDate.of(year, 9, 30),
                LocalDate.of(year, 12, 31));
    }
}
