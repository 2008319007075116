package org.respnet.console;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code POST /api/cypher} runs a read-only query; {@code GET /api/cypher/examples} lists the named
 * queries; {@code /console} is the page. Refusals answer 400 (malformed), 403 (not a read) or 422
 * (timeout or memory limit), each an RFC 9457 problem detail with a {@code reason} (and {@code error},
 * the same text as {@code detail}).
 */
@Controller
class ConsoleController {

    /** The request body: the query and its parameters. */
    record ConsoleRequest(String query, Map<String, Object> params) {
    }

    private final CypherConsole console;
    private final NamedQueryExamples examples;

    ConsoleController(CypherConsole console, NamedQueryExamples examples) {
        this.console = console;
        this.examples = examples;
    }

    @GetMapping("/console")
    String page() {
        return "forward:/console.html";
    }

    @PostMapping(path = "/api/cypher", produces = "application/json;charset=UTF-8")
    @ResponseBody
    ConsoleResult run(@RequestBody ConsoleRequest request, Principal user, HttpServletRequest http) {
        return console.run(request.query(), request.params(), user == null ? "" : user.getName(),
                http.isUserInRole("ADMIN"));
    }

    @GetMapping(path = "/api/cypher/examples", produces = "application/json;charset=UTF-8")
    @ResponseBody
    List<NamedQueryExamples.Example> examples() {
        return examples.all();
    }

    @ExceptionHandler(QueryRefusedException.class)
    ResponseEntity<ProblemDetail> refused(QueryRefusedException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(e.status()), e.getMessage());
        body.setProperty("reason", e.reason());
        body.setProperty("error", e.getMessage());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status());
        if (e.retryAfterSeconds() > 0) {
            answer.header("Retry-After", Long.toString(e.retryAfterSeconds()));
        }
        return answer.body(body);
    }
}
