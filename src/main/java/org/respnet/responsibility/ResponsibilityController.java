package org.respnet.responsibility;

import static org.respnet.system.QueryValues.blankToNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.respnet.responsibility.GraphSummary;
import org.respnet.responsibility.LeaderWorkload;
import org.respnet.responsibility.ResponsibilityQueries;
import org.respnet.responsibility.TaskFilter;
import org.respnet.responsibility.TaskView;
import org.respnet.responsibility.UnitPortfolio;
import org.respnet.responsibility.UnitWorkload;
import org.respnet.system.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who carries which task: the summary, units, leaders and the task ledger as JSON. */
@RestController
@RequestMapping(path = "/api", produces = "application/json;charset=UTF-8")
class ResponsibilityController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ResponsibilityQueries queries;
    private final TaskLedgerExport export;

    ResponsibilityController(ResponsibilityQueries queries, TaskLedgerExport export) {
        this.queries = queries;
        this.export = export;
    }

    @GetMapping("/summary")
    GraphSummary summary(@RequestParam(required = false) String city) {
        return queries.summary(blankToNull(city));
    }

    @GetMapping("/units")
    List<UnitWorkload> units(@RequestParam(defaultValue = "false") boolean expand,
            @RequestParam(required = false) String city, PageRequest page) {
        return queries.units(expand, blankToNull(city), page.from(), page.size());
    }

    @GetMapping("/units/{name}")
    UnitPortfolio unit(@PathVariable String name, @RequestParam(required = false) String city) {
        return queries.unit(name, blankToNull(city));
    }

    @GetMapping("/leaders")
    List<LeaderWorkload> leaders(@RequestParam(required = false) String city,
            PageRequest page) {
        return queries.leaders(blankToNull(city), page.from(), page.size());
    }

    @GetMapping("/tasks")
    List<TaskView> tasks(LedgerRequest request) {
        return queries.tasks(request.filter(LocalDate.now()));
    }

    @GetMapping(path = "/tasks.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<byte[]> tasksCsv(LedgerRequest request) {
        return download(export.csv(tasks(request.whole())), request.title() + ".csv", "text/csv;charset=UTF-8");
    }

    @GetMapping(path = "/tasks.xlsx", produces = XLSX)
    ResponseEntity<byte[]> tasksXlsx(LedgerRequest request) {
        return download(export.xlsx(tasks(request.whole())), request.title() + ".xlsx", XLSX);
    }

    private static ResponseEntity<byte[]> download(byte[] body, String filename, String type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(type))
                .body(body);
    }

    @GetMapping("/tasks/{id}")
    TaskView task(@PathVariable String id) {
        return queries.task(id);
    }
}
