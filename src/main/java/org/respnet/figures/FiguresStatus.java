package org.respnet.figures;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cities whose figures could not be computed, with when and why: the application keeps serving (the
 * city's figures are those of its last good recompute, or missing), and an ADMIN sees the list at
 * {@code GET /api/admin/figures}. A later successful recompute of the city clears its mark.
 */
@Component
@RestController
public class FiguresStatus {

    /** One city's last failed recompute. */
    public record Failure(String city, Instant at, String reason) {
    }

    private final Map<String, Failure> failures = new ConcurrentHashMap<>();

    void failed(String city, Throwable e) {
        String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        failures.put(city, new Failure(city, Instant.now(), reason.length() > 500 ? reason.substring(0, 500) + "…" : reason));
    }

    void succeeded(String city) {
        failures.remove(city);
    }

    /** The marked cities, by name. */
    public List<Failure> failures() {
        return failures.values().stream().sorted(java.util.Comparator.comparing(Failure::city)).toList();
    }

    @GetMapping(path = "/api/admin/figures", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> report() {
        return Map.of("failed", failures());
    }
}
