package org.respnet.explore;

import static org.respnet.system.QueryValues.blankToNull;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The whole graph, or a unit's surroundings, as a file for Gephi, yEd or Cytoscape. */
@RestController
@RequestMapping("/api/export")
class GraphExportController {

    private static final int MAX_DEPTH = 10;

    private final GraphExport export;

    GraphExportController(GraphExport export) {
        this.export = export;
    }

    @GetMapping(path = "/graph.gexf", produces = "application/gexf+xml")
    ResponseEntity<byte[]> gexf(@RequestParam(required = false) String focus,
            @RequestParam(defaultValue = "1") int depth) {
        return file(GraphExport.Format.GEXF, "respnet.gexf", "application/gexf+xml", focus, depth);
    }

    @GetMapping(path = "/graph.graphml", produces = "application/graphml+xml")
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
