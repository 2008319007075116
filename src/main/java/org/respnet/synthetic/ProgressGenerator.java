package org.respnet.synthetic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up monthly progress reports for the benchmark: for every task, one report a month from January of the
 * notice's year, each note marked 【生成】. Nothing here is observed; the product never ships or loads it.
 *
 * <p>How late a task runs is decided partly by its structure and partly by chance: a task's monthly chance of
 * being 滞后 is {@link #risk} (it grows with the units named on it and with each co-lead unit) times a random
 * factor of the task (0.5–1.5); a lagging task stays lagging the next month with probability {@value #PERSIST}.
 * A month on track moves the task its planned share towards 100 % by its deadline's month (the year's end where
 * it has none), a lagging month a third of it, so a task that lagged often misses its deadline. Tasks start in
 * January, or (one in five) up to two months later (未启动 until then). Once done, a task reports 已完成 100 %.
 * The first lead unit reports; co-lead units take turns month by month.
 *
 * <p>The same seed gives the same reports for a task whatever else is generated (each task draws from its own
 * random stream, seeded from the seed and the task's id).
 */
public final class ProgressGenerator {

    public static final String DONE = "已完成";
    public static final String ON_TRACK = "正常推进";
    public static final String LAGGING = "滞后";
    public static final String NOT_STARTED = "未启动";
    /** Every generated note starts with this, so generated entries are never mistaken for reports. */
    public static final String MARK = "【生成】";

    static final double PERSIST = 0.6;
    private static final String[] REASONS = {"前期手续未完成", "资金未到位", "协调单位意见未统一", "施工进度滞后",
            "配套政策未出台"};

    /**
     * A task as the generator sees it.
     *
     * @param id           the task's id
     * @param deadline     its completion deadline, or null
     * @param leadUnitKeys the keys of its lead units, first lead first (they report)
     * @param units        how many units are named on it in all, lead and responsible (a group by its members)
     */
    public record TaskShape(String id, LocalDate deadline, List<String> leadUnitKeys, int units) {
    }

    /** One generated report: the reporting unit's key, the day it was made, the month it reports for. */
    public record Report(String task, String unitKey, LocalDate at, String period, String status, int percent,
            String note) {
    }

    private final long seed;
    private final int year;
    private final int months;

    /** Reports for {@code months} months from January of {@code year}. */
    public ProgressGenerator(long seed, int year, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1");
        }
        this.seed = seed;
        this.year = year;
        this.months = months;
    }

    /**
     * The structural part of a task's monthly chance of lagging: 4 %, plus 1.2 points for each unit named beyond
     * the first, plus 8 points for each co-lead unit; at most 60 %.
     */
    public static double risk(TaskShape task) {
        int coLeads = Math.max(0, task.leadUnitKeys().size() - 1);
        return Math.min(0.6, 0.04 + 0.012 * Math.max(0, task.units() - 1) + 0.08 * coLeads);
    }

    /** One report a month for the task; none when it has no lead unit to report. */
    public List<Report> reports(TaskShape task) {
        List<Report> reports = new ArrayList<>(months);
        if (task.leadUnitKeys().isEmpty()) {
            return reports;
        }
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + task.id().hashCode());
        double chance = risk(task) * (0.5 + random.nextDouble());
        int start = random.nextInt(5) == 0 ? 1 + random.nextInt(3) : 1;
        int due = task.deadline() == null ? 12
                : Math.max(start, (task.deadline().getYear() - year) * 12 + task.deadline().getMonthValue());
        double step = 100.0 / (due - start + 1);
        double progress = 0;
        boolean lagging = false;
        for (int m = 1; m <= months; m++) {
            YearMonth month = YearMonth.of(year, 1).plusMonths(m - 1);
            String unit = task.leadUnitKeys().get((m - 1) % task.leadUnitKeys().size());
            LocalDate at = month.atDay(20 + random.nextInt(8));
            String status;
            String note;
            if (m < start) {
                status = NOT_STARTED;
                note = MARK + "尚未启动";
            } else if (progress >= 99.5) {
                status = DONE;
                note = MARK + "已完成";
            } else {
                lagging = random.nextDouble() < (lagging ? PERSIST : chance);
                progress = Math.min(100, progress + step * (lagging ? 1 / 3.0 : 1 + 0.05 * random.nextDouble()));
                status = progress >= 99.5 ? DONE : lagging ? LAGGING : ON_TRACK;
                note = MARK + (status.equals(LAGGING) ? REASONS[random.nextInt(REASONS.length)]
                        : status.equals(DONE) ? "已完成" : "按计划推进");
            }
            int percent = status.equals(DONE) ? 100 : (int) Math.floor(progress);
            reports.add(new Report(task.id(), unit, at, month.toString(), status, percent, note));
        }
        return reports;
    }
}
