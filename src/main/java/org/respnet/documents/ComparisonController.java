package org.respnet.documents;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 年度对比: two notices compared (JSON, and CSV for a spreadsheet). */
@RestController
@RequestMapping("/api")
class ComparisonController {

    private final NoticeComparison comparison;

    ComparisonController(NoticeComparison comparison) {
        this.comparison = comparison;
    }

    @GetMapping(path = "/comparison", produces = "application/json;charset=UTF-8")
    NoticeComparison.Comparison compare(@RequestParam String from, @RequestParam String to) {
        return comparison.compare(from, to);
    }

    /** One row per finding: what it is, the name or task number, then, now. */
    @GetMapping(path = "/comparison.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> csv(@RequestParam String from, @RequestParam String to) {
        NoticeComparison.Comparison c = comparison.compare(from, to);
        List<String> rows = new ArrayList<>();
        rows.add("类别,名称或序号,此前,现在,变化");
        c.units().forEach(u -> rows.add(String.join(",", "单位任务数", cell(u.name()),
                u.totalThen() + "（牵头 " + u.leadThen() + "）", u.totalNow() + "（牵头 " + u.leadNow() + "）",
                String.valueOf(u.change()))));
        c.carried().forEach(t -> rows.add(String.join(",", t.reassigned() ? "延续任务（分工有变）" : "延续任务",
                cell(t.fromNo() + "→" + t.toNo()), cell(t.fromText()), cell(t.toText()),
                String.format("%.2f", t.similarity()))));
        c.added().forEach(t -> rows.add(String.join(",", "新增任务", cell(t.no()), "", cell(t.text()), "")));
        c.dropped().forEach(t -> rows.add(String.join(",", "不再列入", cell(t.no()), cell(t.text()), "", "")));
        c.pairsFormed().forEach(p -> rows.add(String.join(",", "新的共同牵头", cell(p.a() + "、" + p.b()), "",
                String.valueOf(p.tasks()), "")));
        c.pairsDissolved().forEach(p -> rows.add(String.join(",", "不再共同牵头", cell(p.a() + "、" + p.b()),
                String.valueOf(p.tasks()), "", "")));
        c.leaders().forEach(l -> rows.add(String.join(",", "领导任务数", cell(l.name()), String.valueOf(l.tasksThen()),
                String.valueOf(l.tasksNow()), String.valueOf(l.tasksNow() - l.tasksThen()))));
        c.renameCandidates().forEach(r -> rows.add(String.join(",", "可能更名", cell(r.from()), cell(r.from()),
                cell(r.to()), cell(r.why()))));
        String file = "年度对比-" + c.from().docNo() + "-" + c.to().docNo() + ".csv";
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(file, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .body("\uFEFF" + String.join("\r\n", rows) + "\r\n");
    }

    /** A CSV cell: quoted when it holds a comma, quote or line break; a leading formula sign is defused. */
    private static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.matches("(?s).*[,\"\\r\\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
