package org.respnet.responsibility;

import static org.respnet.system.QueryValues.blankToNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.respnet.followup.FollowUpService;
import org.respnet.followup.FollowUpViews.TaskStatus;
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
    private final FollowUpService followUp;

    ResponsibilityController(ResponsibilityQueries queries, TaskLedgerExport export, FollowUpService followUp) {
        this.queries = queries;
        this.export = export;
        this.followUp = followUp;
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

    /** The ledger, each task with its 灯号 as the 督办看板 shows it (one rule, {@code followup.TaskLight}). */
    @GetMapping("/tasks")
    List<TaskView> tasks(LedgerRequest request) {
        return withLights(queries.tasks(request.filter(LocalDate.now())));
    }

    private List<TaskView> withLights(List<TaskView> tasks) {
        Map<String, TaskStatus> lights = followUp.lights(tasks.stream().map(TaskView::id).toList(), null);
        return tasks.stream().map(t -> {
            TaskStatus s = lights.get(t.id());
            return s == null ? t : t.with(new TaskView.LightOnTask(s.light().name(), s.lightLabel(), s.reason(), s.on()));
        }).toList();
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
        return withLights(List.of(queries.task(id))).get(0);
    }
}
