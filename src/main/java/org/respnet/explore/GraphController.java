package org.respnet.explore;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The explorer's data: graph neighbourhoods (or the whole city) and search-box suggestions. */
@RestController
@RequestMapping(path = "/api", produces = "application/json;charset=UTF-8")
class GraphController {

    private final NeighbourhoodService graph;
    private final SearchIndex search;

    GraphController(NeighbourhoodService graph, SearchIndex search) {
        this.graph = graph;
        this.search = search;
    }

    /**
     * Around {@code focus} (a unit or leader name, a task number or an explorer id) to {@code depth}
     * steps, at most {@code limit} new neighbours per node; without a focus the whole city, drawn as
     * units only when it exceeds the node budget or when {@code view=units}.
     */
    @GetMapping("/graph")
    GraphView graph(@RequestParam(required = false) String focus, @RequestParam(defaultValue = "1") int depth,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String view,
            @RequestParam(required = false) String city) {
        String scope = city == null || city.isBlank() ? null : city;
        if (focus == null || focus.isBlank()) {
            return graph.whole("units".equals(view), scope);
        }
        return graph.neighbourhood(focus, scope, depth, limit);
    }

    /** Suggestions from the notice {@code city} names (its scope), or from every notice without it. */
    @GetMapping("/search")
    List<Suggestion> search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String city) {
        return search.suggest(q, city == null || city.isBlank() ? null : city);
    }
}
