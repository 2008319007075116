package org.respnet.explore;

import static org.respnet.explore.QueryValues.blankToNull;

import java.util.List;
import java.util.Locale;

import org.respnet.analytics.BottleneckRanking;
import org.respnet.analytics.CoLeadConflicts;
import org.respnet.analytics.LeaderUnitMatrix;
import org.respnet.analytics.SupervisionQueries;
import org.respnet.analytics.UnitCommunity;
import org.respnet.analytics.network.GraphExport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The supervision office's answers: co-lead conflicts, leader × unit matrix, communities, bottlenecks, exports. */
@RestController
@RequestMapping(path = "/api", produces = "application/json;charset=UTF-8")
class SupervisionController {

    private static final int MAX_DEPTH = 10;

    private final SupervisionQueries queries;
    private final GraphExport export;

    SupervisionController(SupervisionQueries queries, GraphExport export) {
        this.queries = queries;
        this.export = export;
    }

    @GetMapping("/conflicts/co-lead")
    CoLeadConflicts coLead(@RequestParam(required = false) String city,
            PageRequest page) {
        return queries.coLeadConflicts(blankToNull(city), page.from(), page.size());
    }

    @GetMapping("/matrix/leader-unit")
    LeaderUnitMatrix leaderUnit(@RequestParam(defaultValue = "lead") String role,
            @RequestParam(required = false) String city) {
        SupervisionQueries.Role parsed = switch (role.strip().toLowerCase(Locale.ROOT)) {
            case "lead" -> SupervisionQueries.Role.LEAD;
            case "any" -> SupervisionQueries.Role.ANY;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "role must be lead or any");
        };
        // A country's matrix (thousands of leaders × tens of thousands of units) is no heatmap: one city at a time.
        if (blankToNull(city) == null && queries.cities() > 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "give ?city= when the graph holds several cities");
        }
        return queries.leaderUnitMatrix(parsed, blankToNull(city));
    }

    @GetMapping("/communities")
    List<UnitCommunity> communities(@RequestParam(required = false) String city,
            PageRequest page) {
        return queries.communities(blankToNull(city), page.from(), page.size());
    }

    @GetMapping("/bottlenecks")
    BottleneckRanking bottlenecks(@RequestParam(defaultValue = "unit") String kind,
            @RequestParam(required = false) String city, PageRequest page) {
        boolean groups = switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "group" -> true;
            case "unit", "" -> false;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "kind must be unit or group");
        };
        return queries.bottlenecks(groups, blankToNull(city), page.from(), page.size());
    }

    @GetMapping(path = "/export/graph.gexf", produces = "application/gexf+xml")
    ResponseEntity<byte[]> gexf(@RequestParam(required = false) String focus,
            @RequestParam(defaultValue = "1") int depth) {
        return file(GraphExport.Format.GEXF, "respnet.gexf", "application/gexf+xml", focus, depth);
    }

    @GetMapping(path = "/export/graph.graphml", produces = "application/graphml+xml")
    ResponseEntity<byte[]> graphml(@RequestParam(required = false) String focus,
            @RequestParam(defaultValue = "1") int depth) {
        return file(GraphExport.Format.GRAPHML, "respnet.graphml", "application/graphml+xml", focus, depth);
    }

    private ResponseEntity<byte[]> file(GraphExport.Format format, String name, String type, String focus, int depth) {
        byte[] body = export.export(format, blankToNull(focus), Math.clamp(depth, 0, MAX_DEPTH));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }
}
