package org.respnet.responsibility;

import static org.respnet.system.QueryValues.blankToNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The ledger's request parameters as the page's address carries them ({@code /tasks?unit=…&role=lead}), read the
 * same way by the list and its downloads. {@code due}: {@code month} (a deadline in this calendar month) or
 * {@code overdue} (a deadline before today); {@code leadUnits}: names separated by commas.
 */
record LedgerRequest(String unit, String role, List<String> leadUnits, String leader, String section, String q,
        String city, Boolean coLed, Integer offset, Integer limit, String due) {

    static final int MAX_TASKS = 10_000;
    static final int DEFAULT_TASKS = 500;

    TaskFilter filter(LocalDate today) {
        String unitRole = blankToNull(role);
        if (unitRole != null && !TaskFilter.ROLES.contains(unitRole)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "参数 role 只能是 lead（牵头）或 responsible（责任），收到的是“" + unitRole + "”");
        }
        LocalDate dueFrom = "month".equals(due) ? today.withDayOfMonth(1) : null;
        LocalDate dueTo = "month".equals(due) ? today.withDayOfMonth(today.lengthOfMonth())
                : "overdue".equals(due) ? today.minusDays(1) : null;
        return new TaskFilter(blankToNull(unit), blankToNull(leader), blankToNull(section), blankToNull(q),
                blankToNull(city), Boolean.TRUE.equals(coLed), Math.max(0, Objects.requireNonNullElse(offset, 0)),
                Math.clamp(Objects.requireNonNullElse(limit, DEFAULT_TASKS), 1, MAX_TASKS), dueFrom, dueTo, unitRole,
                leadUnitNames());
    }

    /** The same request without paging: a download holds the whole filtered ledger. */
    LedgerRequest whole() {
        return new LedgerRequest(unit, role, leadUnits, leader, section, q, city, coLed, 0, MAX_TASKS, due);
    }

    private List<String> leadUnitNames() {
        if (leadUnits == null) {
            return null;
        }
        List<String> names = leadUnits.stream().map(n -> blankToNull(n)).filter(Objects::nonNull).distinct().toList();
        return names.isEmpty() ? null : names;
    }

    /**
     * What a download is named after: 任务台账, then the filters in words (任务台账-吴丕华-市发改委牵头), so two files
     * of two filters are told apart in a folder.
     */
    String title() {
        List<String> parts = new ArrayList<>();
        parts.add("任务台账");
        if (blankToNull(city) != null) {
            parts.add(city.strip());
        }
        if (blankToNull(leader) != null) {
            parts.add(leader.strip());
        }
        if (blankToNull(unit) != null) {
            String r = blankToNull(role);
            parts.add(unit.strip() + ("lead".equals(r) ? "牵头" : "responsible".equals(r) ? "责任" : ""));
        }
        List<String> pair = leadUnitNames();
        if (pair != null) {
            parts.add(String.join("与", pair) + "共同牵头");
        } else if (Boolean.TRUE.equals(coLed)) {
            parts.add("共同牵头");
        }
        if (blankToNull(section) != null) {
            parts.add("第" + section.strip() + "篇");
        }
        if ("month".equals(due)) {
            parts.add("本月到期");
        } else if ("overdue".equals(due)) {
            parts.add("已过期");
        }
        if (blankToNull(q) != null) {
            parts.add("含“" + q.strip() + "”");
        }
        // A file name may not hold / \ : * ? " < > |, which a keyword might.
        return String.join("-", parts).replaceAll("[/\\\\:*?\"<>|]", "_");
    }
}
