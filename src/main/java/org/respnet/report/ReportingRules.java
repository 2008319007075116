package org.respnet.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporting rules a notice sets, read from its own prose (never from its tasks): who reports (lead or
 * responsible units), for which tasks (重点工作, 民生实事 or all), on which dates and to whom. Each clause
 * between 。；is read on its own: 「每月15日前」 is monthly, 「4月15日、6月15日…前」 a list of dates, 「2024年2月20日前」
 * a single date, and 「提前5天报牵头单位」 makes the responsible units' dates those of their lead units less
 * five days. Monthly dates run from the notice's own date (or 1 January) to the year's end. Plain Java.
 *
 * @param rules the rules, in the order the notice states them
 */
public record ReportingRules(List<Rule> rules) {

    /** Which tasks a rule covers. */
    public enum Scope { KEY, LIVELIHOOD, ALL }

    /** Who reports under a rule. */
    public enum Role { LEAD, RESPONSIBLE }

    /**
     * One rule: a role reports on a scope of tasks by each of {@code dates}; {@code daysBefore} is set on a
     * responsible-unit rule derived from the lead units' rules.
     */
    public record Rule(Scope scope, Role role, String what, List<LocalDate> dates, Integer daysBefore, String to,
            String phrase) {
    }

    private static final Pattern CLAUSE = Pattern.compile("[^。；;]+");
    private static final Pattern REPORTS = Pattern.compile("报送|报市|报牵头|报经|上报|报告|前报|汇总");
    private static final Pattern MONTHLY = Pattern.compile("每月(\\d{1,2})日");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern DATE = Pattern.compile("(?<!年|\\d)(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern EARLIER = Pattern.compile("提前(\\d{1,2})(?:天|日|个工作日)");
    private static final Pattern WHAT = Pattern.compile("(实施方案|落实情况|进展情况|工作落实情况|完成情况)");
    private static final Pattern NOTICE_DATE = Pattern.compile("^\\s*(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\s*$",
            Pattern.MULTILINE);

    /** Reads the rules from a notice's text; {@code year} is the notice's year. */
    public static ReportingRules read(String noticeText, int year) {
        LocalDate issued = issued(noticeText).orElse(LocalDate.of(year, 1, 1));
        List<Rule> rules = new ArrayList<>();
        for (String paragraph : noticeText.split("\\R")) {
            if (paragraph.matches("^\\s*\\d{1,4}[.．、].*")) {
                continue; // a task, not prose about reporting
            }
            Matcher clauses = CLAUSE.matcher(paragraph);
            while (clauses.find()) {
                String clause = clauses.group().strip();
                if (!REPORTS.matcher(clause).find()) {
                    continue;
                }
                read(clause, year, issued, rules);
            }
        }
        return new ReportingRules(List.copyOf(rules));
    }

    private static void read(String clause, int year, LocalDate issued, List<Rule> rules) {
        Scope scope = clause.contains("民生实事") ? Scope.LIVELIHOOD : clause.contains("重点工作") ? Scope.KEY : Scope.ALL;
        String what = what(clause);
        String to = to(clause);
        Matcher earlier = EARLIER.matcher(clause);
        if (earlier.find() && clause.contains("责任单位")) {
            int days = Integer.parseInt(earlier.group(1));
            // 「按照上述时间节点要求，提前5天报牵头单位」: every lead-unit rule stated before, shifted.
            for (Rule lead : List.copyOf(rules)) {
                if (lead.role() == Role.LEAD && (scope == Scope.ALL || scope == lead.scope())
                        && !"实施方案".equals(lead.what())) {
                    rules.add(new Rule(lead.scope(), Role.RESPONSIBLE, lead.what(),
                            lead.dates().stream().map(d -> d.minusDays(days)).toList(), days, to, clause));
                }
            }
            return;
        }
        Role role = clause.contains("责任单位") && !clause.contains("牵头") ? Role.RESPONSIBLE : Role.LEAD;
        TreeSet<LocalDate> dates = new TreeSet<>();
        Matcher monthly = MONTHLY.matcher(clause);
        if (monthly.find()) {
            int day = Integer.parseInt(monthly.group(1));
            for (int month = 1; month <= 12; month++) {
                LocalDate date = LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
                if (date.isAfter(issued)) {
                    dates.add(date);
                }
            }
        }
        Matcher full = FULL_DATE.matcher(clause);
        while (full.find()) {
            dates.add(LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
                    Integer.parseInt(full.group(3))));
        }
        Matcher date = DATE.matcher(clause);
        while (date.find()) {
            dates.add(LocalDate.of(year, Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2))));
        }
        if (!dates.isEmpty()) {
            rules.add(new Rule(scope, role, what, List.copyOf(dates), null, to, clause));
        }
    }

    private static String what(String clause) {
        Matcher m = WHAT.matcher(clause);
        String found = m.find() ? m.group(1) : "落实情况";
        return found.equals("工作落实情况") ? "落实情况" : found;
    }

    private static String to(String clause) {
        int at = Math.max(clause.lastIndexOf("报送"), clause.lastIndexOf("报"));
        if (at < 0) {
            return null;
        }
        String rest = clause.substring(at).replaceFirst("^报送|^报", "").replaceAll("汇总$", "").strip();
        return rest.isEmpty() ? null : rest;
    }

    private static Optional<LocalDate> issued(String text) {
        Matcher m = NOTICE_DATE.matcher(text);
        LocalDate last = null;
        while (m.find()) {
            last = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        return Optional.ofNullable(last);
    }

    /** Every date a unit reports on, for the tasks it holds in each role (the tasks' kinds, KEY or LIVELIHOOD). */
    public List<DueDate> calendar(List<HeldTask> tasks) {
        Map<LocalDate, DueDate.Builder> byDate = new TreeMap<>();
        for (Rule rule : rules) {
            List<HeldTask> covered = tasks.stream()
                    .filter(t -> t.role() == rule.role())
                    .filter(t -> rule.scope() == Scope.ALL || rule.scope().name().equals(t.kind()))
                    .toList();
            if (covered.isEmpty()) {
                continue;
            }
            for (LocalDate date : rule.dates()) {
                byDate.computeIfAbsent(date, DueDate.Builder::new).add(rule, covered);
            }
        }
        return byDate.values().stream().map(DueDate.Builder::build).toList();
    }

    /** A task a unit holds: its id, number, kind (KEY, LIVELIHOOD), text and the unit's role on it. */
    public record HeldTask(String id, String no, String kind, String text, Role role) {
    }
}
