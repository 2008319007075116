package org.respnet.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One date on a unit's reporting calendar: what is due (one item per rule that falls on it) and for which
 * tasks.
 */
public record DueDate(LocalDate date, List<Item> items) {

    /** What one rule asks on this date: the role, what is reported, to whom, and the tasks. */
    public record Item(ReportingRules.Role role, ReportingRules.Scope scope, String what, String to,
            Integer daysBefore, List<ReportingRules.HeldTask> tasks) {
    }

    /** Number of distinct tasks due on this date. */
    public long taskCount() {
        return items.stream().flatMap(i -> i.tasks().stream()).map(ReportingRules.HeldTask::id).distinct().count();
    }

    static final class Builder {
        private final LocalDate date;
        private final Map<String, Item> items = new LinkedHashMap<>();

        Builder(LocalDate date) {
            this.date = date;
        }

        void add(ReportingRules.Rule rule, List<ReportingRules.HeldTask> tasks) {
            String key = rule.role() + "/" + rule.scope() + "/" + rule.what();
            Item existing = items.get(key);
            List<ReportingRules.HeldTask> all = new ArrayList<>(existing == null ? List.of() : existing.tasks());
            tasks.stream().filter(t -> all.stream().noneMatch(a -> a.id().equals(t.id()))).forEach(all::add);
            items.put(key, new Item(rule.role(), rule.scope(), rule.what(), rule.to(), rule.daysBefore(), List.copyOf(all)));
        }

        DueDate build() {
            return new DueDate(date, List.copyOf(items.values()));
        }
    }
}
