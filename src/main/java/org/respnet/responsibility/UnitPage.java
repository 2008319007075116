package org.respnet.responsibility;

import org.respnet.graph.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The unit brief's address, {@code /units/市发改委}: the static page that renders it, or the Chinese
 * 404 page (with "您是不是要找…") when no unit has that name, so the status says what the page says.
 */
@Controller
class UnitPage {

    private final ResponsibilityQueries queries;

    UnitPage(ResponsibilityQueries queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/units/{name}", produces = MediaType.TEXT_HTML_VALUE)
    String brief(@PathVariable String name) {
        try {
            queries.unit(name, null);
        } catch (NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有找到单位“" + name + "”");
        }
        return "forward:/unit.html";
    }
}
