package org.respnet.supervision;

import static org.respnet.system.QueryValues.blankToNull;

import java.util.List;
import java.util.Locale;

import org.respnet.figures.BottleneckRanking;
import org.respnet.supervision.CoLeadConflicts;
import org.respnet.supervision.LeaderUnitMatrix;
import org.respnet.supervision.SupervisionQueries;
import org.respnet.supervision.UnitCommunity;
import org.respnet.system.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The supervision office's answers: co-lead conflicts, leader × unit matrix, flow, communities, bottlenecks. */
@RestController
@RequestMapping(path = "/api", produces = "application/json;charset=UTF-8")
class SupervisionController {

    /** Said when a matrix or flow of every notice at once is asked for (parameter names stay as scripts write them). */
    static final String SEVERAL_NOTICES = "图中有几个城市的通知，请用参数 city 指明一份（例如 ?city=随州）";

    private final SupervisionQueries queries;

    SupervisionController(SupervisionQueries queries) {
        this.queries = queries;
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
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "参数 role 只能是 lead（牵头）或 any（牵头或责任），收到的是“" + role + "”");
        };
        // A country's matrix (thousands of leaders × tens of thousands of units) is no heatmap: one city at a time.
        if (blankToNull(city) == null && queries.cities() > 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, SEVERAL_NOTICES);
        }
        return queries.leaderUnitMatrix(parsed, blankToNull(city));
    }

    /** Links a Sankey draws by default: each stage's widest 30 keep 7 leaders and their units readable. */
    static final int FLOW_TOP = 30;
    static final int FLOW_TOP_MAX = 500;

    @GetMapping("/flow")
    ResponsibilityFlow flow(@RequestParam(required = false) String city, @RequestParam(required = false) String leader,
            @RequestParam(required = false) String unit, @RequestParam(required = false) Integer top) {
        // As the matrix: a country's flow is no picture, and one notice's figures are never summed with another's.
        if (blankToNull(city) == null && queries.cities() > 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, SEVERAL_NOTICES);
        }
        int links = Math.clamp(top == null ? FLOW_TOP : top, 1, FLOW_TOP_MAX);
        return queries.flow(blankToNull(city), blankToNull(leader), blankToNull(unit), links);
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
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "参数 kind 只能是 unit（单位）或 group（单位组），收到的是“" + kind + "”");
        };
        return queries.bottlenecks(groups, blankToNull(city), page.from(), page.size());
    }
}
