package org.respnet.followup;

import static org.respnet.system.QueryValues.blankToNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.respnet.followup.AuditTrail.AuditEntry;
import org.respnet.followup.FollowUpViews.Board;
import org.respnet.followup.FollowUpViews.ProgressEntry;
import org.respnet.followup.FollowUpViews.ProgressRequest;
import org.respnet.followup.FollowUpViews.Recorded;
import org.respnet.followup.FollowUpViews.SupervisionNotice;
import org.respnet.system.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Progress reports (JSON and the Excel round trip), the 看板 and 督办单 as JSON, and the audit trail (ADMIN,
 * by the {@code /api/admin/**} rule). A write answers 201 when it stored something, 200 when all of it was
 * already recorded.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json;charset=UTF-8")
class FollowUpController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_TEMPLATE = 5 * 1024 * 1024;

    private final FollowUpService followUp;
    private final AuditTrail audit;

    FollowUpController(FollowUpService followUp, AuditTrail audit) {
        this.followUp = followUp;
        this.audit = audit;
    }

    @PostMapping(path = "/tasks/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Recorded> report(@PathVariable String id, @RequestBody ProgressRequest request) {
        return answer(followUp.report(id, request));
    }

    @GetMapping("/tasks/{id}/progress")
    List<ProgressEntry> history(@PathVariable String id) {
        return followUp.history(id);
    }

    @GetMapping(path = "/units/{name}/progress-template.xlsx", produces = XLSX)
    ResponseEntity<byte[]> template(@PathVariable String name, @RequestParam(required = false) String city) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "-进展填报.xlsx", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(XLSX))
                .body(followUp.template(name, blankToNull(city)));
    }

    @PostMapping(path = "/units/{name}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Recorded> upload(@PathVariable String name, @RequestParam(required = false) String city,
            @RequestPart("file") MultipartFile file) throws IOException {
        if (file.getSize() > MAX_TEMPLATE) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                    "填报文件超过 5 MB");
        }
        return answer(followUp.upload(name, blankToNull(city), file.getBytes()));
    }

    /** {@code ?on=2024-06-30}: the lights of that day; without it today's, or a past year's at its end. */
    @GetMapping("/followup/board")
    Board board(@RequestParam(required = false) String city, @RequestParam(required = false) LocalDate on,
            PageRequest page) {
        return followUp.board(blankToNull(city), on, page.from(), page.size());
    }

    @GetMapping("/units/{name}/notice")
    SupervisionNotice notice(@PathVariable String name, @RequestParam(required = false) String city,
            @RequestParam(required = false) LocalDate on) {
        return followUp.notice(name, blankToNull(city), on);
    }

    @GetMapping("/admin/audit")
    List<AuditEntry> audit(@RequestParam(defaultValue = "200") int limit) {
        return audit.entries(Math.clamp(limit, 1, 10_000));
    }

    private static ResponseEntity<Recorded> answer(Recorded recorded) {
        return ResponseEntity.status(recorded.written() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(recorded);
    }
}
