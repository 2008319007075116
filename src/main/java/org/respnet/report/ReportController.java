package org.respnet.report;

import static org.respnet.system.QueryValues.blankToNull;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.respnet.report.ReportViews.Coverage;
import org.respnet.report.ReportViews.NextDue;
import org.respnet.report.ReportViews.PassageView;
import org.respnet.report.ReportViews.ReportDocument;
import org.respnet.report.ReportViews.UnitCalendar;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The report behind the tasks as JSON, and each unit's reporting calendar as JSON and iCalendar. */
@RestController
@RequestMapping(path = "/api", produces = "application/json;charset=UTF-8")
class ReportController {

    private final ReportQueries queries;
    private final ICalendarWriter ics = new ICalendarWriter();
    private final Clock clock = Clock.systemDefaultZone();

    ReportController(ReportQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/report/documents")
    List<ReportDocument> documents(@RequestParam(required = false) String city) {
        return queries.documents(blankToNull(city));
    }

    /** Covered share per section, the uncovered commitments and the tasks the report does not hold. */
    @GetMapping("/report/coverage")
    Coverage coverage(@RequestParam(required = false) String document, @RequestParam(required = false) String city) {
        return queries.coverage(queries.document(blankToNull(document), blankToNull(city)));
    }

    /** Every passage of the report in order, with the tasks (and their units) that decompose it. */
    @GetMapping("/report/passages")
    List<PassageView> passages(@RequestParam(required = false) String document,
            @RequestParam(required = false) String city) {
        return queries.passages(queries.document(blankToNull(document), blankToNull(city)).id());
    }

    /** The next reporting date on or after {@code on} (default today) and how many units are due then. */
    @GetMapping("/report/next-due")
    NextDue nextDue(@RequestParam(required = false) String city, @RequestParam(required = false) LocalDate on) {
        return queries.nextDue(blankToNull(city), on == null ? LocalDate.now(clock) : on);
    }

    @GetMapping("/units/{name}/calendar")
    UnitCalendar calendar(@PathVariable String name, @RequestParam(required = false) String city) {
        return queries.calendar(name, blankToNull(city));
    }

    @GetMapping(path = "/units/{name}/calendar.ics", produces = "text/calendar;charset=UTF-8")
    ResponseEntity<byte[]> calendarIcs(@PathVariable String name, @RequestParam(required = false) String city) {
        UnitCalendar calendar = queries.calendar(name, blankToNull(city));
        byte[] body = ics.write(calendar.city(), calendar.unit(), calendar.dates(), clock.instant())
                .getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(calendar.unit() + "-报送日历.ics", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .body(body);
    }
}
